-- Who claims which target for whose strikes, one row per report and episode: strike-family
-- reports whose claimant is an actor (int_event_reports.claimant_is_actor) and whose toll, if
-- any, is one event's (not a war toll misread), either asserted with a target that is a group of
-- actors (int_event_reports.target_is_actor_group: never a person, a place, an outlet or
-- unresolved text) of a known kind, or denied (is_denial: "Russia denied carrying out raids
-- there" need not name whom), and whether the claimant speaks for the striking party
-- (claimant_speaks_for_actor). The actor is a state or armed group; a report that names no
-- actor ("air strikes killed 22 people in a school", is_unattributed) counts only as the
-- accusation the striking party answers in the same article: placed, with each own account
-- (assertion or denial) of the same article, by another claimant, placed in the same area or no
-- closer than a country, dated within that account's episode, its sentence at most
-- `accusation_reach_chars` from the account's (the passage that sets the two side by side), it
-- takes its actor and episode.
-- Each attributed report falls in an episode of its actor's strikes (a state's forces by their
-- state: the state, its army, a coalition it leads, "US-led coalition" and "United States",
-- are one striker): the actor's dated reports
-- in windows anchored on their first report and at most `incident_window_days` long (the
-- incident window, macros/anchored_windows.sql); an undated report shares an episode with the
-- actor's other undated reports of the same article only. The input of the dispute logic
-- (int_disputed_strike_sides).
{%- set window_days = var('incident_window_days') | int %}
{%- set reach = var('accusation_reach_chars') | int %}

with candidates as (
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
        actor_key,
        actor_kind,
        -- a state's forces strike as that state (its organs, units and the coalitions it leads)
        case
            when actor_kind = 'state forces' and actor_country_iso3 is not null
                then 'state:' || actor_country_iso3
            else actor_key
        end as striker_key,
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
        and claimant_is_actor
        -- a running war toll misread as one strike disputes nothing
        and is_plausible_toll
        and (
            stance = 'assert'
            and target_is_actor_group
            and target_group_kind not in ('other', 'unspecified')
            -- a denial ("Russia denied carrying out raids there") need not name whom
            or stance = 'deny'
        )
),

reports as (
    select
        * exclude (actor_key, actor_kind, striker_key),
        striker_key as block_key
    from candidates
    -- strikes are carried out by states and armed groups ("Health workers" striking is a
    -- misread role)
    where actor_key != 'unknown' and actor_kind in ('state forces', 'armed groups')
),

windows as (
    {{ anchored_windows('reports', window_days) }}
),

attributed as (
    select
        reports.* exclude (block_key),
        reports.block_key as actor_key,
        false as is_unattributed,
        windows.window_start as episode_start,
        concat_ws(
            '|',
            reports.block_key,
            coalesce(
                'window:' || cast(windows.window_number as varchar),
                'article:' || cast(reports.article_id as varchar)
            )
        ) as episode_key
    from reports
    -- the striker's last window starting on or before the report's date (windows never overlap
    -- and cover every reported day): an as-of join; a range join paired each report with every
    -- window of its striker (a few strikers, hundreds of windows each: 0.6 of the model's time)
    asof left join windows
        on
            reports.block_key = windows.block_key
            and reports.report_date >= windows.window_start
),

-- accusations that name no striker, answered in the same article by a side's own account
answered as (
    select distinct
        unattributed.* exclude (
            actor_name, actor_key, actor_kind, striker_key, claimant_speaks_for_actor
        ),
        own.actor_name,
        false as claimant_speaks_for_actor,
        own.actor_key,
        true as is_unattributed,
        own.episode_start,
        own.episode_key
    from candidates as unattributed
    inner join attributed as own
        on
            unattributed.article_id = own.article_id
            and own.claimant_speaks_for_actor
            and unattributed.claimant_label != own.claimant_label
            -- an accusation is about strikes somewhere: placed, where the account places its
            -- own or in an account no closer than a country
            and not unattributed.is_place_vague
            and ({{ placed_alike_in_article('unattributed', 'own') }} or own.is_place_vague)
            -- told side by side: the sentences at most `accusation_reach_chars` apart
            and unattributed.sentence_start <= own.sentence_end + {{ reach }}
            and own.sentence_start <= unattributed.sentence_end + {{ reach }}
            -- within the episode's window (undated: both undated)
            and (
                unattributed.report_date between own.episode_start
                and own.episode_start + {{ window_days }}
                or unattributed.report_date is null and own.episode_start is null
            )
    where unattributed.actor_key = 'unknown' and not unattributed.is_denial
)

select * exclude (episode_start) from attributed
union all by name
select * exclude (episode_start) from answered
