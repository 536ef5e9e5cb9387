-- The price book: every price a product ever had, as versions that are added and never edited, so any past
-- statement can be re-rated and explained. A version is in force from effective_from (inclusive, 00:00 UTC)
-- until the next version of the same product and scope; effective_to is derived when reading, never stored.
create table price_version (
    id             uuid        primary key,
    product_code   text        not null references product (code),
    -- null = the list price for every business unit; per-BU overrides will use this column.
    business_unit  text        check (business_unit <> ''),
    currency       char(3)     not null,
    -- No scale limit: unit prices such as 0.0000004 per token must survive exactly.
    unit_price     numeric     not null check (unit_price >= 0),
    effective_from date        not null,
    reason         text,
    changed_by     text,
    created_at     timestamptz not null default now()
);

-- One version per product, scope and start date. coalesce() because NULLs are distinct in a plain unique index;
-- inserts name this expression in ON CONFLICT, so a concurrent duplicate is caught here too.
create unique index price_version_scope_effective_from_uq
    on price_version (product_code, coalesce(business_unit, ''), effective_from);

-- Versions, never edits: a wrong price is corrected by adding a version, so history stays what finance saw.
create function reject_price_version_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'price_version rows are never changed (% refused): add a new version instead', tg_op
        using errcode = 'restrict_violation';
end;
$$;

create trigger price_version_append_only
    before update or delete on price_version
    for each row execute function reject_price_version_change();
