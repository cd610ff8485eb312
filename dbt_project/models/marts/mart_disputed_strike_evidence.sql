-- The evidence of every dispute in mart_disputed_strikes: one row per report on each side, with
-- the claim and the sentence it was read from (offsets into articles.body, and the text).
select
    dispute_id,
    dispute_kind,
    side,
    case side when 'a' then target_group_a else target_group_b end as claimed_target_group,
    is_denial,
    claimant_label,
    claimant_is_shared,
    actor_name,
    event_id,
    article_id,
    outlet_name,
    report_date,
    place_name,
    claim_id,
    claim_start,
    claim_end,
    sentence_start,
    sentence_end,
    sentence_text
from {{ ref('int_disputed_strike_sides') }}
