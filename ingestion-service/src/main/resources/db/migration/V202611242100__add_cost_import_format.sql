-- How the bytes were encoded: csv, csv+gzip (parquet later).
alter table cost_import add column format text not null default 'csv';
