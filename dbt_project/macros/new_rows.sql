{#- The loader inserts rows with ever larger keys and never updates its extraction rows (a
    reextraction deletes an article's rows and inserts them again under new ids). So a
    data-only build (macros/data_only_build.sql) tests, of the staging models the var
    `new_rows_keys` names, the rows above the largest key the last recorded build saw
    (build_scope.new_row_marks). Sources, entities, places and load runs are small and updated
    in place: their tests read every row. -#}
{% macro new_rows_filter(relation) %}
    {%- set key = var('new_rows_keys', {}).get(relation.identifier) -%}
    {%- set mark = new_row_mark(relation.identifier) if key is not none else none -%}
    {%- if mark is none -%}
        {{ return('') }}
    {%- endif -%}
    {{ return(key ~ ' > ' ~ mark) }}
{% endmacro %}

{#- On a data-only build, the largest key of the staging model `model` (one of `new_rows_keys`)
    the last recorded build saw; none on other builds or when none was recorded. `wirehouse
    build` reads the record once and gives it in WIREHOUSE_NEW_ROW_MARKS (`model:key:mark`,
    comma-separated; loaders/build_state.py): without it, two queries per test read it. -#}
{% macro new_row_mark(model) %}
    {%- set key = var('new_rows_keys', {}).get(model) -%}
    {%- if key is none or not data_only_build() -%}
        {{ return(none) }}
    {%- endif -%}
    {%- set given = env_var('WIREHOUSE_NEW_ROW_MARKS', '-') -%}
    {%- if given != '-' -%}
        {%- for entry in given.split(',') if entry.split(':')[:2] == [model, key] -%}
            {{ return(entry.split(':')[2]) }}
        {%- endfor -%}
        {{ return(none) }}
    {%- endif -%}
    {%- set recorded = run_query(
        "select count(*) from duckdb_tables() where database_name = current_database() "
        ~ "and schema_name = 'build_scope' and table_name = 'new_row_marks'"
    ) -%}
    {%- if recorded.columns[0].values()[0] != 1 -%}
        {{ return(none) }}
    {%- endif -%}
    {%- set mark = run_query(
        "select last_key from build_scope.new_row_marks where model = '"
        ~ model ~ "' and key_column = '" ~ key ~ "'"
    ) -%}
    {%- if mark.rows | length != 1 or mark.columns[0].values()[0] is none -%}
        {{ return(none) }}
    {%- endif -%}
    {{ return(mark.columns[0].values()[0]) }}
{% endmacro %}

{#- on-run-end: after a build `wirehouse build` ran over every node (WIREHOUSE_RECORD_MARKS=1)
    with no failure, the largest key of each model of `new_rows_keys`: what the next data-only
    build need not test again. A failed build keeps the older marks (its new rows are tested
    by the next one). -#}
{% macro record_new_row_marks(results) %}
    {%- if not execute or env_var('WIREHOUSE_RECORD_MARKS', '') != '1' -%}
        {{ return('') }}
    {%- endif -%}
    {%- for result in results if result.status in ('error', 'fail', 'runtime error') -%}
        {{ return('') }}
    {%- endfor -%}
    {%- set marks = [] -%}
    {%- for model, key in var('new_rows_keys', {}).items() -%}
        {%- do marks.append(
            "select '" ~ model ~ "' as model, '" ~ key ~ "' as key_column, max(" ~ key
            ~ ") as last_key from staging." ~ model
        ) -%}
    {%- endfor -%}
    {{ return('create schema if not exists build_scope; '
        ~ 'create or replace table build_scope.new_row_marks as '
        ~ marks | join(' union all ')) }}
{% endmacro %}
