-- Every day from the earliest to the latest date the warehouse knows (report or publication);
-- empty while the warehouse holds no dated row.
with known_dates as (
    select report_date as known_date from {{ ref('fct_event_reports') }}
    union all
    select published_date as known_date from {{ ref('stg_warehouse__articles') }}
),

bounds as (
    select
        min(known_date) as first_day,
        max(known_date) as last_day
    from known_dates
),

spine as (
    select cast(days.day_value as date) as date_day
    from bounds
    cross join
        generate_series(
            cast(bounds.first_day as timestamp), cast(bounds.last_day as timestamp), interval 1 day
        ) as days (day_value)
    where bounds.first_day is not null
)

select
    date_day,
    extract(year from date_day) as year_number,
    extract(month from date_day) as month_number,
    extract(day from date_day) as day_of_month,
    cast(date_trunc('month', date_day) as date) as month_start,
    cast(date_trunc('week', date_day) as date) as week_start,
    extract(isodow from date_day) as iso_day_of_week,
    dayname(date_day) as day_name
from spine
