-- Last invoice number drawn per year. The row is locked by the issuing transaction (upsert ... returning), so numbers
-- are handed out in commit order and a rolled-back issue gives its number back: no gaps.
create table invoice_number_counter (
    year       integer primary key,
    last_value integer not null check (last_value > 0)
);
