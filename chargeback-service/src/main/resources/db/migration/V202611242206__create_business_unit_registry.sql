-- The business unit registry. Nothing is ever deleted: statements and invoices name business units by code.
create table business_unit (
    code          text        primary key check (code ~ '^[a-z0-9][a-z0-9-]{1,63}$'), -- immutable
    name          text        not null,
    cost_center   text        not null,
    owner_contact text        not null, -- an email address
    version       bigint      not null default 1, -- optimistic concurrency: the ETag
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);

-- What a business unit uses AI for: the outcome product it is charged for, and optionally what one unit is worth.
create table use_case (
    business_unit_code text        not null references business_unit (code),
    code               text        not null check (code ~ '^[a-z0-9][a-z0-9-]{1,63}$'),
    name               text        not null,
    product            text        not null, -- a pricing-service product code, not checked against pricing
    value_per_unit     numeric check (value_per_unit >= 0), -- business value of one unit, full precision
    value_currency     char(3),
    created_at         timestamptz not null,
    primary key (business_unit_code, code),
    constraint use_case_value_has_currency check ((value_per_unit is null) = (value_currency is null))
);
