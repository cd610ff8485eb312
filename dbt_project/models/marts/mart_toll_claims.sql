-- War tolls and statistics as data: one row per statement of a cumulative, periodic,
-- historical or generic toll ("more than 400,000 have been killed since 2011, the Observatory
-- said"), with who says it, about which conflict, since when, and the sentence it comes from.
-- These are never events: no event mart counts them. Figures follow the per-report casualty
-- rule (macros/casualties.sql): best = best else low, high = coalesce(high, best, low).
with tolls as (
    select
        * exclude (open_ended),
        open_ended as killed_open_ended
    from {{ ref('stg_warehouse__toll_claims') }}
),

articles as (
    select * from {{ ref('stg_warehouse__articles') }}
),

bodies as (
    select * from {{ ref('stg_warehouse__article_bodies') }}
),

sources as (
    select * from {{ ref('stg_warehouse__sources') }}
),

claims as (
    select * from {{ ref('stg_warehouse__claims') }}
),

entities as (
    select * from {{ ref('stg_warehouse__entities') }}
),

described as (
    select
        tolls.toll_claim_id,
        tolls.article_id,
        articles.published_date,
        coalesce(outlet.source_name, wire.source_name, '(unknown outlet)') as outlet_name,
        tolls.claim_id,
        case when tolls.claim_id is null then 'writer' else 'quoted' end as claimant_role,
        case
            when tolls.claim_id is not null
                then coalesce(claimant.entity_name, claim.claimant_text, '(unknown claimant)')
            when coalesce(wire.source_name, outlet.source_name) is not null
                then coalesce(wire.source_name, outlet.source_name) || ' (writer)'
            else 'the writer (source unknown)'
        end as claimant_label,
        tolls.toll_kind,
        tolls.victims_text,
        {{ casualty_report_columns('tolls', ['killed']) }},
        tolls.conflict_text,
        tolls.country_iso3,
        -- the conflict the claims compete about: its country, else its name as written
        coalesce(tolls.country_iso3, lower(trim(tolls.conflict_text)), '(unnamed)') as conflict_key,
        tolls.since_date,
        tolls.since_text,
        tolls.period_text,
        tolls.count_start,
        tolls.count_end,
        tolls.sentence_start,
        tolls.sentence_end,
        substr(bodies.body, tolls.sentence_start + 1, tolls.sentence_end - tolls.sentence_start)
            as sentence_text,
        tolls.extractor_version
    from tolls
    inner join articles on tolls.article_id = articles.article_id
    left join bodies on tolls.article_id = bodies.article_id
    left join sources as outlet on articles.source_id = outlet.source_id
    left join sources as wire on articles.wire_source_id = wire.source_id
    left join claims as claim on tolls.claim_id = claim.claim_id
    left join entities as claimant on claim.claimant_entity_id = claimant.entity_id
)

select
    *,
    -- how many claimants give a toll of this kind for this conflict: the competing claims
    count(distinct claimant_label) over (partition by conflict_key, toll_kind)
        as claimants_for_conflict_and_kind
from described
