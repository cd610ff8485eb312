-- Every event report with its toll check and its incident: the one place the reports meet the
-- clustering, read by fct_event_reports and every mart (none repeats the join). A table: the
-- marts and their tests read it many times.
{{ config(materialized='table') }}

with reports as (
    select * from {{ ref('int_event_reports_toll_checked') }}
),

clusters as (
    select * from {{ ref('int_event_reports_clustered') }}
)

select
    reports.*,
    clusters.incident_id,
    clusters.anchor_event_id,
    clusters.incident_report_number
from reports
inner join clusters on reports.event_id = clusters.event_id
