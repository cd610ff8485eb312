"""Violence by or on animals: "poachers killed two elephants", "a lion attacked a tourist", "a
shark attack". The event types count violence between people (ACLED's political violence), so
a trigger whose doer or whose only victims are animals names none of them. Only head nouns
count: "cattle thieves", "bird-watchers" and the Tamil "Tigers" are people."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.hit_objects import VICTIM_DEPS
from loaders.extraction.events.syntax import lemma_of, words

ANIMALS = words(
    "animal elephant rhino rhinoceros lion tiger leopard cheetah bear wolf dog cat shark "
    "crocodile alligator snake python cobra bull cow cattle goat sheep pig horse camel donkey "
    "livestock poultry chicken bird fish whale dolphin deer gorilla chimpanzee ape monkey "
    "hippo hippopotamus buffalo giraffe zebra bee wildlife boar hyena jaguar panda seal"
)
DOER_DEPS = frozenset({"nsubj"})
NOUN_SIDE_DEPS = frozenset({"compound", "nmod", "poss"})


def _animal(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and lemma_of(noun) in ANIMALS


def by_or_on_animals(token: Token) -> bool:
    """The trigger's doer is an animal, or every victim it names is one."""
    if token.pos_ in ("VERB", "AUX"):
        doers = [c for c in token.children if c.dep_ in DOER_DEPS]
        doers += [o for c in token.children if c.dep_ == "agent" for o in c.children]
        victims = [c for c in token.children if c.dep_ in VICTIM_DEPS]
        if any(_animal(d) or _animal_act(d) for d in doers):
            return True
        return bool(victims) and all(_animal(v) for v in victims)
    return _animal_act(token)


ACTS = words("attack bite mauling goring stampede charge")


def _animal_act(noun: Token) -> bool:
    """ "a shark attack", "a dog's bite", "an elephant stampede": what an animal did."""
    if noun.pos_ in ("VERB", "AUX") or (noun.dep_ == "nsubj" and lemma_of(noun) not in ACTS):
        return False
    return any(_animal(c) for c in noun.children if c.dep_ in NOUN_SIDE_DEPS)
