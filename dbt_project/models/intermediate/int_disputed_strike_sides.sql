-- The evidence of each dispute: which reports stand on which side. Two reports of one episode
-- of an actor's strikes (int_strike_target_claims) disagree when
--   - one is the striking party's own account (the actor, its state's organs or news agency)
--     and the other someone else's: what the striker says it hit against what others say;
--   - different claimants name target groups that cannot both be meant: groups of different
--     kinds (civilians against armed groups, state forces...), or two named groups of the same
--     kind (Islamic State against rebel groups); a generic group ("militants (unspecified)",
--     "government forces (unspecified)") agrees with any group of its kind;
--   - and they can be the same strikes: in one article, the same area (governorate, else place)
--     or one side placed no closer than a country (or not at all); across articles, both placed
--     in the same area; never two different precise sites.
-- A dispute is an episode and a pair of target groups a < b; a claimant found on both sides is
-- shared; the dispute stands when each side has a claimant of its own (int: one row per report
-- and side; mart_disputed_strikes and mart_disputed_strike_evidence read it).
with claims as (
    select * from {{ ref('int_strike_target_claims') }}
),

links as (
    select
        side_a.episode_key,
        side_a.target_group as target_group_a,
        side_b.target_group as target_group_b,
        side_a.event_id as event_id_a,
        side_b.event_id as event_id_b
    from claims as side_a
    inner join claims as side_b
        on
            side_a.episode_key = side_b.episode_key
            and side_a.target_group < side_b.target_group
            and side_a.claimant_label != side_b.claimant_label
            -- the striking party's own account against someone else's
            and side_a.claimant_speaks_for_actor != side_b.claimant_speaks_for_actor
            and (
                side_a.target_group_kind != side_b.target_group_kind
                or not (side_a.is_generic_target_group or side_b.is_generic_target_group)
            )
            and (
                -- one article setting claims against each other ("Moscow says...; Western
                -- governments say..."): the same area, or one side placed no closer than a country
                side_a.article_id = side_b.article_id
                and (
                    side_a.area_key = side_b.area_key
                    or side_a.is_place_vague
                    or side_b.is_place_vague
                )
                -- across articles: both placed, in the same area
                or not side_a.is_place_vague
                and not side_b.is_place_vague
                and side_a.area_key = side_b.area_key
            )
            and coalesce(side_a.site_location_id = side_b.site_location_id, true)
),

sides as (
    select distinct
        episode_key,
        target_group_a,
        target_group_b,
        'a' as side,
        event_id_a as event_id
    from links
    union all
    select distinct
        episode_key,
        target_group_a,
        target_group_b,
        'b' as side,
        event_id_b as event_id
    from links
),

with_claims as (
    select
        md5(concat_ws('|', sides.episode_key, sides.target_group_a, sides.target_group_b))
            as dispute_id,
        sides.side,
        claims.*,
        sides.target_group_a,
        sides.target_group_b
    from sides
    inner join claims on sides.event_id = claims.event_id
),

claimant_sides as (
    select
        dispute_id,
        claimant_label,
        bool_or(side = 'a') and bool_or(side = 'b') as is_shared
    from with_claims
    group by dispute_id, claimant_label
),

standing as (
    select dispute_id
    from with_claims
    inner join claimant_sides using (dispute_id, claimant_label)
    group by dispute_id
    having
        count(*) filter (where side = 'a' and not is_shared) > 0
        and count(*) filter (where side = 'b' and not is_shared) > 0
)

select
    with_claims.*,
    claimant_sides.is_shared as claimant_is_shared
from with_claims
inner join claimant_sides
    on
        with_claims.dispute_id = claimant_sides.dispute_id
        and with_claims.claimant_label = claimant_sides.claimant_label
where with_claims.dispute_id in (select standing.dispute_id from standing)
