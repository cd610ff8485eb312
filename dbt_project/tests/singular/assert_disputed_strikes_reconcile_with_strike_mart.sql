-- Each side of a dispute counts exactly its evidence rows, and never more strike reports than
-- the strike mart gives for the side's actors and claimed target group (a state's forces are one
-- striker: "US-led coalition" and "United States"; an accusation that named no striker,
-- answered by the striker in the same article, is the mart's "(unknown actor)").
with strike_mart as (
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
)

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
