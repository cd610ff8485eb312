{#- Casualty figures keep their order: low <= best <= high, for each measure given (killed,
    injured). Attached to every model that carries both a low and a high column; the one rule
    of macros/casualties.sql guarantees it, this test proves it on the data. -#}
{% test casualty_figures_ordered(model, measures=['killed']) %}
    select *
    from {{ model }}
    where
        {%- for m in measures %}
        {{ m }}_low > {{ m }}_best
        or {{ m }}_best > {{ m }}_high
        or {{ m }}_low > {{ m }}_high
        {{- " or" if not loop.last }}
        {%- endfor %}
{% endtest %}
