-- The invoice finance books from an issued statement (one per statement). Never updated or deleted.
create table invoice (
    number         text        primary key, -- INV-<year of issue date>-<6 digits>, gap-free per year
    statement_id   uuid        not null unique references statement (id),
    business_unit  text        not null,
    month          char(7)     not null,
    issue_date     date        not null,
    due_date       date        not null,
    currency       char(3)     not null,
    total          numeric     not null, -- = the statement's chargeback total
    created_at     timestamptz not null
);

create table invoice_line (
    invoice_number text    not null references invoice (number),
    line_number    integer not null,
    description    text    not null,
    quantity       numeric,
    unit_price     numeric, -- null for unrated usage
    amount         numeric, -- null for unrated usage: listed, not billed
    primary key (invoice_number, line_number)
);
