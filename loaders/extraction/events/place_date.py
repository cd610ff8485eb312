"""The place (locative phrase in the event's clause) and the date phrase of an event."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from loaders.extraction.events.raw import RawEvent
from loaders.extraction.events.syntax import clause_verb, words
from loaders.extraction.referents import (
    PLACE_LABELS,
    Referents,
    actor_of,
    doc_ents,
    place_of,
)

LOCATIVE_PREPS = words(
    "in near at around outside across over on into inside throughout towards toward to "
    "outskirts north south east west off along within"
)


COUNTRY_LOCATIONS = True  # a country is kept as the location when nothing finer is named


def locate(
    trigger: Token,
    sentence: Span,
    referents: Referents,
    place_object: Token | None,
    event: RawEvent,
    also: Token | None = None,
) -> dict | None:
    doc = trigger.doc
    excluded: set[int] = set()
    for ref in (event.actor, event.target):
        if ref and ref.get("start") is not None:
            excluded |= {
                t.i for t in doc.char_span(ref["start"], ref["end"], alignment_mode="expand") or []
            }
    places = [
        e
        for e in doc_ents(doc)
        if sentence.start <= e.start < sentence.end
        and e.start not in excluded
        and (
            e.label_ in PLACE_LABELS
            or is_known_place(e)
            or named_as_town(e)
            or after_place_preposition(e)
        )
    ]
    if not places:
        return None
    if place_object is not None:
        inside = [
            e for e in places if place_object.left_edge.i <= e.start <= place_object.right_edge.i
        ]
        if inside:
            return referents.place(best_place(inside, referents))
    scope: set[int] = set()
    for anchor in filter(None, (trigger, also, clause_verb(trigger))):
        scope |= {t.i for t in anchor.subtree}
    located = [e for e in places if under_locative(doc[e.start])]
    for pool in ([e for e in located if e.start in scope], located):
        if pool:
            # the finest place named wins ("the town of X in Y province"), then the nearest
            nearest = sorted(pool, key=lambda e: (fineness(e), abs(e.start - trigger.i)))
            chosen = nearest[0]
            if is_country(chosen):
                # "in northern Syria" says little when the sentence names a town or province
                finer = [
                    e
                    for e in sorted(located, key=lambda e: abs(e.start - trigger.i))
                    if place_of(e.text) is not None and not is_country(e)
                ]
                chosen = finer[0] if finer else (chosen if COUNTRY_LOCATIONS else None)
            return referents.place(chosen) if chosen is not None else None
    return None


def is_known_place(ent: Span) -> bool:
    """A name the gazetteer knows, whatever the model labelled it ("Kharkiv" as PERSON,
    "Adigrat" as NORP); a nationality only when it is a town's name, not a people's."""
    place = place_of(ent.text)
    if place is None:
        return False
    return ent.label_ != "NORP" or (place.precision != "country" and actor_of(ent.text) is None)


PRECISION_RANK = {"site": 0, "city": 0, "admin1": 1, "country": 3}
TOWN_WORDS = words("town city village hamlet district neighbourhood neighborhood suburb quarter")


def fineness(ent: Span) -> int:
    """0 for a town or site, 1 for a province, 2 for a name the gazetteer does not know (1 when
    the text calls it a town: "the town of Khan Younis"), 3 for a country."""
    place = place_of(ent.text)
    if place is not None:
        return PRECISION_RANK.get(place.precision, 2)
    return 1 if named_as_town(ent) else 2


PLACE_PREPOSITIONS = words("in near at outside around inside")


def after_place_preposition(ent: Span) -> bool:
    """ "in Gao", "near Avdiivka": a name the model took for a person or an organisation, but
    that follows a place preposition and names no known actor."""
    head = ent.root
    return (
        ent.label_ in ("PERSON", "ORG", "NORP")
        and head.dep_ == "pobj"
        and head.head.lower_ in PLACE_PREPOSITIONS
        and actor_of(ent.text) is None
    )


def named_as_town(ent: Span) -> bool:
    """ "the town of Khan Younis": a place by the text's own words, known to the gazetteer or
    not, whatever the model labelled it."""
    before = ent.doc[max(ent.start - 2, 0) : ent.start]
    return len(before) == 2 and before[0].lemma_ in TOWN_WORDS and before[1].lower_ == "of"


def is_country(ent: Span) -> bool:
    place = place_of(ent.text)
    return place is not None and place.precision == "country"


def best_place(ents: list[Span], referents: Referents) -> Span:
    if ents and named_as_town(ents[0]):
        return ents[0]  # sorted finest first: "the town of Khan Younis" over its region
    for ent in ents:
        if place_of(ent.text) is not None:
            return ent
    return ents[0]


def under_locative(token: Token) -> bool:
    current = token
    for _ in range(4):
        if current.dep_ == "pobj" and current.head.lower_ in LOCATIVE_PREPS:
            return True
        if current.dep_ in ("compound", "amod", "appos", "conj", "pobj", "nmod", "poss", "prep"):
            if current.head.i == current.i:
                return False
            current = current.head
            continue
        return False
    return False


DATE_LABELS = ("DATE", "TIME")


_DATE_WORDS = re.compile(
    r"\b(today|yesterday|tonight|overnight|last night|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|week|month|year|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|jan|feb|aug|sept?|oct|nov|dec|\d{4}|24 hours)\b",
    re.IGNORECASE,
)


def date_phrase(trigger: Token, sentence: Span) -> str | None:
    doc = trigger.doc
    scope = {t.i for t in trigger.subtree}
    verb = clause_verb(trigger)
    if verb != trigger:
        # the clause's own words, not those of clauses nested in it
        scope |= {c.i for c in verb.children} | {
            t.i
            for c in verb.children
            if c.dep_ in ("prep", "npadvmod", "advmod", "tmod")
            for t in c.subtree
        }
    for child in list(verb.children) if verb == trigger else []:
        if child.dep_ in ("ccomp",):
            scope -= {t.i for t in child.subtree}
    dates = [
        e
        for e in doc_ents(doc)
        if e.label_ in DATE_LABELS
        and sentence.start <= e.start < sentence.end
        and e.start in scope
        and _DATE_WORDS.search(e.text)
    ]
    if not dates:
        return None
    nearest = min(dates, key=lambda e: abs(e.start - trigger.i))
    return nearest.text
