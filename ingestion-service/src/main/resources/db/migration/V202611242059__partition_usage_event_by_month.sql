-- Usage events partitioned by month of occurred_at (issue 5), plus what exactly-once, retractions, late events and
-- fast summaries need. Rows of the thin-path table are moved over, none is lost.

-- Exactly once across partitions: a partitioned table can only enforce keys that include occurred_at, so the
-- producer's idempotency key lives in its own small table (event_id -> content hash, occurred_at).
create table usage_event_key (
    event_id     text        primary key,
    content_hash char(64)    not null,
    occurred_at  timestamptz not null
);

alter table usage_event rename to usage_event_thin;
alter index usage_event_occurred_at_idx rename to usage_event_thin_occurred_at_idx;
alter index usage_event_pkey rename to usage_event_thin_pkey;

create table usage_event (
    event_id      text        not null,
    business_unit text        not null,
    use_case      text        not null,
    product       text        not null,
    quantity      numeric     not null check (quantity > 0),
    occurred_at   timestamptz not null,
    attributes    jsonb,
    content_hash  char(64)    not null,
    received_at   timestamptz not null default now(),
    -- true when the event arrived after its month's statements were issued (see usage_closed_month)
    late          boolean     not null default false,
    -- set by a retraction; a retracted event is kept but no longer summed
    retracted_at  timestamptz
) partition by range (occurred_at);

-- Per-partition indexes, created on each month's partition by the parent definition.
create index usage_event_occurred_at_idx on usage_event (occurred_at);
create index usage_event_late_idx on usage_event (occurred_at) where late;

-- Months whose statements were issued (chargeback-service tells ingestion when it issues one).
create table usage_closed_month (
    month     char(7)     primary key,
    closed_at timestamptz not null default now()
);

-- Corrections without deletion: one retraction per event, with its reason.
create table usage_retraction (
    event_id     text        primary key references usage_event_key (event_id),
    reason       text        not null,
    retracted_at timestamptz not null default now()
);

-- Sums per day, business unit, use case and product of the events not retracted: summaries read this, not the
-- events, so a month of millions of events answers in milliseconds. Kept in the same transaction as the events.
create table usage_daily_rollup (
    day           date    not null,
    business_unit text    not null,
    use_case      text    not null,
    product       text    not null,
    quantity      numeric not null,
    event_count   bigint  not null,
    primary key (day, business_unit, use_case, product)
);

-- Move the thin-path events over: one partition per month they fall in.
do $$
declare
    m date;
begin
    for m in select distinct date_trunc('month', occurred_at at time zone 'UTC')::date from usage_event_thin loop
        execute format('create table %I partition of usage_event for values from (%L) to (%L)',
                       'usage_event_' || to_char(m, 'YYYY_MM'),
                       (m::timestamp at time zone 'UTC'), ((m + interval '1 month')::timestamp at time zone 'UTC'));
    end loop;
end $$;

insert into usage_event (event_id, business_unit, use_case, product, quantity, occurred_at, attributes, content_hash, received_at)
select event_id, business_unit, use_case, product, quantity, occurred_at, attributes, content_hash, received_at
from usage_event_thin;

insert into usage_event_key (event_id, content_hash, occurred_at)
select event_id, content_hash, occurred_at from usage_event_thin;

insert into usage_daily_rollup (day, business_unit, use_case, product, quantity, event_count)
select (occurred_at at time zone 'UTC')::date, business_unit, use_case, product, sum(quantity), count(*)
from usage_event_thin group by 1, 2, 3, 4;

drop table usage_event_thin;
