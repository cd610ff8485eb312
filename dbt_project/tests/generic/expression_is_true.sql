{#- Vendored after dbt_utils.expression_is_true (Apache-2.0): fails on every row where the
    boolean SQL expression is false (rows where it is null, e.g. a missing figure, pass). -#}
{% test expression_is_true(model, expression, column_name=none) %}

select *
from {{ model }}
where not ({{ expression }})

{% endtest %}
