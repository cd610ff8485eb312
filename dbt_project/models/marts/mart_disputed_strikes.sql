-- Strikes whose target differs by claimant: for one striking actor, two claimed target groups
-- (a < b) such that some claimant names only a and some other claimant names only b (Moscow says
-- Islamic State; Western governments and the writer say other rebel groups). Claimants that
-- back both sides are listed as shared and do not make a dispute by themselves.
with claims as (
    select * from {{ ref('int_strike_target_claims') }}
),

sides as (
    select
        actor_name,
        target_group,
        cast(sum(strike_reports) as bigint) as strike_reports,
        count(distinct claimant_label) as claimant_count,
        min(first_report_date) as first_report_date,
        max(last_report_date) as last_report_date
    from claims
    group by actor_name, target_group
),

pairs as (
    select
        side_a.actor_name,
        side_a.target_group as target_group_a,
        side_b.target_group as target_group_b
    from sides as side_a
    inner join sides as side_b
        on
            side_a.actor_name = side_b.actor_name
            and side_a.target_group < side_b.target_group
),

backing as (
    select
        pairs.actor_name,
        pairs.target_group_a,
        pairs.target_group_b,
        claims.claimant_label,
        bool_or(claims.target_group = pairs.target_group_a) as backs_a,
        bool_or(claims.target_group = pairs.target_group_b) as backs_b
    from pairs
    inner join claims
        on
            pairs.actor_name = claims.actor_name
            and claims.target_group in (pairs.target_group_a, pairs.target_group_b)
    group by pairs.actor_name, pairs.target_group_a, pairs.target_group_b, claims.claimant_label
),

disputes as (
    select
        actor_name,
        target_group_a,
        target_group_b,
        string_agg(claimant_label, '; ' order by claimant_label) filter (
            where backs_a and not backs_b
        ) as claimants_a,
        string_agg(claimant_label, '; ' order by claimant_label) filter (
            where backs_b and not backs_a
        ) as claimants_b,
        string_agg(claimant_label, '; ' order by claimant_label) filter (
            where backs_a and backs_b
        ) as shared_claimants
    from backing
    group by actor_name, target_group_a, target_group_b
    having
        count(*) filter (where backs_a and not backs_b) > 0
        and count(*) filter (where backs_b and not backs_a) > 0
)

select
    md5(concat_ws('|', disputes.actor_name, disputes.target_group_a, disputes.target_group_b))
        as dispute_id,
    disputes.actor_name,
    disputes.target_group_a,
    disputes.claimants_a,
    side_a.claimant_count as claimant_count_a,
    side_a.strike_reports as strike_reports_a,
    disputes.target_group_b,
    disputes.claimants_b,
    side_b.claimant_count as claimant_count_b,
    side_b.strike_reports as strike_reports_b,
    disputes.shared_claimants,
    least(side_a.first_report_date, side_b.first_report_date) as first_report_date,
    greatest(side_a.last_report_date, side_b.last_report_date) as last_report_date
from disputes
inner join sides as side_a
    on disputes.actor_name = side_a.actor_name and disputes.target_group_a = side_a.target_group
inner join sides as side_b
    on disputes.actor_name = side_b.actor_name and disputes.target_group_b = side_b.target_group
