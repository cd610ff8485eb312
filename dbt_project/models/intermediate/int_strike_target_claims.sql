-- Who claims which target for whose strikes, one row per report: strike-family reports with a
-- known actor (a state or armed group) and a claimant that is an actor
-- (int_event_reports.claimant_is_actor), either asserted with a target that is a group of actors
-- (int_event_reports.target_is_actor_group: never a person, a place, an outlet or unresolved
-- text) of a known kind, or denied (is_denial; "Russia denied carrying out raids there" need not
-- name whom), and whether the claimant speaks for the striking party
-- (claimant_speaks_for_actor). Each report falls in an episode of its actor's strikes: the
-- actor's dated reports in windows anchored on their first report and at most
-- `incident_window_days` long (the incident window, macros/anchored_windows.sql); an undated
-- report shares an episode with the actor's other undated reports of the same article only.
-- The input of the dispute logic (int_disputed_strike_sides).
{%- set window_days = var('incident_window_days') | int %}

with reports as (
    select
        event_id,
        article_id,
        claim_id,
        claim_start,
        claim_end,
        sentence_start,
        sentence_end,
        sentence_text,
        outlet_name,
        actor_name,
        actor_key as block_key,
        -- a denial's target counts only when it is a group of actors
        case when target_is_actor_group then target_group else 'unspecified' end as target_group,
        case when target_is_actor_group then target_group_kind else 'unspecified' end
            as target_group_kind,
        is_generic_target_group,
        stance = 'deny' as is_denial,
        claimant_label,
        claimant_speaks_for_actor,
        place_name,
        place_country_iso3,
        area_key,
        site_location_id,
        is_place_vague,
        report_date
    from {{ ref('int_event_reports_with_incidents') }}
    where
        event_family = 'strike'
        and actor_key != 'unknown'
        -- strikes are carried out by states and armed groups ("Health workers" striking is a
        -- misread role)
        and actor_kind in ('state forces', 'armed groups')
        and claimant_is_actor
        and (
            stance = 'assert'
            and target_is_actor_group
            and target_group_kind not in ('other', 'unspecified')
            -- a denial ("Russia denied carrying out raids there") need not name whom
            or stance = 'deny'
        )
),

windows as (
    {{ anchored_windows('reports', window_days) }}
)

select
    reports.* exclude (block_key),
    reports.block_key as actor_key,
    concat_ws(
        '|',
        reports.block_key,
        coalesce(
            'window:' || cast(windows.window_number as varchar),
            'article:' || cast(reports.article_id as varchar)
        )
    ) as episode_key
from reports
left join windows
    on
        reports.block_key = windows.block_key
        and reports.report_date >= windows.window_start
        and reports.report_date <= windows.window_start + {{ window_days }}
