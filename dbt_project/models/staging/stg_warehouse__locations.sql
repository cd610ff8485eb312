with source as (
    select * from {{ source('warehouse', 'locations') }}
)

select
    location_id,
    name as location_name,
    country_iso3,
    admin1,
    cast(latitude as double) as latitude,
    cast(longitude as double) as longitude,
    gazetteer_id,
    precision as location_precision
from source
