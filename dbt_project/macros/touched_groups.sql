{#- Marts of one row per group of event reports (a day x place x type, a report), built
    incrementally: a data-only build after a complete one recomputes only
    the groups whose reports changed. A group can change only if a report row in it was
    written, deleted or moved out of it in this build; its rows before are the ones
    fct_event_reports held (it equalled int_event_reports_with_incidents after the last
    build), kept by its pre-hook before its merge (build_scope.event_reports_before, below),
    its rows now are the ones int_event_reports_with_incidents wrote in this build
    (build_scope.int_event_reports_with_incidents, macros/written_keys.sql). The mart's
    pre-hook deletes the touched groups, its SQL computes them again (append). Any other build
    deletes every row and computes every group; a full refresh creates the table.

    per_group_incremental(groups): the config of such a mart. `groups`: the key columns of
    the mart as {mart column: expression over the report rows' event_id, report_date,
    location_id and event_type, written {r}.column}. -#}
{% macro per_group_incremental(groups) %}
    {{ config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='sync_all_columns',
        pre_hook="{{ delete_touched_groups(" ~ groups ~ ") }}"
    ) }}
    -- depends_on: {{ ref('fct_event_reports') }}
{% endmacro %}

{#- True when this build may recompute only the touched groups: both records are there. Run
    time only. -#}
{% macro touched_groups_known() %}
    {%- if not (execute and is_incremental() and last_build_complete()) -%}
        {{ return(false) }}
    {%- endif -%}
    {%- set found = run_query(
        "select count(*) from duckdb_tables() where database_name = current_database() "
        ~ "and schema_name = 'build_scope' and table_name in "
        ~ "('event_reports_before', 'int_event_reports_with_incidents')"
    ) -%}
    {{ return(found.columns[0].values()[0] == 2) }}
{% endmacro %}

{#- The distinct keys of the touched groups (a query over the report rows written now and
    their rows before). -#}
{% macro touched_groups(groups) %}
    {%- set columns = [] -%}
    {%- for name, expression in groups.items() -%}
        {%- do columns.append(expression | replace('{r}.', '') ~ ' as ' ~ name) -%}
    {%- endfor %}
    select distinct {{ columns | join(', ') }}
    from (
        select event_id, report_date, location_id, event_type
        from {{ ref('int_event_reports_with_incidents') }}
        where event_id in (select event_id from build_scope.int_event_reports_with_incidents)
        union all
        select event_id, report_date, location_id, event_type from build_scope.event_reports_before
    )
{%- endmacro %}

{#- A condition on `alias` (the report rows, or the stored mart): its group is touched. Group
    keys may be null: compared with `is not distinct from`. -#}
{% macro in_touched_groups(groups, alias, by_expression=true) %}
    {%- set pairs = [] -%}
    {%- for name, expression in groups.items() -%}
        {%- set mine = expression | replace('{r}', alias) if by_expression else alias ~ '.' ~ name -%}
        {%- do pairs.append('touched.' ~ name ~ ' is not distinct from ' ~ mine) -%}
    {%- endfor -%}
    exists (select 1 from ({{ touched_groups(groups) }}) as touched where {{ pairs | join(' and ') }})
{%- endmacro %}

{#- The pre-hook: the rows the model computes again go (every row but on the touched path). -#}
{% macro delete_touched_groups(groups) %}
    {%- if not (execute and is_incremental()) -%}
        {{ return('') }}
    {%- endif -%}
    {%- if touched_groups_known() -%}
        delete from {{ this }} where {{ in_touched_groups(groups, this, false) }}
    {%- else -%}
        delete from {{ this }}
    {%- endif -%}
{% endmacro %}

{#- The report rows a per-group mart reads: those of the touched groups on that path, else all.
    `groups` expressions name the report row's columns as {r}.column. -#}
{% macro group_reports(groups) %}
    select * from {{ ref('int_event_reports_with_incidents') }} as reports
    {%- if touched_groups_known() %}
        where {{ in_touched_groups(groups, 'reports') }}
    {%- endif %}
{% endmacro %}

{#- fct_event_reports' pre-hook: on a data-only build after a complete one, its rows (the
    report rows as the last build left them) of the events written or deleted in this build,
    before its merge replaces them; else no record (the marts then compute every group). -#}
{% macro record_reports_before() %}
    {%- if not execute or not data_only_build() -%}
        {{ return('') }}
    {%- endif -%}
    {%- set written = written_in_this_build(['int_event_reports_with_incidents'], 'event_id')
        if is_incremental() else '' -%}
    {%- if written -%}
        create or replace table build_scope.event_reports_before as
        -- the columns the groups are made of (the marts' `groups` may read these only): a
        -- snapshot of every column cost 0.44 CPU s at 100k, of these 0.1-0.15
        select event_id, report_date, location_id, event_type from {{ this }}
        where
            {{ written }}
            or event_id not in (select event_id from {{ ref('int_event_reports_with_incidents') }})
    {%- else -%}
        drop table if exists build_scope.event_reports_before
    {%- endif -%}
{% endmacro %}
