-- Assigns every event report to an incident. The rule (README, "Incidents"):
--   1. block: same event family, same actor, same area (admin1, else the place name, else unplaced);
--      a report with an unknown actor and no place stands alone;
--   2. time window: within a block, ordered by report date, a report opens a new window when it
--      falls more than `incident_window_days` after the first report of the current window
--      (windows are anchored on their first report, so an incident never spans more than the
--      window, however many daily reports follow); a report without any date stands alone;
--   3. target and site: inside a window, reports split by target entity and by site/city
--      location; a report whose target (or site) is unspecified joins the only target (site)
--      of its window, and stays in an "unspecified" incident of its own when there are several.
-- incident_id is the md5 of the report_key of the incident's first report.
--
-- Incremental (delete+insert on event_id): blocks never share a report and a window depends
-- only on the dates before it, so a build redoes only the windows that new, changed or deleted
-- reports touch (macros/rewalked_windows.sql): in each touched block, from the window holding
-- its first changed date up to the first window the new walk shares with the stored one after
-- its last changed date. The inputs of the rule are kept beside the result to find the changes;
-- the post-hook drops the rows of deleted reports. A table built before these columns existed
-- is redone whole once.
{%- set window_days = var('incident_window_days') | int %}
{{ per_event_incremental('int_event_reports') }}
{%- set rewalk = is_incremental() and 'window_start' in incremental_columns() %}

with reports as (
    select
        event_id,
        report_key,
        -- a report with neither actor nor place is too vague to match another: it stands alone
        case
            when actor_key = 'unknown' and area_key = 'unplaced' then 'vague|' || report_key
            else concat_ws('|', event_family, actor_key, area_key)
        end as block_key,
        target_entity_id,
        site_location_id,
        report_date
    from {{ ref('int_event_reports') }}
),

{% if rewalk %}
    {{ rewalked_windows('reports', this, window_days) }},
{% else %}
    -- Window starts per block (macros/anchored_windows.sql).
    windows as (
        {{ anchored_windows('reports', window_days) }}
    ),

    scoped as (
        select * from reports
    ),
{% endif %}

placed as (
    select
        scoped.*,
        windows.window_start,
        -- a report without any date stands alone
        coalesce(
            cast(windows.window_start as varchar), 'undated:' || scoped.report_key
        ) as window_key
    from scoped
    -- a dated report's window is its block's last one starting on or before its date (windows
    -- never overlap and cover every reported day: anchored_windows; a rewalk's cover the
    -- dates it redoes): an as-of join, not a range join pairing each report with every window
    -- of its block
    asof left join windows
        on
            scoped.block_key = windows.block_key
            and scoped.report_date >= windows.window_start
),

windowed as (
    select
        *,
        count(distinct target_entity_id) over window_reports as window_targets,
        min(target_entity_id) over window_reports as window_only_target,
        count(distinct site_location_id) over window_reports as window_sites,
        min(site_location_id) over window_reports as window_only_site
    from placed
    window window_reports as (partition by block_key, window_key)
),

slotted as (
    select
        *,
        coalesce(
            target_entity_id, case when window_targets = 1 then window_only_target end, -1
        ) as target_slot,
        coalesce(
            site_location_id, case when window_sites = 1 then window_only_site end, -1
        ) as site_slot
    from windowed
),

anchored as (
    select
        *,
        first_value(report_key) over incident_reports as anchor_report_key,
        first_value(event_id) over incident_reports as anchor_event_id
    from slotted
    window incident_reports as (
        partition by block_key, window_key, target_slot, site_slot
        order by report_date asc nulls last, report_key asc
        rows between unbounded preceding and unbounded following
    )
),

{%- set columns = ['incident_id', 'anchor_event_id', 'block_key', 'window_start', 'report_date',
    'report_key', 'target_entity_id', 'site_location_id'] %}

clustered as (
    select
        event_id,
        md5('incident|' || anchor_report_key) as incident_id,
        anchor_event_id,
        -- the rule's inputs and the window, kept to find what a later build must redo
        block_key,
        window_start,
        report_date,
        report_key,
        target_entity_id,
        site_location_id
    from anchored
)

select * from clustered
{%- if rewalk %}
    -- of the redone windows' reports (most of a dense block's), the ones whose row differs from
    -- the stored: the rest are stored as they are, so delete+insert, the tests and the file need
    -- not write or read them again
    where not exists (
        select 1
        from {{ this }} as stored
        where
            stored.event_id = clustered.event_id
            and (stored.{{ columns | join(', stored.') }})
            is not distinct from (clustered.{{ columns | join(', clustered.') }})
    )
{%- endif %}
