-- Import speed (issue 4). PostgreSQL spent about a third of a typed COPY's CPU turning JSON text into jsonb on every
-- row, for columns nothing reads row by row: the importer has validated each JSON object already, summaries read
-- the daily rollup (whose tags and x_columns stay jsonb, converted once per rollup row). cost_record keeps the text.
alter table cost_record
    alter column tags type text using tags::text,
    alter column extra_columns type text using extra_columns::text,
    alter column x_columns type text using x_columns::text;

-- The B-tree on import_id served only the rollup's read-back of an import's rows; the importer now sums the rollup
-- while it streams the rows. A BRIN index (an import's rows are appended together) keeps that lookup possible at
-- almost no cost per copied row.
drop index cost_record_import_idx;
create index cost_record_import_brin on cost_record using brin (import_id);
