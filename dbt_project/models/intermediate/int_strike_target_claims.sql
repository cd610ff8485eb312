-- Who claims which target for whose strikes: asserted strike-family reports with a named target
-- (not 'unspecified', nor the generic 'militants (unspecified)'),
-- one row per striking actor x claimed target group x claimant. The input of the dispute logic.
with reports as (
    select * from {{ ref('int_event_reports') }}
    where
        event_family = 'strike'
        and stance = 'assert'
        and target_group not in ('unspecified', 'militants (unspecified)')
        and actor_key != 'unknown'
)

select
    actor_name,
    target_group,
    claimant_label,
    count(*) as strike_reports,
    count(distinct article_id) as articles,
    min(report_date) as first_report_date,
    max(report_date) as last_report_date
from reports
group by actor_name, target_group, claimant_label
