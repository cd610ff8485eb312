{#- accepted_values over a code set of models/codes.py: the values come from the var `codes`,
    which `python -m models.derive` writes into dbt_project.yml (tests/test_codes.py fails when
    it drifts). Fails on every non-null value that is not a code of `code_set`. -#}
{% test accepted_code(model, column_name, code_set) %}
{%- set code_sets = var('codes') -%}
{%- if code_set not in code_sets -%}
    {{ exceptions.raise_compiler_error("accepted_code: no code set " ~ code_set ~ " in var codes") }}
{%- endif %}

select {{ column_name }} as unaccepted_value
from {{ model }}
where
    {{ column_name }} is not null
    and {{ column_name }} not in (
        {%- for code in code_sets[code_set] %}
        '{{ code }}'{{ "," if not loop.last }}
        {%- endfor %}
    )

{% endtest %}
