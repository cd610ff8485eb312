with locations as (
    select * from {{ ref('stg_warehouse__locations') }}
),

reports as (
    select
        location_id,
        count(*) as event_reports,
        min(report_date) as first_report_date,
        max(report_date) as last_report_date
    from {{ ref('fct_event_reports') }}
    where location_id is not null
    group by location_id
)

select
    locations.location_id,
    locations.location_name,
    locations.country_iso3,
    locations.admin1,
    locations.latitude,
    locations.longitude,
    locations.gazetteer_id,
    locations.location_precision,
    coalesce(reports.event_reports, 0) as event_reports,
    reports.first_report_date,
    reports.last_report_date
from locations
left join reports on locations.location_id = reports.location_id
