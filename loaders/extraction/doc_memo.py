"""Per-document memory for facts several rules read: computed once per document, not per event.

Rules ask the same question of a sentence many times (each event of a sentence looks for its
places; both the claims and the events components look for the article's home state), and each
answer walks the sentence's tokens again: spaCy builds a new Token object for every ``doc[i]``.
``remembered(doc, key, compute)`` keeps the answers for the document being processed (as
``mentions.doc_ents`` keeps its entities) and forgets them when another document comes. Only
facts that depend on the parse and the entities belong here: the components do not change
either while they read them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from spacy.attrs import DEP, LEMMA, LOWER, ORTH, POS
from spacy.tokens import Doc, Token

T = TypeVar("T")

_MEMO: list[Any] = [None, {}]  # [the document, its answers by key]


def remembered(doc: Doc, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()`` once per document and key."""
    if _MEMO[0] is not doc:
        _MEMO[:] = [doc, {}]
    answers = _MEMO[1]
    if key not in answers:
        answers[key] = compute()
    return answers[key]


def doc_text(doc: Doc) -> str:
    """``doc.text`` once per document (spaCy joins every token's text at each access). Kept
    for the document's life, not only while it is the one being read: no component changes a
    document's text, and the components before the parser read it too (a batch apart)."""
    return remembered(doc, "text", lambda: _kept_text(doc))  # the weak table's look-up is slower


def _kept_text(doc: Doc) -> str:
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def sentence_bounds(token: Token) -> tuple[int, int]:
    """(start, end) token indexes of the token's sentence, without ``token.sent``'s walk."""
    doc = token.doc
    starts, ends = remembered(doc, "sentence_bounds", lambda: _bounds(doc))
    position = bisect_right(starts, token.i) - 1
    return starts[position], ends[position]


def subtree_indices(token: Token) -> frozenset[int]:
    """``{t.i for t in token.subtree}``, once per token and document (several rules of an
    event ask it of the same trigger and clause verb)."""
    return remembered(token.doc, ("subtree", token.i), lambda: _subtree(token))


def _subtree(token: Token) -> frozenset[int]:
    return frozenset(t.i for t in token.subtree)


def _bounds(doc: Doc) -> tuple[list[int], list[int]]:
    sentences = list(doc.sents)
    return [s.start for s in sentences], [s.end for s in sentences]


@dataclass(frozen=True)
class Columns:
    """Every token's strings, read once per document into plain lists (index = token.i): loops
    that look for a few words test these and build a Token only where one may be."""

    lower: list[str]  # token.lower_
    lemma: list[str]  # token.lemma_.lower()
    pos: list[str]  # token.pos_
    dep: list[str]  # token.dep_


def columns(doc: Doc) -> Columns:
    return remembered(doc, "columns", lambda: _columns(doc))


class _StringsOf(dict):
    """A hash's string (lower-cased with ``fold``), looked up in the vocabulary once: hashes
    of strings are the same in every vocabulary, so one memory serves the process."""

    def __init__(self, fold: bool) -> None:
        super().__init__()
        self.fold = fold
        self.store: Any = None  # the StringStore of the document being read

    def __missing__(self, key: int) -> str:
        value = self.store[key] if key else ""
        value = self[key] = value.lower() if self.fold else value
        return value


_STRINGS = _StringsOf(fold=False)
_FOLDED = _StringsOf(fold=True)  # lemmas, lower-cased


def _columns(doc: Doc) -> Columns:
    pos, dep = token_strings(doc, POS, DEP)
    (lemma,) = token_strings(doc, LEMMA, fold=True)
    return Columns(doc_words(doc)[1], lemma, pos, dep)


def doc_words(doc: Doc) -> tuple[list[str], list[str]]:
    """Every token's text and lower-cased form (ORTH, LOWER), read once for the document's
    life: no component changes its words, and three read them (norms, the dictionary lookup
    before the parser, ``columns`` after it). Not to be changed by the reader."""
    words = _WORDS.get(doc)
    if words is None:
        texts, lowers = token_strings(doc, ORTH, LOWER)
        words = _WORDS[doc] = (texts, lowers)
    return words


_WORDS: WeakKeyDictionary[Doc, tuple[list[str], list[str]]] = WeakKeyDictionary()


def token_strings(doc: Doc, *attrs: int, fold: bool = False) -> list[list[str]]:
    """Each attribute's string for every token (lower-cased with ``fold``), one list per
    attribute, from ``doc.to_array``: no Token objects built (not remembered: see ``columns``)."""
    known = _FOLDED if fold else _STRINGS
    known.store = doc.vocab.strings
    if len(known) > MEMO_LIMIT:
        known.clear()
    lookup = known.__getitem__
    array = doc.to_array(list(attrs)).reshape(-1, len(attrs))  # one attribute: 1-D from spaCy
    return [list(map(lookup, values)) for values in array.T.tolist()]


MEMO_LIMIT = 500_000
