"""A headline's verb the tagger read as a noun: "Police fire warning shots at protesters",
"Soldiers fire rubber bullets at stone-throwers". Headlines drop articles and auxiliaries, so a
present-tense verb after a plural subject looks like a compound noun ("Police fire", "fire
rubber bullets") and its object hangs nowhere. The words right after such a noun, up to the
first preposition or punctuation, are read as its object, so the senses decided by the object
(warning shots, rubber bullets, a crowd's means) still hold."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

STOP_POS = frozenset({"ADP", "PUNCT", "CCONJ", "SCONJ", "VERB", "AUX", "PRON", "PART"})
MISREAD_DEPS = frozenset({"compound", "nsubj", "ROOT"})


def misread_objects(token: Token) -> Iterator[Token]:
    """The would-be object of a base-form verb tagged as a singular noun in a noun chain."""
    if token.tag_ != "NN" or token.dep_ not in MISREAD_DEPS or token.i == 0:
        return
    before = token.doc[token.i - 1]
    if before.pos_ not in ("NOUN", "PROPN") or before.dep_ != "compound":
        return  # no subject glued in front: a plain noun ("the fire spread")
    for word in token.doc[token.i + 1 : token.sent.end]:
        if word.pos_ in STOP_POS and word.tag_ not in ("VBG", "VBN"):
            return  # ("warning", "armed": modifiers the tagger took for verbs read on)
        yield word
