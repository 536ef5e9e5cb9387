-- Statements of the allocation issue: categories, use cases, lineage, adjustments, versions and voiding.

-- A month of a business unit can have several statements over time: a draft (at most one), issued ones, a voided
-- one followed by a new draft, and showback restatements of an issued one (a new version; the issued original stays
-- byte for byte as it was, which its content hash proves).
alter table statement drop constraint statement_month_business_unit_key;
alter table statement drop constraint statement_status_check;
alter table statement add constraint statement_status_check check (status in ('DRAFT', 'ISSUED', 'VOIDED'));
alter table statement drop constraint statement_issued_has_invoice;
alter table statement add constraint statement_issued_has_invoice check (
    status = 'DRAFT' or (issued_at is not null and invoice_number is not null));
alter table statement add column version integer not null default 1;
alter table statement add column supersedes_id uuid references statement (id);
alter table statement add column superseded_by_id uuid references statement (id);
alter table statement add column content_hash text;
alter table statement add column unallocated_total numeric not null default 0;
alter table statement add column manual_total numeric not null default 0;
alter table statement add column scope_revisions jsonb not null default '{}';
alter table statement add column voided_at timestamptz;
alter table statement add column voided_by text;
alter table statement add column void_reason text;
alter table statement add column credit_note_number text;
alter table statement add constraint statement_month_business_unit_version_key unique (month, business_unit, version);
create unique index statement_one_draft_idx on statement (month, business_unit) where status = 'DRAFT';
create index statement_business_unit_month_idx on statement (business_unit, month);

alter table statement_line drop constraint statement_line_kind_check;
alter table statement_line add constraint statement_line_kind_check
    check (kind in ('SHOWBACK', 'CHARGEBACK', 'UNRATED', 'ADJUSTMENT', 'UNALLOCATED'));
alter table statement_line add column source text;              -- PROVIDER, MANUAL or RECURRING (showback lines)
alter table statement_line add column budget_category text;
alter table statement_line add column workload_category text;
alter table statement_line add column use_case text;
alter table statement_line add column service_name text;
alter table statement_line add column effective_cost numeric;   -- exact EffectiveCost (provider showback lines)
alter table statement_line add column effective_amount numeric; -- rounded with the run (largest remainder)
alter table statement_line add column rule_code text;           -- allocation rule version that decided
alter table statement_line add column rule_version integer;
alter table statement_line add column reference text;           -- manual entry id / recurring code@version
alter table statement_line add column price_version_id text;    -- pricing's version behind a chargeback line
alter table statement_line add column tier_lines jsonb;         -- pricing's tier, discount and minimum lines
alter table statement_line add column adjusts_statement_id uuid references statement (id);
alter table statement_line add column adjusts_month char(7);
alter table statement_line add column cause text;
alter table statement_line add column waived_at timestamptz;
alter table statement_line add column waived_by text;
alter table statement_line add column waiver_reason text;

-- The cost groups behind each provider showback line: what an auditor drills down to (ingestion summary groups,
-- every dimension the run grouped by), and the share of each the line received.
create table statement_line_source (
    statement_id   uuid    not null references statement (id) on delete cascade,
    line_number    integer not null,
    seq            integer not null,
    dimensions     jsonb   not null,
    billed_cost    numeric not null, -- the share of the group this line received (exact)
    effective_cost numeric not null,
    group_billed_cost numeric not null, -- the whole group
    row_count      bigint  not null,
    primary key (statement_id, line_number, seq)
);

-- The month's usage of the business unit per use case and product: unit economics and the drill-down.
create table statement_usage (
    statement_id      uuid    not null references statement (id) on delete cascade,
    use_case          text    not null, -- '' when the events named none
    product           text    not null,
    quantity          numeric not null,
    event_count       bigint  not null,
    tokens_in         numeric not null default 0,
    tokens_out        numeric not null default 0,
    token_event_count bigint  not null default 0,
    token_quantity    numeric not null default 0, -- quantity of the events that carried token counts
    primary key (statement_id, use_case, product)
);

-- Every change found in an issued month (restated cost scope, late usage, retroactive price correction), per
-- original statement and product, whether it was carried as an adjustment line or stayed below materiality.
create table statement_adjustment (
    id                    uuid        primary key,
    run_id                uuid        not null references statement_run (id),
    original_statement_id uuid        not null references statement (id),
    business_unit         text        not null,
    month                 char(7)     not null,
    product               text        not null,
    delta                 numeric     not null, -- in the currency's minor unit
    cause                 text        not null,
    carried               boolean     not null,
    carried_on_statement_id uuid,               -- the draft it was put on (gone when that draft is replaced)
    detected_at           timestamptz not null
);
create index statement_adjustment_original_idx on statement_adjustment (original_statement_id);

-- Credit notes: what finance books when an issued statement is voided. Own gap-free series per year.
create table credit_note (
    number         text        primary key, -- CN-<year>-<6 digits>
    invoice_number text        not null references invoice (number),
    statement_id   uuid        not null unique references statement (id),
    business_unit  text        not null,
    month          char(7)     not null,
    issue_date     date        not null,
    currency       char(3)     not null,
    total          numeric     not null, -- the invoice total, negated
    reason         text        not null,
    created_at     timestamptz not null
);
create table credit_note_number_counter (
    year       integer primary key,
    last_value integer not null check (last_value > 0)
);

alter table statement_run add column effective_cost_total numeric;
alter table statement_run add column allocated_effective_total numeric;
