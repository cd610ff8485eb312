with source as (
    select * from {{ source('warehouse', 'claims') }}
)

select
    claim_id,
    article_id,
    claimant_entity_id,
    claimant_text,
    claimant_start,
    claimant_end,
    cue,
    cue_start,
    cue_end,
    stance,
    claim_start,
    claim_end,
    extractor_version
from source
