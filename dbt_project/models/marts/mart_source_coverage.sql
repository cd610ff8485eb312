-- Grain: outlet x event type. A report is corroborated when its incident is also reported by
-- at least one other outlet.
with reports as (
    select
        event_id,
        outlet_name,
        event_type,
        event_family,
        incident_id
    from {{ ref('int_event_reports_with_incidents') }}
),

incident_outlets as (
    select
        incident_id,
        count(distinct outlet_name) as outlets
    from reports
    group by incident_id
)

select
    reports.outlet_name,
    reports.event_type,
    min(reports.event_family) as event_family,
    count(*) as reports,
    count(distinct reports.incident_id) as incidents,
    count(*) filter (where incident_outlets.outlets > 1) as corroborated_reports,
    count(distinct reports.incident_id) filter (
        where incident_outlets.outlets > 1
    ) as corroborated_incidents,
    round(count(*) filter (where incident_outlets.outlets > 1) / count(*), 4)
        as corroborated_share
from reports
inner join incident_outlets on reports.incident_id = incident_outlets.incident_id
group by reports.outlet_name, reports.event_type
