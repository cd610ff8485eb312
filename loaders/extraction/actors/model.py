"""The actor record, its coded values and the error data files raise."""

from __future__ import annotations

from dataclasses import dataclass

from models.codes import ACTOR_KINDS, CAMEO_SECTORS

SECTORS = frozenset(CAMEO_SECTORS)
KINDS = frozenset(ACTOR_KINDS)
# A state's own organs: "Russian warplanes" is Russia acting, "Syrian rebels" is not Syria.
STATE_ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})

# The name a bare CAMEO noun resolves to, per sector (curated nouns carry their own names).
SECTOR_NAMES = {
    "GOV": "Government officials", "MIL": "Military forces", "REB": "Rebel groups",
    "OPP": "Opposition", "COP": "Police", "SPY": "Intelligence services", "JUD": "Judiciary",
    "LEG": "Legislators", "PTY": "Political parties", "CVL": "Civilians", "MED": "Media",
    "EDU": "Educators", "BUS": "Business", "NGO": "Non-governmental organisations",
    "IGO": "International organisations", "IMG": "International militant groups",
    "UAF": "Unaffiliated armed groups", "REF": "Refugees", "HLH": "Health workers",
    "ELI": "Elites", "RAD": "Radicals", "SEP": "Separatists", "INS": "Insurgents",
    "LAB": "Labour", "AGR": "Agriculture", "ENV": "Environmental groups", "CRM": "Criminals",
    "REL": "Religious figures",
}  # fmt: skip


@dataclass(frozen=True)
class Actor:
    name: str  # canonical: "Russia", "Islamic State", "Syrian Observatory for Human Rights"
    country: str | None  # ISO 3166-1 alpha-3 (or XKX, Kosovo), None for transnational groups
    sector: str | None  # CAMEO code from SECTORS
    kind: str  # "state" | "armed_group" | "monitor" | "agent" | "organisation" | "person"


class ActorDataError(ValueError):
    """A data file entry is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Agent:
    """A generic agent noun and the actor it denotes on its own."""

    actor: Actor
    standalone: bool  # False: only meaningful with an owner ("Russian strikes", not "strikes")
