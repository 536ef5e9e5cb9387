-- A deferred foreign key queues one check per copied row until commit (millions per file). The import row is
-- written in the same transaction as its rows and imports are never deleted, so the key adds cost, not safety.
alter table cost_record drop constraint cost_record_import_fk;
