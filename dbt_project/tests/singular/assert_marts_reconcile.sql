-- The marts reconcile with fct_event_reports and with each other, and the fact with the reports:
-- six checks in one test node (a dbt node costs its Python and a BEGIN/COMMIT pair whatever it
-- reads; these were six singular tests). One row per discrepancy; `reconciliation` names the
-- check (`wirehouse build` counts the failing rows of each: loaders/dbt_runner.py).
--   fct_event_reports: the incremental fact holds exactly the rows a full rebuild would give
--     (the row-hash merge and the delete post-hook keep it so; `wirehouse build
--     --full-refresh` rebuilds it anyway). On a data-only build after a complete one (which
--     compared them), the rows written by the three models in this build and the row counts
--     (macros/written_keys.sql).
--   daily_activity: daily activity counts every dated report once, per event type.
--   incidents: every event report belongs to exactly one incident: incident report counts add
--     up, per family.
--   source_coverage: source coverage counts every report once under its outlet, and never
--     corroborates more reports than the outlet has.
--   actor_marts: every asserted or denied strike report is counted once in the strike mart,
--     and every asserted or denied report of any family once in the all-events mart, per actor.
--   disputed_strikes: each side of a dispute counts exactly its evidence rows, and never more
--     strike reports than the strike mart gives for the side's actors and claimed target group
--     (a state's forces are one striker: "US-led coalition" and "United States"; an accusation
--     that named no striker, answered by the striker in the same article, is the mart's
--     "(unknown actor)").
{% set compared = [
    'event_id', 'report_key', 'article_id', 'event_type', 'event_family', 'stance',
    'actor_name', 'target_name', 'target_group', 'place_name', 'report_date',
    'outlet_name', 'claimant_label', 'killed_low', 'killed_high'
] %}

{%- set written = written_in_this_build(
    ['int_event_reports', 'int_event_reports_with_incidents', 'fct_event_reports'], 'event_id'
) %}

-- fct_event_reports
with expected as (
    select {{ compared | join(', ') }} from {{ ref('int_event_reports') }}
    {%- if written %}
        where {{ written }}
    {%- endif %}
),

actual as (
    select {{ compared | join(', ') }} from {{ ref('fct_event_reports') }}
    {%- if written %}
        where {{ written }}
    {%- endif %}
),

fct_rows as (
    select
        'missing from fct_event_reports' as problem,
        only_expected.*
    from (
        select * from expected
        except
        select * from actual
    ) as only_expected
    union all
    select
        'stale in fct_event_reports' as problem,
        only_actual.*
    from (
        select * from actual
        except
        select * from expected
    ) as only_actual
    {%- if written %}
        union all
        select
            'row counts differ' as problem,
        {% for column in compared -%}
            null as {{ column }}{{ ',' if not loop.last }}
        {% endfor %}
        where
            (select count(*) from {{ ref('int_event_reports') }})
            != (select count(*) from {{ ref('fct_event_reports') }})
    {%- endif %}
),

-- daily_activity
activity_mart as (
    select
        event_type,
        sum(reports) as reports
    from {{ ref('mart_daily_activity') }}
    group by event_type
),

dated_fct as (
    select
        event_type,
        count(*) as reports
    from {{ ref('fct_event_reports') }}
    where report_date is not null
    group by event_type
),

activity_rows as (
    select
        coalesce(activity_mart.event_type, dated_fct.event_type) as event_type,
        activity_mart.reports as mart_reports,
        dated_fct.reports as fct_reports
    from activity_mart
    full outer join dated_fct on activity_mart.event_type = dated_fct.event_type
    where activity_mart.reports is distinct from dated_fct.reports
),

-- incidents
incident_counts as (
    select
        event_family,
        sum(reports) as reports
    from {{ ref('fct_incidents') }}
    group by event_family
),

family_fct as (
    select
        event_family,
        count(*) as reports
    from {{ ref('fct_event_reports') }}
    group by event_family
),

incident_rows as (
    select
        coalesce(incident_counts.event_family, family_fct.event_family) as event_family,
        incident_counts.reports as incident_reports,
        family_fct.reports as fct_reports
    from incident_counts
    full outer join family_fct on incident_counts.event_family = family_fct.event_family
    where incident_counts.reports is distinct from family_fct.reports
),

-- source_coverage
coverage_mart as (
    select
        outlet_name,
        sum(reports) as reports,
        bool_or(corroborated_reports > reports) as over_corroborated
    from {{ ref('mart_source_coverage') }}
    group by outlet_name
),

