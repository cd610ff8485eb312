-- Article bodies, apart from stg_warehouse__articles so that only the models quoting sentences
-- (the toll review and the dispute evidence) read the text.
with source as (
    select * from {{ source('warehouse', 'articles') }}
)

select
    article_id,
    body
from source
