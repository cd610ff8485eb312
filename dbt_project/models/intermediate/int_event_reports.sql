-- One row per extracted event, with every name a reader needs and the keys the incident
-- clustering uses. fct_event_reports materialises it incrementally.
-- Incremental (delete+insert on event_id): each row keeps `inputs_hash`, DuckDB's hash of
-- everything the joins gave it (the event, its article, outlet, claim, claimant, actor, target,
-- place and family rows). A build hashes every event's joined row again (a tenth of the cost of
-- writing the table) and redoes only the articles with an event that is new or whose hash
-- changed (a changed entity, say), or that lost one (the ordinal in report_key is per article:
-- content_hash is unique); events a reextraction deleted go in the post-hook.
{{ per_event_incremental('stg_warehouse__events') }}
{%- set redo_changed_only = is_incremental() and 'inputs_hash' in incremental_columns() %}
{#- A data-only build whose lookup tables are the ones the last build read: an event's joined
    row can change only with its own rows, which the loader never updates (it inserts them
    with ever larger keys, and a reextraction inserts an article's events again under new
    ids). So only the articles with an event above the last build's mark, or that lost one,
    are joined and hashed at all (macros/new_rows.sql, macros/data_only_build.sql). -#}
{%- set new_events_only = redo_changed_only
    and ['sources', 'entities', 'locations'] | reject('in', unchanged_tables()) | list | length == 0 %}
{%- set events_mark = new_row_mark('stg_warehouse__events') if new_events_only else none %}

with events as (
    select * from {{ ref('stg_warehouse__events') }}
    {%- if events_mark is not none %}
        where article_id in (
            select new_events.article_id
            from {{ ref('stg_warehouse__events') }} as new_events
            where new_events.event_id > {{ events_mark }}
            union
            select stored.article_id
            from {{ this }} as stored
            left join {{ ref('stg_warehouse__events') }} as current_events
                on stored.event_id = current_events.event_id
            where current_events.event_id is null
        )
    {%- endif %}
),

articles as (
    select * from {{ ref('stg_warehouse__articles') }}
),

sources as (
    select * from {{ ref('stg_warehouse__sources') }}
),

claims as (
    select * from {{ ref('stg_warehouse__claims') }}
),

actors as (
    select * from {{ ref('int_actor_target_groups') }}
),

claimants as (
    select * from {{ ref('stg_warehouse__entities') }}
),

locations as (
    select * from {{ ref('stg_warehouse__locations') }}
),

families as (
    select * from {{ ref('event_families') }}
),

-- outlets that are also actors of the dictionary (state news agencies: SANA, TASS are GOV)
outlet_actors as (
    select
        lower(entity_name) as name_key,
        min(country_iso3) as country_iso3,
        min(sector) as sector
    from {{ ref('stg_warehouse__entities') }}
    where entity_kind = 'actor'
    group by lower(entity_name)
),

joined as (
    select
        events.event_id,
        concat_ws(
            '|',
            articles.content_hash,
            events.event_type,
            cast(events.sentence_start as varchar),
            cast(coalesce(events.actor_start, -1) as varchar),
            cast(coalesce(events.target_start, -1) as varchar),
            cast(coalesce(events.location_start, -1) as varchar),
            cast(coalesce(claim.cue_start, -1) as varchar),
            events.stance
        ) as report_natural_key,
        events.article_id,
        events.claim_id,
        events.event_type,
        families.event_family,
        events.plover_category,
        events.plover_mode,
        events.acled_event_type,
        events.acled_sub_event_type,
        events.stance,
        events.actor_entity_id,
        -- An actor the resolver could not name ("they", "which") is unknown, its text kept apart.
        coalesce(actor.entity_name, '(unknown actor)') as actor_name,
        coalesce('entity:' || cast(events.actor_entity_id as varchar), 'unknown') as actor_key,
        actor.country_iso3 as actor_country_iso3,
        actor.sector as actor_sector,
        coalesce(actor.target_group_kind, 'unknown') as actor_kind,
        events.actor_text,
        events.target_entity_id,
        coalesce(target.entity_name, events.target_text) as target_name,
        coalesce(target.target_group, 'unspecified') as target_group,
        coalesce(target.target_group_kind, 'unspecified') as target_group_kind,
        coalesce(target.is_generic_target_group, false) as is_generic_target_group,
        -- a state named like its country is a target group when the words name its forces
        -- ("Syrian soldiers", "the regime"), never when they hold the country's name ("Syria",
        -- "Syria's", "IS Syria stronghold"): the place reading
        -- (the pattern is built per row, so it is matched only where it decides)
        coalesce(
            target.is_actor_group
            or case
                when target.is_state_named_like_its_country
                    then not regexp_matches(
                        lower(events.target_text), '\b' || lower(target.entity_name) || '(''?s)?\b'
                    )
            end,
            false
        ) as target_is_actor_group,
        target.sector as target_sector,
        events.target_text,
        events.location_id,
        coalesce(place.location_name, events.location_text) as place_name,
        place.admin1,
        place.country_iso3 as place_country_iso3,
        coalesce(
            place.location_precision, case when events.location_text is not null then 'unresolved' end
        ) as location_precision,
        place.latitude,
        place.longitude,
        events.location_text,
        case
            when place.admin1 is not null then 'admin1:' || lower(place.admin1)
            when coalesce(place.location_name, events.location_text) is not null
                then 'place:' || lower(trim(coalesce(place.location_name, events.location_text)))
            else 'unplaced'
        end as area_key,
        case
            when place.location_precision in ('site', 'city') then events.location_id
        end as site_location_id,
        -- no place, or only a country: compatible with any place of that time (disputes)
        coalesce(
            place.location_precision = 'country',
            events.location_id is null and events.location_text is null
        ) as is_place_vague,
        events.event_date,
        events.date_precision,
        events.date_text,
        articles.published_date,
        case
            when events.event_date is not null and coalesce(events.date_precision, 'day') = 'day'
                then events.event_date
            else coalesce(articles.published_date, events.event_date)
        end as report_date,
        articles.source_id as outlet_source_id,
        coalesce(outlet.source_name, wire.source_name, '(unknown outlet)') as outlet_name,
        articles.wire_source_id,
        wire.source_name as wire_name,
        case when events.claim_id is null then 'writer' else 'quoted' end as claimant_role,
        claim.claimant_entity_id,
        claim.claim_start,
        claim.claim_end,
        -- an actor speaks: the outlet or agency in its own voice, or a claimant the dictionary
        -- resolved (a sector), never unresolved words ("Date of publication...", "the source")
        case
            when events.claim_id is null
                then coalesce(wire.source_name, outlet.source_name) is not null
            else claimant.sector is not null
        end as claimant_is_actor,
        -- the striking party's own account: the actor itself, its state's organs (Moscow, the
        -- General Staff, the defence ministry for Russia's forces), or its state's news agency
        -- in its own voice
        coalesce(
            claim.claimant_entity_id = events.actor_entity_id
            or actor.sector in {{ state_sectors() }}
            and coalesce(claimant.country_iso3, outlet_actor.country_iso3) = actor.country_iso3
            and coalesce(
                case when events.claim_id is not null then claimant.sector end,
                case when events.claim_id is null then outlet_actor.sector end
            ) in {{ state_sectors() }},
            false
        ) as claimant_speaks_for_actor,
        case
            when events.claim_id is null
                then coalesce(wire.source_name, outlet.source_name, '(unknown source)')
            -- a claim with no speaker ("were reported killed", "is believed to"): named so,
            -- never a blank label an analyst cannot tell from a missing one
            else coalesce(
                claimant.entity_name, nullif(trim(claim.claimant_text), ''), '(unnamed source)'
            )
        end as claimant_name,
        -- low, best, high and open-ended, by the one casualty rule (macros/casualties.sql)
        {{ casualty_report_columns('events') }},
        events.sentence_start,
        events.sentence_end,
        events.confidence,
        events.extractor_version
    from events
    inner join articles on events.article_id = articles.article_id
    left join families on events.event_type = families.event_type
    left join actors as actor on events.actor_entity_id = actor.entity_id
    left join actors as target on events.target_entity_id = target.entity_id
    left join locations as place on events.location_id = place.location_id
    left join sources as outlet on articles.source_id = outlet.source_id
    left join sources as wire on articles.wire_source_id = wire.source_id
    left join claims as claim on events.claim_id = claim.claim_id
    left join claimants as claimant on claim.claimant_entity_id = claimant.entity_id
    -- only in the writer's own voice; one equality, so a hash join (with the condition on
    -- claim_id beside it DuckDB chose a nested loop: a third of the model's time)
    left join outlet_actors as outlet_actor
        on
            case
                when events.claim_id is null then lower(coalesce(wire.source_name, outlet.source_name))
            end
            = outlet_actor.name_key
),

hashed as (
    select
        *,
        hash(joined) as inputs_hash
    from joined
),

-- the events of the articles with an event that is new or changed, or that lost one
redone as (
    select * from hashed
    {%- if redo_changed_only and events_mark is none %}
        where article_id in (
            select fresh.article_id
            from hashed as fresh
            left join {{ this }} as stored
                on fresh.event_id = stored.event_id and fresh.inputs_hash = stored.inputs_hash
            where stored.event_id is null
            union
            select stored.article_id
            from {{ this }} as stored
            left join events on stored.event_id = events.event_id
            where events.event_id is null
        )
    {% endif %}
)

select
    -- An extractor may report the same event twice in one sentence: the ordinal keeps keys unique.
    md5(
        report_natural_key || '|' || cast(
            row_number() over (partition by report_natural_key order by event_id) as varchar
        )
    ) as report_key,
    * exclude (report_natural_key),
    -- The writer's own voice is credited to the wire agency (else the outlet), labelled so.
    case
        when claimant_role = 'writer' and claimant_name = '(unknown source)'
            then 'the writer (source unknown)'
        when claimant_role = 'writer' then claimant_name || ' (writer)'
        else claimant_name
    end as claimant_label
from redone
