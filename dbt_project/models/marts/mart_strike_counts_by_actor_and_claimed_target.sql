-- Grain: actor x claimed target group x claimant, strike family only (air/drone strike, missile
-- attack, shelling; seed event_families). Other families are in
-- mart_event_counts_by_actor_and_claimed_target. Killed and injured figures follow the one
-- casualty rule (macros/casualties.sql): each incident once, asserted reports with a plausible
-- toll only.
with reports as (
    select * from {{ ref('int_event_reports_with_incidents') }}
    where event_family = 'strike'
),

casualties as (
    {{ casualty_rollup('reports', ['actor_name', 'target_group', 'claimant_label']) }}
),

counts as (
    select
        actor_name,
        target_group,
        claimant_label,
        min(claimant_name) as claimant_name,
        min(claimant_role) as claimant_role,
        count(*) filter (where stance = 'assert') as strike_reports,
        count(*) filter (where stance = 'deny') as denied_strike_reports,
        count(distinct incident_id) filter (where stance = 'assert') as strike_incidents,
        count(distinct article_id) as articles,
        min(report_date) as first_report_date,
        max(report_date) as last_report_date,
        string_agg(distinct event_type, ', ' order by event_type) as strike_types
    from reports
    group by actor_name, target_group, claimant_label
)

select
    counts.actor_name,
    counts.target_group as claimed_target_group,
    counts.claimant_label,
    counts.claimant_name,
    counts.claimant_role,
    counts.strike_reports,
    counts.denied_strike_reports,
    counts.strike_incidents,
    counts.articles,
    counts.first_report_date,
    counts.last_report_date,
    {{ casualty_rollup_columns('casualties') }},
    counts.strike_types
from counts
inner join casualties
    on
        counts.actor_name = casualties.actor_name
        and counts.target_group = casualties.target_group
        and counts.claimant_label = casualties.claimant_label
