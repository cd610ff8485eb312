-- Every event report is counted once in the strike mart (asserted or denied), per actor.
with mart as (
    select
        actor_name,
        sum(event_reports + denied_reports) as reports
    from {{ ref('mart_strike_counts_by_actor_and_claimed_target') }}
    group by actor_name
),

fct as (
    select
        actor_name,
        count(*) as reports
    from {{ ref('fct_event_reports') }}
    group by actor_name
)

select
    coalesce(mart.actor_name, fct.actor_name) as actor_name,
    mart.reports as mart_reports,
    fct.reports as fct_reports
from mart
full outer join fct on mart.actor_name = fct.actor_name
where mart.reports is distinct from fct.reports
