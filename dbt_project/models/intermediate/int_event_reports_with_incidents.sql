-- Every event report with its toll check and its incident: the one place the reports meet the
-- clustering, read by fct_event_reports and every mart (none repeats the join). It also decides
-- which reports' figures count (counts_toward_tolls, read by macros/casualties.sql): asserted,
-- with a plausible toll, and not an echo. An echo repeats the exact large toll (at least
-- `toll_echo_min_killed` killed, best estimate) of a report in an earlier incident of the same
-- country within `retrospective_days`: one real event told with different actors, types or
-- places ("the attack that killed more than 1,400 people", for weeks) that the clustering could
-- not put together; its figure is counted once, in the earliest incident
-- (toll_counted_in_incident_id). A toll of at least `toll_echo_near_min_killed` (a massacre's
-- scale: a few a year in a whole war) is an echo too when an earlier incident told one within
-- `toll_echo_tolerance` of it, within `retrospective_days` wherever it was placed, or however
-- long before in the same country (or unplaced): the outlets' own
-- figures for one attack differ ("1,300", "more than 1,400", "1,429") and it is recalled for
-- years ("the attack which killed 1,429 people"). A table: the marts and their tests read it
-- many times.
-- Incremental (delete+insert on event_id): rows are hashed (row_hash), and only the new and
-- changed ones are written (macros/incremental_columns.sql: changed_rows); rows of deleted events
-- go in the post-hook. Which rows are computed again: all of them, except in a build that
-- `wirehouse build` says changes the data only (macros/data_only_build.sql): then the rows of
-- the events whose report row (inputs_hash, report_key) or incident (incident_id, anchor) is new
-- or changed (after a complete build: the rows int_event_reports and the clustering wrote in
-- this one, macros/written_keys.sql), and the large tolls whose echo changed, recomputed from
-- their stored rows (an echo depends on other incidents' tolls and first dates; the tolls are a
-- few percent of the rows). Project changes (this SQL, the seeds, the vars) take the path that computes all.
{{ per_event_incremental('int_event_reports') }}
{%- set echo_days = var('retrospective_days') | int %}
{%- set echo_min = var('toll_echo_min_killed') | int %}
{%- set near_min = var('toll_echo_near_min_killed') | int %}
{%- set tolerance = var('toll_echo_tolerance') | float %}
{%- set redo_changed_only = is_incremental() and data_only_build()
    and 'row_hash' in incremental_columns() %}
{%- set written = written_in_this_build(['int_event_reports', 'int_event_reports_clustered'],
    'event_id') if redo_changed_only else '' %}

with clusters as (
    select * from {{ ref('int_event_reports_clustered') }}
),

{% if redo_changed_only %}
    -- what the changes are found against: the stored rows' inputs, incident and toll (read by
    -- the echoes below on every path, and by `redo` when no written rows are recorded)
    stored as (  -- noqa: ST03
        select
            event_id,
            inputs_hash,
            report_key,
            incident_id,
            anchor_event_id,
            stance,
            is_plausible_toll,
            killed_best,
            place_country_iso3,
            report_date,
            toll_counted_in_incident_id
        from {{ this }}
    ),

    -- materialised: read four times
    redo as materialized (
        {%- if written %}
            -- after a complete build, this table matched both parents: the rows they wrote now
            -- (every new or changed report and clustering row, and a few unchanged ones) are
            -- the ones to look at, with no pass over every stored row
            select clusters.event_id
            from clusters
            where {{ written }}
        {%- else %}
            select current_reports.event_id
            from {{ ref('int_event_reports') }} as current_reports
            left join stored on current_reports.event_id = stored.event_id
            where
                stored.event_id is null
                or current_reports.inputs_hash != stored.inputs_hash
                or current_reports.report_key != stored.report_key
            union
            select clusters.event_id
            from clusters
            inner join stored on clusters.event_id = stored.event_id
            where
                clusters.incident_id != stored.incident_id
                or clusters.anchor_event_id != stored.anchor_event_id
        {%- endif %}
    ),

    reports as (
        select * from {{ ref('int_event_reports_toll_checked') }}
        where event_id in (select redo.event_id from redo)
    ),

{% else %}
    reports as (
        select * from {{ ref('int_event_reports_toll_checked') }}
    ),
{% endif %}

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
        -- no rank in the incident (nor does the clustering keep one): a report that joins an
        -- incident would renumber the later ones, and every renumbered row be rewritten
        clusters.anchor_event_id,
        incident_dates.incident_first_report_date
    from reports
    inner join clusters on reports.event_id = clusters.event_id
    inner join incident_dates on clusters.incident_id = incident_dates.incident_id
),

