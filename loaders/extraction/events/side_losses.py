"""A side's own dead told by "lose" (the toll verb of the side hit): "the army lost 14 soldiers
when rebels ambushed a convoy", "the Frontier Corps lost seven men in a Taliban raid",
"soldiers killed 11 militants and lost two of their own in a clash". Who lost is the side hit,
never a doer, so "lose" is no event of its own: the counted people it lost are dead of the act
it is tied to by the parse (the act in its "when" clause, the act named in its "in" phrase, or
the act it is joined to by "and"), added to that act's own dead."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from loaders.extraction.events.syntax import children, lemma_of
from loaders.extraction.events.triggers import load_triggers
from loaders.extraction.quantities import Count

LOSE = "lose"
CIRCUMSTANCE_PREPS = frozenset({"in", "during", "at", "after"})  # "lost seven men in a raid"
OWN_WORDS = frozenset({"own", "men", "comrades", "colleagues"})  # "two of their own"


@cache
def _person_words() -> frozenset[str]:
    return load_triggers().cue_groups.get("people", frozenset())


def lost_people(anchor: Token) -> Token | None:
    """The counted people a "lose" verb tied to the event's word lost, or None."""
    for verb in _lose_verbs(anchor):
        for lost in children(verb, "dobj"):
            if _counted_people(lost):
                return lost
    return None


def _lose_verbs(anchor: Token) -> list[Token]:
    head = anchor.head
    verbs = []
    if anchor.dep_ == "advcl" and lemma_of(head) == LOSE:
        verbs.append(head)  # "lost 14 soldiers when rebels ambushed a convoy"
    if (
        anchor.dep_ == "pobj"
        and head.lower_ in CIRCUMSTANCE_PREPS
        and lemma_of(head.head) == LOSE
        and head.head.dep_ != "conj"  # "killed 11 and lost two in a clash": the killing's
    ):
        verbs.append(head.head)  # "lost seven men in a Taliban raid"
    if anchor.dep_ == "conj" and lemma_of(head) == LOSE:
        verbs.append(head)  # "lost two men and killed 11 rebels"
    verbs += [c for c in anchor.children if c.dep_ == "conj" and lemma_of(c) == LOSE]
    return verbs


def _counted_people(lost: Token) -> bool:
    """ "14 soldiers", "seven men", "two of their own": a figure of people, not "20 seats",
    "300 jobs" or "their lives" (a toll of its own, read by tolls.py)."""
    if lost.like_num:  # "two of their own", "two of its men"
        owners = [o for p in lost.children if p.lower_ == "of" for o in p.children]
        return any(o.lower_ in OWN_WORDS or o.lower_ in _person_words() for o in owners)
    counted = any(c.like_num and c.dep_ in ("nummod", "quantmod") for c in lost.children)
    return counted and lost.lower_ in _person_words()


def with_losses(own: Count | None, losses: Count | None) -> Count | None:
    """The act's dead and the side's lost, one toll: the two figures summed."""
    if own is None or losses is None:
        return own or losses
    low = (own.low or 0) + (losses.low or 0) if own.low is not None else None
    high = own.high + losses.high if own.high is not None and losses.high is not None else None
    return Count(low, high)


def losing_side(lost: Token) -> Token | None:
    """Who lost the people ("the army", "the Frontier Corps"): their side, whose sector the
    dead share ("seven men" of a paramilitary force are no civilians)."""
    verb = lost.head if lost.dep_ == "dobj" and lemma_of(lost.head) == LOSE else None
    subjects = children(verb, "nsubj") if verb is not None else []
    return subjects[0] if subjects else None
