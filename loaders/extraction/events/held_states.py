"""Who holds a place, told in the present passive: "the province is controlled by an alliance
of rebel groups", "districts that are occupied by the militia". The present active ("the rebels
control the town") is already a state (event_triggers.yaml, the `state` senses of control and
occupy, by the verb's tag); the passive's participle carries no tense, so its auxiliary does."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.syntax import lemma_of, words

HOLDING_VERBS = words("control occupy")
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def is_held_state(token: Token) -> bool:
    if token.tag_ != "VBN" or lemma_of(token) not in HOLDING_VERBS:
        return False
    return any(c.dep_ == "auxpass" and c.tag_ in PRESENT_TAGS for c in token.children)
