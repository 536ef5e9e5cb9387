-- Budgets of issue 8: envelopes per business unit (optionally per use case and budget category) and month or
-- quarter, moved between by reallocations (history kept), and the business metrics corridors are measured against.
create table budget (
    id                          uuid        primary key,
    business_unit               text        not null,
    use_case                    text,                 -- null: every use case of the business unit
    budget_category             text,                 -- null: every budget category
    period_type                 text        not null check (period_type in ('MONTH', 'QUARTER')),
    period                      text        not null, -- 2026-10 or 2026-Q4
    first_month                 char(7)     not null,
    last_month                  char(7)     not null,
    currency                    char(3)     not null,
    original_amount             numeric     not null check (original_amount >= 0), -- as created, minor unit
    amount                      numeric     not null check (amount >= 0),          -- after reallocations
    production_percent          numeric     not null,
    scaling_percent             numeric     not null,
    experimental_percent        numeric     not null,
    innovation_reserve_percent  numeric     not null, -- of amount; spend in INNOVATION_RESERVE never raises triggers
    alert_percent               numeric     not null,
    review_percent              numeric     not null,
    approval_percent            numeric     not null,
    created_by                  text        not null,
    created_at                  timestamptz not null,
    constraint budget_split_is_whole check (production_percent + scaling_percent + experimental_percent = 100)
);
-- One budget per scope and period: coalesce so "every use case" is one scope too.
create unique index budget_scope_key on budget (business_unit, coalesce(use_case, ''), coalesce(budget_category, ''),
    period);
create index budget_months_idx on budget (first_month, last_month);

create table budget_reallocation (
    id             uuid        primary key,
    from_budget_id uuid        not null references budget (id),
    to_budget_id   uuid        not null references budget (id),
    amount         numeric     not null check (amount > 0),
    currency       char(3)     not null,
    reason         text        not null,
    requested_by   text        not null,
    created_at     timestamptz not null,
    check (from_budget_id <> to_budget_id)
);

-- What a business unit reports each month (digital transaction revenue, ...): the base of its corridors.
create table business_metric (
    business_unit text        not null,
    month         char(7)     not null,
    metric        text        not null,
    value         numeric     not null,
    currency      char(3)     not null,
    reported_by   text        not null,
    reported_at   timestamptz not null,
    primary key (business_unit, month, metric)
);

-- AI spend between floor and ceiling percent of a business metric.
create table consumption_corridor (
    business_unit   text        not null,
    metric          text        not null,
    floor_percent   numeric     not null,
    ceiling_percent numeric     not null,
    created_by      text        not null,
    created_at      timestamptz not null,
    primary key (business_unit, metric),
    check (floor_percent >= 0 and ceiling_percent >= floor_percent)
);
