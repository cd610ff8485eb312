-- Daily activity counts every dated report once, per event type.
with mart as (
    select
        event_type,
        sum(reports) as reports
    from {{ ref('mart_daily_activity') }}
    group by event_type
),

fct as (
    select
        event_type,
        count(*) as reports
    from {{ ref('fct_event_reports') }}
    where report_date is not null
    group by event_type
)

select
    coalesce(mart.event_type, fct.event_type) as event_type,
    mart.reports as mart_reports,
    fct.reports as fct_reports
from mart
full outer join fct on mart.event_type = fct.event_type
where mart.reports is distinct from fct.reports
