"""Triggers that tell a run of events, not one event of the news: a deed done again and again
("have attacked the pipeline more than 30 times this year", "has shelled the runway
repeatedly", "attack army posts at will"), a place afflicted by a kind of event ("the region
is plagued by kidnappings") and events counted by the dozen ("carried out dozens of air
strikes in the past month"). A day of the news in the clause keeps the event ("shelled the
town repeatedly on Monday")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from loaders.extraction.events.syntax import clause_verb, lemma_of, words
from loaders.extraction.mentions import sentence_ents

REPEATING = words("repeatedly constantly continually persistently incessantly relentlessly")
AFFLICTING = words("plague beset wrack rack ravage blight dog haunt scar mar bedevil torment")
MANY = words("dozens hundreds thousands scores")
# "amid ongoing clashes", "despite sporadic attacks": a kind of event that recurs
RECURRING = words(
    "ongoing continuing sporadic intermittent frequent repeated recurrent recurring persistent "
    "regular occasional periodic incessant constant"
)
# a date of the news names a day or a night, not a stretch of months or years
STRETCH = re.compile(r"\b(?:year|years|month|months|decade|decades|past|recent|since|\d{4})\b")


def is_repeated(token: Token) -> bool:
    verb = clause_verb(token)
    if day_dated(verb):
        return False
    return (
        _again_and_again(verb)
        or _afflicted(token)
        or _counted_by_the_dozen(token)
        or _recurring_kind(token)
        or _group_record(token)
    )


def _again_and_again(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in REPEATING:
            return True
        if child.dep_ == "npadvmod" and child.lower_ == "times":
            return True  # "more than 30 times", "several times"
        if (
            child.dep_ == "prep"
            and child.lower_ == "at"
            and any(o.dep_ == "pobj" and o.lower_ == "will" for o in child.children)
        ):
            return True  # "attack army posts at will"
    return False


def _afflicted(token: Token) -> bool:
    """ "plagued by kidnappings and cattle raids": a bare plural afflicting a place."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if token.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod") for c in node.children):
        return False
    return node.dep_ == "pobj" and lemma_of(node.head.head) in AFFLICTING


def _counted_by_the_dozen(token: Token) -> bool:
    """ "carried out dozens of air strikes": many events counted, none told."""
    if token.tag_ != "NNS" or token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    return token.head.head.lower_ in MANY


def day_dated(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ not in ("prep", "npadvmod", "advmod"):
            continue
        for node in child.subtree:
            if node.ent_type_ in ("DATE", "TIME") and node.ent_iob_ == "B":
                span = next(e for e in sentence_ents(node) if e.start == node.i)
                if not STRETCH.search(span.text.lower()):
                    return True  # "on Monday", "last night", "May 3"
            if node.lower_ in ("yesterday", "overnight", "tonight"):
                return True
    return False


def _bare_plural(noun: Token) -> bool:
    return noun.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "nummod") for c in noun.children
    )


def _recurring_kind(token: Token) -> bool:
    """ "the talks come amid ongoing clashes in the east": a recurring kind as the setting of
    something else ("intermittent clashes are continuing in Asfar Najjar" tells them)."""
    bare_mass = (
        token.tag_ == "NN"
        and lemma_of(token) in MASS_WAR_NOUNS
        and not any(c.dep_ in ("det", "poss") for c in token.children)
    )  # "displaced by ongoing fighting": a mass noun of war is bare in the singular
    return (
        token.dep_ == "pobj"
        and (_bare_plural(token) or bare_mass)
        and any(c.dep_ == "amod" and c.lower_ in RECURRING for c in token.children)
    )


MASS_WAR_NOUNS = words("fighting violence shelling bombardment bombing gunfire unrest combat")


def _group_record(token: Token) -> bool:
    """ "The group, which has carried out attacks across the region, denied involvement": a
    relative clause that tells what a group does or has done, a record, not an event told."""
    verb = token.head if token.dep_ == "dobj" else None
    if verb is None or verb.dep_ != "relcl" or not _bare_plural(token):
        return False
    present = verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )
    return present and verb.head.pos_ in ("NOUN", "PROPN")
