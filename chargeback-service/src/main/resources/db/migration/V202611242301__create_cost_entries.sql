-- Costs no FOCUS file brings: talent, unmetered tools, AI inside SaaS seats. Entered by people, so immutable and
-- never deleted: a wrong entry is cancelled by a reversing entry, and statements can always say where a cost came from.
create table cost_entry (
    id                 uuid        primary key,
    month              char(7)     not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    business_unit_code text        not null references business_unit (code),
    use_case_code      text,
    budget_category    text        not null, -- category/BudgetCategory name; no check, the enum is owned elsewhere
    workload_category  text        not null, -- category/WorkloadCategory name
    amount             numeric     not null check (amount <> 0), -- full precision; negative for a credit
    currency           char(3)     not null,
    description        text        not null,
    entered_by         text        not null,
    entered_at         timestamptz not null,
    -- A reversal names the entry it cancels; unique, so an entry is reversed at most once even by concurrent requests.
    reverses           uuid        unique references cost_entry (id),
    reason             text, -- why it was reversed; only on reversals
    constraint cost_entry_use_case_fkey foreign key (business_unit_code, use_case_code)
        references use_case (business_unit_code, code),
    constraint cost_entry_reversal_has_reason check ((reverses is null) = (reason is null))
);

create index cost_entry_month_idx on cost_entry (month, business_unit_code);

-- Seats x price every month (copilot seats at 30 a user). Each change is a new version; versions are never edited.
create table recurring_cost_entry (
    code               text        not null check (code ~ '^[a-z0-9][a-z0-9-]{1,63}$'),
    version            integer     not null check (version >= 1), -- the ETag
    business_unit_code text        not null references business_unit (code),
    use_case_code      text,
    description        text        not null,
    quantity           numeric     not null check (quantity > 0), -- seats
    unit_price         numeric     not null check (unit_price >= 0), -- per seat and month, full precision
    currency           char(3)     not null,
    budget_category    text        not null,
    workload_category  text        not null,
    from_month         char(7)     not null check (from_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    to_month           char(7)     check (to_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'), -- inclusive; null = open-ended
    entered_by         text        not null,
    entered_at         timestamptz not null,
    primary key (code, version),
    constraint recurring_cost_entry_use_case_fkey foreign key (business_unit_code, use_case_code)
        references use_case (business_unit_code, code),
    constraint recurring_cost_entry_months check (to_month is null or to_month >= from_month)
);
