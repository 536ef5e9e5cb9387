-- Outcome usage events, counted exactly once: event_id is the producer's idempotency key.
-- content_hash lets a re-sent event be told apart from a different event reusing the same id.
create table usage_event (
    event_id      text        primary key,
    business_unit text        not null,
    use_case      text        not null,
    product       text        not null,
    quantity      numeric     not null check (quantity > 0),
    occurred_at   timestamptz not null,
    attributes    jsonb,
    content_hash  char(64)    not null,
    received_at   timestamptz not null default now()
);

create index usage_event_occurred_at_idx on usage_event (occurred_at);
