{#- Tests of a data-only build (macros/data_only_build.sql) read, of an incremental model, the
    rows that build wrote: the rows the other builds wrote and tested are the same rows still
    (the model's merge or delete+insert on its key replaced every row whose content changed).
    Full builds, `--full-refresh` and plain `dbt build` test every row.

    record_written_keys(key), a post-hook of each incremental model: on a data-only build, the
    keys of the rows written (dbt's temporary relation of the build, which the merge or
    delete+insert wrote whole) go to build_scope.<model> (when that table cannot be found, the
    list goes and the model's tests read every row). Other builds scope nothing and write
    nothing here (no statement: the lake target has no such schema). -#}
{% macro record_written_keys(key) %}
    {%- set written = [] -%}
    {%- if not data_only_build() -%}
        {{ return('') }}
    {%- endif -%}
    {%- if is_incremental() -%}
        {#- the materialisation's temporary table (its name carries a time stamp) -#}
        {%- set found = run_query(
            "select table_name from duckdb_tables() where temporary and starts_with(table_name, '"
            ~ this.identifier ~ "__dbt_tmp')"
        ) -%}
        {%- do written.extend(found.columns[0].values()) -%}
    {%- endif -%}
    {%- if written | length == 1 -%}
        create schema if not exists build_scope;
        create or replace table build_scope.{{ this.identifier }} as
        select {{ key }} from temp.main."{{ written[0] }}"
    {%- else -%}
        drop table if exists build_scope.{{ this.identifier }}
    {%- endif -%}
{% endmacro %}

{#- dbt's own where-subquery of generic tests, narrowed on a data-only build to the rows the
    build wrote in the tested model when it recorded them, or to a staging model's rows loaded
    since the last build (macros/new_rows.sql). -#}
{% macro duckdb__get_where_subquery(relation) -%}
    {%- set where = config.get('where', '') -%}
    {%- set written = written_keys_filter(relation) or new_rows_filter(relation) -%}
    {%- if written -%}
        {%- set where = '(' ~ where ~ ') and ' ~ written if where else written -%}
    {%- endif -%}
    {%- if where -%}
        {%- set filtered -%}
            (select * from {{ relation }} where {{ where }}) dbt_subquery
        {%- endset -%}
        {%- do return(filtered) -%}
    {%- else -%}
        {%- do return(relation) -%}
    {%- endif -%}
{%- endmacro %}

{% macro written_keys_filter(relation) %}
    {%- if not data_only_build() or relation.identifier is none -%}
        {{ return('') }}
    {%- endif -%}
    {#- only incremental models record their rows: no query for the other tests -#}
    {%- set models = graph.nodes.values() | selectattr('resource_type', 'equalto', 'model')
        | selectattr('alias', 'equalto', relation.identifier)
        | selectattr('config.materialized', 'equalto', 'incremental') | list -%}
    {%- if models | length != 1 -%}
        {{ return('') }}
    {%- endif -%}
    {%- set key = models[0].config.unique_key -%}
    {%- set found = run_query(
        "select count(*) from duckdb_tables() where database_name = current_database() "
        ~ "and schema_name = 'build_scope' and table_name = '" ~ relation.identifier ~ "'"
    ) -%}
    {%- if found.columns[0].values()[0] != 1 -%}
        {{ return('') }}
    {%- endif -%}
    {{ return(key ~ ' in (select ' ~ key ~ ' from build_scope.' ~ relation.identifier ~ ')') }}
{% endmacro %}

{#- A condition on `key`: the rows that the incremental `models` wrote in this build, when this
    is a data-only build after a complete one (macros/data_only_build.sql: every model then
    equalled its inputs, so only rows written now can differ) and each of them recorded its
    rows; else '' (read every row). Run time only. -#}
{% macro written_in_this_build(models, key) %}
    {%- if not last_build_complete() -%}
        {{ return('') }}
    {%- endif -%}
    {%- set found = run_query(
        "select count(*) from duckdb_tables() where database_name = current_database() "
        ~ "and schema_name = 'build_scope' and table_name in ('" ~ models | join("', '") ~ "')"
    ) -%}
    {%- if found.columns[0].values()[0] != models | length -%}
        {{ return('') }}
    {%- endif -%}
    {%- set scopes = [] -%}
    {%- for model in models -%}
        {%- do scopes.append('select ' ~ key ~ ' from build_scope.' ~ model) -%}
    {%- endfor -%}
    {{ return(key ~ ' in (' ~ scopes | join(' union ') ~ ')') }}
{% endmacro %}
