-- Incremental: a build after a small load merges only the new events (merge on event_id; DuckDB
-- >= 1.4 has MERGE INTO and dbt-duckdb 1.11 implements the strategy). Events that a reextract
-- removed are deleted by the post-hook, so the table always equals int_event_reports (a singular
-- test checks it).
{{
    config(
        materialized='incremental',
        incremental_strategy='merge',
        unique_key='event_id',
        on_schema_change='fail',
        post_hook=[
            "delete from {{ this }} where event_id not in "
            ~ "(select event_id from {{ ref('stg_warehouse__events') }})"
        ]
    )
}}

with reports as (
    select * from {{ ref('int_event_reports') }}
    {% if is_incremental() %}
        where event_id not in (select existing.event_id from {{ this }} as existing)
    {% endif %}
)

select
    event_id,
    report_key,
    article_id,
    claim_id,
    event_type,
    event_family,
    plover_category,
    plover_mode,
    acled_event_type,
    acled_sub_event_type,
    stance,
    actor_entity_id,
    actor_name,
    actor_country_iso3,
    actor_sector,
    actor_text,
    target_entity_id,
    target_name,
    target_group,
    target_sector,
    target_text,
    location_id,
    place_name,
    admin1,
    place_country_iso3,
    location_precision,
    latitude,
    longitude,
    location_text,
    event_date,
    date_precision,
    date_text,
    published_date,
    report_date,
    outlet_source_id,
    outlet_name,
    wire_source_id,
    wire_name,
    claimant_role,
    claimant_entity_id,
    claimant_name,
    claimant_label,
    killed_low,
    killed_high,
    injured_low,
    injured_high,
    sentence_start,
    sentence_end,
    confidence,
    extractor_version
from reports
