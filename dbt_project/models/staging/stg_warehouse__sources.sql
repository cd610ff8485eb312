with source as (
    select * from {{ source('warehouse', 'sources') }}
)

select
    source_id,
    name as source_name,
    kind as source_kind,
    country_iso3,
    created_at
from source
