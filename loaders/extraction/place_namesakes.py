"""Towns of one name in several countries (San Vicente, Santa Cruz, Songo, Tripoli, Valencia):
the story's own country decides which one a mention names, as a coder reads it.

The gazetteer gives one town a name (the most populous). When the story's voices of a state
(its government, army, police, media: "the Mozambican news agency said", "a Salvadoran army
spokesman", a dateline filed there) all lie in other countries, and exactly one of those
countries has a town of that name, the mention is that town. Victims and bystanders named by
their nationality ("a Spanish priest", "Nepalese guards") say nothing of where the story is set.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from loaders.extraction.doc_memo import remembered
from loaders.extraction.mentions import ACTOR_LABELS, actor_of, doc_ents, place_of
from loaders.extraction.place_datelines import dateline_place
from loaders.extraction.place_fallbacks import _cities, _read_fields, alpha2_to_alpha3, city_place
from loaders.extraction.places import Place, normalise

# sectors that speak or act for the state of the story's setting
STATE_VOICES = frozenset({"GOV", "MIL", "COP", "MED", "JUD", "SPY", "LEG"})


@lru_cache(maxsize=1)
def namesakes() -> dict[str, dict[str, dict[str, Any]]]:
    """Normalised names borne by towns of several countries -> country -> its largest town."""
    from loaders.extraction.compiled import cached

    def build() -> dict[str, dict[str, dict[str, Any]]]:
        codes = alpha2_to_alpha3()
        by_name: dict[str, dict[str, dict[str, Any]]] = {}
        for city in _cities():
            country = codes.get(city["countrycode"])
            if not country:
                continue
            towns = by_name.setdefault(normalise(city["name"]), {})
            known = towns.get(country)
            if known is None or city["population"] > known["population"]:
                towns[country] = _read_fields(city)
        return {name: towns for name, towns in by_name.items() if len(towns) > 1}

    return cached("geonames_namesakes", build)


def story_countries(doc: Doc) -> frozenset[str]:
    """The countries whose state organs or media tell the story, and where it was filed."""
    return remembered(doc, "story_countries", lambda: _story_countries(doc))


def _story_countries(doc: Doc) -> frozenset[str]:
    found = set()
    for ent in doc_ents(doc):
        if ent.label_ not in ACTOR_LABELS or ent.label_ == "GPE":
            continue
        actor = actor_of(ent.text)
        if actor is not None and actor.country and actor.sector in STATE_VOICES:
            found.add(actor.country)
    filed = dateline_place(doc)
    if filed is not None and filed.country:
        found.add(filed.country)
    return frozenset(found)


def in_story(doc: Doc, text: str, place: Place | None) -> Place | None:
    """The town of the story's country that bears the name, when the gazetteer's town lies
    elsewhere; the gazetteer's place otherwise."""
    if place is None or place.precision != "city" or not place.country:
        return place
    countries = story_countries(doc)
    if not countries or place.country in countries:
        return place
    towns = namesakes().get(normalise(place.name)) or namesakes().get(normalise(text))
    if not towns:
        return place
    candidates = [country for country in sorted(countries) if country in towns]
    return city_place(towns[candidates[0]]) if len(candidates) == 1 else place


def story_place(doc: Doc, text: str) -> Place | None:
    """The place a mention names in this story (the gazetteer's, or its namesake)."""
    return in_story(doc, text, place_of(text))
