{#- CTEs for an incremental build of the incident clustering: `windows` (block_key,
    window_start, window_number: the windows to redo) and `scoped` (the rows of `reports` that
    fall in them, plus new or changed undated reports, which stand alone).

    `reports` has event_id, block_key, report_date, report_key, target_entity_id,
    site_location_id; `previous` is the stored clustering (the same columns and window_start).
    A report is changed when it is new, gone, or any of those inputs differs; its old and new
    (block, date) are both touched. Windows are anchored (macros/anchored_windows.sql): a
    window's start depends only on the block's dates before it. So in a touched block
      - every window before the one holding (or preceding) its first changed date is unchanged:
        the walk restarts at that window's start (at the block's first date when none);
      - the walk stops at the first window start that the stored clustering also has and that
        lies after the block's last changed date: from there on the dates, the starts and the
        members are those of the stored windows.
    Only the windows in between are redone, whatever the size of the block. -#}
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

    touched_blocks as (
        select
            block_key,
            min(report_date) as first_changed_date,
            max(report_date) as last_changed_date
        from changed_days
        group by block_key
    ),

    -- materialised, like jumps and stored_starts: the recursive walk reads them at every step
    restarts as materialized (
        select
            touched_blocks.block_key,
            touched_blocks.last_changed_date,
            max(stored.window_start) as restart_date
        from touched_blocks
        left join stored
            on
                touched_blocks.block_key = stored.block_key
                and stored.window_start <= touched_blocks.first_changed_date
        group by touched_blocks.block_key, touched_blocks.last_changed_date
    ),

    stored_starts as materialized (
        select distinct
            stored.block_key,
            stored.window_start
        from stored
        inner join restarts on stored.block_key = restarts.block_key
        where stored.window_start is not null
    ),

    block_days as (
        select distinct
            current_reports.block_key,
            current_reports.report_date,
            date_diff('day', date '1970-01-01', current_reports.report_date) as day_number
        from {{ reports }} as current_reports
        inner join restarts on current_reports.block_key = restarts.block_key
        where current_reports.report_date >= coalesce(restarts.restart_date, current_reports.report_date)
    ),

    jumps as materialized (
        select
            block_key,
            report_date,
            min(report_date) over (
                partition by block_key
                order by day_number
                range between {{ days + 1 }} following and unbounded following
            ) as next_window_start
        from block_days
    ),

    walk as (
        with recursive steps as (
            select
                first_days.block_key,
                first_days.window_start,
                1 as window_number,
                stored_starts.window_start is not null
                and first_days.window_start > restarts.last_changed_date as is_stored_again
            from (
                select
                    block_key,
                    min(report_date) as window_start
                from block_days
                group by block_key
            ) as first_days
            inner join restarts on first_days.block_key = restarts.block_key
            left join stored_starts
                on
                    first_days.block_key = stored_starts.block_key
                    and first_days.window_start = stored_starts.window_start

            union all

            select
                steps.block_key,
                jumps.next_window_start as window_start,
                steps.window_number + 1 as window_number,
                stored_starts.window_start is not null
                and jumps.next_window_start > restarts.last_changed_date as is_stored_again
            from steps
            inner join jumps
                on
                    steps.block_key = jumps.block_key
                    and steps.window_start = jumps.report_date
            inner join restarts on steps.block_key = restarts.block_key
            left join stored_starts
                on
                    steps.block_key = stored_starts.block_key
                    and jumps.next_window_start = stored_starts.window_start
            where not steps.is_stored_again and jumps.next_window_start is not null
        )

        select * from steps
    ),

    windows as (
        select
            block_key,
            window_start,
            window_number
        from walk
        where not is_stored_again
    ),

    -- per touched block, the dates to redo: from the restart up to the first stored window again
    redo_ranges as (
        select
            restarts.block_key,
            restarts.restart_date,
            min(walk.window_start) filter (where walk.is_stored_again) as stop_date
        from restarts
        left join walk on restarts.block_key = walk.block_key
        group by restarts.block_key, restarts.restart_date
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
