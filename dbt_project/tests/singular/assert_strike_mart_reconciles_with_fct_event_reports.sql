-- Every asserted or denied strike report is counted once in the strike mart, and every asserted
-- or denied report of any family once in the all-events mart, per actor.
with strike_mart as (
    select
        actor_name,
        sum(strike_reports + denied_strike_reports) as reports
    from {{ ref('mart_strike_counts_by_actor_and_claimed_target') }}
    group by actor_name
),

event_mart as (
    select
        actor_name,
        sum(event_reports + denied_event_reports) as reports
    from {{ ref('mart_event_counts_by_actor_and_claimed_target') }}
    group by actor_name
),

fct as (
    select
        actor_name,
        count(*) filter (where event_family = 'strike') as strike_reports,
        count(*) as reports
    from {{ ref('fct_event_reports') }}
    where stance in ('assert', 'deny')
    group by actor_name
)

select
    fct.actor_name,
    strike_mart.reports as strike_mart_reports,
    fct.strike_reports as fct_strike_reports,
    event_mart.reports as event_mart_reports,
    fct.reports as fct_reports
from fct
left join strike_mart on fct.actor_name = strike_mart.actor_name
left join event_mart on fct.actor_name = event_mart.actor_name
where
    coalesce(strike_mart.reports, 0) != fct.strike_reports
    or coalesce(event_mart.reports, 0) != fct.reports
