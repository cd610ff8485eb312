"""Homes and nationals: "two Ugandans" (civilians of Uganda), "Nairobi police" (Kenya's police),
"Goma residents", "a Benghazi-based militia": a place or a people names the agent's country."""

from __future__ import annotations

import re

from loaders.extraction.actors.agents import agent_noun, head_agent, named_actor, owned
from loaders.extraction.actors.dictionary import load_dictionary
from loaders.extraction.actors.model import Actor, Agent
from loaders.extraction.actors.text import COMMON_WORDS, normalise, surface
from loaders.extraction.word_sets import words as _words

QUANTIFIERS = _words(
    """a an one two three four five six seven eight nine ten eleven twelve dozen dozens several
    some many few hundreds thousands scores of other more fellow young"""
)


# Adjectives that name a side, a regime or its level, not a place, though small towns bear some
# of them ("Federal" in Argentina, "Imperial" in Peru, "Central", "Liberal"): "Federal troops"
# (Nigeria's, Yugoslavia's, Mexico's) are the setting's state forces, no Argentine ones.
SIDE_ADJECTIVES = _words(
    """federal imperial central liberal national royal republican popular revolutionary
    democratic patriotic regular colonial allied loyalist nationalist communist union provincial
    presidential royalist conservative state government interim transitional"""
)

# A faith's adjectives, which towns bear too ("Roman" in Romania): "three Roman Catholics" are
# civilians of no town's country (session 13, older decades)
FAITH_ADJECTIVES = _words("roman orthodox anglican evangelical episcopal")

# A division's word after its name: "Guerrero state police" are the police of Guerrero state.
ADMIN_WORDS = _words("state province region county district department governorate oblast")

# Patterns compiled once (asked of every new phrase)
_THE_BEFORE = re.compile(r"^\s*the\s+", re.IGNORECASE)
_DEFINITE = re.compile(r"^\s*the\s", re.IGNORECASE)
_INDEFINITE = re.compile(r"^\s*(a|an)\s")
_BASED = re.compile(r"(?:an?\s+|the\s+)?(.+?)-based\s+(.+)", re.IGNORECASE)
_IN_OR_FROM = re.compile(r"(.+?)\s+(?:in|from)\s+((?:the\s+)?[A-Z].*)")


def people_of(text: str) -> Actor | None:
    """ "two Ugandans", "a Tajik": civilians of the country; "the Russians": the state."""
    words = normalise(_THE_BEFORE.sub("", text)).split()
    definite = _DEFINITE.match(text) is not None
    counted = bool(words) and words[0] in QUANTIFIERS or bool(_INDEFINITE.match(text))
    while words and (words[0] in QUANTIFIERS or words[0].isdigit()):
        words = words[1:]
    state = load_dictionary().people.get(" ".join(words))
    if state is None:
        return _region_people(words)
    if definite and not counted:
        return state
    return Actor("Civilians", state.country, "CVL", "agent")


# words before a people's noun that leave it a people ("minority Rohingyas", "ethnic Uyghurs")
PEOPLE_MODIFIERS = _words("ethnic minority local")


def _region_people(words: list[str]) -> Actor | None:
    """ "minority Rohingyas", "three Chechens": the people of a region (regions.csv demonyms)
    are civilians of the region's country."""
    from loaders.extraction.places import region_of_people

    while words and words[0] in PEOPLE_MODIFIERS:
        words = words[1:]
    region = region_of_people(" ".join(words)) if words else None
    if region is None or not region.country:
        return None
    return Actor("Civilians", region.country, "CVL", "agent")


