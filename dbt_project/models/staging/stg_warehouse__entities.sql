with source as (
    select * from {{ source('warehouse', 'entities') }}
)

select
    entity_id,
    canonical_name as entity_name,
    kind as entity_kind,
    country_iso3,
    sector,
    created_at
from source
