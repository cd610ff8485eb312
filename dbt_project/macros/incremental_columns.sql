{#- Column names of the current model's existing relation (lower case); empty when it does not
    exist yet. fct_event_reports reads row_hash from it only once the column is there, so a table
    built before row_hash existed is merged whole once and then incrementally. -#}
{% macro incremental_columns() %}
    {%- if not execute -%}
        {{ return([]) }}
    {%- endif -%}
    {%- set relation = adapter.get_relation(this.database, this.schema, this.identifier) -%}
    {%- if relation is none -%}
        {{ return([]) }}
    {%- endif -%}
    {{ return(adapter.get_columns_in_relation(relation) | map(attribute='name') | map('lower') | list) }}
{% endmacro %}

{#- The rows of `cte` (which carries `row_hash`, DuckDB's hash of its row) that are not stored
    yet with the same key and hash: an incremental model computes every row, which is cheap,
    and writes only the new and changed ones, which is what costs (a table rewritten whole per
    build). Everything while the stored table has no row_hash yet (it is then written whole
    once). Rows whose key is gone are the model's post-hook's to delete. -#}
{% macro changed_rows(cte, unique_key) %}
    select * from {{ cte }}
    {%- if is_incremental() and 'row_hash' in incremental_columns() %}
        where not exists (
            select 1
            from {{ this }} as stored
            where stored.{{ unique_key }} = {{ cte }}.{{ unique_key }} and stored.row_hash = {{ cte }}.row_hash
        )
    {%- endif %}
{% endmacro %}

{#- The incremental set-up of a model with one row per event: the rows of the events a build
    redoes replace their stored ones (delete+insert on event_id), columns follow the model, and
    after each build the rows of events that `events_from` no longer holds (a reextraction gave
    them new ids) are deleted. -#}
{% macro per_event_incremental(events_from) %}
    {{ config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='event_id',
        on_schema_change='sync_all_columns',
        post_hook=[
            "delete from {{ this }} where event_id not in "
            ~ "(select event_id from {{ ref('" ~ events_from ~ "') }})",
            "{{ record_written_keys('event_id') }}"
        ]
    ) }}
{% endmacro %}
