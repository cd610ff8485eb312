with source as (
    select * from {{ source('warehouse', 'mentions') }}
)

select
    mention_id,
    article_id,
    entity_id,
    surface_text,
    ner_label,
    char_start,
    char_end,
    sentence_index
from source
