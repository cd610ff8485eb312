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
from typing import Any, TypeVar

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


def sentence_bounds(token: Token) -> tuple[int, int]:
    """(start, end) token indexes of the token's sentence, without ``token.sent``'s walk."""
    doc = token.doc
    starts, ends = remembered(doc, "sentence_bounds", lambda: _bounds(doc))
    position = bisect_right(starts, token.i) - 1
    return starts[position], ends[position]


def _bounds(doc: Doc) -> tuple[list[int], list[int]]:
    sentences = list(doc.sents)
    return [s.start for s in sentences], [s.end for s in sentences]
