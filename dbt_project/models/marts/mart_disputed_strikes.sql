-- Strikes whose target depends on who is speaking: one row per episode of an actor's strikes
-- (at most the incident window, one place), kind and pair of target groups a < b that claimants
-- on each side name and the other side does not, or (kind 'denial') a group whose strikes one
-- side asserts and the other denies (a = b; rule: int_disputed_strike_sides). Moscow says
-- Islamic State; Western governments and the writer say other rebel groups. The reports and
-- sentences on each side are in mart_disputed_strike_evidence (by dispute_id); evidence_a/_b
-- list them here as "article ID [sentence start:end]".
with sides as (
    select * from {{ ref('int_disputed_strike_sides') }}
),

per_side as (
    select
        dispute_id,
        side,
        string_agg(distinct claimant_label, '; ' order by claimant_label) filter (
            where not claimant_is_shared
        ) as claimants,
        count(distinct claimant_label) as claimant_count,
        count(*) as strike_reports,
        string_agg(
            evidence_ref, '; ' order by article_id, sentence_start
        ) as evidence
    from (
        select distinct
            dispute_id,
            side,
            claimant_label,
            claimant_is_shared,
            event_id,
            article_id,
            sentence_start,
            'article ' || cast(article_id as varchar) || ' ['
            || cast(sentence_start as varchar) || ':' || cast(sentence_end as varchar) || ']'
                as evidence_ref
        from sides
    ) as refs
    group by dispute_id, side
),

disputes as (
    select
        dispute_id,
        min(dispute_kind) as dispute_kind,
        min(actor_name) as actor_name,
        min(target_group_a) as target_group_a,
        min(target_group_b) as target_group_b,
        string_agg(distinct claimant_label, '; ' order by claimant_label) filter (
            where claimant_is_shared
        ) as shared_claimants,
        min(report_date) as first_report_date,
        max(report_date) as last_report_date,
        -- the most precise area either side gives
        coalesce(
            min(place_name) filter (where not is_place_vague), min(place_name)
        ) as place_name,
        count(distinct article_id) as articles
    from sides
    group by dispute_id
)

select
    disputes.dispute_id,
    disputes.dispute_kind,
    disputes.actor_name,
    disputes.target_group_a,
    side_a.claimants as claimants_a,
    side_a.claimant_count as claimant_count_a,
    side_a.strike_reports as strike_reports_a,
    disputes.target_group_b,
    side_b.claimants as claimants_b,
    side_b.claimant_count as claimant_count_b,
    side_b.strike_reports as strike_reports_b,
    disputes.shared_claimants,
    disputes.place_name,
    disputes.first_report_date,
    disputes.last_report_date,
    disputes.articles,
    side_a.evidence as evidence_a,
    side_b.evidence as evidence_b
from disputes
inner join per_side as side_a on disputes.dispute_id = side_a.dispute_id and side_a.side = 'a'
inner join per_side as side_b on disputes.dispute_id = side_b.dispute_id and side_b.side = 'b'