def placed(text: str) -> Actor | None:
    """ "Nairobi police", "Goma residents", "Darfuri refugees": a capitalised place name (or the
    name of a region's people) before an agent noun, or after it with "in"/"from"."""
    from loaders.extraction.places import geocode, region_of_people

    based = _BASED.fullmatch(surface(text))
    if based is not None:  # "a Benghazi-based militia" is a militia in Benghazi
        return placed(f"{based.group(2)} in {based.group(1)}")
    words = surface(text).split()
    after = _IN_OR_FROM.fullmatch(surface(text))
    if after is not None:  # "a police spokesman in Nairobi", "a doctor from Aleppo"
        agent_words = normalise(after.group(1)).split()
        agent = agent_noun(" ".join(agent_words)) or head_agent(agent_words)
        place = geocode(after.group(2))
        if agent is not None and place is not None and place.country:
            return home_of(place.country, agent)
    for cut in range(len(words) - 1, 0, -1):
        place_words = words[:cut]
        last = place_words[-1]
        admin = len(place_words) > 1 and last in ADMIN_WORDS
        if not (place_words[0][:1].isupper() and (last[:1].isupper() or admin)):
            continue  # "Rio de Janeiro police", "Guerrero state police"; lower case is no place
        agent_words = normalise(" ".join(words[cut:])).split()
        agent = agent_noun(" ".join(agent_words)) or head_agent(agent_words)
        if agent is None:
            continue
        agent = armed_kind_before(agent_words, agent) or agent  # "Abkhaz separatist forces"
        name = " ".join(place_words)
        if len(place_words) == 1 and normalise(name) in SIDE_ADJECTIVES | FAITH_ADJECTIVES:
            continue  # "Federal troops": a side, not the town of Federal
        place = geocode(name) or region_of_people(name)
        country = place.country if place is not None else _seat_country(name)
        if not country:
            continue
        return home_of(country, agent)
    return None


NON_STATE_KINDS = frozenset({"REB", "INS", "SEP"})


def armed_kind_before(words: list[str], agent: Agent) -> Agent | None:
    """A non-state armed kind before a state organ's noun owns it: "separatist forces" of a
    region are separatists, not the state's army."""
    if agent.actor.sector not in ("MIL", "COP"):
        return None
    for word in words[:-1]:
        kind = agent_noun(word)
        if kind is not None and kind.actor.sector in NON_STATE_KINDS:
            return kind
    return None


def _seat_country(name: str) -> str | None:
    """A capital or seat the gazetteer lacks ("Cape Town police"); short one-word names stay
    out ("Male nurses" are no Maldives' nurses)."""
    key = normalise(name)
    if len(key) <= 4 or key in COMMON_WORDS:
        return None
    seat = named_actor(key)
    if seat is not None and seat.kind == "state":
        return seat.country
    from loaders.extraction.place_towns import small_town

    # a small town only one country's towns are named ("Bentiu residents"), as a home is placed
    town = small_town(key, name, frozenset(), placed=True)
    return town.country if town is not None else None


def home_of(country: str, agent: Agent) -> Actor:
    """An agent at home in a country: the state's organ, else the agent with that country."""
    state = load_dictionary().states.get(country)
    if state is not None:
        return owned(state, agent)
    return Actor(agent.actor.name, country, agent.actor.sector, agent.actor.kind)


# Words before a named home or people that say how many or what kind, not whose: "two Goma
# residents", "an innocent Afghan girl", "several Oromo protesters".
LEADING_MODIFIERS = QUANTIFIERS | _words(
    """the innocent unarmed armed suspected alleged elderly angry masked unidentified unknown
    hundreds thousands dozens scores senior local former"""
)


def without_modifiers(text: str) -> str | None:
    """The mention from its first capitalised word, when only counts and modifiers come before
    it and a word follows it; else None."""
    words = surface(text).split()
    lead = 0
    while lead < len(words) - 1 and (
        normalise(words[lead]) in LEADING_MODIFIERS or words[lead].isdigit()
    ):
        lead += 1
    if lead == 0 or lead >= len(words) - 1 or not words[lead][:1].isupper():
        return None
    return " ".join(words[lead:])


# A people's own noun used before a force ("Serb gunners", "Croat tanks"), where the state has an
# adjective of its own (Serbian, Croatian): the armed men of a people living across borders, whose
# side the story's place says (the Serbs of Bosnia or Croatia fought for their own statelets), as
# "ethnic Albanian gunmen" (README "Countries of sides").
PEOPLE_NOUNS = _words("serb serbs croat croats")


def people_noun_first(words: list[str]) -> bool:
    """ "serb rebel artillery": the phrase opens with a people's noun and names more after it."""
    return len(words) > 1 and words[0] in PEOPLE_NOUNS
