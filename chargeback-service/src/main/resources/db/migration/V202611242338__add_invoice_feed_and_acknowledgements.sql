-- Invoices finance systems pull (issue 9): the business unit's name and cost center as the statement had them, a
-- feed position (seq) per invoice and per credit note, and finance's acknowledgements.

alter table invoice add column business_unit_name text;
alter table invoice add column cost_center text;
update invoice i set business_unit_name = s.business_unit_name, cost_center = s.cost_center
from statement s where s.id = i.statement_id;

-- Feed positions. One counter row per document kind, locked by the creating transaction (upsert ... returning) before
-- the yearly number counter and held until commit: documents of a kind commit strictly in seq order, so a reader that
-- sees seq k already sees every committed seq below k, and a keyset on seq misses nothing (see the README, "Invoice
-- feed"). A rolled-back transaction gives its seq back, as it gives its number back.
create table document_feed_counter (
    kind       text   primary key check (kind in ('invoice', 'credit-note')),
    last_value bigint not null check (last_value >= 0)
);

alter table invoice add column seq bigint;
update invoice i set seq = o.seq
from (select number, row_number() over (order by created_at, number) as seq from invoice) o
where o.number = i.number;
alter table invoice alter column seq set not null;
alter table invoice add constraint invoice_seq_unique unique (seq);
insert into document_feed_counter (kind, last_value) values ('invoice', (select coalesce(max(seq), 0) from invoice));

alter table credit_note add column seq bigint;
update credit_note n set seq = o.seq
from (select number, row_number() over (order by created_at, number) as seq from credit_note) o
where o.number = n.number;
alter table credit_note alter column seq set not null;
alter table credit_note add constraint credit_note_seq_unique unique (seq);
insert into document_feed_counter (kind, last_value)
values ('credit-note', (select coalesce(max(seq), 0) from credit_note));

-- Finance's booking of an invoice: at most one per invoice, never changed (repeating the same reference is a no-op).
create table invoice_acknowledgement (
    invoice_number  text        primary key references invoice (number),
    reference       text        not null, -- finance's own booking reference
    booked_by       text,
    acknowledged_at timestamptz not null
);

-- Invoices, their lines, credit notes and acknowledgements are facts finance has booked: never updated or deleted.
create function invoice_document_immutable() returns trigger language plpgsql as $$
begin
    raise exception '% rows are immutable (% refused)', tg_table_name, tg_op;
end;
$$;
create trigger invoice_no_update_or_delete before update or delete on invoice
    for each row execute function invoice_document_immutable();
create trigger invoice_line_no_update_or_delete before update or delete on invoice_line
    for each row execute function invoice_document_immutable();
create trigger credit_note_no_update_or_delete before update or delete on credit_note
    for each row execute function invoice_document_immutable();
create trigger invoice_acknowledgement_no_update_or_delete before update or delete on invoice_acknowledgement
    for each row execute function invoice_document_immutable();
