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
