-- One row per statement run of a month (runs are history: never updated or deleted).
-- Amounts in the currency's minor unit are written by the application at that scale (numeric keeps it);
-- cost_total is the provider's BilledCost total at full precision.
create table statement_run (
    id                uuid        primary key,
    month             char(7)     not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    currency          char(3)     not null,
    created_at        timestamptz not null,
    cost_total        numeric     not null,
    allocated_total   numeric     not null,
    unallocated_total numeric     not null,
    reconciled        boolean     not null
);

create index statement_run_month_idx on statement_run (month);

-- Provider costs of the month without a business unit tag, per service category: the unallocated rest of the run.
create table statement_run_unallocated_cost (
    run_id           uuid    not null references statement_run (id),
    line_number      integer not null,
    service_category text    not null,
    billed_cost      numeric not null, -- exact BilledCost
    amount           numeric not null, -- rounded with the run's showback lines (largest remainder)
    primary key (run_id, line_number)
);
