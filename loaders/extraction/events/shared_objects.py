"""Objects the parse hangs on the second of two coordinated verbs only.

Victims shared by coordinated verbs of harm: "Army units killed and wounded a number of
terrorists", "The army killed 28 and wounded 30 Islamic State militants". The parse hangs the
victims on the last verb only, so the killing had no target and could not be typed by whom it
hit (armed men killed by an armed side are a battle: tests/devset_world/README.md "Armed
against armed"). The count stays the killing verb's own ("28")."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.syntax import children, lemma_of, words

HARM_LEMMAS = words("wound injure maim kill")


def shared_object(verb: Token) -> Token | None:
    """The object of a verb of harm coordinated after ``verb`` with no subject of its own, when
    ``verb`` has no object or only a bare number; else None."""
    own = children(verb, "dobj")
    if own and not all(o.pos_ == "NUM" for o in own):
        return None
    for conj in children(verb, "conj"):
        if lemma_of(conj) not in HARM_LEMMAS or children(conj, "nsubj", "nsubjpass"):
            continue
        for obj in children(conj, "dobj"):
            if obj.pos_ in ("NOUN", "PROPN"):
                return obj
    return None


def coordinated_objects(token: Token) -> list[Token]:
    """The object of the verb coordinated after ``token`` when it has none of its own, for any
    verb: "a submarine torpedoed and sank the cruiser" (the parse hangs the cruiser on "sank")."""
    if token.pos_ != "VERB":
        return []
    verbs = [c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return [o for v in verbs[:1] for o in v.children if o.dep_ == "dobj"]
