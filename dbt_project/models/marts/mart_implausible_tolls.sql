-- The review list: every event report whose casualty figure is not credible for one event
-- (int_event_reports_toll_checked gives the rules), with the sentence it was read from, so an
-- analyst can see why it is left out of every sum and judge the rule. Incremental by event
-- (macros/touched_groups.sql): a build redoes the reports it wrote or deleted.
{%- set groups = {'event_id': '{r}.event_id'} %}
{{ per_group_incremental(groups) }}
select
    event_id,
    incident_id,
    article_id,
    published_date,
    outlet_name,
    claimant_label,
    stance,
    event_type,
    event_family,
    actor_name,
    target_group,
    place_name,
    report_date,
    killed_low,
    killed_best,
    killed_high,
    killed_open_ended,
    injured_low,
    injured_high,
    killed_ceiling,
    implausibility_reason,
    sentence_start,
    sentence_end,
    sentence_text
from ({{ group_reports(groups) }})
where not is_plausible_toll
