-- One row per incident: the reports int_event_reports_clustered put together, with how many
-- reports, articles, outlets and claimants tell of it, and what they say about the dead (the
-- casualty rule of macros/casualties.sql: asserted reports with a plausible toll).
-- Incremental (delete+insert on incident_id): `members_hash` (the xor of its reports' row_hash
-- in int_event_reports_with_incidents, one cheap pass) says which incidents' reports changed;
-- only those are aggregated again and written. Incidents no report belongs to any more go in
-- the post-hook.
{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='incident_id',
        on_schema_change='sync_all_columns',
        post_hook=[
            "delete from {{ this }} where incident_id not in "
            ~ "(select incident_id from {{ ref('int_event_reports_with_incidents') }})",
            "{{ record_written_keys('incident_id') }}"
        ]
    )
}}

{%- set redo_changed_only = is_incremental() and 'members_hash' in incremental_columns() %}

with member_hashes as (
    select
        incident_id,
        bit_xor(row_hash) as members_hash
    from {{ ref('int_event_reports_with_incidents') }}
    group by incident_id
),

members as (
    select * from {{ ref('int_event_reports_with_incidents') }}
    {%- if redo_changed_only %}
        where incident_id in (
            select member_hashes.incident_id
            from member_hashes
            left join {{ this }} as stored
                on
                    member_hashes.incident_id = stored.incident_id
                    and member_hashes.members_hash = stored.members_hash
            where stored.incident_id is null
        )
    {%- endif %}
),

casualties as (
    {{ casualty_rollup('members', ['incident_id']) }}
),

anchors as (
    select
        incident_id,
        event_type,
        event_family,
        actor_entity_id,
        actor_name
    from members
    where event_id = anchor_event_id
),

-- the incident's place: the most precise one its reports give
places as (
    select
        incident_id,
        location_id,
        place_name,
        admin1,
        place_country_iso3,
        row_number() over (
            partition by incident_id
            order by
                case location_precision
                    when 'site' then 1
                    when 'city' then 2
                    when 'admin1' then 3
                    when 'country' then 4
                    when 'unresolved' then 5
                    else 6
                end,
                report_date asc nulls last,
                report_key asc
        ) as place_rank
    from members
),

aggregated as (
    select
        incident_id,
        min(anchor_event_id) as anchor_event_id,
        count(*) as reports,
        count(*) filter (where stance = 'assert') as asserted_reports,
        count(*) filter (where stance = 'deny') as denied_reports,
        count(distinct article_id) as articles,
        count(distinct outlet_name) as outlets,
        count(distinct claimant_label) as claimants,
        string_agg(distinct claimant_label, '; ' order by claimant_label) as claimant_labels,
        count(distinct event_type) as event_types,
        -- the most specific target any report names; 'unspecified' only when none does
        min(target_entity_id) as target_entity_id,
        coalesce(
            min(target_group) filter (where target_group != 'unspecified'), 'unspecified'
        ) as target_group,
        min(target_name) filter (where target_entity_id is not null) as target_name,
        min(report_date) as first_report_date,
        max(report_date) as last_report_date
    from members
    group by incident_id
),

incident_rows as (
    select
        aggregated.incident_id,
        aggregated.anchor_event_id,
        anchors.event_family,
        anchors.event_type,
        anchors.actor_entity_id,
        anchors.actor_name,
        aggregated.target_entity_id,
        aggregated.target_name,
        aggregated.target_group,
        places.location_id,
        places.place_name,
        places.admin1,
        places.place_country_iso3,
        aggregated.reports,
        aggregated.asserted_reports,
        aggregated.denied_reports,
        aggregated.articles,
        aggregated.outlets,
        aggregated.claimants,
        aggregated.claimant_labels,
        aggregated.event_types,
        aggregated.first_report_date,
        aggregated.last_report_date,
        casualties.counted_toll_reports,
        {{ casualty_rollup_columns('casualties') }},
        member_hashes.members_hash
    from aggregated
    inner join anchors on aggregated.incident_id = anchors.incident_id
    inner join places on aggregated.incident_id = places.incident_id and places.place_rank = 1
    inner join casualties on aggregated.incident_id = casualties.incident_id
    inner join member_hashes on aggregated.incident_id = member_hashes.incident_id
),

hashed as (
    select
        *,
        hash(incident_rows) as row_hash
    from incident_rows
)

select * from hashed
