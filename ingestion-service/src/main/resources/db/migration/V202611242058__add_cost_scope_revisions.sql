-- Providers restate: a later import covering the same (BillingAccountId, BillingPeriodStart) scope supersedes the
-- earlier rows of that scope. Rows are never updated or deleted; each import of a scope is a new revision, valid
-- from the moment its import committed until the next revision of the scope (transaction time), so summaries can
-- count the newest rows or the rows in force at any earlier instant ("asOf").
create table cost_scope_revision (
    billing_account_id   text        not null,
    billing_period_start timestamptz not null,
    revision             integer     not null,
    import_id            uuid        not null references cost_import (id),
    row_count            bigint      not null,
    valid_from           timestamptz not null default now(),
    valid_to             timestamptz,
    primary key (billing_account_id, billing_period_start, revision)
);

create unique index cost_scope_revision_current_idx
    on cost_scope_revision (billing_account_id, billing_period_start) where valid_to is null;
create index cost_scope_revision_import_idx on cost_scope_revision (import_id);

-- The import result: warnings found (kinds, counts, first rows) and totals per currency, kept with the import.
alter table cost_import
    add column strict   boolean not null default false,
    add column warnings jsonb   not null default '[]',
    add column totals   jsonb   not null default '[]';

-- Imports stored before this migration become revisions in the order they arrived.
insert into cost_scope_revision (billing_account_id, billing_period_start, revision, import_id, row_count, valid_from, valid_to)
select s.billing_account_id, s.billing_period_start,
       row_number() over w,
       s.import_id, s.row_count, i.imported_at,
       lead(i.imported_at) over w
from (select import_id, billing_account_id, billing_period_start, count(*) as row_count
      from cost_record group by 1, 2, 3) s
join cost_import i on i.id = s.import_id
window w as (partition by s.billing_account_id, s.billing_period_start order by i.imported_at, i.id);

update cost_import i set totals = coalesce((
    select jsonb_agg(jsonb_build_object('billingCurrency', t.billing_currency, 'billedCost', t.billed, 'effectiveCost', t.effective, 'rowCount', t.n)
                     order by t.billing_currency)
    from (select billing_currency, sum(billed_cost) billed, sum(effective_cost) effective, count(*) n
          from cost_record r where r.import_id = i.id group by billing_currency) t), '[]');
