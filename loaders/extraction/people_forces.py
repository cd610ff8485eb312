"""A people's armed men named by the people alone ("Kurdish militants", "Tamil rebels"): the
tables give such words to the group that one war's reporting means by them (the YPG in Syria);
in a story set in another state where that people lives they are the armed men of that state's
people ("Kurdish militants ambushed a convoy in Hakkari province": TUR), as "Serb gunners" take
the country of the story's place (README "Countries of sides")."""

from __future__ import annotations

from spacy.tokens import Doc

from loaders.extraction.actors import load_dictionary
from loaders.extraction.actors.agents import ARMED_SECTORS, agent_noun
from loaders.extraction.referents import Referents


def home_people_force(doc: Doc, event: dict, referents: Referents) -> None:
    for role in ("actor", "target"):
        ref = event.get(role)
        if not ref or ref.get("kind") != "armed_group" or ref.get("start") is None:
            continue
        if not _people_and_force(doc, ref["start"], ref["end"]):
            continue
        home = referents.home_state()
        if home is not None and home.country and home.country != ref.get("country"):
            event[role] = {**ref, "name": ref["text"], "country": home.country}


def _people_and_force(doc: Doc, start: int, end: int) -> bool:
    """ "Kurdish militants", "the Kurdish fighters": a capitalised adjective that names no state
    and is no name of a group by itself ("Hezbollah fighters", "Taliban fighters" are the
    group's) before one armed agent noun, and nothing else."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if t.lower_ != "the"] if span is not None else []
    if len(words) != 2 or not words[0].text[:1].isupper() or words[0].pos_ != "ADJ":
        return False
    book = load_dictionary()
    key = words[0].lower_
    if key in book.names or key in book.people or key in book.exact:
        return False  # a group's own name, or a state's people
    owner = book.owners.get(key)
    if owner is not None and owner.kind == "state":
        return False  # "Turkish soldiers" are Turkey's wherever they fight
    agent = agent_noun(words[1].lower_)
    return agent is not None and agent.actor.sector in ARMED_SECTORS
