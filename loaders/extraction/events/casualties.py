"""Killed and injured counts of an event from its victims' noun phrases (rules: quantities.py)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from loaders.extraction.events.event_dates import DATE_LABELS
from loaders.extraction.events.hit_objects import dead_before, deaths_caused, left_dead
from loaders.extraction.events.raw import RawEvent
from loaders.extraction.events.side_losses import lost_people, with_losses
from loaders.extraction.events.syntax import children, conj_start, lemma_of, prep_objects, words
from loaders.extraction.quantities import Count, parse_count
from loaders.extraction.referents import (
    Referents,
)

WOUND_LEMMAS = frozenset({"wound", "injure", "hurt"})
LIVES = frozenset({"life", "lives"})  # "claimed the lives of 12 soldiers": the soldiers
YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d")


def add_casualties(
    event: RawEvent, victims: Token | None, anchor: Token, effect: Token | None
) -> None:
    if victims is not None:
        event.killed = count_of(victims)
        owners = prep_objects(victims, ("of",)) if lemma_of(victims) in LIVES else []
        event.victims = owners[0] if owners else victims  # type: ignore[attr-defined]
    elif (dead := left_dead(anchor) or deaths_caused(anchor) or dead_before(anchor)) is not None:
        event.killed = count_of(dead)  # "fought rebels ..., leaving 40 dead": the toll only
        event.dead = dead  # type: ignore[attr-defined]
    else:
        event.killed = fragment_toll(anchor)  # "Heavy fighting in Mogadishu, hundreds dead"
    lost = lost_people(anchor)
    if lost is not None:  # "the army lost 14 soldiers when rebels ambushed a convoy"
        event.killed = with_losses(event.killed, count_of(lost))
        if victims is None:
            event.victims = lost  # type: ignore[attr-defined]
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
    """The count of a victims' phrase; coordinated groups are parts of one toll, summed ("nine
    soldiers and four civilians": 13, "a woman and her two children": 3), except that a small
    exact part beside a large approximate one is absorbed by it ("two senior field commanders
    and some 200 fighters": 200), as tests/devset/README.md codes tolls."""
    first = _group_count(head, head.left_edge.i, first=True)
    parts = [first]
    for group in _later_groups(head):
        parts.append(_group_count(group, conj_start(group), first=False))
    if len(parts) == 1 or any(part is None for part in parts):
        return first  # a part with no figure ("and civilians"): the toll is not told in full
    return _combined([p for p in parts if p is not None], head, _later_groups(head))


APPROXIMATORS = words(
    "some about around nearly almost approximately roughly least more over than up dozens "
    "hundreds scores thousands tens estimated"
)
ABSORBED_SHARE = 10  # a part under a tenth of an approximate one is inside its margin


def _later_groups(head: Token) -> list[Token]:
    # a number only as a part of a group ("two of his bodyguards"), not a bare one ("200 deaths
    # and more than 1,700 wounded": the wounded)
    later = [c for c in head.conjuncts if c.i > head.i]
    if head.dep_ in ("nsubjpass", "dobj") and "cc" in (c.dep_ for c in head.children):
        # "11 civilians and one police officer, and two militants were killed": the last group
        # parsed as the verb's second subject
        later += [c for c in head.head.children if c.dep_ == head.dep_ and c.i > head.i]
    return [
        c
        for c in later
        if c.i > head.i
        and (
            c.pos_ in ("NOUN", "PROPN", "PRON")
            or (c.pos_ == "NUM" and any(p.lower_ == "of" for p in c.children))
        )
    ]


def _combined(parts: list[Count], head: Token, groups: list[Token]) -> Count:
    doc = head.doc
    spans = [doc[head.left_edge.i : head.i + 1]] + [doc[conj_start(g) : g.i + 1] for g in groups]
    largest = max(range(len(parts)), key=lambda k: parts[k].low or 0)
    rest = sum(p.low or 0 for k, p in enumerate(parts) if k != largest)
    big = parts[largest]
    approximate = big.open_ended or any(t.lower_ in APPROXIMATORS for t in spans[largest])
    if approximate and rest * ABSORBED_SHARE <= (big.low or 0):
        return big
    low = sum(p.low or 0 for p in parts) if all(p.low is not None for p in parts) else None
    high = sum(p.high or 0 for p in parts) if all(p.high is not None for p in parts) else None
    return Count(low, high)


def _group_count(head: Token, left: int, first: bool) -> Count | None:
    """The count of one victims' group, from its first word to its head noun."""
    doc = head.doc
    # "claimed the lives of 8 persons", "slit the throats of 31 villagers"
    if first and head.lemma_.lower() in ("life", "lives", "death", "throat", "throats"):
        owners = prep_objects(head, ("of",))
        if owners:
            return count_of(owners[0])
    if head.lower_ in ("number", "handful", "series") and prep_objects(head, ("of",)):
        return None  # "a number of fighters": no figure given
    if head.lower_ in ("nobody", "none", "no-one") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in head.children
    ):
        return None  # "no one was killed": no figure of dead
    words_ = " ".join(t.text for t in doc[left : head.i + 1] if not _dated(t))
    count = parse_count(words_)
    if count is None and first:
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
        return Count(1, 1)  # "a woman", "their housekeeper", "Salah Shehadeh": one person
    return count


