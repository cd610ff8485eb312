-- Every event report with its toll check and its incident: the one place the reports meet the
-- clustering, read by fct_event_reports and every mart (none repeats the join). It also decides
-- which reports' figures count (counts_toward_tolls, read by macros/casualties.sql): asserted,
-- with a plausible toll, and not an echo. An echo repeats the exact large toll (at least
-- `toll_echo_min_killed` killed, best estimate) of a report in an earlier incident of the same
-- country within `retrospective_days`: one real event told with different actors, types or
-- places ("the attack that killed more than 1,400 people", for weeks) that the clustering could
-- not put together; its figure is counted once, in the earliest incident
-- (toll_counted_in_incident_id). A table: the marts and their tests read it many times.
-- Incremental (delete+insert on event_id): every row is computed and hashed (row_hash), and only
-- the new and changed ones are written (macros/incremental_columns.sql: changed_rows); rows of
-- deleted events go in the post-hook.
{{ per_event_incremental('int_event_reports') }}
{%- set echo_days = var('retrospective_days') | int %}
{%- set echo_min = var('toll_echo_min_killed') | int %}

with reports as (
    select * from {{ ref('int_event_reports_toll_checked') }}
),

clusters as (
    select * from {{ ref('int_event_reports_clustered') }}
),

-- a group-by on the clustering's own columns, not a window over the joined rows: a window
-- carries every column of every row through its partitioning (twice the time of the model)
incident_dates as (
    select
        incident_id,
        min(report_date) as incident_first_report_date
    from clusters
    group by incident_id
),

joined as (
    select
        reports.*,
        clusters.incident_id,
        -- not the report's rank in its incident (the clustering keeps it): a report that joins
        -- an incident would renumber the later ones, and every renumbered row be rewritten
        clusters.anchor_event_id,
        incident_dates.incident_first_report_date
    from reports
    inner join clusters on reports.event_id = clusters.event_id
    inner join incident_dates on clusters.incident_id = incident_dates.incident_id
),

large_tolls as (
    select
        event_id,
        incident_id,
        incident_first_report_date,
        killed_best,
        place_country_iso3,
        report_date
    from joined
    where
        stance = 'assert'
        and is_plausible_toll
        and killed_best >= {{ echo_min }}
        and report_date is not null
),

echoes as (
    select
        later.event_id,
        min(earlier.incident_id) as toll_counted_in_incident_id
    from large_tolls as later
    inner join large_tolls as earlier
        on
            later.killed_best = earlier.killed_best
            and later.incident_id != earlier.incident_id
            and abs(date_diff('day', earlier.report_date, later.report_date)) <= {{ echo_days }}
            and coalesce(earlier.place_country_iso3 = later.place_country_iso3, true)
            and (
                earlier.incident_first_report_date < later.incident_first_report_date
                or (
                    earlier.incident_first_report_date = later.incident_first_report_date
                    and earlier.incident_id < later.incident_id
                )
            )
    group by later.event_id
),

counted as (
    select
        joined.* exclude (incident_first_report_date),
        echoes.toll_counted_in_incident_id,
        joined.stance = 'assert'
        and joined.is_plausible_toll
        and echoes.event_id is null as counts_toward_tolls
    from joined
    left join echoes on joined.event_id = echoes.event_id
),

hashed as (
    select
        *,
        hash(counted) as row_hash
    from counted
)

{{ changed_rows('hashed', 'event_id') }}
