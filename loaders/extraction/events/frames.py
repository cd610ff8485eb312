"""Frames around a trigger that take its event out of the asserted stance: a condition told as
"in case ..." and a report or a sign said not to exist ("no reports of heavy fighting")."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.syntax import lemma_of, words

ABSENT_NOUNS = words(
    "report reports sign signs evidence proof trace traces indication indications word news "
    "record records claim claims"
)


def in_case(verb: Token) -> bool:
    """ "in case a nation is attacked": a condition, not an event."""
    return any(
        child.dep_ == "prep"
        and child.lower_ == "in"
        and any(o.lower_ == "case" and o.dep_ == "pobj" for o in child.children)
        for child in verb.children
    )


def reported_absent(token: Token) -> bool:
    """ "No reports of heavy fighting were reported", "there was no sign of fighting": the
    report or trace of the event is said not to exist."""
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    holder = token.head.head
    return lemma_of(holder) in ABSENT_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "no" for c in holder.children
    )
