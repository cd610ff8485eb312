-- Each event's sentence (articles.body by the event's 0-based [start, end) offsets) and the
-- cumulative phrasings of seed cumulative_toll_phrases it matches (macros/toll_phrases.sql;
-- int_event_reports_toll_checked reads both).
-- Incremental: an event's sentence never changes (the loader inserts events and bodies; a
-- reextraction replaces an article's events by new ids), so a build reads only the events not
-- here yet, or all of them when the seed changed (phrases_hash); the post-hook drops the rows
-- of deleted events. `wirehouse build --full-refresh` rebuilds it anyway.
{{ per_event_incremental('stg_warehouse__events') }}
{%- set phrases_relation = ref('cumulative_toll_phrases') %}
{%- set exceptions_relation = ref('cumulative_toll_phrases_unless') %}

with seed_version as (
    select
        md5(
            coalesce(string_agg(
                phrases.phrase_key || '=' || phrases.pattern
                || '!' || coalesce(exceptions.unless_pattern, ''),
                '|' order by phrases.phrase_key
            ), '')
        ) as phrases_hash
    from {{ phrases_relation }} as phrases
    left join {{ exceptions_relation }} as exceptions
        on phrases.phrase_key = exceptions.phrase_key
),

events as (
    select
        event_id,
        article_id,
        sentence_start,
        sentence_end
    from {{ ref('stg_warehouse__events') }}
    {% if is_incremental() %}
        where event_id not in (
            select done.event_id
            from {{ this }} as done
            where done.phrases_hash = (select seed_version.phrases_hash from seed_version)
        )
    {% endif %}
),

sentences as (
    select
        events.event_id,
        substr(bodies.body, events.sentence_start + 1, events.sentence_end - events.sentence_start)
            as sentence_text
    from events
    inner join {{ ref('stg_warehouse__article_bodies') }} as bodies
        on events.article_id = bodies.article_id
)

select
    sentences.event_id,
    sentences.sentence_text,
    -- the keys of the phrasings the sentence matches, in key order; null when none
    {{ matched_toll_phrases(
        'sentences.sentence_text', phrases_relation, exceptions_relation
    ) }} as phrase_keys,
    seed_version.phrases_hash
from sentences
cross join seed_version
