"""Resolution: the actor a mention denotes ("American warplanes", "a Kigali court", "Mossad").

Text is compared case- and whitespace-insensitively, with leading articles, dots in acronyms,
accents and a trailing possessive removed. In order (the first step that answers wins):
1. exact name or alias: curated YAML, countries and their capitals and seats, state
   institutions, international bodies, office holders ("Daesh", "Kyiv", "Mossad", "Olaf Scholz");
   also after a title ("President Joe Biden", "Mr Modi");
2. title and institution patterns: appositions ("Peter Otieno, the Kenyan president"), "X of Y"
   ("Interior Minister Ahmed Salem of Mauritania"), "X's Y" ("Taiwan's deputy foreign
   minister Lin Chia-wei"), owner + agent noun ("the Indonesian navy", "Russian warplanes"):
   a state's organ (GOV MIL COP SPY JUD LEG) is the state with the organ's sector, any other agent
   keeps its own name with the state's country ("Syrian rebels"), a named group's members are the
   group ("Hezbollah fighters"); a bare agent noun ("rebels") has no country;
3. demonyms and counted nationals ("two Ugandans", "a Tajik"): civilians of that country; "the
   Russians" is the state;
4. a known place as the agent's home ("Nairobi police", "Goma residents"): the gazetteer's
   country (capitals and seats are already names in 1).
Sponsorship is not ownership: "Iranian-backed militias", "pro-Iranian militias", "the Saudi-led
coalition" are not Iran's or Saudi Arabia's organs; the words after the patron word decide.
"""

from __future__ import annotations

import re

from loaders.extraction.actors import homes
from loaders.extraction.actors.agents import (
    ARMED_SECTORS,
    agent_noun,
    head_agent,
    named_actor,
    organ_first,
    owned,
    owner_named,
    speaks_for,
    titled_agent,
)
from loaders.extraction.actors.dictionary import load_dictionary
from loaders.extraction.actors.homes import home_of, people_of, placed
from loaders.extraction.actors.model import SECTOR_NAMES, STATE_ORGAN_SECTORS, Actor, Agent
from loaders.extraction.actors.resolve_words import (
    DESCRIPTORS,
    OFFICE_WORDS,
    PATRON_WORDS,
    SENT_OFFICES,
    TITLES,
)
from loaders.extraction.actors.text import COMMON_WORDS, normalise, surface
from loaders.extraction.actors.transliteration import same_person

MAX_MENTION_WORDS = 24  # longer text is no actor mention (resolution is cubic in words)


def _combination(words: list[str]) -> Actor | None:
    """Owner words + agent words, the longest owner first ("Saudi Arabian" before "Saudi").

    A common word that is also an alias ("coalition", "regime") is read as a noun after an
    owner: "Russian regime" is Russia's government, not Syria's.
    """
    book = load_dictionary()
    for cut in range(len(words) - 1, 0, -1):
        owner = owner_named(" ".join(words[:cut]))
        if owner is None:
            continue
        rest = words[cut:]
        if rest[0] in PATRON_WORDS:
            continue  # "Iranian-backed militias" are not Iran's
        if rest[0] == "city":
            continue  # "Benin City police" are Nigeria's (the city is no country's name)
        for start in range(len(rest)):
            key = " ".join(rest[start:])
            named = named_actor(key) if start == 0 and key not in book.generic else None
            if _foreign_organ(owner, named):  # "the Egyptian Republican Guard" is Egypt's
                return owned(owner, _as_agent(named))
            if _foreign_person(owner, named):  # "Jordan's King Abdullah"
                return Actor(owner.name, owner.country, named.sector, "state")
            if named is not None and named.kind != "agent":
                return named  # "Syrian Observatory" style names that start with an adjective
            agent = agent_noun(key)
            if agent is not None:
                agent = _armed_owner(rest[:start]) or agent  # "Serb rebel artillery": rebels'
                return owned(owner, organ_first(rest[:start], key, agent))
        if owner.kind == "organisation" and rest[-1] in OFFICE_WORDS:
            return owner  # "the UN human rights chief", "the EU foreign policy chief"
    return None


