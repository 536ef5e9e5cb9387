-- Columns that reference a statement get an index: replacing a month's drafts deletes statements, and PostgreSQL
-- checks every referencing column for each deleted row (without an index: a scan of the table per row).
create index statement_supersedes_idx on statement (supersedes_id) where supersedes_id is not null;
create index statement_superseded_by_idx on statement (superseded_by_id) where superseded_by_id is not null;
create index statement_line_adjusts_idx on statement_line (adjusts_statement_id) where adjusts_statement_id is not null;
