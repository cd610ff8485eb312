{#- True when `wirehouse build` vouches that only the data changed since the warehouse's last
    build: the project's files (SQL, seeds, vars), dbt and the schema are the ones that build
    used (loaders/build_state.py); it sets WIREHOUSE_DATA_ONLY_BUILD=1 then. Read at run time
    only (`execute`), so the value is no input of dbt's parse and never invalidates it. A plain
    `dbt build` is never data-only: models take their paths that assume nothing. -#}
{% macro data_only_build() %}
    {{ return(execute and env_var('WIREHOUSE_DATA_ONLY_BUILD', '') == '1') }}
{% endmacro %}

{#- On a data-only build, the loader's lookup tables (sources, entities, locations) whose rows
    are the ones the last successful build read (`wirehouse build` compares their hashes:
    loaders/build_state.py, WIREHOUSE_UNCHANGED_TABLES). Empty on any other build. -#}
{% macro unchanged_tables() %}
    {%- if not data_only_build() -%}
        {{ return([]) }}
    {%- endif -%}
    {{ return(env_var('WIREHOUSE_UNCHANGED_TABLES', '').split(',')) }}
{% endmacro %}

{#- On a data-only build, true when the last build ran every model to the end without a
    failure (`wirehouse build` keeps a record from then: loaders/build_state.py): each
    incremental model then equals what it was computed from, so a model may take, of its
    parent's rows, the ones the parent wrote in this build (build_scope, macros/written_keys.sql). -#}
{% macro last_build_complete() %}
    {{ return(data_only_build() and env_var('WIREHOUSE_LAST_BUILD_COMPLETE', '') == '1') }}
{% endmacro %}
