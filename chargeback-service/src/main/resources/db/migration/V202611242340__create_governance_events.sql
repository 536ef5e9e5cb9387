-- Governance triggers: each crossing of a budget's threshold (level) on actuals or on the projection is raised
-- once; the unique key decides between concurrent evaluators.
create table governance_event (
    id               uuid        primary key,
    budget_id        uuid        not null references budget (id),
    level            text        not null check (level in ('ALERT', 'OPTIMIZATION_REVIEW', 'EXECUTIVE_APPROVAL')),
    basis            text        not null check (basis in ('ACTUAL', 'PROJECTED')),
    threshold_percent numeric    not null,
    percent          numeric     not null, -- of the governed amount, when raised
    actual           numeric     not null,
    projected        numeric     not null,
    governed_amount  numeric     not null,
    currency         char(3)     not null,
    evaluated_through date       not null, -- the day the projection counted to
    state            text        not null check (state in ('RAISED', 'ACKNOWLEDGED', 'APPROVED', 'REJECTED')),
    raised_at        timestamptz not null,
    raised_by        text        not null, -- schedule, statement-run or issue
    acknowledged_at  timestamptz,
    acknowledged_by  text,
    acknowledge_reason text,
    decided_at       timestamptz,
    decided_by       text,
    decision_reason  text,
    constraint governance_event_crossing_key unique (budget_id, level, basis)
);
create index governance_event_state_idx on governance_event (state, raised_at);

-- One scheduled evaluation per slot, whichever replica gets there first.
create table governance_evaluation_slot (
    slot_start   timestamptz primary key,
    evaluated_at timestamptz not null
);

-- Webhook outbox: written in the transaction that raises or moves an event, delivered by a worker; rows are never
-- deleted, so a notification is never lost.
create table webhook_delivery (
    id              uuid        primary key,
    event_id        uuid        not null references governance_event (id),
    url             text        not null,
    payload         text        not null, -- the exact bytes signed and sent
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_attempt_at timestamptz,
    last_error      text,
    delivered_at    timestamptz,
    created_at      timestamptz not null
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where delivered_at is null;
create index webhook_delivery_event_idx on webhook_delivery (event_id);
