{#- Two reports of one article placed alike: the same area (governorate, else place), or a
    village the gazetteer knows no governorate of ("Hass") and a governorate ("Idlib"), where
    it may lie (int_strike_target_claims, int_disputed_strike_sides). -#}
{% macro placed_alike_in_article(a, b) -%}
    (
        {{ a }}.area_key = {{ b }}.area_key
        or {{ a }}.area_key like 'place:%' and {{ b }}.area_key like 'admin1:%'
        or {{ a }}.area_key like 'admin1:%' and {{ b }}.area_key like 'place:%'
    )
{%- endmacro %}
