"""States behind words: a country's name, or the capital it is governed from.

Read from the gazetteer (places) and the world countries table
(``loaders/data/world/countries.csv``: capital and seats of government), whatever the actor
dictionary lists: "Kenya says" and "Bogota insisted" are claims by those states.
"""

from __future__ import annotations

import csv
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from loaders.extraction.actors import Actor
from loaders.extraction.referents import actor_of, place_of

if TYPE_CHECKING:
    from spacy.tokens import Token

WORLD_COUNTRIES = Path(__file__).resolve().parent.parent / "data" / "world" / "countries.csv"


def country_state(text: str) -> Actor | None:
    """The state of a country the gazetteer knows by this name (whatever the actor dictionary)."""
    place = place_of(text)
    if place is None or place.precision != "country" or not place.country:
        return None
    return Actor(place.name, place.country, "GOV", "state")


@lru_cache(maxsize=1)
def _seats() -> dict[tuple[str, str], str]:
    """(ISO3, capital or seat of government, folded) -> the country's name (world data)."""
    seats: dict[tuple[str, str], str] = {}
    with WORLD_COUNTRIES.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            for city in [row.get("capital") or "", *(row.get("seats") or "").split("|")]:
                if city.strip():
                    seats[(row["iso3"], _fold(city))] = row["name"]
    return seats


def seats_of(country: str) -> list[str]:
    """The capital and seats of government of a country (world data), capital first."""
    with WORLD_COUNTRIES.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            if row["iso3"] == country:
                seats = [row.get("capital") or "", *(row.get("seats") or "").split("|")]
                return [city for city in seats if city.strip()]
    return []


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in text if not unicodedata.combining(char)).strip()


def capital_state(place: Any) -> Actor | None:
    """The state whose capital (or seat of government) a city is: "Moscow", "Caracas"."""
    if place is None or place.precision != "city" or not place.country:
        return None
    name = _seats().get((place.country, _fold(place.name)))
    return Actor(name, place.country, "GOV", "state") if name else None


def seat_state(head: Token) -> Actor | None:
    """The state a body is placed in by "in <capital or country>" ("the ministry in Moscow")."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for place in prep.children:
            owner = actor_of(place.text) if place.dep_ == "pobj" else None
            if owner is not None and owner.kind == "state" and owner.country:
                return owner
    return None
