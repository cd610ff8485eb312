-- Grain: report date x place x event type (reports without any date are left out).
with reports as (
    select
        fct.*,
        coalesce(fct.location_id, 0) as location_key,
        clusters.incident_id
    from {{ ref('fct_event_reports') }} as fct
    inner join {{ ref('int_event_reports_clustered') }} as clusters
        on fct.event_id = clusters.event_id
    where fct.report_date is not null
),

per_incident as (
    select
        report_date,
        location_key,
        event_type,
        incident_id,
        min(killed_low) as killed_low,
        max(killed_high) as killed_high
    from reports
    where stance = 'assert'
    group by report_date, location_key, event_type, incident_id
),

killed as (
    select
        report_date,
        location_key,
        event_type,
        cast(sum(killed_low) as bigint) as killed_low,
        cast(sum(killed_high) as bigint) as killed_high
    from per_incident
    group by report_date, location_key, event_type
),

counts as (
    select
        report_date,
        location_key,
        event_type,
        min(event_family) as event_family,
        coalesce(min(place_name), '(unplaced)') as place_name,
        min(admin1) as admin1,
        min(place_country_iso3) as country_iso3,
        count(*) as reports,
        count(*) filter (where stance = 'assert') as asserted_reports,
        count(distinct incident_id) as incidents,
        count(distinct article_id) as articles,
        count(distinct outlet_name) as outlets
    from reports
    group by report_date, location_key, event_type
)

select
    counts.report_date as activity_date,
    counts.location_key,
    counts.place_name,
    counts.admin1,
    counts.country_iso3,
    counts.event_type,
    counts.event_family,
    counts.reports,
    counts.asserted_reports,
    counts.incidents,
    counts.articles,
    counts.outlets,
    killed.killed_low,
    killed.killed_high
from counts
left join killed
    on
        counts.report_date = killed.report_date
        and counts.location_key = killed.location_key
        and counts.event_type = killed.event_type
