-- Every event report with its sentence and whether its casualty figure is credible for one
-- event. Extraction will never be perfect, so the marts guard themselves: a report's toll is
-- implausible when (first reason listed; all are in implausibility_reason)
--   above_family_ceiling     its highest figure exceeds the family's ceiling (seed toll_ceilings)
--   cumulative_phrasing:KEY  its sentence has a cumulative, periodic or war-level phrasing
--                            (seed cumulative_toll_phrases: "since 2011", "in the war"...)
--   restates_toll_claim      extraction read the same sentence as a war toll (toll_claims) with
--                            the same figure
--   retrospective_mention    the event ended more than `retrospective_days` before the article:
--                            a past event recalled, counted by the reports of its own time.
-- Implausible reports stay visible (fct_event_reports, mart_implausible_tolls) and are left out
-- of every sum (macros/casualties.sql).
-- Ephemeral: its one reader, int_event_reports_with_incidents, is a table with its tests.
{{ config(materialized='ephemeral') }}
{%- set retrospective_days = var('retrospective_days') | int %}

with reports as (
    select * from {{ ref('int_event_reports') }}
),

sentences as (
    select * from {{ ref('int_event_sentences') }}
),

ceilings as (
    select * from {{ ref('toll_ceilings') }}
),

tolls as (
    select * from {{ ref('stg_warehouse__toll_claims') }}
),

restated as (
    select distinct reports.event_id
    from reports
    inner join tolls
        on
            reports.article_id = tolls.article_id
            and tolls.sentence_start < reports.sentence_end
            and reports.sentence_start < tolls.sentence_end
            and reports.killed_low in (tolls.killed_low, tolls.killed_best, tolls.killed_high)
),

checked as (
    select
        reports.*,
        sentences.sentence_text,
        ceilings.killed_ceiling,
        case
            when reports.killed_high > ceilings.killed_ceiling then 'above_family_ceiling'
        end as ceiling_reason,
        case
            when reports.killed_low is not null and sentences.phrase_keys is not null
                then 'cumulative_phrasing:' || sentences.phrase_keys
        end as phrasing_reason,
        case
            when restated.event_id is not null then 'restates_toll_claim'
        end as toll_claim_reason,
        case
            when
                reports.killed_low is not null
                and reports.event_date is not null
                and reports.published_date is not null
                and date_diff(
                    'day',
                    reports.event_date
                    + case reports.date_precision
                        when 'week' then 6
                        when 'month' then 30
                        when 'year' then 365
                        else 0
                    end,
                    reports.published_date
                ) > {{ retrospective_days }}
                then 'retrospective_mention'
        end as retrospective_reason
    from reports
    left join sentences on reports.event_id = sentences.event_id
    left join ceilings on reports.event_family = ceilings.event_family
    left join restated on reports.event_id = restated.event_id
)

select
    * exclude (ceiling_reason, phrasing_reason, toll_claim_reason, retrospective_reason),
    nullif(
        concat_ws('; ', ceiling_reason, phrasing_reason, toll_claim_reason, retrospective_reason),
        ''
    ) as implausibility_reason,
    coalesce(
        ceiling_reason, phrasing_reason, toll_claim_reason, retrospective_reason
    ) is null as is_plausible_toll
from checked
