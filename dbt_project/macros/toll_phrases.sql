{#- The keys of the phrasings of seed cumulative_toll_phrases (`phrases`: its relation) that
    `text` matches, case-insensitively, comma-separated in key order; null when none does. A
    phrasing with an exception in seed cumulative_toll_phrases_unless (`exceptions`) does not
    count when the text matches that too ("the deadliest attack since the truce began" dates a
    record, not a running toll).
    The patterns are read from the seed when the model runs and written into the SQL as
    constants: DuckDB compiles a constant regular expression once, but a pattern taken from a
    joined column once per row (25 s instead of 1 s over 50k sentences). -#}
{% macro matched_toll_phrases(text, phrases, exceptions) -%}
    {%- set rows = [] -%}
    {#- A project compiled before its first build (`dbt docs generate`, `dbt compile`) has no
        seed table yet: the model then compiles to matching nothing. -#}
    {%- set built = execute and adapter.get_relation(
        database=phrases.database, schema=phrases.schema, identifier=phrases.identifier
    ) and adapter.get_relation(
        database=exceptions.database, schema=exceptions.schema, identifier=exceptions.identifier
    ) -%}
    {%- if built and run_query is defined -%}
        {%- set rows = run_query(
            "select phrases.phrase_key, phrases.pattern, coalesce(exceptions.unless_pattern, '')"
            ~ " from " ~ phrases ~ " as phrases left join " ~ exceptions ~ " as exceptions"
            ~ " on phrases.phrase_key = exceptions.phrase_key order by phrases.phrase_key"
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
