-- The incremental fact must hold exactly the rows a full rebuild would give (the row-hash merge
-- and the delete post-hook keep it so; `wirehouse build --full-refresh` rebuilds it anyway).
-- On a data-only build after a complete one (which compared them), the rows written by the
-- three models in this build and the row counts (macros/written_keys.sql).
{% set compared = [
    'event_id', 'report_key', 'article_id', 'event_type', 'event_family', 'stance',
    'actor_name', 'target_name', 'target_group', 'place_name', 'report_date',
    'outlet_name', 'claimant_label', 'killed_low', 'killed_high'
] %}

{%- set written = written_in_this_build(
    ['int_event_reports', 'int_event_reports_with_incidents', 'fct_event_reports'], 'event_id'
) %}

with expected as (
    select {{ compared | join(', ') }} from {{ ref('int_event_reports') }}
    {%- if written %}
        where {{ written }}
    {%- endif %}
),

actual as (
    select {{ compared | join(', ') }} from {{ ref('fct_event_reports') }}
    {%- if written %}
        where {{ written }}
    {%- endif %}
),

missing as (
    select
        'missing from fct_event_reports' as problem,
        only_expected.*
    from (
        select * from expected
        except
        select * from actual
    ) as only_expected
),

extra as (
    select
        'stale in fct_event_reports' as problem,
        only_actual.*
    from (
        select * from actual
        except
        select * from expected
    ) as only_actual
)

select * from missing
union all
select * from extra
{%- if written %}
    union all
    select
        'row counts differ' as problem,
    {% for column in compared -%}
        null as {{ column }}{{ ',' if not loop.last }}
    {% endfor %}
    where
        (select count(*) from {{ ref('int_event_reports') }})
        != (select count(*) from {{ ref('fct_event_reports') }})
{%- endif %}