-- the rows whose tolls the echoes compare: all of them (computed, or stored and unchanged)
toll_rows as (
    select
        event_id,
        incident_id,
        incident_first_report_date,
        killed_best,
        place_country_iso3,
        report_date,
        stance,
        is_plausible_toll
    from joined
    {%- if redo_changed_only %}
        union all
        select
            stored.event_id,
            clusters.incident_id,
            incident_dates.incident_first_report_date,
            stored.killed_best,
            stored.place_country_iso3,
            stored.report_date,
            stored.stance,
            stored.is_plausible_toll
        from stored
        inner join clusters on stored.event_id = clusters.event_id
        inner join incident_dates on clusters.incident_id = incident_dates.incident_id
        where
            stored.killed_best >= {{ echo_min }}
            and stored.event_id not in (select redo.event_id from redo)
    {%- endif %}
),

large_tolls as (
    select
        event_id,
        incident_id,
        incident_first_report_date,
        killed_best,
        place_country_iso3,
        report_date,
        -- periods of echo_days + 1 days: two reports within echo_days of each other fall in
        -- the same or neighbouring periods, so the echo join can match on (figure, period)
        -- instead of on the figure alone (a few figures, "50", "100", recur across years: the
        -- figure alone paired 26 million rows at 100k articles)
        date_diff('day', date '1970-01-01', report_date) // {{ echo_days + 1 }} as echo_period
    from toll_rows
    where
        stance = 'assert'
        and is_plausible_toll
        and killed_best >= {{ echo_min }}
        and report_date is not null
),

-- each toll once per period an earlier toll within echo_days may fall in
later_periods as (
    select
        large_tolls.*,
        large_tolls.echo_period + neighbour.period_offset as probe_period
    from large_tolls
    cross join (values (-1), (0), (1)) as neighbour (period_offset)
),

echoes as (
    select
        later.event_id,
        min(earlier.incident_id) as toll_counted_in_incident_id
    from later_periods as later
    inner join large_tolls as earlier
        on
            later.killed_best = earlier.killed_best
            and later.probe_period = earlier.echo_period
            and later.incident_id != earlier.incident_id
            and abs(date_diff('day', earlier.report_date, later.report_date)) <= {{ echo_days }}
            and coalesce(earlier.place_country_iso3 = later.place_country_iso3, true)
            and {{ incident_precedes('earlier', 'later') }}
    group by later.event_id
),

-- massacre-scale tolls: any earlier incident of the country with a toll within the tolerance
near_echoes as (
    select
        later.event_id,
        min(earlier.incident_id) as toll_counted_in_incident_id
    from large_tolls as later
    inner join large_tolls as earlier
        on
            later.incident_id != earlier.incident_id
            and later.killed_best >= {{ near_min }}
            and earlier.killed_best >= {{ near_min }}
            and abs(later.killed_best - earlier.killed_best)
            <= {{ tolerance }} * greatest(later.killed_best, earlier.killed_best)
            -- within the month any place: the massacre told from where its speaker was ("said
            -- in Turkey the attack had killed 1,300"); later, in the same country or unplaced
            and (
                abs(date_diff('day', earlier.report_date, later.report_date)) <= {{ echo_days }}
                or coalesce(earlier.place_country_iso3 = later.place_country_iso3, true)
            )
            and {{ incident_precedes('earlier', 'later') }}
    group by later.event_id
),

all_echoes as (
    select
        event_id,
        min(toll_counted_in_incident_id) as toll_counted_in_incident_id
    from (
        select * from echoes
        union all
        select * from near_echoes
    ) as both_kinds
    group by event_id
),

counted as (
    select
        joined.* exclude (incident_first_report_date),
        echoes.toll_counted_in_incident_id,
        joined.stance = 'assert'
        and joined.is_plausible_toll
        and echoes.event_id is null as counts_toward_tolls
    from joined
    left join all_echoes as echoes on joined.event_id = echoes.event_id
    {%- if redo_changed_only %}
        -- the unchanged large tolls, with their echo as it is now (the columns in the order
        -- of the rows above, so that equal rows hash equal)
        union all
        select
            stored_row.* exclude (toll_counted_in_incident_id, counts_toward_tolls, row_hash),
            echoes.toll_counted_in_incident_id,
            stored_row.stance = 'assert'
            and stored_row.is_plausible_toll
            and echoes.event_id is null as counts_toward_tolls
        from {{ this }} as stored_row
        inner join stored on stored_row.event_id = stored.event_id
        inner join large_tolls on stored.event_id = large_tolls.event_id
        left join all_echoes as echoes on stored.event_id = echoes.event_id
        where
            stored.event_id not in (select redo.event_id from redo)
            and stored.toll_counted_in_incident_id is distinct from echoes.toll_counted_in_incident_id
    {%- endif %}
),

hashed as (
    select
        *,
        hash(counted) as row_hash
    from counted
)

{{ changed_rows('hashed', 'event_id') }}
