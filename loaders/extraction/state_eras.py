"""Sides of states that have since ended, in news dated before their end: "Moscow said" and
"Russian troops" in a 1985 story are the Soviet Union's (SUN), "Czech police" in 1989
Czechoslovakia's (CSK). The table is ``successors`` in ``loaders/data/actors_history.yaml``;
places are left alone (a place keeps the country it lies in today)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from loaders.extraction.actors.yaml_files import DATA_DIR, read_yaml

HISTORY_FILE = DATA_DIR / "actors_history.yaml"
ROLES = ("actor", "target", "claimant")


@dataclass(frozen=True)
class Era:
    former: str  # the ended state's code ("SUN")
    name: str  # its name as an actor ("Soviet Union")
    until: dt.date  # the last day it stood


@lru_cache(maxsize=1)
def eras() -> dict[str, Era]:
    """Today's state code -> the era of the state it continues."""
    content = read_yaml(HISTORY_FILE)
    names = {
        entry["country"]: entry["name"]
        for entry in content.get("actors", [])
        if entry.get("kind") == "state" and entry.get("sector") == "GOV"
    }
    found: dict[str, Era] = {}
    for row in content.get("successors", []):
        era = Era(row["former"], names[row["former"]], row["until"])
        for code in row["today"]:
            found[code] = era
    return found


def as_of(ref: dict[str, Any] | None, published: dt.date | None) -> None:
    """Recode ``ref`` (an event's actor, target or claimant) to the state of its day."""
    if not ref or published is None:
        return
    era = eras().get(ref.get("country") or "")
    if era is None or published > era.until:
        return
    if ref.get("kind") == "state":
        ref["name"] = era.name
    ref["country"] = era.former


def event_as_of(event: dict[str, Any], published: dt.date | None) -> None:
    for role in ROLES:
        as_of(event.get(role), published)
