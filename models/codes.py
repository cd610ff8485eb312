"""Every coded value of the warehouse, in one place.

The SQLAlchemy CHECK constraints (models/), the dbt ``accepted_code`` tests (through the var
``codes`` that ``python -m models.derive`` writes into dbt_project.yml), the extraction
contract and the README's coded-value table are derived from these tuples; tests fail when a
derived copy drifts. Event types and their families come from ``loaders/data/event_types.csv``
(the extraction rules' own table), read here so that the rest of the project reads them from
one module.
"""

from __future__ import annotations

import csv
from pathlib import Path

EVENT_TYPES_FILE = Path(__file__).resolve().parent.parent / "loaders" / "data" / "event_types.csv"

# load_runs.status: a run left `running` by a killed process is marked `interrupted`.
RUN_STATUSES = ("running", "succeeded", "partial", "failed", "interrupted")
RUN_COMMANDS = ("load", "reextract")
SOURCE_KINDS = ("outlet", "wire_agency", "monitor", "government", "unknown")
ENTITY_KINDS = ("actor", "place", "person")
# The entity kinds that act, claim or are targeted (marts of actors leave places out).
ACTOR_ENTITY_KINDS = tuple(kind for kind in ENTITY_KINDS if kind != "place")
# What the extraction says an actor is (ActorRef.kind); entities keep only actor | person.
ACTOR_KINDS = ("state", "armed_group", "monitor", "agent", "organisation", "person")
# claims.stance: who says and who denies.
CLAIM_STANCES = ("assert", "deny")
# events.stance: marts count only `assert` as events that happened (see README).
EVENT_STANCES = ("assert", "deny", "threaten", "plan", "demand", "hypothetical", "rumour")
DATE_PRECISIONS = ("day", "week", "month", "year")
LOCATION_PRECISIONS = ("site", "city", "admin1", "country", "unresolved")
TOLL_KINDS = ("running_total", "periodic", "historical", "disease", "disaster", "generic")
# CAMEO agent codes (entities.sector).
CAMEO_SECTORS = (
    "GOV", "MIL", "REB", "OPP", "COP", "SPY", "JUD", "LEG", "PTY", "CVL", "MED", "EDU", "BUS",
    "NGO", "IGO", "IMG", "UAF", "REF", "HLH", "ELI", "RAD", "SEP", "INS", "LAB", "AGR", "ENV",
    "CRM", "REL",
)  # fmt: skip
# Marts: whose voice reports an event (a quoted claimant or the writer).
CLAIMANT_ROLES = ("quoted", "writer")


def _event_type_rows() -> list[dict[str, str]]:
    with EVENT_TYPES_FILE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


EVENT_FAMILY_OF: dict[str, str] = {row["type"]: row["family"] for row in _event_type_rows()}
EVENT_TYPES = tuple(EVENT_FAMILY_OF)
EVENT_FAMILIES = tuple(dict.fromkeys(EVENT_FAMILY_OF.values()))

# Every code set by the name the dbt tests and the README use (the tuple's name, lower case).
CODE_SETS: dict[str, tuple[str, ...]] = {
    "run_statuses": RUN_STATUSES,
    "run_commands": RUN_COMMANDS,
    "source_kinds": SOURCE_KINDS,
    "entity_kinds": ENTITY_KINDS,
    "actor_entity_kinds": ACTOR_ENTITY_KINDS,
    "actor_kinds": ACTOR_KINDS,
    "claim_stances": CLAIM_STANCES,
    "event_stances": EVENT_STANCES,
    "date_precisions": DATE_PRECISIONS,
    "location_precisions": LOCATION_PRECISIONS,
    "toll_kinds": TOLL_KINDS,
    "cameo_sectors": CAMEO_SECTORS,
    "claimant_roles": CLAIMANT_ROLES,
    "event_types": EVENT_TYPES,
    "event_families": EVENT_FAMILIES,
}
