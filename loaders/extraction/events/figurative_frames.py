"""A trigger told inside a conflict that is not fought with arms: "fired the opening shots in a
price war", "the first salvo in the takeover battle", "shot down in a ratings war". The frame
noun's own sense decides, read by the senses of "battle" (a price war is a battle of prices)."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.senses import Sense, other_sense
from loaders.extraction.events.syntax import lemma_of, words

CONFLICT_NOUNS = words(
    "war wars battle battles fight fights struggle struggles feud feuds duel duels showdown "
    "tussle tussles contest fray clash clashes skirmish skirmishes"
)
FRAME_PREPS = words("in during of amid")
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr"})


def figurative_frame(token: Token, senses: dict[str, tuple[Sense, ...]]) -> str | None:
    """The non-violent sense of the conflict the trigger is told in, or None."""
    holders = [token]
    if token.dep_ in OBJECT_DEPS and token.head.pos_ in ("VERB", "AUX"):
        holders.append(token.head)  # "fired the opening shots in a price war": the verb's frame
    elif token.pos_ in ("VERB", "AUX"):
        holders += [c for c in token.children if c.dep_ in OBJECT_DEPS]  # "the shots in ..."
    battle = senses.get("battle", ())
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in FRAME_PREPS:
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and lemma_of(noun) in CONFLICT_NOUNS and noun.i != token.i:
                    sense = other_sense(noun, battle)
                    if sense is not None:
                        return sense
    return None
