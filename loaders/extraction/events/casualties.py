"""Killed and injured counts of an event from its victims' noun phrases (rules: quantities.py)."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.event_dates import DATE_LABELS
from loaders.extraction.events.raw import RawEvent
from loaders.extraction.events.syntax import children, conj_start, lemma_of, prep_objects
from loaders.extraction.quantities import Count, parse_count
from loaders.extraction.referents import (
    Referents,
)

WOUND_LEMMAS = frozenset({"wound", "injure", "hurt"})


def add_casualties(
    event: RawEvent, victims: Token | None, anchor: Token, effect: Token | None
) -> None:
    if victims is not None:
        event.killed = count_of(victims)
        event.victims = victims  # type: ignore[attr-defined]
    for verb in {anchor, *(anchor.children)}:
        if lemma_of(verb) in WOUND_LEMMAS:
            objects = children(verb, "dobj", "nsubjpass")
            if objects:
                event.injured = count_of(objects[0])
    for child in anchor.children:
        if child.dep_ in ("conj", "advcl") and lemma_of(child) in WOUND_LEMMAS:
            objects = children(child, "dobj", "nsubjpass")
            if objects:
                event.injured = count_of(objects[0])


def count_of(head: Token) -> Count | None:
    doc = head.doc
    # "claimed the lives of 8 persons", "slit the throats of 31 villagers"
    if head.lemma_.lower() in ("life", "lives", "death", "throat", "throats"):
        owners = prep_objects(head, ("of",))
        if owners:
            head = owners[0]
    if head.lower_ in ("number", "handful", "series") and prep_objects(head, ("of",)):
        return None  # "a number of fighters": no figure given
    if head.lower_ in ("nobody", "none", "no-one") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in head.children
    ):
        return None  # "no one was killed": no figure of dead
    left = head.left_edge.i
    words = " ".join(t.text for t in doc[left : head.i + 1] if t.ent_type_ not in DATE_LABELS)
    count = parse_count(words)
    if count is None:
        # "16 IS jihadists": the number may hang off a word the parser split from the phrase
        before = doc[max(left - 3, 0) : left]
        number = [
            t
            for t in before
            if (t.like_num and t.ent_type_ not in DATE_LABELS)
            or t.lower_ in ("dozens", "hundreds", "scores")
        ]
        if number:
            count = parse_count(doc[number[0].i : head.i + 1].text)
    person = head.lower_ in ("he", "she", "him", "her") or head.ent_type_ == "PERSON"
    singular = head.tag_ in ("NN", "NNP") and head.lower_ not in ("people", "one")
    if count is None and (person or (singular and head.pos_ == "NOUN")):
        people = 1 + sum(1 for c in head.conjuncts if c.tag_ in ("NN", "NNP", "PRP"))
        return Count(people, people)  # "he and his wife were executed": 2
    return count


def split_by_victims(event: RawEvent, referents: Referents) -> list[RawEvent]:
    """Several counted victim groups ("killing two senior field commanders and some 200
    fighters"): the largest count is the event's, as the dev set codes it."""
    victims: Token | None = getattr(event, "victims", None)
    if event.type != "killing" or victims is None:
        return [event]
    groups = [victims, *[c for c in victims.conjuncts if c.i > victims.i]]
    if len(groups) < 2:
        return [event]
    counted = []
    for group in groups:
        start = group.left_edge.i if group == victims else conj_start(group)
        count = parse_count(victims.doc[start : group.i + 1].text)
        if count is not None and count.low is not None:
            counted.append((count.low, count, group))
    if counted:
        _, count, group = max(counted, key=lambda item: item[0])
        event.killed = count
        event.target = referents.actor(group)
    return [event]
