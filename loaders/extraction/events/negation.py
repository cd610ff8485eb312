"""Negation of an event: "did not strike", "no strike took place", "no one was hurt", "without
firing", "nearly opened fire", "no reports of fighting" (events/modality.py asks first). A
negation that belongs to a verb governing the event ("did not rule out an air strike", "could not
prevent the massacre") is that verb's, read on the path up (events/governors.py)."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.frames import reported_absent
from loaders.extraction.events.governors import governs_negation
from loaders.extraction.events.modality_words import NOBODY, NOUN_STANCES
from loaders.extraction.events.stance_scope import negation_stays_outside
from loaders.extraction.events.syntax import clause_verb, lemma_of


def negated(token: Token) -> bool:
    """The event is said not to have happened (module doc)."""
    verb = clause_verb(token)
    for candidate in (token, verb):
        if candidate is verb and (governs_negation(token) or negation_stays_outside(token)):
            continue  # "did not rule out an air strike", "has not commented on the raid"
        if any(c.dep_ == "neg" for c in candidate.children):
            return True
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return True  # "no strike took place"
    if reported_absent(token):
        return True  # "no reports of fighting"
    if any(
        c.dep_ == "advmod" and c.lower_ in ("nearly", "almost")
        for c in (*token.children, *verb.children)
    ):
        return True  # "soldiers nearly opened fire on the crowd": it did not happen
    if token.dep_ == "dobj" and any(
        c.dep_ == "nsubj" and is_nobody(c) for c in token.head.children
    ):
        return True  # "neither side has fired a single shell"
    if token.dep_ == "acl" and (reported_absent(token.head) or is_nobody(token.head)):
        return True  # "no reports of any shots fired", "no shots fired"
    if token.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and is_nobody(c) for c in token.children
    ):
        return True  # "no civilians were killed", "nobody was hurt"
    if _no_stance_noun(token):
        return True  # "had no intention of attacking", "no plans for an offensive"
    return token.dep_ == "pcomp" and token.head.lower_ == "without"


def _no_stance_noun(token: Token) -> bool:
    """The event is what a noun of intention, plan, threat or wish is said not to be about."""
    preposition = token.head
    if token.dep_ not in ("pobj", "pcomp") or preposition.dep_ != "prep":
        return False
    holder = preposition.head
    if holder.pos_ != "NOUN" or lemma_of(holder) not in NOUN_STANCES:
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in holder.children)


def is_nobody(noun: Token) -> bool:
    """ "nobody", "no civilians", "neither side" """
    return noun.lower_ in NOBODY or any(
        c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither") for c in noun.children
    )
