-- Source coverage counts every report once under its outlet, and never corroborates more
-- reports than the outlet has.
with mart as (
    select
        outlet_name,
        sum(reports) as reports,
        bool_or(corroborated_reports > reports) as over_corroborated
    from {{ ref('mart_source_coverage') }}
    group by outlet_name
),

fct as (
    select
        outlet_name,
        count(*) as reports
    from {{ ref('fct_event_reports') }}
    group by outlet_name
)

select
    coalesce(mart.outlet_name, fct.outlet_name) as outlet_name,
    mart.reports as mart_reports,
    fct.reports as fct_reports
from mart
full outer join fct on mart.outlet_name = fct.outlet_name
where mart.reports is distinct from fct.reports or mart.over_corroborated
