-- The evidence of each dispute: which reports stand on which side. Two reports of one episode
-- of an actor's strikes (int_strike_target_claims), by different claimants, about strikes that
-- can be the same (in one article: the same area, governorate else place (a village of unknown
-- governorate and a governorate count as one), or one side placed no
-- closer than a country or not at all; across articles: both placed in the same area; never two
-- different precise sites or countries), disagree when
--   - targets (dispute_kind 'targets'): one is the striking party's own account (the actor, its
--     state's organs or news agency) and the other someone else's, and they name target groups
--     that cannot both be meant: groups of different kinds (civilians against armed groups, state
--     forces...), or two named groups of the same kind (Islamic State against rebel groups) for
--     strikes placed alike (the same area, or both no closer than a country) or an accuser's
--     unplaced word on the whole campaign (quoted, not the writer's own summary) against the
--     striker's placed claim; a generic group
--     ("militants (unspecified)", "government forces (unspecified)") agrees with any group of
--     its kind;
--   - denial (dispute_kind 'denial'): someone else asserts strikes on a target group and the
--     striking party's own account denies those strikes ("Russia denied carrying out raids
--     there"), naming the same group or none, in the same (named) area (in one article, a
--     village of unknown governorate and a governorate count as one), or in none when it
--     names the asserted group or answers an accusation that names no striker
--     (is_unattributed), and across articles on the same report date; both target groups are
--     then the asserted group.
-- A dispute is an episode, a kind and a pair of target groups a < b (a = b for a denial); a
-- claimant found on both sides is shared; the dispute stands when each side has a claimant of
-- its own (int: one row per report and side; mart_disputed_strikes and
-- mart_disputed_strike_evidence read it).
with claims as (
    select * from {{ ref('int_strike_target_claims') }}
),

-- two reports of one episode by different claimants about strikes that can be the same
comparable as (
    select
        side_a.episode_key,
        side_a.event_id as event_id_a,
        side_b.event_id as event_id_b,
        side_a.target_group as target_group_a,
        side_b.target_group as target_group_b,
        side_a.target_group_kind as target_group_kind_a,
        side_b.target_group_kind as target_group_kind_b,
        side_a.is_generic_target_group or side_b.is_generic_target_group as is_either_generic,
        side_a.claimant_speaks_for_actor as speaks_for_actor_a,
        side_b.claimant_speaks_for_actor as speaks_for_actor_b,
        side_a.is_denial as is_denial_a,
        side_b.is_denial as is_denial_b,
        side_a.is_unattributed as is_unattributed_a,
        side_a.area_key as area_key_a,
        side_b.area_key as area_key_b,
        side_a.article_id = side_b.article_id as is_same_article,
        side_a.report_date as report_date_a,
        side_b.report_date as report_date_b,
        side_a.is_place_vague as is_place_vague_a,
        side_a.area_key = side_b.area_key
        or side_a.article_id = side_b.article_id
        and {{ placed_alike_in_article('side_a', 'side_b') }} as is_same_area,
        side_b.is_place_vague as is_place_vague_b,
        side_a.claim_id is not null as is_quoted_a,
        side_b.claim_id is not null as is_quoted_b
    from claims as side_a
    inner join claims as side_b
        on
            side_a.episode_key = side_b.episode_key
            and side_a.claimant_label != side_b.claimant_label
            and (
                -- one article setting claims against each other ("Moscow says...; Western
                -- governments say..."): the same area, or one side placed no closer than a country
                side_a.article_id = side_b.article_id
                and (
                    {{ placed_alike_in_article('side_a', 'side_b') }}
                    or side_a.is_place_vague
                    or side_b.is_place_vague
                )
                -- across articles: both placed, in the same area
                or not side_a.is_place_vague
                and not side_b.is_place_vague
                and side_a.area_key = side_b.area_key
            )
            and coalesce(side_a.site_location_id = side_b.site_location_id, true)
            -- never strikes in two different countries
            and coalesce(side_a.place_country_iso3 = side_b.place_country_iso3, true)
),

links as (
    -- the striking party's own account against someone else's, on groups that cannot both be meant
    select
        episode_key,
        'targets' as dispute_kind,
        target_group_a,
        target_group_b,
        event_id_a,
        event_id_b
    from comparable
    where
        not is_denial_a
        and not is_denial_b
        and target_group_a < target_group_b
        and speaks_for_actor_a != speaks_for_actor_b
        and (
            -- civilians against an armed group: a vague "we only hit terrorists" answers a
            -- placed report too
            target_group_kind_a != target_group_kind_b
            -- two named groups of one kind: both can be right about different strikes, so only
            -- strikes placed alike (the same area, or both no closer than a country), or an
            -- accuser's word on the whole campaign ("most Russian strikes hit other rebels")
            -- against the striker's placed claim; the striker's own unplaced "we hit IS" says
            -- nothing of a placed report of another group hit
            or not is_either_generic
            and (
                area_key_a = area_key_b
                or is_place_vague_a and is_place_vague_b
                -- an accusation quoted from someone ("Western governments say most Russian
                -- strikes hit other rebels"), not the writer's own summary of a campaign
                or is_place_vague_a and not speaks_for_actor_a and is_quoted_a
                or is_place_vague_b and not speaks_for_actor_b and is_quoted_b
            )
        )
    union all
    -- strikes on a group asserted by one side and denied by the other
    select
        episode_key,
        'denial' as dispute_kind,
        target_group_a,
        target_group_a as target_group_b,
        event_id_a,
        event_id_b
    from comparable
    where
        not is_denial_a
        and is_denial_b
        -- the striking party denies its own strikes ("Russia denied carrying out raids there")
        and speaks_for_actor_b
        and not speaks_for_actor_a
        -- a denial places the strikes where the assertion does, or nowhere when it names the
        -- asserted group ("denied hitting civilians") or answers an accusation that names no
        -- striker ("denied any involvement in the raids")
        -- across articles, a denial answers strikes of its own day ("had not carried out air
        -- strikes on Idlib" on Tuesday says nothing of Sunday's)
        and (is_same_article or report_date_a = report_date_b)
        and (
            is_same_area and area_key_b != 'unplaced'
            or area_key_b = 'unplaced'
            and (target_group_b = target_group_a or is_unattributed_a)
        )
        and target_group_b in (target_group_a, 'unspecified')
),

sides as (
    select distinct
        episode_key,
        dispute_kind,
        target_group_a,
        target_group_b,
        'a' as side,
        event_id_a as event_id
    from links
    union all
    select distinct
        episode_key,
        dispute_kind,
        target_group_a,
        target_group_b,
        'b' as side,
        event_id_b as event_id
    from links
),

with_claims as (
    select
        md5(
            concat_ws(
                '|', sides.episode_key, sides.dispute_kind, sides.target_group_a, sides.target_group_b
            )
        ) as dispute_id,
        sides.dispute_kind,
        sides.side,
        claims.*,
        sides.target_group_a,
        sides.target_group_b
    from sides
    inner join claims
        on sides.event_id = claims.event_id and sides.episode_key = claims.episode_key
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
