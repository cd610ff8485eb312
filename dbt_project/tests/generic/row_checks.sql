{#- Every check of one model in one test (one dbt node, one statement): each dbt node costs
    0.02-0.07 s whatever its data (its Python, a BEGIN/COMMIT pair, the where-subquery's
    lookups), and one test per column and property made 178 nodes of a build's ~200. The checks
    and their rules are those of the tests they replace, each failing on the same rows:
      not_null      [column]        dbt's not_null: no null
      unique        [column]        dbt's unique: no non-null value twice
      grain         [column]        unique_combination_of_columns: no combination twice
      codes         {column: set}   accepted_code: every non-null value a code of the set
                                    (var `codes`, from models/codes.py)
      ranges        {column: {min_value, max_value, inclusive}}
                                    accepted_range: every non-null value within the bounds
      expressions   [sql]           expression_is_true: no row where it is false (null passes)
      casualties    [measure]       casualty_figures_ordered: low <= best <= high
      references    [{column, to, field}]
                                    dbt's relationships: every non-null value is a `field` of
                                    the model or seed `to` (read whole)
    `model` is dbt's where-subquery (macros/written_keys.sql: the rows a data-only build wrote
    or loaded), as for the tests replaced. Fails with one row per failing check, naming it and
    counting its failing rows (or values, or groups); the failure count is their sum. -#}
{% test row_checks(model, not_null=[], unique=[], grain=[], codes={}, ranges={}, expressions=[],
                   casualties=[], references=[]) %}
{{ config(fail_calc='coalesce(sum(failing), 0)') }}
{%- set code_sets = var('codes') -%}
{%- set names = [] -%}
{%- set counts = [] -%}
{%- for column in not_null -%}
    {%- do names.append('not_null:' ~ column) -%}
    {%- do counts.append(column ~ ' is null') -%}
{%- endfor -%}
{%- for column, code_set in codes.items() -%}
    {%- if code_set not in code_sets -%}
        {{ exceptions.raise_compiler_error("row_checks: no code set " ~ code_set ~ " in var codes") }}
    {%- endif -%}
    {%- do names.append('code:' ~ column ~ ':' ~ code_set) -%}
    {%- do counts.append(column ~ " is not null and " ~ column ~ " not in ('"
        ~ code_sets[code_set] | join("', '") ~ "')") -%}
{%- endfor -%}
{%- for column, bounds in ranges.items() -%}
    {%- set inclusive = bounds.get('inclusive', true) -%}
    {%- set within = [] -%}
    {%- if bounds.get('min_value') is not none -%}
        {%- do within.append(column ~ (' >= ' if inclusive else ' > ') ~ bounds['min_value']) -%}
    {%- endif -%}
    {%- if bounds.get('max_value') is not none -%}
        {%- do within.append(column ~ (' <= ' if inclusive else ' < ') ~ bounds['max_value']) -%}
    {%- endif -%}
    {%- do names.append('range:' ~ column) -%}
    {%- do counts.append(column ~ ' is not null and not (' ~ (within | join(' and ') or 'true') ~ ')') -%}
{%- endfor -%}
{%- for expression in expressions -%}
    {%- do names.append('expression:' ~ expression) -%}
    {%- do counts.append('not (' ~ expression ~ ')') -%}
{%- endfor -%}
{%- for m in casualties -%}
    {%- do names.append('casualties_ordered:' ~ m) -%}
    {%- do counts.append(m ~ '_low > ' ~ m ~ '_best or ' ~ m ~ '_best > ' ~ m ~ '_high or '
        ~ m ~ '_low > ' ~ m ~ '_high') -%}
{%- endfor %}

with checked as (
    select * from {{ model }}
),

failures as (
    {%- if names %}
    select
        unnest([{%- for name in names %}'{{ name | replace("'", "''") }}'{{ ", " if not loop.last }}{% endfor %}]) as check_name,
        unnest([
            {%- for condition in counts %}
            count(*) filter (where {{ condition }}){{ "," if not loop.last }}
            {%- endfor %}
        ]) as failing
    from checked
    {%- else %}
    select null::varchar as check_name, 0::bigint as failing
    {%- endif %}
    {%- for column in unique %}
    union all
    select 'unique:{{ column }}', count(*)
    from (
        select {{ column }} from checked where {{ column }} is not null
        group by {{ column }} having count(*) > 1
    )
    {%- endfor %}
    {%- if grain %}
    union all
    select 'grain:{{ grain | join(",") }}', count(*)
    from (select {{ grain | join(', ') }} from checked group by all having count(*) > 1)
    {%- endif %}
    {%- for reference in references %}
    union all
    select 'references:{{ reference.column }}:{{ reference.to }}.{{ reference.field }}', count(*)
    from checked as child
    where
        child.{{ reference.column }} is not null
        and not exists (
            select 1 from {{ ref(reference.to) }} as parent
            where parent.{{ reference.field }} = child.{{ reference.column }}
        )
    {%- endfor %}
)

select check_name, failing
from failures
where failing > 0

{% endtest %}
