with source as (
    select * from {{ source('warehouse', 'articles') }}
)

select
    article_id,
    source_id,
    wire_source_id,
    run_id,
    external_id,
    url,
    title,
    dateline,
    cast(published_date as date) as published_date,
    language,
    content_hash,
    near_duplicate_key,
    input_file,
    input_locator,
    extractor_version,
    loaded_at
from source
