"""Agent nouns and offices: the lookups resolution builds on ("army spokesman", "a police
general", "the Indonesian navy").

A state's organ (GOV MIL COP SPY JUD LEG) is the state acting in that sector; any other agent
keeps its own name with the state's country. A body named before a generic office or rank
decides its sector ("a hospital official" HLH, "a police general" COP, "a cartel boss" CRM); a
minister is always the government's.
"""

from __future__ import annotations

from loaders.extraction.actors.dictionary import load_dictionary
from loaders.extraction.actors.model import STATE_ORGAN_SECTORS, Actor, Agent
from loaders.extraction.actors.text import plural, singulars, spellings


def agent_noun(key: str) -> Agent | None:
    agents = load_dictionary().agents
    for spelt in (key, *spellings(key)):  # "protestors" is "protesters"
        if spelt in agents:
            return agents[spelt]
        for candidate in singulars(spelt):
            if candidate in agents:
                return agents[candidate]
    return None


def named_actor(key: str) -> Actor | None:
    names = load_dictionary().names
    if key in names:
        return names[key]
    for candidate in singulars(key):
        if candidate in names:
            return names[candidate]
    return group_in_singular(key)


def group_in_singular(key: str) -> Actor | None:
    """A group named in the plural, written in the singular before a noun: "Tamil Tiger
    suicide bombers" are the Tamil Tigers'. Names of two words or more only ("Tiger" alone is
    no group)."""
    if " " not in key:
        return None
    found = load_dictionary().names.get(plural(key))
    return found if found is not None and found.kind == "armed_group" else None


def owned(owner: Actor, agent: Agent) -> Actor:
    """An owner's agent: a state's organ is the state; anything else keeps its own name."""
    if owner.kind != "state" or owner.sector not in STATE_ORGAN_SECTORS:
        return owner  # "Hezbollah fighters" are Hezbollah
    sector = agent.actor.sector
    if sector == "GOV" and owner.sector != "GOV":  # "the Israeli army's chief of staff" is MIL
        return owner
    if sector in STATE_ORGAN_SECTORS:
        return Actor(owner.name, owner.country, sector, "state")
    return Actor(agent.actor.name, owner.country, sector, "agent")


def owner_named(key: str) -> Actor | None:
    book = load_dictionary()
    key = key[:-2] if key.endswith("'s") else key  # "uganda's inspector general of police"
    if key in book.owners:
        return book.owners[key]
    if key in book.not_owners:
        return None
    return book.names.get(key) or group_in_singular(key)


# The generic armed man ("gunmen", "militants"): a body named before him decides who he is.
ARMED_MAN = "Militants"
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "CRM", "SEP", "UAF", "REB"})


# Ranks and generic posts that any body has: the body before them says whose they are ("a
# police general" COP, "a militia commander" UAF, "a cartel boss" CRM, "a clinic worker" HLH).
RANKS = frozenset(
    """general colonel officer commander captain major lieutenant sergeant brigadier corporal
    spokesman spokeswoman spokesperson leader boss chief worker staff employee staffer source
    official manager""".split()  # noqa: SIM905 - a word list reads best as text
)
# Words before an office that rank it, never its body: "deputy head" is no deputy's head.
RANK_WORDS = frozenset({"deputy", "vice", "acting", "assistant", "interim", "senior", "junior"})
# A worker of a business is labour, not business: "factory workers" keep their own sector.
WORKERS = frozenset({"worker", "staff", "employee", "staffer"})


def organ_first(before: list[str], office: str, agent: Agent) -> Agent:
    """ "army spokesman", "police chief", "hospital official", "union leader": the body named
    before a generic office decides the sector (MIL, COP, HLH, LAB), not the office's own GOV;
    a minister is always the government. An armed body does so for a generic armed man, and
    any body for a rank or generic post ("a police general", "a clinic worker")."""
    armed_man = agent.actor.name == ARMED_MAN  # "cartel gunmen" are criminals
    last = (singulars(office) or [office])[0].split()[-1] if office.endswith("s") else office
    rank = last.split()[-1] in RANKS and "minist" not in office
    if not armed_man and not rank and (agent.actor.sector != "GOV" or "minist" in office):
        return agent
    if rank and "minist" in " ".join(before):  # "Defence Minister General X" is a minister
        return agent_noun("minister") or agent
    bodies = {} if armed_man else load_dictionary().office_bodies
    for start in range(len(before)):
        words = " ".join(before[start:]).removesuffix("'s")  # "the army's chief of staff"
        if words in RANK_WORDS:
            continue
        organ = agent_noun(words) or bodies.get(words)
        worker = last.split()[-1] in WORKERS  # "embassy staff" are the government's
        if organ is None or not organ.standalone or (organ.actor.sector == "GOV" and not worker):
            continue
        if armed_man and organ.actor.sector not in ARMED_SECTORS:
            continue
        if worker and organ.actor.sector == "BUS":
            continue
        return organ
    return agent


def speaks_for(body: Actor, agent: Agent, office: str) -> bool:
    """ "a spokesman for the Nigerian army", "a researcher of Amnesty International", "fighters
    of Hezbollah": an office of a body other than the government itself, or a member of the
    body's own kind, is the body. A minister is the government's whatever the portfolio, and
    "victims of the army" are not the army."""
    if agent.actor.sector == body.sector:
        return True
    if agent.actor.sector != "GOV" or "minist" in office:
        return False
    return body.sector != "GOV" or body.kind not in ("state", "agent")


def head_agent(words: list[str]) -> Agent | None:
    """The longest trailing run of words that is an agent noun ("senior field commanders"),
    with the body before an office deciding its sector ("a local hospital official")."""
    for start in range(len(words)):
        office = " ".join(words[start:])
        agent = agent_noun(office)
        if agent is not None:
            return organ_first(words[:start], office, agent)
    return None


def titled_agent(words: list[str]) -> Agent | None:
    """A title before a name: the longest agent phrase that ends a prefix ("deputy foreign
    minister" in "deputy foreign minister lin chia wei")."""
    for end in range(len(words), 0, -1):
        agent = head_agent(words[:end])
        if agent is not None:
            return agent
    return None
