-- The content hash of an event lives in usage_event_key, where a re-sent event is told apart from another event
-- reusing its id; the copy in usage_event was written on every ingest and never read (65 bytes per event of heap and
-- WAL). Dropping a column only marks it dropped: existing rows keep their bytes until rewritten, new rows go without.
alter table usage_event drop column content_hash;
