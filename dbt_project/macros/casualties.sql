{#- Casualty semantics, written once (README "Casualty figures").

    Per report (casualty_report_columns): low as extracted; best = the extracted best estimate,
    else low (UCDP's "best", conservative like ACLED); high = coalesce(high, best, low), so an
    open-ended count ("more than 10": no stated upper bound) has high = best and cannot make a
    sum of highs fall below the sum of lows; open_ended says the count had no upper bound.

    Roll-up (casualty_rollup): each incident counts once, whatever the number of outlets and
    claimants telling of it: its low is the lowest low, its best the median best (an actual
    report's figure), its high the highest high of the reports that count (asserted, with a
    plausible toll, not an echo of an earlier incident's toll: int_event_reports_with_incidents);
    the group's figures are the sums over
    its incidents. So low <= best <= high holds for every report, incident and group. -#}

{% macro casualty_report_columns(events, measures=('killed', 'injured')) -%}
    {%- for m in measures %}
    {{ events }}.{{ m }}_low,
    coalesce({{ events }}.{{ m }}_best, {{ events }}.{{ m }}_low) as {{ m }}_best,
    coalesce({{ events }}.{{ m }}_high, {{ events }}.{{ m }}_best, {{ events }}.{{ m }}_low)
        as {{ m }}_high,
    coalesce(
        {{ events }}.{{ m }}_open_ended,
        {{ events }}.{{ m }}_high is null and {{ events }}.{{ m }}_low is not null
    ) as {{ m }}_open_ended{{ "," if not loop.last }}
    {%- endfor %}
{%- endmacro %}

{#- A subquery: killed and injured figures of `reports` (one row per report, with incident_id,
    stance, is_plausible_toll and counts_toward_tolls: int_event_reports_with_incidents) summed
    over incidents, per `group_by` columns. Columns:
    <group_by>, <m>_low, <m>_best, <m>_high, <m>_open_ended_reports (counted reports whose
    count has no upper bound), counted_toll_reports, implausible_toll_reports. -#}
{% macro casualty_rollup(reports, group_by, measures=('killed', 'injured')) -%}
    {%- set keys = group_by | join(', ') %}
    with per_incident as (
        select
            {{ keys }},
            incident_id,
            {%- for m in measures %}
            min({{ m }}_low) filter (where counts_toward_tolls) as {{ m }}_low,
            quantile_disc({{ m }}_best, 0.5) filter (where counts_toward_tolls) as {{ m }}_best,
            max({{ m }}_high) filter (where counts_toward_tolls) as {{ m }}_high,
            count(*) filter (where counts_toward_tolls and {{ m }}_open_ended)
                as {{ m }}_open_ended_reports,
            {%- endfor %}
            count(*) filter (
                where counts_toward_tolls and killed_low is not null
            ) as counted_toll_reports,
            count(*) filter (where stance = 'assert' and not is_plausible_toll)
                as implausible_toll_reports
        from {{ reports }}
        group by {{ keys }}, incident_id
    )

    select
        {{ keys }},
        {%- for m in measures %}
        cast(sum({{ m }}_low) as bigint) as {{ m }}_low,
        cast(sum({{ m }}_best) as bigint) as {{ m }}_best,
        cast(sum({{ m }}_high) as bigint) as {{ m }}_high,
        cast(sum({{ m }}_open_ended_reports) as bigint) as {{ m }}_open_ended_reports,
        {%- endfor %}
        cast(sum(counted_toll_reports) as bigint) as counted_toll_reports,
        cast(sum(implausible_toll_reports) as bigint) as implausible_toll_reports
    from per_incident
    group by {{ keys }}
{%- endmacro %}

{#- The rolled-up casualty columns of `alias` (a casualty_rollup subquery joined by a mart),
    in the one order every mart shows them. -#}
{% macro casualty_rollup_columns(alias, measures=('killed', 'injured')) -%}
    {%- for m in measures %}
    {{ alias }}.{{ m }}_low,
    {{ alias }}.{{ m }}_best,
    {{ alias }}.{{ m }}_high,
    {{ alias }}.{{ m }}_open_ended_reports,
    {%- endfor %}
    {{ alias }}.implausible_toll_reports
{%- endmacro %}
