-- Token counts per outcome (statements issue): producers put tokensIn and tokensOut into an event's attributes. The
-- rollup keeps their sums per day, business unit, use case and product so the summary still reads only the rollup.

-- What counts as a token count: a JSON number >= 0. Anything else (a string, a negative number, an object) is kept in
-- the attributes as sent but not summed: attributes were free-form before tokens were summed, and an event accepted
-- then must not be refused now (nor a re-send of it turn from a duplicate into a 400). A plain SQL function, so the
-- planner inlines it; the nested CASE makes sure only a number is ever cast.
create function usage_tokens(attributes jsonb, token_key text) returns numeric
    language sql immutable parallel safe
as $$
    select case when jsonb_typeof(attributes -> token_key) = 'number'
                then case when (attributes -> token_key)::numeric >= 0 then (attributes -> token_key)::numeric end
           end
$$;

-- tokens_in/tokens_out: sums over the events not retracted; token_event_count: how many of them carried at least one
-- of the two; token_quantity: the quantity of those events (tokens per outcome = tokens / token_quantity, exact even
-- when only some events of a group carry tokens).
alter table usage_daily_rollup
    add column tokens_in         numeric not null default 0,
    add column tokens_out        numeric not null default 0,
    add column token_event_count bigint  not null default 0,
    add column token_quantity    numeric not null default 0;

update usage_daily_rollup r
set tokens_in = t.tokens_in, tokens_out = t.tokens_out, token_event_count = t.token_event_count,
    token_quantity = t.token_quantity
from (
    select (occurred_at at time zone 'UTC')::date as day, business_unit, use_case, product,
           coalesce(sum(usage_tokens(attributes, 'tokensIn')), 0) as tokens_in,
           coalesce(sum(usage_tokens(attributes, 'tokensOut')), 0) as tokens_out,
           count(*) filter (where usage_tokens(attributes, 'tokensIn') is not null
                               or usage_tokens(attributes, 'tokensOut') is not null) as token_event_count,
           coalesce(sum(quantity) filter (where usage_tokens(attributes, 'tokensIn') is not null
                                             or usage_tokens(attributes, 'tokensOut') is not null), 0) as token_quantity
    from usage_event
    where retracted_at is null and attributes is not null
    group by 1, 2, 3, 4
) t
where r.day = t.day and r.business_unit = t.business_unit and r.use_case = t.use_case and r.product = t.product;
