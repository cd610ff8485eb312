-- Assigns every event report to an incident. The rule (README, "Incidents"):
--   1. block: same event family, same actor, same area (admin1, else the place name, else unplaced);
--   2. time window: within a block, ordered by report date, a report opens a new window when it
--      falls more than `incident_window_days` after the first report of the current window
--      (windows are anchored on their first report, so an incident never spans more than the
--      window, however many daily reports follow); a report without any date stands alone;
--   3. target and site: inside a window, reports split by target entity and by site/city
--      location; a report whose target (or site) is unspecified joins the only target (site)
--      of its window, and stays in an "unspecified" incident of its own when there are several.
-- incident_id is the md5 of the report_key of the incident's first report.
with reports as (
    select
        event_id,
        report_key,
        event_family,
        actor_key,
        area_key,
        target_entity_id,
        site_location_id,
        report_date
    from {{ ref('int_event_reports') }}
),

ordered as (
    select
        *,
        row_number() over (
            partition by event_family, actor_key, area_key
            order by report_date asc nulls last, report_key asc
        ) as block_rank
    from reports
),

windows as (
    -- A nested recursive walk down each block (one step per report): keeps the window's start.
    with recursive walk as (
        select
            event_family,
            actor_key,
            area_key,
            block_rank,
            report_date as window_start,
            1 as window_number
        from ordered
        where block_rank = 1

        union all

        select
            ordered.event_family,
            ordered.actor_key,
            ordered.area_key,
            ordered.block_rank,
            case
                when
                    ordered.report_date is null
                    or walk.window_start is null
                    or date_diff('day', walk.window_start, ordered.report_date)
                    > {{ var('incident_window_days') }}
                    then ordered.report_date
                else walk.window_start
            end as window_start,
            case
                when
                    ordered.report_date is null
                    or walk.window_start is null
                    or date_diff('day', walk.window_start, ordered.report_date)
                    > {{ var('incident_window_days') }}
                    then walk.window_number + 1
                else walk.window_number
            end as window_number
        from walk
        inner join ordered
            on
                walk.event_family = ordered.event_family
                and walk.actor_key = ordered.actor_key
                and walk.area_key = ordered.area_key
                and ordered.block_rank = walk.block_rank + 1
    )

    select * from walk
),

windowed as (
    select
        ordered.*,
        windows.window_number,
        count(distinct ordered.target_entity_id) over window_reports as window_targets,
        min(ordered.target_entity_id) over window_reports as window_only_target,
        count(distinct ordered.site_location_id) over window_reports as window_sites,
        min(ordered.site_location_id) over window_reports as window_only_site
    from ordered
    inner join windows
        on
            ordered.event_family = windows.event_family
            and ordered.actor_key = windows.actor_key
            and ordered.area_key = windows.area_key
            and ordered.block_rank = windows.block_rank
    window window_reports as (
        partition by
            ordered.event_family, ordered.actor_key, ordered.area_key, windows.window_number
    )
),

slotted as (
    select
        *,
        coalesce(
            target_entity_id, case when window_targets = 1 then window_only_target end, -1
        ) as target_slot,
        coalesce(
            site_location_id, case when window_sites = 1 then window_only_site end, -1
        ) as site_slot
    from windowed
),

anchored as (
    select
        *,
        first_value(report_key) over incident_reports as anchor_report_key,
        first_value(event_id) over incident_reports as anchor_event_id,
        row_number() over incident_reports as incident_report_number
    from slotted
    window incident_reports as (
        partition by event_family, actor_key, area_key, window_number, target_slot, site_slot
        order by report_date asc nulls last, report_key asc
        rows between unbounded preceding and unbounded following
    )
)

select
    event_id,
    md5('incident|' || anchor_report_key) as incident_id,
    anchor_event_id,
    incident_report_number
from anchored
