-- One row per accepted file. The SHA-256 of the exact bytes makes re-sending a file harmless.
create table cost_import (
    id          uuid primary key,
    sha256      char(64)    not null unique,
    file_name   text,
    focus_version text,
    row_count   bigint      not null,
    imported_at timestamptz not null default now()
);

-- One row per FOCUS row, costs at the provider's full precision (numeric without scale).
-- Columns the suite reads are typed; every other column of the file is kept in extra_columns.
create table cost_record (
    import_id             uuid        not null references cost_import (id) deferrable initially deferred,
    row_number            bigint      not null, -- as a spreadsheet shows it: header = 1
    billing_account_id    text        not null,
    billing_account_name  text,
    sub_account_id        text,
    sub_account_name      text,
    billing_period_start  timestamptz not null,
    billing_period_end    timestamptz not null,
    charge_period_start   timestamptz not null,
    charge_period_end     timestamptz not null,
    charge_category       text        not null,
    charge_class          text,
    charge_description    text,
    charge_frequency      text,
    billed_cost           numeric     not null,
    effective_cost        numeric     not null,
    list_cost             numeric,
    contracted_cost       numeric,
    billing_currency      char(3)     not null,
    consumed_quantity     numeric,
    consumed_unit         text,
    pricing_quantity      numeric,
    pricing_unit          text,
    provider_name         text,
    publisher_name        text,
    invoice_issuer_name   text,
    service_category      text,
    service_name          text,
    sku_id                text,
    sku_price_id          text,
    region_id             text,
    resource_id           text,
    resource_name         text,
    tags                  jsonb,
    extra_columns         jsonb,
    primary key (import_id, row_number)
);

create index cost_record_billing_period_idx on cost_record (billing_period_start);
