"""The toll verbs and their frames, one table: verbs whose object is lives ("claimed 12 lives",
"cost the lives of 2,000 people", "took the lives of 30"), verbs that leave or lose the dead
("left 6,000 people dead", "lost their lives"), and the clauses of an accident a participle of
dying hangs on ("a gas cylinder exploded, killing seven"). "lose" with counted people ("lost 14
soldiers") is a side's own dead: events/side_losses.py."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.syntax import lemma_of, prep_objects, words

LIFE_VERBS = frozenset({"claim", "cost", "take"})  # + "lives" / "the lives of"
LEFT_DEAD_VERBS = frozenset({"leave", "lose"})  # + "dead" / "their lives"
DEAD_WORDS = frozenset({"dead", "lives", "life"})
ACCIDENTS = words(
    "gas boiler fireworks firework methane chemical pipeline tanker cylinder dust accidental "
    "industrial transformer reactor propane"
)


def names_lives(verb: Token) -> bool:
    """ "claimed 12 lives", "claimed thousands of lives", "cost the lives of 2,000 people", "has
    taken the lives of 30" (the lives after a quantity's "of", or the verb's own object)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [o for c in objects for o in prep_objects(c, ("of",))]
    return any(lemma_of(o) in ("life", "lives") for o in objects)


def leaves_dead(token: Token) -> bool:
    """ "the typhoon left 6,000 people dead", "200 people lost their lives" """
    for child in token.children:
        if child.lower_ in DEAD_WORDS and child.dep_ in ("oprd", "acomp", "dobj", "xcomp", "ccomp"):
            return True
        if child.dep_ == "dobj" and any(
            g.lower_ == "dead" and g.dep_ in ("amod", "oprd") for g in child.children
        ):
            return True
    return False


BLOWING_UP = words("explode burst blow")
IMPACT_VERBS = words("hit strike ram smash slam plough plow")
VEHICLES = words(
    "train trains bus buses lorry lorries truck trucks car cars van minibus coach tram ferry "
    "boat ship vessel tanker vehicle taxi motorcycle locomotive"
)


def accident_clause(token: Token, cause_words: set[str]) -> bool:
    """ "A gas cylinder exploded in a restaurant, killing seven", "a passenger train hit a
    freight train, killing 280": the clause the participle of dying hangs on is an accident."""
    if token.dep_ != "advcl":
        return False
    head = lemma_of(token.head)
    if head in BLOWING_UP:
        return bool(cause_words & ACCIDENTS)
    if head in IMPACT_VERBS and cause_words & VEHICLES:
        hit = [lemma_of(c) for c in token.head.children if c.dep_ == "dobj"]
        return bool(hit) and all(word in VEHICLES for word in hit)
    return False
