{#- Put each layer in its own plain schema (staging, intermediate, marts) rather than dbt's
    default "<target schema>_<custom schema>" (main_staging...): BI users then read
    marts.fct_incidents, and the loader's normalised tables stay alone in main. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
