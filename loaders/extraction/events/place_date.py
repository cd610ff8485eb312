"""The place (locative phrase in the event's clause) and the date phrase of an event."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from loaders.extraction.doc_memo import subtree_indices
from loaders.extraction.events.raw import RawEvent
from loaders.extraction.events.syntax import clause_verb, words
from loaders.extraction.place_mentions import TOWN_WORDS, named_as_town, place_spans
from loaders.extraction.referents import Referents, doc_ents, ent_at, place_of

LOCATIVE_PREPS = words(
    "in near at around outside across over on into inside throughout towards toward to "
    "outskirts north south east west off along within"
)
RETREAT_LEMMAS = words("withdraw retreat flee drive push expel oust evacuate abandon")


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
    # "withdrew from Avdiivka", "drove IS out of Kismayo", "retreated from X after fighting"
    # ("seized the territory from Ukraine": who lost it, not where)
    retreat = event.type == "territory_loss" or clause_verb(trigger).lemma_ in RETREAT_LEMMAS
    inside_roles: set[int] = set()
    for ref in (event.actor, event.target):
        if ref and ref.get("start") is not None:
            inside_roles |= {
                t.i for t in doc.char_span(ref["start"], ref["end"], alignment_mode="expand") or []
            }
    places = [
        e
        for e in place_spans(sentence, retreat)
        # "Nairobi police" names who, not where; "a party member in Morocco" also where
        if (e.start not in inside_roles or under_locative(e.root, retreat))
        and not in_other_description(e.root, trigger, also)
    ]
    if place_object is not None:
        inside = [
            e for e in places if place_object.left_edge.i <= e.start <= place_object.right_edge.i
        ]
        own = [e for e in inside if e.start <= place_object.i < e.end]
        if own and place_object.pos_ == "PROPN":
            return referents.place(own[0])  # "raided Gwoza in Borno state": Gwoza itself
        if inside:
            return referents.place(best_place(inside, referents))
        if place_object.pos_ == "PROPN":  # "shelled Stepanakert": a town the gazetteer lacks
            named = ent_at(place_object)
            return referents.place(named or doc[place_object.i : place_object.i + 1])
    if not places:
        return None
    located = [e for e in places if under_locative(e.root, retreat)]
    if trigger.pos_ == "NOUN" and also in (None, trigger):
        # "struck targets in Derna after the beheading of 21 Christians in Libya": a noun's
        # own phrase places it before the clause it sits in does
        own = subtree_indices(trigger)
        mine = [e for e in located if e.start in own]
        if mine:
            return referents.place(min(mine, key=lambda e: (fineness(e), e.start)))
    scope: set[int] = set()
    for anchor in filter(None, (trigger, also, clause_verb(trigger))):
        scope |= subtree_indices(anchor)
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


PRECISION_RANK = {"site": 0, "city": 0, "admin1": 1, "country": 3}


def fineness(ent: Span) -> int:
    """-1 for a name the text calls a town ("the village of Dablo in Centre-Nord region", "the
    Jerusalem district of Abu Dis"), 0 for a town or site the gazetteer knows or a district of a
    province, 1 for a province, 2 for a name the gazetteer does not know, 3 for a country."""
    if named_as_town(ent):
        return -1
    place = place_of(ent.text)
    if place is not None:
        return PRECISION_RANK.get(place.precision, 2)
    if ent.root.lemma_ in TOWN_WORDS - SUBDIVISIONS:
        return -1  # "Lower Shabelle region's Janaale town": the text calls it a town
    if ent.root.lemma_ in SUBDIVISIONS:
        # "Arghandab district of Kandahar province", "the Kupwara district in Kashmir": a
        # district inside the province named after it is finer than that province
        after = ent.doc[ent.end : ent.end + 1]
        return 0 if after and after[0].lower_ in ("of", "in") else 1
    return 2


SUBDIVISIONS = words("district county municipality")


def is_country(ent: Span) -> bool:
    place = place_of(ent.text)
    return place is not None and place.precision == "country"


def best_place(ents: list[Span], referents: Referents) -> Span:
    """The finest of the places inside an object ("a checkpoint in Arghandab district of
    Kandahar province": the district), the first of equals."""
    return min(ents, key=lambda e: (fineness(e), e.start))


def in_other_description(token: Token, trigger: Token, also: Token | None) -> bool:
    """ "an official who had returned from a trip to Mogadishu": a place in a relative clause
    describing someone says where they went, not where the event happened (a participle's
    place, "a truck carrying coffee pickers near Jinotega", and a "which" clause, "a car bomb
    which took place in al-Tadamun", are usually the event's)."""
    anchors = {trigger.i} | ({also.i} if also is not None else set())
    current = token
    for _ in range(12):
        if current.i in anchors or current.head.i == current.i:
            return False
        if current.dep_ == "relcl" and current.head.pos_ in ("NOUN", "PROPN"):
            who = any(t.lower_ in ("who", "whom", "whose") for t in current.children)
            return who and current.head.i not in anchors
        current = current.head
    return False


def under_locative(token: Token, retreat: bool = False) -> bool:
    """Whether a place name sits in a locative phrase ("in the town of X", "on the outskirts
    of the city of X"); for ground lost or won, also "from X" and "out of X"."""
    current = token
    for _ in range(7):
        if current.dep_ == "pobj" and current.head.lower_ in LOCATIVE_PREPS:
            return True
        if retreat and current.dep_ == "pobj" and current.head.lower_ == "from":
            return True
        if retreat and current.dep_ == "pobj" and current.head.head.lower_ == "out":
            return True  # "drove al-Shabaab out of the port of Kismayo"
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
    scope = set(subtree_indices(trigger))
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
            scope -= subtree_indices(child)
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