def _armed_owner(words: list[str]) -> Agent | None:
    """A non-state armed kind between a demonym and a state organ owns the organ: "Serb rebel
    artillery" is the rebels', not Serbia's army."""
    for word in words:
        agent = agent_noun(word)
        if agent is not None and agent.actor.sector in NON_STATE_ARMED:
            return agent
    return None


NON_STATE_ARMED = frozenset({"REB", "INS", "SEP"})  # not "paramilitary troops" (UAF)


def _untitled(words: list[str]) -> Actor | None:
    """A known name after titles: "president joe biden", "mr modi"."""
    start = 0
    while start < len(words) - 1 and words[start].rstrip(".") in TITLES:  # "Gen. Burhan"
        start += 1
        named = named_actor(" ".join(words[start:]))
        if named is not None and named.kind != "agent":
            return named
    return None


def _foreign_organ(owner: Actor, named: Actor | None) -> bool:
    """Another state's institution named after an owner's adjective: "Republican Guard" is
    Syria's and "State Security Service" Nigeria's, but "the Egyptian Republican Guard" and "the
    Georgian State Security Service" are Egypt's and Georgia's."""
    return (
        named is not None
        and owner.kind == "state"
        and named.kind == "state"
        and named.country != owner.country
        and named.sector in STATE_ORGAN_SECTORS
    )


def _foreign_person(owner: Actor, named: Actor | None) -> bool:
    return (
        named is not None
        and named.kind == "person"
        and owner.kind == "state"
        and named.country != owner.country
    )


def _as_agent(actor: Actor) -> Agent:
    sector = actor.sector or "GOV"
    return Agent(Actor(SECTOR_NAMES.get(sector, actor.name), None, sector, "agent"), True)


def _appositive(key: str) -> Actor | None:
    """ "Maria Oliveira, Brazil's deputy justice minister": the part that names a country."""
    found = [_resolve_key(normalise(part)) for part in key.split(",") if part.strip()]
    found = [actor for actor in found if actor is not None]
    with_country = [actor for actor in found if actor.country]
    return (with_country or found or [None])[0]


def _of_phrase(key: str, link: str = " of ") -> Actor | None:
    """ "interior minister ahmed salem of mauritania": Y's state owning the agent in X. Every
    link is tried from the last: "the speaker of Nigeria's House of Representatives" is
    Nigeria's (a split whose answer has a country wins)."""
    parts = key.split(link)
    for cut in range(1, len(parts) - 1):  # a whole name after the first link wins: "the army
        tail = normalise(link.join(parts[cut:]))  # of Democratic Republic of the Congo"
        if (named := named_actor(tail)) is not None and named.kind in ("state", "organisation"):
            return _of_split(link.join(parts[:cut]), tail, link)
    found = None
    for cut in range(len(parts) - 1, 0, -1):
        answer = _of_split(link.join(parts[:cut]), link.join(parts[cut:]), link)
        if answer is not None and answer.country:
            return answer
        found = found or answer
    return found


# "the Bank of Uganda", "the Bank of Ghana": a bank named after a state is its central bank.
STATE_BANKS = frozenset({"bank", "national bank", "reserve bank", "central bank"})


def _of_split(head: str, tail: str, link: str) -> Actor | None:
    tail = normalise(tail)  # "the army of the DRC"
    owner = _resolve_key(tail) or _acronym(tail)
    words = head.split()
    if link in (" to ", " for ") and words and words[-1].rstrip("s") in SENT_OFFICES:
        return None  # the destination of an envoy is not its owner
    if link == " in " and (own := _resolve_key(head)) and own.kind in ("organisation", "state"):
        return own  # "UN peacekeepers in Haiti", "AU troops in Somalia": where, not whose
    if owner is not None and owner.kind == "state" and link == " of " and head in STATE_BANKS:
        return Actor(owner.name, owner.country, "GOV", "state")
    agent = (agent_noun(head) or titled_agent(words)) if head else None
    if agent is None:
        return None
    if owner is not None and _followers(owner, agent):  # "forces loyal to Khalifa Haftar"
        return (
            home_of(owner.country, agent)
            if owner.sector in ("GOV", "MIL")
            else owner_side(owner, agent)
        )
    if owner is not None and speaks_for(owner, agent, head):
        return owner
    if owner is not None and owner.kind == "state":
        return owned(owner, agent)
    if owner is None and len(tail) > 3 and head_agent(words):  # "residents of Goma"
        from loaders.extraction.places import geocode

        place = geocode(tail)
        if place is not None and place.country and place.precision in ("city", "admin1"):
            return home_of(place.country, head_agent(words) or agent)
    # "victims of the army"; "a professor at Makerere University" (never "The Union of Idlib
    # Medical Relief": "X of <unknown words>" is a name, not a union)
    if agent.standalone and (owner is not None or (link == " at " and agent.actor.sector != "GOV")):
        return agent.actor
    return None


