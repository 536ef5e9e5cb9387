-- Costs are partitioned by billing period (one partition per month, created by the importer before it copies a
-- month's rows; anything else lands in the default partition). Summaries prune to the month they ask for.
alter table cost_record rename to cost_record_unpartitioned;
alter table cost_record_unpartitioned drop constraint cost_record_pkey;
alter table cost_record_unpartitioned add column x_columns jsonb;
update cost_record_unpartitioned
   set x_columns = (select jsonb_object_agg(e.key, e.value) from jsonb_each(extra_columns) e where e.key like 'x\_%'),
       extra_columns = nullif((select coalesce(jsonb_object_agg(e.key, e.value), '{}') from jsonb_each(extra_columns) e
                               where e.key not like 'x\_%'), '{}')
 where extra_columns is not null;

create table cost_record (like cost_record_unpartitioned including defaults) partition by range (billing_period_start);
alter table cost_record add constraint cost_record_import_fk
    foreign key (import_id) references cost_import (id) deferrable initially deferred;
create table cost_record_default partition of cost_record default;
insert into cost_record select * from cost_record_unpartitioned;
drop table cost_record_unpartitioned;
-- Equal keys append cheaply (B-tree deduplication); lets an import read back just its own rows.
create index cost_record_import_idx on cost_record (import_id);

-- One row per import, scope, charge day and distinct set of dimensions, written set-based when an import commits:
-- summaries read this instead of every provider row (hourly resource-level rows collapse by 24x and more).
create table cost_daily_rollup (
    import_id            uuid        not null references cost_import (id) deferrable initially deferred,
    billing_account_id   text        not null,
    billing_period_start timestamptz not null,
    charge_day           date        not null,
    sub_account_id       text,
    provider_name        text,
    publisher_name       text,
    service_category     text,
    service_name         text,
    charge_category      text        not null,
    sku_id               text,
    region_id            text,
    tags                 jsonb,
    x_columns            jsonb,
    billing_currency     char(3)     not null,
    billed_cost          numeric     not null,
    effective_cost       numeric     not null,
    list_cost            numeric,
    contracted_cost      numeric,
    consumed_quantity    numeric,
    row_count            bigint      not null
);
create index cost_daily_rollup_period_idx on cost_daily_rollup (billing_period_start, import_id);

insert into cost_daily_rollup
select import_id, billing_account_id, billing_period_start, (charge_period_start at time zone 'UTC')::date,
       sub_account_id, provider_name, publisher_name, service_category, service_name, charge_category, sku_id,
       region_id, tags, x_columns, billing_currency, sum(billed_cost), sum(effective_cost), sum(list_cost),
       sum(contracted_cost), sum(consumed_quantity), count(*)
from cost_record
group by import_id, billing_account_id, billing_period_start, (charge_period_start at time zone 'UTC')::date,
         sub_account_id, provider_name, publisher_name, service_category, service_name, charge_category, sku_id,
         region_id, tags, x_columns, billing_currency;
