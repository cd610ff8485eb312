-- Actors and persons with the target group they fall in when they are on the receiving end.
-- This is the one place the grouping rule lives (documented in _int__models.yml and README).
with entities as (
    select * from {{ ref('stg_warehouse__entities') }}
    where entity_kind in ('actor', 'person')
),

outlet_names as (
    select distinct lower(source_name) as outlet_name
    from {{ ref('stg_warehouse__sources') }}
),

-- names that are also countries of the gazetteer ("Iraq" in "infiltrated from Iraq"): as a
-- target, the words cannot tell the state from the place
country_names as (
    select distinct lower(location_name) as country_name
    from {{ ref('stg_warehouse__locations') }}
    where location_precision = 'country'
),

grouped as (
    select
        entity_id,
        entity_name,
        entity_kind,
        country_iso3,
        sector,
        -- a group of actors the dictionary knows (kind actor, with a CAMEO sector), never a
        -- person, a place or unresolved text misread as a name, nor a news outlet
        entity_kind = 'actor'
        and sector is not null
        and lower(entity_name) not in (select outlet_names.outlet_name from outlet_names)
        and lower(entity_name) not in (select country_names.country_name from country_names)
            as is_actor_group,
        -- a state named like its country: a group of actors only when the words name its forces
        -- without the country's own name ("Syrian soldiers", "the regime"; int_event_reports)
        entity_kind = 'actor'
        and sector in {{ state_sectors() }}
        and lower(entity_name) in (select country_names.country_name from country_names)
            as is_state_named_like_its_country,
        case
            when entity_name in ('Islamic State', 'ISIS', 'ISIL', 'Daesh')
                then 'Islamic State'
            when entity_name ilike '%nusra%'
                then 'Nusra Front'
            -- generic pejoratives say nothing about which group was hit
            when lower(entity_name) in ('militants', 'jihadists', 'terrorists', 'extremists')
                then 'militants (unspecified)'
            -- Syrian or stateless insurgents; foreign armed groups (Hezbollah, PKK) keep their name
            when sector in ('REB', 'INS', 'SEP', 'RAD') and coalesce(country_iso3, 'SYR') = 'SYR'
                then 'rebel groups'
            when sector in ('CVL', 'REF', 'MED', 'EDU', 'HLH', 'NGO', 'REL', 'LAB', 'AGR', 'BUS', 'ENV')
                then 'civilians'
            when
                sector in {{ state_sectors() }}
                and country_iso3 = 'SYR'
                then 'Syrian government forces'
            -- bare "government forces", "soldiers", "police": a state's forces, the text says not whose
            when
                sector in {{ state_sectors() }}
                and country_iso3 is null
                then 'government forces (unspecified)'
            else entity_name
        end as target_group
    from entities
)

select
    *,
    -- what kind of party the target group is: a dispute needs two groups that cannot both be
    -- right (int_strike_target_claims)
    case
        when target_group = 'civilians' then 'civilians'
        when
            target_group in ('Islamic State', 'Nusra Front', 'rebel groups', 'militants (unspecified)')
            then 'armed groups'
        when sector in ('REB', 'INS', 'SEP', 'RAD', 'UAF', 'CRM', 'IMG') then 'armed groups'
        when sector in {{ state_sectors() }} then 'state forces'
        when sector = 'IGO' then 'international organisations'
        else 'other'
    end as target_group_kind,
    -- a generic group names no one in particular: it agrees with any group of its kind
    target_group in ('militants (unspecified)', 'government forces (unspecified)')
        as is_generic_target_group
from grouped
