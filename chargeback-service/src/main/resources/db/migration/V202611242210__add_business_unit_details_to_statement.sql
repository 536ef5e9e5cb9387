-- A statement keeps what its business unit was called when it was built: later registry changes do not rewrite it.
-- Null when the business unit was not in the registry at run time.
alter table statement add column business_unit_name text;
alter table statement add column cost_center text;
