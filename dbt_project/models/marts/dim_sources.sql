with sources as (
    select * from {{ ref('stg_warehouse__sources') }}
),

articles as (
    select * from {{ ref('stg_warehouse__articles') }}
),

published as (
    select
        source_id,
        count(*) as articles_published,
        min(published_date) as first_published_date,
        max(published_date) as last_published_date
    from articles
    where source_id is not null
    group by source_id
),

credited as (
    select
        wire_source_id as source_id,
        count(*) as articles_credited
    from articles
    where wire_source_id is not null
    group by wire_source_id
),

reports as (
    select
        outlet_source_id as source_id,
        count(*) as event_reports
    from {{ ref('fct_event_reports') }}
    where outlet_source_id is not null
    group by outlet_source_id
)

select
    sources.source_id,
    sources.source_name,
    sources.source_kind,
    sources.country_iso3,
    coalesce(published.articles_published, 0) as articles_published,
    coalesce(credited.articles_credited, 0) as articles_credited,
    coalesce(reports.event_reports, 0) as event_reports,
    published.first_published_date,
    published.last_published_date
from sources
left join published on sources.source_id = published.source_id
left join credited on sources.source_id = credited.source_id
left join reports on sources.source_id = reports.source_id
