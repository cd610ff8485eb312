{#- Vendored after dbt_utils.unique_combination_of_columns (Apache-2.0): the grain test of a
    model whose key spans several columns. -#}
{% test unique_combination_of_columns(model, combination_of_columns) %}

select
    {{ combination_of_columns | join(', ') }},
    count(*) as n_rows
from {{ model }}
group by {{ combination_of_columns | join(', ') }}
having count(*) > 1

{% endtest %}
