-- The incremental fact must hold exactly the rows a full rebuild would give (the row-hash merge
-- and the delete post-hook keep it so; `wirehouse build --full-refresh` rebuilds it anyway).
{% set compared = [
    'event_id', 'report_key', 'article_id', 'event_type', 'event_family', 'stance',
    'actor_name', 'target_name', 'target_group', 'place_name', 'report_date',
    'outlet_name', 'claimant_label', 'killed_low', 'killed_high'
] %}

with expected as (
    select {{ compared | join(', ') }} from {{ ref('int_event_reports') }}
),

actual as (
    select {{ compared | join(', ') }} from {{ ref('fct_event_reports') }}
),

missing as (
    select
        'missing from fct_event_reports' as problem,
        only_expected.*
    from (
        select * from expected
        except
        select * from actual
    ) as only_expected
),

extra as (
    select
        'stale in fct_event_reports' as problem,
        only_actual.*
    from (
        select * from actual
        except
        select * from expected
    ) as only_actual
)

select * from missing
union all
select * from extra
