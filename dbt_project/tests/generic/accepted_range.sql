{#- Vendored after dbt_utils.accepted_range (Apache-2.0): no package is fetched at build time.
    Fails on every non-null value outside [min_value, max_value]. -#}
{% test accepted_range(model, column_name, min_value=none, max_value=none, inclusive=true) %}
{%- set bounds = [] -%}
{%- if min_value is not none -%}
    {%- do bounds.append(column_name ~ (" >= " if inclusive else " > ") ~ min_value) -%}
{%- endif -%}
{%- if max_value is not none -%}
    {%- do bounds.append(column_name ~ (" <= " if inclusive else " < ") ~ max_value) -%}
{%- endif %}

    select {{ column_name }}
    from {{ model }}
    where {{ column_name }} is not null and not ({{ bounds | join(' and ') or 'true' }})

{% endtest %}
