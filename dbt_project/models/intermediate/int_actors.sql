-- Actors and persons with the target group they fall in when they are on the receiving end.
-- This is the one place the grouping rule lives (documented in _int__models.yml and README).
with entities as (
    select * from {{ ref('stg_warehouse__entities') }}
    where entity_kind in ('actor', 'person')
)

select
    entity_id,
    entity_name,
    entity_kind,
    country_iso3,
    sector,
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
            sector in ('GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG', 'PTY', 'ELI')
            and country_iso3 = 'SYR'
            then 'Syrian government forces'
        -- bare "government forces", "soldiers", "police": a state's forces, the text says not whose
        when
            sector in ('GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG', 'PTY', 'ELI')
            and country_iso3 is null
            then 'government forces (unspecified)'
        else entity_name
    end as target_group
from entities