outlet_fct as (
    select
        outlet_name,
        count(*) as reports
    from {{ ref('fct_event_reports') }}
    group by outlet_name
),

coverage_rows as (
    select
        coalesce(coverage_mart.outlet_name, outlet_fct.outlet_name) as outlet_name,
        coverage_mart.reports as mart_reports,
        outlet_fct.reports as fct_reports
    from coverage_mart
    full outer join outlet_fct on coverage_mart.outlet_name = outlet_fct.outlet_name
    where coverage_mart.reports is distinct from outlet_fct.reports or coverage_mart.over_corroborated
),

-- actor_marts
strike_actor_mart as (
    select
        actor_name,
        sum(strike_reports + denied_strike_reports) as reports
    from {{ ref('mart_strike_counts_by_actor_and_claimed_target') }}
    group by actor_name
),

event_actor_mart as (
    select
        actor_name,
        sum(event_reports + denied_event_reports) as reports
    from {{ ref('mart_event_counts_by_actor_and_claimed_target') }}
    group by actor_name
),

actor_fct as (
    select
        actor_name,
        count(*) filter (where event_family = 'strike') as strike_reports,
        count(*) as reports
    from {{ ref('fct_event_reports') }}
    where stance in ('assert', 'deny')
    group by actor_name
),

actor_rows as (
    select
        actor_fct.actor_name,
        strike_actor_mart.reports as strike_mart_reports,
        actor_fct.strike_reports as fct_strike_reports,
        event_actor_mart.reports as event_mart_reports,
        actor_fct.reports as fct_reports
    from actor_fct
    left join strike_actor_mart on actor_fct.actor_name = strike_actor_mart.actor_name
    left join event_actor_mart on actor_fct.actor_name = event_actor_mart.actor_name
    where
        coalesce(strike_actor_mart.reports, 0) != actor_fct.strike_reports
        or coalesce(event_actor_mart.reports, 0) != actor_fct.reports
),

-- disputed_strikes
strike_mart as (
    select
        actor_name,
        claimed_target_group,
        sum(strike_reports) as strike_reports
    from {{ ref('mart_strike_counts_by_actor_and_claimed_target') }}
    group by actor_name, claimed_target_group
),

evidence as (
    select
        dispute_id,
        side,
        count(*) as reports
    from {{ ref('mart_disputed_strike_evidence') }}
    group by dispute_id, side
),

side_actors as (
    select distinct
        dispute_id,
        side,
        actor_name
    from {{ ref('mart_disputed_strike_evidence') }}
    union
    select distinct
        dispute_id,
        side,
        '(unknown actor)' as actor_name
    from {{ ref('mart_disputed_strike_evidence') }}
),

sides as (
    select
        dispute_id,
        'a' as side,
        actor_name,
        target_group_a as target_group,
        strike_reports_a as strike_reports
    from {{ ref('mart_disputed_strikes') }}
    union all
    select
        dispute_id,
        'b' as side,
        actor_name,
        target_group_b as target_group,
        strike_reports_b as strike_reports
    from {{ ref('mart_disputed_strikes') }}
),

dispute_rows as (
    select
        sides.dispute_id,
        sides.side,
        sides.strike_reports as dispute_reports,
        evidence.reports as evidence_reports,
        mart_counts.strike_reports as mart_reports
    from sides
    left join evidence on sides.dispute_id = evidence.dispute_id and sides.side = evidence.side
    left join (
        select
            side_rows.dispute_id,
            side_rows.side,
            sum(strike_mart.strike_reports) as strike_reports
        from sides as side_rows
        inner join side_actors
            on side_rows.dispute_id = side_actors.dispute_id and side_rows.side = side_actors.side
        inner join strike_mart
            on
                side_actors.actor_name = strike_mart.actor_name
                and side_rows.target_group = strike_mart.claimed_target_group
        group by side_rows.dispute_id, side_rows.side
    ) as mart_counts on sides.dispute_id = mart_counts.dispute_id and sides.side = mart_counts.side
    where
        sides.strike_reports is distinct from evidence.reports
        or mart_counts.strike_reports is null
        or sides.strike_reports > mart_counts.strike_reports
)

select
    'fct_event_reports' as reconciliation,
    *
from fct_rows
union all by name
select
    'daily_activity' as reconciliation,
    *
from activity_rows
union all by name
select
    'incidents' as reconciliation,
    *
from incident_rows
union all by name
select
    'source_coverage' as reconciliation,
    *
from coverage_rows
union all by name
select
    'actor_marts' as reconciliation,
    *
from actor_rows
union all by name
select
    'disputed_strikes' as reconciliation,
    *
from dispute_rows
