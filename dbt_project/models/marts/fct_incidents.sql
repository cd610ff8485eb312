-- Incremental like fct_event_reports (merge on incident_id): only the incidents int_incidents
-- found new or changed (its row_hash) are merged; incidents no report belongs to any more are
-- deleted by the post-hook.
{{
    config(
        materialized='incremental',
        incremental_strategy='merge',
        unique_key='incident_id',
        on_schema_change='sync_all_columns',
        post_hook=[
            "delete from {{ this }} where incident_id not in "
            ~ "(select incident_id from {{ ref('int_incidents') }})",
            "{{ record_written_keys('incident_id') }}"
        ]
    )
}}

with incidents as (
    select * from {{ ref('int_incidents') }}
),

incident_rows as (
    select
        incident_id,
        anchor_event_id,
        event_family,
        event_type,
        actor_entity_id,
        actor_name,
        target_entity_id,
        target_name,
        target_group,
        location_id,
        place_name,
        admin1,
        place_country_iso3,
        reports,
        asserted_reports,
        denied_reports,
        articles,
        outlets,
        claimants,
        claimant_labels,
        event_types,
        first_report_date,
        last_report_date,
        date_diff('day', first_report_date, last_report_date) as span_days,
        killed_low,
        killed_best,
        killed_high,
        killed_open_ended_reports,
        injured_low,
        injured_best,
        injured_high,
        injured_open_ended_reports,
        counted_toll_reports,
        implausible_toll_reports,
        cast(row_hash as varchar) as row_hash
    from incidents
)

{{ changed_rows('incident_rows', 'incident_id') }}
