with incidents as (
    select * from {{ ref('int_incidents') }}
)

select
    incident_id,
    anchor_event_id,
    event_family,
    event_type,
    actor_entity_id,
    actor_name,
    target_entity_id,
    target_name,
    target_group,
    location_id,
    place_name,
    admin1,
    place_country_iso3,
    reports,
    asserted_reports,
    denied_reports,
    articles,
    outlets,
    claimants,
    claimant_labels,
    event_types,
    first_report_date,
    last_report_date,
    date_diff('day', first_report_date, last_report_date) as span_days,
    killed_low,
    killed_high,
    killed_median
from incidents
