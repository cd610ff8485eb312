{#- The keys of the phrasings of seed cumulative_toll_phrases (`phrases`: its relation) that
    `text` matches, case-insensitively, comma-separated in key order; null when none does. A
    phrasing with an `unless_pattern` does not count when the text matches that too ("the
    deadliest attack since the truce began" dates a record, not a running toll).
    The patterns are read from the seed when the model runs and written into the SQL as
    constants: DuckDB compiles a constant regular expression once, but a pattern taken from a
    joined column once per row (25 s instead of 1 s over 50k sentences). -#}
{% macro matched_toll_phrases(text, phrases) -%}
    {%- set rows = [] -%}
    {#- A project compiled before its first build (`dbt docs generate`, `dbt compile`) has no
        seed table yet: the model then compiles to matching nothing. -#}
    {%- set built = execute and adapter.get_relation(
        database=phrases.database, schema=phrases.schema, identifier=phrases.identifier
    ) -%}
    {%- if built and run_query is defined -%}
        {%- set rows = run_query(
            "select phrase_key, pattern, coalesce(unless_pattern, '') from " ~ phrases
            ~ " order by phrase_key"
        ).rows -%}
    {%- endif -%}
    {%- if rows -%}
    nullif(concat_ws(','
        {%- for row in rows %},
        case when regexp_matches({{ text }}, '{{ row[1] | replace("'", "''") }}', 'i')
            {%- if row[2] %}
            and not regexp_matches({{ text }}, '{{ row[2] | replace("'", "''") }}', 'i')
            {%- endif %}
            then '{{ row[0] | replace("'", "''") }}' end
        {%- endfor %}
    ), '')
    {%- else -%}
    cast(null as varchar)
    {%- endif -%}
{%- endmacro %}
