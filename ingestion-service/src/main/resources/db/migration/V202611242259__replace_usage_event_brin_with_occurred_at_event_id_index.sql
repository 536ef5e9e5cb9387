-- Lineage (GET /v1/usage-events) lists a month's events page by page in (occurred_at, event_id) order with a keyset
-- cursor: that needs an ordered index, one per monthly partition. It costs a B-tree insert per stored event, which
-- the BRIN replaced in issue 5 for ingest speed; events arrive roughly in occurred_at order, so most inserts land on
-- the rightmost leaf page. The BRIN goes: this index answers a retraction's (occurred_at, event_id) lookup too, by a
-- direct probe instead of a scan of the block ranges around the instant.
create index usage_event_occurred_at_event_id_idx on usage_event (occurred_at, event_id);
drop index usage_event_occurred_at_brin;
