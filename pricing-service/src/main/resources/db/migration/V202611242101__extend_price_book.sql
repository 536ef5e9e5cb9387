-- Issue 6: the price book a platform team can trust. Versions stay append-only (the trigger of the previous
-- migration still refuses update and delete); this adds the price models, per-business-unit overrides, an
-- optional explicit end, products that can be renamed and retired, frozen periods and the audit trail.

-- Products: owning team, retirement, and a version counter for optimistic concurrency (ETag / If-Match).
alter table product add column owning_team text;
alter table product add column retired_at timestamptz;
alter table product add column version bigint not null default 1;
alter table product add column updated_at timestamptz not null default now();
alter table product drop constraint product_status_check;
alter table product add constraint product_status_check check (status in ('ACTIVE', 'RETIRED'));
alter table product add constraint product_retired_at_check check ((status = 'RETIRED') = (retired_at is not null));

-- Price versions: the model and its parameters. Every stored figure is exact numeric without scale.
alter table price_version rename column unit_price to unit_rate;
alter table price_version alter column unit_rate drop not null;
alter table price_version alter column currency drop not null;
-- null model = a business unit's discount percentage on the list price in force.
alter table price_version add column model text
    check (model in ('flat', 'package', 'graduated', 'volume', 'cost-plus'));
-- Versions stored before this migration were all flat unit prices: say so once. This backfill is the only change
-- ever made to stored versions, so the append-only trigger is paused for it inside this migration's transaction.
alter table price_version disable trigger price_version_append_only;
update price_version set model = 'flat' where model is null;
alter table price_version enable trigger price_version_append_only;
alter table price_version add column tiers jsonb;            -- [{"upTo": 100000, "unitRate": 0.06}, {"upTo": null, ...}]
alter table price_version add column package_size numeric check (package_size > 0);
alter table price_version add column minimum_monthly numeric check (minimum_monthly >= 0);
alter table price_version add column cost_pool text;         -- tag:KEY=VALUE, e.g. tag:use-case=support-bot
alter table price_version add column markup numeric check (markup >= 0); -- 0.15 = 15 % on top of cost
alter table price_version add column discount_percent numeric check (discount_percent between 0 and 100);
-- Explicit end (exclusive); null = in force until the next version of the same product and scope starts.
alter table price_version add column effective_until date;
-- true = a retroactive correction of a frozen (already issued) period, accepted knowingly.
alter table price_version add column retroactive_correction boolean not null default false;
alter table price_version add constraint price_version_until_after_from check (effective_until > effective_from);
alter table price_version add constraint price_version_discount_scoped
    check ((discount_percent is not null) = (model is null)
           and (discount_percent is null or business_unit is not null)
           and (model is null or currency is not null));

-- Months chargeback has issued statements for (chargeback pushes them when it issues; see README).
create table frozen_period (
    month      text        primary key check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    frozen_at  timestamptz not null default now(),
    frozen_by  text
);

-- The audit trail: every change to products, prices and frozen periods, with before and after.
create table price_change (
    seq                bigserial   primary key,
    changed_at         timestamptz not null default clock_timestamp(),
    kind               text        not null,
    product_code       text,
    price_version_id   uuid,
    before_state       jsonb,
    after_state        jsonb,
    changed_by         text,
    reason             text,
    retroactive        boolean     not null default false,
    affected_months    text[]      not null default '{}'
);
create index price_change_changed_at_idx on price_change (changed_at);
