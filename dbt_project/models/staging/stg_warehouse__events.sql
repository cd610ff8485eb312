with source as (
    select * from {{ source('warehouse', 'events') }}
)

select
    event_id,
    article_id,
    claim_id,
    event_type,
    plover_category,
    plover_mode,
    acled_event_type,
    acled_sub_event_type,
    actor_entity_id,
    actor_text,
    actor_start,
    actor_end,
    target_entity_id,
    target_text,
    target_start,
    target_end,
    location_id,
    location_text,
    location_start,
    location_end,
    cast(event_date as date) as event_date,
    date_precision,
    date_text,
    killed_low,
    killed_high,
    injured_low,
    injured_high,
    stance,
    sentence_start,
    sentence_end,
    cast(confidence as double) as confidence,
    extractor_version
from source
