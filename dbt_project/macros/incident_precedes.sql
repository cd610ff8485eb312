{#- The earlier of two incidents, the one a repeated toll is counted in: first reported first,
    the lower id on the same day (int_event_reports_with_incidents: echoes and near echoes). -#}
{% macro incident_precedes(earlier, later) -%}
    (
        {{ earlier }}.incident_first_report_date < {{ later }}.incident_first_report_date
        or (
            {{ earlier }}.incident_first_report_date = {{ later }}.incident_first_report_date
            and {{ earlier }}.incident_id < {{ later }}.incident_id
        )
    )
{%- endmacro %}
