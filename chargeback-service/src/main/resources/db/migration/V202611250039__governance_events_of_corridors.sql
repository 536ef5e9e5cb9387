-- A consumption corridor left (spend above the ceiling or below the floor of the business metric) is a governance
-- event too: no budget and no level, but the corridor (business unit, metric) and the month; raised once per month
-- and corridor (the partial unique index decides between concurrent evaluators), then acknowledged and decided like
-- any other event.
alter table governance_event
    alter column budget_id drop not null,
    alter column level drop not null,
    alter column projected drop not null,
    alter column governed_amount drop not null,
    add column corridor_business_unit text,
    add column corridor_metric        text,
    add column corridor_month         text,
    add column corridor_status        text check (corridor_status in ('ABOVE_CEILING', 'BELOW_FLOOR')),
    add column metric_value           numeric,
    add constraint governance_event_kind_check check (
        (budget_id is not null and level is not null and projected is not null and governed_amount is not null
            and corridor_business_unit is null)
        or (budget_id is null and level is null and corridor_business_unit is not null and corridor_metric is not null
            and corridor_month is not null and corridor_status is not null));
create unique index governance_event_corridor_key on governance_event (corridor_business_unit, corridor_metric, corridor_month)
    where budget_id is null;
