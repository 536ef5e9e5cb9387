-- The per-partition B-tree on occurred_at cost about as much per ingested event as the partition insert itself, and
-- nothing needs it any more: partitions are monthly, summaries read usage_daily_rollup and the late list has its
-- partial index. Only a retraction looks one event up (occurred_at from usage_event_key, then event_id). Events arrive
-- roughly in occurred_at order, which is what a BRIN index summarises well: a few KB per month, next to nothing to
-- maintain per insert, and a retraction reads the few block ranges whose time span holds the instant.
drop index usage_event_occurred_at_idx;
create index usage_event_occurred_at_brin on usage_event using brin (occurred_at);
