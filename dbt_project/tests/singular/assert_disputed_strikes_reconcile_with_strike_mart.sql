-- Each side of a dispute counts the same strike reports as the strike mart gives for that
-- actor and claimed target group.
with strike_mart as (
    select
        actor_name,
        claimed_target_group,
        sum(strike_reports) as strike_reports
    from {{ ref('mart_strike_counts_by_actor_and_claimed_target') }}
    group by actor_name, claimed_target_group
),

sides as (
    select
        actor_name,
        target_group_a as target_group,
        strike_reports_a as strike_reports
    from {{ ref('mart_disputed_strikes') }}
    union all
    select
        actor_name,
        target_group_b as target_group,
        strike_reports_b as strike_reports
    from {{ ref('mart_disputed_strikes') }}
)

select
    sides.actor_name,
    sides.target_group,
    sides.strike_reports as dispute_reports,
    strike_mart.strike_reports as mart_reports
from sides
left join strike_mart
    on
        sides.actor_name = strike_mart.actor_name
        and sides.target_group = strike_mart.claimed_target_group
where sides.strike_reports is distinct from strike_mart.strike_reports
