-- Every event report belongs to exactly one incident: incident report counts add up, per family.
with incidents as (
    select
        event_family,
        sum(reports) as reports
    from {{ ref('fct_incidents') }}
    group by event_family
),

fct as (
    select
        event_family,
        count(*) as reports
    from {{ ref('fct_event_reports') }}
    group by event_family
)

select
    coalesce(incidents.event_family, fct.event_family) as event_family,
    incidents.reports as incident_reports,
    fct.reports as fct_reports
from incidents
full outer join fct on incidents.event_family = fct.event_family
where incidents.reports is distinct from fct.reports
