"""Towns of one name in several countries (San Vicente, Santa Cruz, Songo, Tripoli, Valencia):
the story's own country decides which one a mention names, as a coder reads it.

The gazetteer gives one town a name (the most populous). When the story's voices of a state
(its government, army, police or media telling the story: "the Mozambican news agency said",
"a Salvadoran army spokesman said", a dateline filed there) all lie in other countries, and
exactly one of those countries has a town of that name, the mention is that town. Victims and
bystanders named by their nationality ("a Spanish priest", "Nepalese guards") say nothing of
where the story is set.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span

from loaders.extraction.doc_memo import remembered
from loaders.extraction.mentions import ACTOR_LABELS, actor_of, doc_ents, place_of
from loaders.extraction.place_datelines import dateline_place
from loaders.extraction.place_fallbacks import _cities, _read_fields, alpha2_to_alpha3, city_place
from loaders.extraction.places import Place, normalise

# sectors that speak or act for the state of the story's setting
STATE_VOICES = frozenset({"GOV", "MIL", "COP", "MED", "JUD", "SPY", "LEG"})
ARMED_SIDES = frozenset({"REB", "INS", "SEP", "UAF"})  # armed sides of a country's own
# A town this many times as populous as its namesake is the one the name means wherever the
# story's voices come from: "Damascus" in a story told by Washington is still Syria's capital
# (Damascus, Maryland has 1% of its people), as "Moscow" and "Geneva" are; Tripoli (Libya's is
# 6 times Lebanon's), Valencia or Santa Cruz are left to the story.
WORLD_CITY_RATIO = 8
# ... and a world city is a large one: a town of 20,000 people abroad (Williston, North
# Dakota) dwarfs a village, but the story's own village is what its voices mean.
WORLD_CITY_PEOPLE = 100_000


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
        if not _speaks(ent):
            continue  # "Israeli warplanes struck Gaza": a side acting, not the story's voice
        actor = actor_of(ent.text)
        if actor is not None and actor.country and actor.sector in STATE_VOICES:
            found.add(actor.country)
    filed = dateline_place(doc)
    if filed is not None and filed.country:
        found.add(filed.country)
    return frozenset(found)


SAYING = frozenset({"say", "tell", "report", "announce", "state", "confirm", "add", "claim"})


def _speaks(ent: Span) -> bool:
    """The span names who tells the story: the subject of a verb of saying ("a Salvadoran army
    spokesman said") or the source after "according to"."""
    root = ent.root
    while root.dep_ in ("compound", "amod") and root.head.i != root.i:
        root = root.head  # "the Mozambican [news agency]"
    if root.dep_ == "nsubj":
        return root.head.lemma_.lower() in SAYING
    return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according"


def in_story(doc: Doc, text: str, place: Place | None) -> Place | None:
    """The town of the story's country that bears the name, when the gazetteer's town lies
    elsewhere; the gazetteer's place otherwise. The story's voices and dateline decide first;
    when they name no country with such a town, the countries the story's other places and
    sides belong to do ("shelled Mitiga airport in Tripoli ... diverted to Misrata": Libya's)."""
    if place is None:
        return _small_town(doc, text)
    if place.precision != "city" or not place.country:
        return place
    towns = _with_small_towns(place, text)
    if len(towns) < 2:
        return place
    countries = story_countries(doc)
    if countries and place.country in countries:
        return place
    candidates = [
        country
        for country in sorted(countries)
        if country in towns and not _dwarfs(towns.get(place.country), towns[country])
    ]
    if len(candidates) == 1:
        return _town(towns[candidates[0]])
    if candidates:
        return place
    context = context_countries(doc)
    ranked = sorted(
        (context[c], c)
        for c in towns
        if context.get(c) and not _dwarfs(towns.get(place.country), towns[c])
    )
    if not ranked or context.get(place.country, 0) >= ranked[-1][0]:
        return place
    if len(ranked) > 1 and ranked[-2][0] == ranked[-1][0]:
        return place  # as many mentions of two namesakes' countries: the gazetteer's town
    return _town(towns[ranked[-1][1]])


def _with_small_towns(place: Place, text: str) -> dict[str, dict[str, Any]]:
    """Country -> the largest town of the name: GeoNames' larger towns, then the small towns
    of world/towns.tsv (a village of the story's country against a town abroad)."""
    from loaders.extraction.place_fallbacks import city_index
    from loaders.extraction.place_towns import towns_named

    towns = dict(namesakes().get(normalise(place.name)) or namesakes().get(normalise(text)) or {})
    if place.country not in towns and (big := city_index().get(normalise(place.name))):
        towns[place.country or ""] = big
    for country, town in towns_named(normalise(text)).items():
        towns.setdefault(country, town)
    return towns


def _town(town: dict[str, Any]) -> Place:
    """The Place of a larger town's GeoNames fields or of a small town's row."""
    from loaders.extraction.place_towns import town_place

    return city_place(town) if "countrycode" in town else town_place(town)


def _small_town(doc: Doc, text: str) -> Place | None:
    """A town under 15,000 people (``place_towns.small_town``): of the story's country, or
    one only one country's towns are named, where the text places it ("in Aguililla": the
    lookup's town span)."""
    from loaders.extraction.place_towns import small_town

    key = normalise(text)
    countries = story_countries(doc) | frozenset(context_countries(doc))
    placed = any(ent.ent_id_ == f"town:{key}" for ent in doc.ents)
    return small_town(key, text.strip(), countries, placed)


def _dwarfs(town: dict[str, Any] | None, namesake: dict[str, Any]) -> bool:
    """The gazetteer's town is a world city next to the namesake (WORLD_CITY_RATIO), and a
    large city in itself (WORLD_CITY_PEOPLE)."""
    if town is None or town is namesake or town["population"] < WORLD_CITY_PEOPLE:
        return False
    return town["population"] >= WORLD_CITY_RATIO * max(namesake["population"], 1)


def context_countries(doc: Doc) -> dict[str, int]:
    """How often the story names each country by its other places (not namesakes themselves)
    and by its named sides ("Hezbollah", "forces loyal to Khalifa Haftar"); not by a people's
    adjective ("Spanish nuns", "the Lebanese army"), which says whom as often as where."""
    return remembered(doc, "context_countries", lambda: _context_countries(doc))


def _context_countries(doc: Doc) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ent in doc_ents(doc):
        if ent.label_ == "NORP" or normalise(ent.text) in namesakes():
            continue  # "two Spanish nuns": a people's adjective names victims as often as sides
        found = place_of(ent.text) if ent.label_ in ("GPE", "LOC", "FAC", "PLACE") else None
        country = found.country if found is not None else None
        if country is None:
            actor = actor_of(ent.text)  # a side, never the people hit ("Spanish nuns")
            side = actor is not None and actor.sector in STATE_VOICES | ARMED_SIDES
            country = actor.country if side and actor is not None else None
        if country:
            counts[country] = counts.get(country, 0) + 1
    return counts


def story_place(doc: Doc, text: str) -> Place | None:
    """The place a mention names in this story (the gazetteer's, or its namesake)."""
    return in_story(doc, text, place_of(text))
