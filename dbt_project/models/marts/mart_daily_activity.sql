-- Grain: report date x place x event type (reports without any date are left out).
-- Killed and injured figures follow the one casualty rule (macros/casualties.sql).
-- Incremental by group (macros/touched_groups.sql): a build redoes the days x places x types
-- its new and changed reports fall in.
{%- set groups = {'activity_date': '{r}.report_date', 'location_key': 'coalesce({r}.location_id, 0)',
    'event_type': '{r}.event_type'} %}
{{ per_group_incremental(groups) }}
with reports as (
    select
        *,
        coalesce(location_id, 0) as location_key
    from ({{ group_reports(groups) }})
    where report_date is not null
),

casualties as (
    {{ casualty_rollup('reports', ['report_date', 'location_key', 'event_type']) }}
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
    {{ casualty_rollup_columns('casualties') }}
from counts
inner join casualties
    on
        counts.report_date = casualties.report_date
        and counts.location_key = casualties.location_key
        and counts.event_type = casualties.event_type
