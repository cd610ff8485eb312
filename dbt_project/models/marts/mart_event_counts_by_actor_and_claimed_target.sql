-- Grain: actor x claimed target group x claimant x event family: every event family (battles,
-- captures, killings... beside strikes), so Islamic State's ground attacks on rebel groups show
-- here while the strike mart keeps strikes alone. Killed and injured figures follow the one
-- casualty rule (macros/casualties.sql).
with reports as (
    select * from {{ ref('int_event_reports_with_incidents') }}
),

casualties as (
    {{ casualty_rollup('reports', ['actor_name', 'target_group', 'claimant_label', 'event_family']) }}
),

counts as (
    select
        actor_name,
        target_group,
        claimant_label,
        event_family,
        min(claimant_name) as claimant_name,
        min(claimant_role) as claimant_role,
        count(*) filter (where stance = 'assert') as event_reports,
        count(*) filter (where stance = 'deny') as denied_event_reports,
        count(distinct incident_id) filter (where stance = 'assert') as incidents,
        count(distinct article_id) as articles,
        min(report_date) as first_report_date,
        max(report_date) as last_report_date,
        string_agg(distinct event_type, ', ' order by event_type) as event_types
    from reports
    group by actor_name, target_group, claimant_label, event_family
)

select
    counts.actor_name,
    counts.target_group as claimed_target_group,
    counts.claimant_label,
    counts.event_family,
    counts.claimant_name,
    counts.claimant_role,
    counts.event_reports,
    counts.denied_event_reports,
    counts.incidents,
    counts.articles,
    counts.first_report_date,
    counts.last_report_date,
    {{ casualty_rollup_columns('casualties') }},
    counts.event_types
from counts
inner join casualties
    on
        counts.actor_name = casualties.actor_name
        and counts.target_group = casualties.target_group
        and counts.claimant_label = casualties.claimant_label
        and counts.event_family = casualties.event_family
