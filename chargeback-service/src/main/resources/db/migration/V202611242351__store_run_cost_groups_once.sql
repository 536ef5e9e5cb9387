-- A run's cost groups are stored once per run; each line source names its group by number instead of repeating
-- the group's dimensions: a shared rule splitting 14,000 groups over 200 business units wrote 141,000 jsonb copies.
create table statement_run_cost_group (
    run_id         uuid    not null references statement_run (id),
    group_number   integer not null,
    dimensions     jsonb   not null,
    billed_cost    numeric not null, -- the whole group, exact
    effective_cost numeric not null,
    row_count      bigint  not null,
    primary key (run_id, group_number)
);

-- Sources written before this migration keep their dimensions inline (run_id and group_number null).
alter table statement_line_source add column run_id uuid;
alter table statement_line_source add column group_number integer;
alter table statement_line_source alter column dimensions drop not null;
alter table statement_line_source alter column group_billed_cost drop not null;
alter table statement_line_source alter column row_count drop not null;
alter table statement_line_source add constraint statement_line_source_group_fkey
    foreign key (run_id, group_number) references statement_run_cost_group (run_id, group_number);
