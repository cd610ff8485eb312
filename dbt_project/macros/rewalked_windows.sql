{#- CTEs for an incremental build of the incident clustering: `windows` (block_key,
    window_start, window_number: the windows to redo) and `scoped` (the rows of `reports` that
    fall in them, plus new or changed undated reports, which stand alone).

    `reports` has event_id, block_key, report_date, report_key, target_entity_id,
    site_location_id; `previous` is the stored clustering (the same columns and window_start).
    A report is changed when it is new, gone, or any of those inputs differs; its old and new
    (block, date) are both changed dates of their blocks. Windows are anchored
    (macros/anchored_windows.sql): a window's start depends only on the block's dates before it.
    So for each changed date
      - every stored window before the one holding (or preceding) it is unchanged: a walk
        starts there (restart; at the block's first date when no stored window precedes it;
        at the changed date itself when it lies after the end of the window preceding it,
        which it then leaves unchanged: news after a block's last window redoes only itself);
      - the walk stops at the first window start the stored clustering also has: from there
        the new windows are the stored ones up to the next changed date, whose own walk starts
        at the stored window holding it.
    A walk whose start falls inside a window of another walk is not on the new chain of
    windows: that other walk covers its dates (it stops only at a stored start, and none lies
    between the start of the dropped walk and its changed date). Only the windows of the kept
    walks are redone, however long the block and however many far-apart dates changed. -#}
{% macro rewalked_windows(reports, previous, days) -%}
    stored as (
        select
            event_id,
            block_key,
            window_start,
            report_date,
            report_key,
            target_entity_id,
            site_location_id
        from {{ previous }}
    ),

    changed as (
        select
            current_reports.event_id as current_event_id,
            current_reports.block_key as current_block_key,
            current_reports.report_date as current_report_date,
            stored.block_key as stored_block_key,
            stored.report_date as stored_report_date
        from {{ reports }} as current_reports
        full outer join stored on current_reports.event_id = stored.event_id
        where
            (
                current_reports.block_key,
                current_reports.report_date,
                current_reports.report_key,
                current_reports.target_entity_id,
                current_reports.site_location_id
            ) is distinct from (
                stored.block_key,
                stored.report_date,
                stored.report_key,
                stored.target_entity_id,
                stored.site_location_id
            )
    ),

    changed_days as (
        select
            current_block_key as block_key,
            current_report_date as report_date
        from changed
        where current_report_date is not null
        union all
        select
            stored_block_key as block_key,
            stored_report_date as report_date
        from changed
        where stored_report_date is not null
    ),

    -- per changed date, the stored window start at or before it (none: the block's beginning),
    -- or the date itself when it falls after that window's end: a new report after the
    -- block's last window, or in a gap between two, leaves that window as it is and opens
    -- the next one (no stored date lies between that window's end and it)
    restart_points as (
        select
            block_key,
            changed_date,
            case
                when changed_date > preceding_start + {{ days }} then changed_date
                else preceding_start
            end as restart_date
        from (
            select
                changed_days.block_key,
                changed_days.report_date as changed_date,
                max(stored.window_start) as preceding_start
            from changed_days
            left join stored
                on
                    changed_days.block_key = stored.block_key
                    and stored.window_start <= changed_days.report_date
            group by changed_days.block_key, changed_days.report_date
        )
    ),

    -- materialised, like jumps and the rest the walk reads: the recursion reads them at every
    -- step and DuckDB would otherwise recompute them (and all they read) each time
    stored_starts as materialized (
        select distinct
            stored.block_key,
            stored.window_start
        from stored
        where
            stored.window_start is not null
            and stored.block_key in (select restart_points.block_key from restart_points)
    ),

    block_days as materialized (
        select distinct
            current_reports.block_key,
            current_reports.report_date,
            date_diff('day', date '1970-01-01', current_reports.report_date) as day_number
        from {{ reports }} as current_reports
        inner join (
            select
                block_key,
                min(coalesce(restart_date, date '0001-01-01')) as floor_date
            from restart_points
            group by block_key
        ) as floors on current_reports.block_key = floors.block_key
        where current_reports.report_date >= floors.floor_date
    ),

    jumps as materialized ({{ next_window_starts('block_days', days) }}),

    -- a walk starts on the first reported day at or after each restart
    seeds as materialized (
        select distinct
            restart_points.block_key,
            min(block_days.report_date) as seed_date
        from restart_points
        inner join block_days
            on
                restart_points.block_key = block_days.block_key
                and block_days.report_date >= coalesce(restart_points.restart_date, date '0001-01-01')
        group by restart_points.block_key, restart_points.restart_date
    ),

    walk as materialized (
        with recursive steps as (
            select
                block_key,
                seed_date,
                seed_date as window_start,
                1 as window_number,
                false as is_stored_again
            from seeds

            union all

            select
                steps.block_key,
                steps.seed_date,
                jumps.next_window_start as window_start,
                steps.window_number + 1 as window_number,
                stored_starts.window_start is not null as is_stored_again
            from steps
            inner join jumps
                on
                    steps.block_key = jumps.block_key
                    and steps.window_start = jumps.report_date
            left join stored_starts
                on
                    steps.block_key = stored_starts.block_key
                    and jumps.next_window_start = stored_starts.window_start
            where not steps.is_stored_again and jumps.next_window_start is not null
        )

        select
            *,
            lead(window_start) over (
                partition by block_key, seed_date order by window_number
            ) as territory_end
        from steps
    ),

    -- a walk starting inside another walk's window is off the new chain: the other covers it
    kept_seeds as (
        select
            seeds.block_key,
            seeds.seed_date
        from seeds
        where not exists (
            select 1
            from walk as other
            where
                other.block_key = seeds.block_key
                and other.seed_date != seeds.seed_date
                and not other.is_stored_again
                and other.window_start <= seeds.seed_date
                and seeds.seed_date < coalesce(other.territory_end, date '9999-12-31')
        )
    ),

    windows as (
        select distinct
            walk.block_key,
            walk.window_start,
            walk.window_number
        from walk
        inner join kept_seeds
            on walk.block_key = kept_seeds.block_key and walk.seed_date = kept_seeds.seed_date
        where not walk.is_stored_again
    ),

    -- the dates each kept walk redoes: from its start up to where it meets a stored window
    redo_ranges as (
        select
            kept_seeds.block_key,
            kept_seeds.seed_date as restart_date,
            min(walk.window_start) filter (where walk.is_stored_again) as stop_date
        from kept_seeds
        inner join walk
            on walk.block_key = kept_seeds.block_key and walk.seed_date = kept_seeds.seed_date
        group by kept_seeds.block_key, kept_seeds.seed_date
    ),

    scoped as (
        select current_reports.*
        from {{ reports }} as current_reports
        inner join redo_ranges on current_reports.block_key = redo_ranges.block_key
        where
            current_reports.report_date >= coalesce(redo_ranges.restart_date, current_reports.report_date)
            and current_reports.report_date < coalesce(redo_ranges.stop_date, date '9999-12-31')
        union all
        select current_reports.*
        from {{ reports }} as current_reports
        inner join changed on current_reports.event_id = changed.current_event_id
        where current_reports.report_date is null
    )
{%- endmacro %}
