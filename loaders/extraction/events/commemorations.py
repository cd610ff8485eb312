"""Events remembered, not reported: a trigger inside the phrase of a commemoration ("the 20th
anniversary of the day rebels shelled the market", "memorial services for the 49 people killed
in the shooting", "a minute's silence for the victims of the bombing") or inside the clause of a
verb of remembrance ("rallies marking one year since clashes killed 43 people", "the museum
commemorates the massacre in which soldiers killed 800 villagers") names a known event and tells
something else (tests/devset_world/README.md, "Mentions of known events are not new events").

By the parse only: the commemoration must be an ancestor of the trigger, so violence done at a
memorial or to mourners ("gunmen attacked mourners at a vigil, killing ten") is told by its own
clause and stays an event."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from loaders.extraction.events.syntax import lemma_of, words
from loaders.extraction.events.triggers import load_triggers

COMMEMORATION_NOUNS = words(
    "anniversary anniversaries memorial memorials commemoration commemorations remembrance "
    "vigil vigils tribute tributes wreath wreaths memory memories monument mourning requiem "
    "silence"
)
COMMEMORATION_VERBS = words("commemorate mark mourn remember honour honor memorialise memorialize")
STEPS = 12  # ancestors read at most (a sentence's depth)


def in_commemoration(token: Token) -> bool:
    """The trigger sits inside a commemoration's phrase or a remembrance verb's clause, or in
    a clause whose subject is a commemoration ("memorial services were held for the 49 people
    killed in the shooting"); a violent verb on the way up tells its own event."""
    violent = _violent_verbs()
    in_noun = False  # the way up passed through a noun: the trigger is in an argument's phrase
    for steps, ancestor in enumerate(token.ancestors):
        if steps >= STEPS:
            return False
        lemma = lemma_of(ancestor)
        if ancestor.pos_ in ("NOUN", "PROPN"):
            if _commemoration(ancestor):
                return True
            in_noun = True
        if ancestor.pos_ in ("VERB", "AUX"):
            if lemma in violent:  # the violent verb above decides: "a memorial service was
                return in_commemoration(ancestor)  # attacked by gunmen who killed five"
            if lemma in COMMEMORATION_VERBS:
                return True
            if in_noun and any(  # not a clause the verb reports ("..., and 40 were arrested")
                c.dep_ in ("nsubj", "nsubjpass") and _commemoration(c) for c in ancestor.children
            ):
                return True
    return False


def _commemoration(noun: Token) -> bool:
    """ "the anniversary", "memorial services", "a remembrance ceremony"."""
    return lemma_of(noun) in COMMEMORATION_NOUNS or any(
        c.dep_ in ("compound", "amod") and lemma_of(c) in COMMEMORATION_NOUNS for c in noun.children
    )


@cache
def _violent_verbs() -> frozenset[str]:
    book = load_triggers()
    return frozenset(book.triggers) | book.governing_verbs
