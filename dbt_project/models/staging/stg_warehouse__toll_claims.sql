with source as (
    select * from {{ source('warehouse', 'toll_claims') }}
)

select
    toll_claim_id,
    article_id,
    claim_id,
    toll_kind,
    victims_text,
    killed_low,
    killed_high,
    killed_best,
    open_ended,
    conflict_text,
    country_iso3,
    cast(since_date as date) as since_date,
    since_text,
    period_text,
    count_start,
    count_end,
    sentence_start,
    sentence_end,
    extractor_version
from source