RANGE_WORDS = words("between and to from some about around nearly almost at least more than up")


def _dated(token: Token) -> bool:
    """A word of a date ("on Sunday", "in 2014"), not a count the model tagged as one
    ("Between 40 and 50 villagers": a range of figures, no year or day in it)."""
    if token.ent_type_ not in DATE_LABELS:
        return False
    doc = token.doc
    start = next(i for i in range(token.i, -1, -1) if doc[i].ent_iob_ == "B" or i == 0)
    end = token.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    entity = doc[start : end + 1]
    figures = [t for t in entity if t.like_num]
    return not figures or any(
        (t.lower_ not in RANGE_WORDS and not t.like_num) or YEAR_LIKE.fullmatch(t.text)
        for t in entity
    )


def split_by_victims(event: RawEvent, referents: Referents) -> list[RawEvent]:
    """Several counted victim groups: their parts summed ("killing nine soldiers and four
    civilians": 13), or the largest when it absorbs the others ("killing two senior field
    commanders and some 200 fighters": 200, and its group is the target)."""
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
        whole = count_of(victims)
        if whole is not None and whole != count:
            event.killed = whole  # the parts of one toll
            return [event]
        event.killed = count
        event.target = referents.actor(group)
    return [event]


FRAGMENT_DEAD = words("dead")  # ("30 killed" is a killing of its own, folded into the event)
FRAGMENT_BREAKS = words(", - -- ; :")
COUNT_WORDS = words("at least more than over about some nearly almost up to dozens hundreds scores")


def fragment_toll(anchor: Token) -> Count | None:
    """The count of a verbless toll after the clause of an event, set off by a comma or a dash,
    as headlines and wire leads give it: "Gunmen storm a mall, at least 39 dead", "Heavy
    fighting in Mogadishu, hundreds dead"."""
    doc, sentence = anchor.doc, anchor.sent
    for dead in doc[anchor.i + 1 : sentence.end]:
        if dead.lower_ not in FRAGMENT_DEAD:
            continue
        if dead.i + 1 < sentence.end and not doc[dead.i + 1].is_punct:
            continue  # the fragment ends its sentence or clause
        start = dead.i
        while start - 1 > anchor.i and (
            doc[start - 1].like_num or doc[start - 1].lower_ in COUNT_WORDS
        ):
            start -= 1
        if start < dead.i and start - 1 > anchor.i and doc[start - 1].text in FRAGMENT_BREAKS:
            return parse_count(doc[start : dead.i].text)
    return None
