-- Allocation rules: which business unit (or units, and in which shares) a provider cost goes to, effective-dated and
-- versioned. A change is a new version; rows are never updated or deleted, so every statement run can be explained
-- by the versions that were in force for its month.
create table allocation_rule_version (
    code              text        not null check (code ~ '^[a-z0-9][a-z0-9-]{1,63}$'),
    version           integer     not null check (version >= 1),
    name              text        not null,
    priority          integer     not null check (priority >= 0), -- lower is evaluated first; ties by code
    effective_from    date        not null check (extract(day from effective_from) = 1), -- first day of the month
    effective_to      date        check (extract(day from effective_to) = 1), -- exclusive; null = open-ended
    match_conditions  jsonb       not null, -- [{dimension, equals}], all must hold
    allocate          jsonb       not null, -- {method, businessUnit, useCase, shares, product}
    workload_category text,
    budget_category   text,
    changed_by        text        not null,
    reason            text,
    created_at        timestamptz not null,
    primary key (code, version), -- two concurrent changes of one version: the second insert conflicts (412)
    constraint allocation_rule_version_period check (effective_to is null or effective_to > effective_from)
);

-- History is evidence: refuse in-place edits and deletes even from a hand-written SQL session.
create function allocation_rule_version_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'allocation_rule_version rows are never changed or deleted; add a new version instead';
end;
$$;

create trigger allocation_rule_version_no_update_or_delete
    before update or delete on allocation_rule_version
    for each row execute function allocation_rule_version_immutable();
