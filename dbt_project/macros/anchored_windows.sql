{#- A subquery: the time windows of each block of `reports` (columns block_key, report_date),
    anchored on their first report: a window starts at a block's first date, and the next one
    at the first date more than `days` after the start of the current one, so no window spans
    more than `days` however many daily reports follow. Columns: block_key, window_start,
    window_number. A report belongs to the window with its block_key and
    window_start <= report_date <= window_start + days. The walk recurses once per window of a
    block, not once per report. Used by the incident clustering and the dispute episodes. -#}
{% macro anchored_windows(reports, days) -%}
    with block_days as (
        select distinct
            block_key,
            report_date,
            date_diff('day', date '1970-01-01', report_date) as day_number
        from {{ reports }}
        where report_date is not null
    ),

    -- for each reported day of a block, the first later day too far to share its window;
    -- materialised: the walk reads it once per window, and DuckDB would otherwise recompute it
    -- (and everything it reads) at every step of the recursion
    jumps as materialized ({{ next_window_starts('block_days', days) }}),

    walk as (
        with recursive steps as (
            select
                block_key,
                min(report_date) as window_start,
                1 as window_number
            from block_days
            group by block_key

            union all

            select
                steps.block_key,
                jumps.next_window_start as window_start,
                steps.window_number + 1 as window_number
            from steps
            inner join jumps
                on
                    steps.block_key = jumps.block_key
                    and steps.window_start = jumps.report_date
            where jumps.next_window_start is not null
        )

        select * from steps
    )

    select * from walk
{%- endmacro %}


{#- A subquery over `block_days` (block_key, report_date, day_number): for each reported day of
    a block, the first later day too far to share its window (next_window_start). Both walks,
    the full one and the incremental rewalk, step from a window's start to this day. -#}
{% macro next_window_starts(block_days, days) -%}
    select
        block_key,
        report_date,
        min(report_date) over (
            partition by block_key
            order by day_number
            range between {{ days + 1 }} following and unbounded following
        ) as next_window_start
    from {{ block_days }}
{%- endmacro %}
