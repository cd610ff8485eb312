-- Grain: actor x claimed target group x claimant. Every event family is counted (so ground
-- attacks such as Islamic State against rebel groups show too); strike_reports keeps the strike
-- family alone (air/drone strike, missile attack, shelling). Killed figures add up over incidents,
-- each incident counted once with the lowest low and highest high of this row's reports.
with reports as (
    select
        fct.*,
        clusters.incident_id
    from {{ ref('fct_event_reports') }} as fct
    inner join {{ ref('int_event_reports_clustered') }} as clusters
        on fct.event_id = clusters.event_id
),

per_incident as (
    select
        actor_name,
        target_group,
        claimant_label,
        incident_id,
        min(killed_low) as killed_low,
        max(killed_high) as killed_high
    from reports
    where stance = 'assert'
    group by actor_name, target_group, claimant_label, incident_id
),

killed as (
    select
        actor_name,
        target_group,
        claimant_label,
        cast(sum(killed_low) as bigint) as killed_low,
        cast(sum(killed_high) as bigint) as killed_high
    from per_incident
    group by actor_name, target_group, claimant_label
),

counts as (
    select
        actor_name,
        target_group,
        claimant_label,
        min(claimant_name) as claimant_name,
        min(claimant_role) as claimant_role,
        count(*) filter (where stance = 'assert') as event_reports,
        count(*) filter (where stance = 'assert' and event_family = 'strike') as strike_reports,
        count(*) filter (where stance = 'deny') as denied_reports,
        count(distinct incident_id) filter (where stance = 'assert') as incidents,
        count(distinct article_id) as articles,
        min(report_date) as first_report_date,
        max(report_date) as last_report_date,
        string_agg(distinct event_type, ', ' order by event_type) as event_types
    from reports
    group by actor_name, target_group, claimant_label
)

select
    counts.actor_name,
    counts.target_group as claimed_target_group,
    counts.claimant_label,
    counts.claimant_name,
    counts.claimant_role,
    counts.event_reports,
    counts.strike_reports,
    counts.denied_reports,
    counts.incidents,
    counts.articles,
    counts.first_report_date,
    counts.last_report_date,
    killed.killed_low,
    killed.killed_high,
    counts.event_types
from counts
left join killed
    on
        counts.actor_name = killed.actor_name
        and counts.target_group = killed.target_group
        and counts.claimant_label = killed.claimant_label
