{#- CAMEO sectors of a state's own organs (government, military, police, intelligence,
    judiciary, legislature, ruling party, elites): the state itself when it acts or speaks. -#}
{% macro state_sectors() -%}
    ('GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG', 'PTY', 'ELI')
{%- endmacro %}