def _followers(owner: Actor, agent: Agent) -> bool:
    """ "Troops loyal to President Salva Kiir", "fighters of Riek Machar": armed men of a person
    fight for the person's side, not as the person."""
    return owner.kind == "person" and bool(owner.country) and agent.actor.sector in ARMED_SECTORS


def owner_side(owner: Actor, agent: Agent) -> Actor:
    """The armed men of a leader who holds no state office: his group's country and sector."""
    return Actor(agent.actor.name, owner.country, owner.sector, "agent")


# Words that tie an agent to its body or home; " at " ties a post ("a professor at ..."),
# " with ", " in " and " to " an office ("an official with Ethiopia's health ministry", "a senior
# official in the Afghan interior ministry", "an aide to the Ugandan president").
LINKS = (" of ", " for ", " at ", " with ", " in ", " to ")


def _possessive(key: str) -> Actor | None:
    owner_text, _, owned_text = key.partition("'s ")
    found = _resolve_key(owned_text)
    owner = _resolve_key(owner_text) or _acronym(owner_text)
    if found is not None and owner is not None and owner.kind == "state":
        if found.kind == "agent" and not found.country:  # "Uganda's inspector general of police"
            return owned(owner, _as_agent(found))
        if found.kind == "person" and found.country != owner.country:  # "Jordan's King Abdullah"
            return Actor(owner.name, owner.country, found.sector, "state")
    if found is not None and found.kind == "state" and owner is None and owner_text.strip():
        # "the African nation's border patrol": a generic organ of a state the words do not
        # name is no dictionary state's ("Border Patrol" is the US one only without an owner)
        return (agent_noun(owned_text) or _as_agent(found)).actor
    if found is not None and found.kind != "agent":
        return found
    agent = agent_noun(owned_text) or titled_agent(owned_text.split())
    if owner is not None and agent is not None:
        return owned(owner, agent)
    return found


def _sponsored(words: list[str]) -> Actor | None:
    """The words after a patron word: "FSA" is the FSA, but a common word that names one actor
    ("coalition" for the US-led one) is only that kind of thing: "the Saudi-led coalition"."""
    generic = next((w for w in words if w in load_dictionary().generic), None)
    found = _resolve_key(" ".join(words))
    if generic is not None and found is not None and found.kind != "agent":
        return Actor(generic.capitalize(), None, found.sector, "agent")
    return found


def _ethnic(words: list[str]) -> Actor | None:
    """The words after an ethnic demonym: "ethnic Serb forces", "ethnic Albanian gunmen" are
    armed men of that people, whose state the story's place says, not the demonym."""
    for cut in range(len(words) - 1, 0, -1):
        if owner_named(" ".join(words[:cut])) is not None:
            found = _resolve_key(" ".join(words[cut:]))
            if found is None or found.kind != "agent":
                return found
            armed = _armed_owner(words[cut:])  # "Serb rebel artillery": the rebels' arm
            sector = armed.actor.sector if armed is not None else found.sector
            return Actor(found.name, None, sector, "agent")
    return None


def _acronym(key: str) -> Actor | None:
    """ "the EU's foreign policy chief": an owner written in capitals (its case is lost here)."""
    if not key.isalpha() or len(key) > 5 or key in COMMON_WORDS:
        return None
    return load_dictionary().exact.get(key.upper())


def _titled_combination(words: list[str]) -> Actor | None:
    """Owner + agent, also as a title before a personal name ("Russian Defence Minister Sergei
    Shoigu")."""
    for end in range(len(words), 1, -1):
        combined = _combination(words[:end])
        if combined is not None:
            return combined
    return None


