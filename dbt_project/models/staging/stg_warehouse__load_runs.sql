with source as (
    select * from {{ source('warehouse', 'load_runs') }}
)

select
    run_id,
    command as run_command,
    status as run_status,
    started_at,
    ended_at,
    loader_version,
    extractor_version,
    inputs as run_inputs,
    n_read as articles_read,
    n_new as articles_new,
    n_duplicate as articles_duplicate,
    n_rejected as inputs_rejected
from source
