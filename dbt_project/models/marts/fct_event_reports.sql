-- Incremental, merge on event_id (DuckDB >= 1.4 has MERGE INTO; dbt-duckdb 1.11 implements the
-- strategy). Each row carries the hash of its report's row in int_event_reports_with_incidents
-- (a superset of these columns, hashed there): a build merges only the events that are new or
-- whose row changed (a new target group rule, say), so a build after a small load is quick
-- and the table never goes stale. Events a reextraction deleted are removed by the post-hook.
-- A singular test checks that the table equals a full rebuild. Its pre-hook keeps, before the
-- merge, the stored rows the merge and the post-hook replace: the per-group marts find the
-- groups they redo from them (macros/touched_groups.sql).
{{
    config(
        materialized='incremental',
        incremental_strategy='merge',
        unique_key='event_id',
        on_schema_change='sync_all_columns',
        pre_hook="{{ record_reports_before() }}",
        post_hook=[
            "delete from {{ this }} where event_id not in "
            ~ "(select event_id from {{ ref('stg_warehouse__events') }})",
            "{{ record_written_keys('event_id') }}"
        ]
    )
}}

with reports as (
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
        killed_best,
        killed_high,
        killed_open_ended,
        injured_low,
        injured_best,
        injured_high,
        injured_open_ended,
        is_plausible_toll,
        implausibility_reason,
        counts_toward_tolls,
        toll_counted_in_incident_id,
        incident_id,
        sentence_start,
        sentence_end,
        confidence,
        extractor_version,
        -- DuckDB's 64-bit hash of the whole row (md5 of the row cast to text cost 15 times
        -- more); a change keeps its hash with odds of 2^-64
        cast(row_hash as varchar) as row_hash
    from {{ ref('int_event_reports_with_incidents') }}
)

{#- After a complete build, the fact held every report row as it was: on a data-only build
    the changed rows are the ones the reports wrote now (no need to compare every hash). -#}
{%- set written = written_in_this_build(['int_event_reports_with_incidents'], 'event_id')
    if is_incremental() else '' %}
{%- if written %}
    select * from reports
    where {{ written }}
{%- else %}
    {{ changed_rows('reports', 'event_id') }}
{%- endif %}
