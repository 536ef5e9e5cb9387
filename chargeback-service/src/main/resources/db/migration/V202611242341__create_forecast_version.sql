-- Scenario forecasts: each reforecast stores a new version; nothing is edited. The figures are computed from the
-- stored assumptions when read (ForecastCalculator is pure), so a version always shows what it assumed.
create table forecast_version (
    code                      text        not null,
    version                   integer     not null,
    name                      text        not null,
    business_unit             text,
    base_month                char(7)     not null, -- the last month with actuals; the forecast starts after it
    horizon_months            integer     not null check (horizon_months between 1 and 60),
    base_monthly_cost         numeric     not null check (base_monthly_cost >= 0),
    currency                  char(3)     not null,
    yearly_deflation_percent  numeric     not null,
    scenarios                 jsonb       not null, -- [{name, usageMultiplier, probability}]
    changed_by                text        not null,
    reason                    text,
    created_at                timestamptz not null,
    primary key (code, version)
);
