-- Warns (never fails) of asserted violent reports whose doer is a body that reports, heals or
-- suffers violence and does not wage it: an outlet, a monitor or rights group, an aid or health
-- body, civilians or refugees (CAMEO sectors MED, NGO, HLH, CVL, REF). Each is an extraction
-- misreading, nearly always the claimant taken for the actor ("the Observatory said shelling
-- hit ..."): the audit of the marts on FA-KES found 56 such reports (README, "Audit of the
-- marts on whole corpora"); since session 12 the extractor drops outlets, monitors, aid and
-- health bodies as doers (events/reporters.py), and 2 remain on FA-KES (civilians and
-- refugees misread as doers). Read them in this test's failures (`dbt test --store-failures`).
{{ config(severity='warn') }}

select
    event_id,
    article_id,
    event_type,
    actor_name,
    actor_sector,
    claimant_label
from {{ ref('fct_event_reports') }}
where
    stance = 'assert'
    and actor_sector in ('MED', 'NGO', 'HLH', 'CVL', 'REF')
