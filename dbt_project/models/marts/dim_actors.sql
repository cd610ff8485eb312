with actors as (
    select * from {{ ref('int_actor_target_groups') }}
),

reports as (
    select * from {{ ref('fct_event_reports') }}
),

as_actor as (
    select
        actor_entity_id as entity_id,
        count(*) as reports_as_actor
    from reports
    where actor_entity_id is not null
    group by actor_entity_id
),

as_target as (
    select
        target_entity_id as entity_id,
        count(*) as reports_as_target
    from reports
    where target_entity_id is not null
    group by target_entity_id
),

as_claimant as (
    select
        claimant_entity_id as entity_id,
        count(*) as reports_as_claimant
    from reports
    where claimant_entity_id is not null
    group by claimant_entity_id
)

select
    actors.entity_id,
    actors.entity_name,
    actors.entity_kind,
    actors.country_iso3,
    actors.sector,
    actors.target_group,
    coalesce(as_actor.reports_as_actor, 0) as reports_as_actor,
    coalesce(as_target.reports_as_target, 0) as reports_as_target,
    coalesce(as_claimant.reports_as_claimant, 0) as reports_as_claimant
from actors
left join as_actor on actors.entity_id = as_actor.entity_id
left join as_target on actors.entity_id = as_target.entity_id
left join as_claimant on actors.entity_id = as_claimant.entity_id
