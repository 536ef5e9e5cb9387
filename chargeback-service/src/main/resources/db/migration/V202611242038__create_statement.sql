-- One statement per business unit and month. Drafts are replaced by every run of the month; issued ones are final.
create table statement (
    id               uuid        primary key,
    run_id           uuid        not null references statement_run (id),
    month            char(7)     not null,
    business_unit    text        not null,
    status           text        not null check (status in ('DRAFT', 'ISSUED')),
    currency         char(3)     not null,
    showback_total   numeric     not null, -- sum of rounded SHOWBACK lines
    chargeback_total numeric     not null, -- sum of rounded CHARGEBACK lines; UNRATED lines excluded
    created_at       timestamptz not null,
    issued_at        timestamptz,
    invoice_number   text,
    constraint statement_month_business_unit_key unique (month, business_unit),
    constraint statement_issued_has_invoice check (
        (status = 'ISSUED') = (issued_at is not null and invoice_number is not null))
);

-- Lines go with their draft when a run replaces it.
create table statement_line (
    statement_id     uuid    not null references statement (id) on delete cascade,
    line_number      integer not null,
    kind             text    not null check (kind in ('SHOWBACK', 'CHARGEBACK', 'UNRATED')),
    description      text    not null,
    service_category text,
    product          text,
    unit             text,
    quantity         numeric,
    unit_price       numeric, -- per unit, full precision
    unrounded_amount numeric, -- BilledCost or quantity x unit_price before rounding
    amount           numeric, -- in the currency's minor unit
    primary key (statement_id, line_number),
    -- Unrated usage has no price and no amount (never 0).
    constraint statement_line_unrated_has_no_amount check (
        kind <> 'UNRATED' or (unit_price is null and amount is null)),
    constraint statement_line_rated_has_amount check (kind = 'UNRATED' or amount is not null)
);
