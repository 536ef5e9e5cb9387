-- What business units can consume and be charged for. The code is the stable key other services send
-- (usage events, quotes), so it is the primary key and never changes.
create table product (
    code        text        primary key check (code ~ '^[a-z0-9][a-z0-9-]{1,63}$'),
    name        text        not null,
    unit        text        not null, -- what one quantity counts, e.g. "resolution", "1k tokens"
    description text,
    -- Only ACTIVE exists so far; retiring a product comes with its own migration and rules.
    status      text        not null default 'ACTIVE' check (status in ('ACTIVE')),
    created_at  timestamptz not null default now()
);