def _resolve_key(key: str) -> Actor | None:
    if not key:
        return None
    named = named_actor(key)
    if named is not None:
        return named
    words = key.split()
    if (words[0] == "ethnic" and len(words) > 2) or homes.people_noun_first(words):
        return _ethnic(words[1:] if words[0] == "ethnic" else words)  # a people, not a state
    untitled = _untitled(words)
    if untitled is not None:
        return untitled
    if "," in key:
        return _appositive(key)
    if any(link in key for link in (*LINKS, "'s ")):  # "Israeli army chief of staff Herzi
        titled = _titled_combination(words)  # Halevi", "the Guatemalan prosecutor's office"
        if titled is not None and titled.country:
            return titled
    linked = None  # an answer without a country waits for the possessive's
    for link in LINKS:  # "the army of the DRC", "a spokesman for Kenya's police"
        if link in key and (found := _of_phrase(key, link)) is not None:
            if found.country or "'s " not in key:
                return found
            linked = linked or found
    if "'s " in key:
        return _possessive(key) or linked
    agent = agent_noun(key)
    if agent is not None and agent.standalone:  # a curated phrase ("Iranian-backed militia")
        return agent.actor
    if words[0] == "pro" and len(words) > 2:  # "pro-Russian separatists": not Russia's
        for cut in range(len(words) - 1, 1, -1):
            if owner_named(" ".join(words[1:cut])) is not None:
                return _resolve_key(" ".join(words[cut:]))
    patron = next((i for i, word in enumerate(words[:-1]) if word in PATRON_WORDS), None)
    if patron is not None and patron > 0:
        return _sponsored(words[patron + 1 :])  # "Turkish-backed FSA" is the FSA
    lead = 0  # "senior israeli official", "eastern based libyan national army"
    while lead < len(words) - 1 and (
        words[lead] in DESCRIPTORS or (lead + 2 < len(words) and words[lead + 1] == "based")
    ):
        lead += 2 if words[lead + 1] == "based" else 1
    if lead:
        found = _resolve_key(" ".join(words[lead:]))
        if found is not None:
            return found
    combined = _titled_combination(words)
    if combined is not None:
        return combined
    agent = head_agent(words)
    if agent is not None and agent.standalone:
        return agent.actor
    return None


def _capital_owner(text: str) -> Actor | None:
    """An owner that is an acronym matched only in capitals ("WHO", "AU", "IS") before an agent
    noun: the case that normalised keys lose."""
    words = surface(text).split()
    owner = load_dictionary().exact.get(words[0]) if len(words) > 1 else None
    agent = head_agent(normalise(" ".join(words[1:])).split()) if owner is not None else None
    return owned(owner, agent) if owner is not None and agent is not None else None


# a counted mention ("a Pakistani", "two soldiers"), compiled once
_COUNTED = re.compile(r"^\s*(a|an|\d+|one|two|three|four|five|several|some)\s", re.IGNORECASE)


def resolve_actor(text: str) -> Actor | None:
    """The actor a mention denotes, or None when the dictionaries do not know it."""
    if not text or not text.strip():
        return None
    book = load_dictionary()
    exact = book.exact.get(surface(text))
    if exact is not None:
        return exact
    key = normalise(text)
    if key.count(" ") >= MAX_MENTION_WORDS:  # a mention, not a passage: keep the search bounded
        return None
    if _COUNTED.match(text):
        people = people_of(text)  # "a Pakistani" is a person, not the state
        if people is not None:
            return people
    found = _resolve_key(key)
    if found is None or (found.kind == "agent" and not found.country):
        found = _capital_owner(text) or found  # "a WHO official", "an AU peacekeeper"
    if found is None:
        found = people_of(text)
    if found is None or (found.kind == "agent" and not found.country):
        found = placed(text) or found
    if found is None and text[:1].isupper():
        found = same_person(text)  # "Moamer Kadhafi" is Muammar Gaddafi
    bare = homes.without_modifiers(text) if found is None or not found.country else None
    better = resolve_actor(bare) if bare else None  # "two Goma residents", "an innocent Afghan"
    return better if better is not None and better.country else found
