"""Questions: a yes-no question or "what if" leaves its event open; a question of who, why, how
or where takes the deed for granted (events/modality.py asks)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.doc_memo import remembered, sentence_bounds
from loaders.extraction.events.syntax import words


def is_question(token: Token) -> bool:
    start, _end = sentence_bounds(token)
    return remembered(token.doc, ("question", start), lambda: ends_with_question(token.sent))


def ends_with_question(sentence: Span) -> bool:
    """A yes-no question or "what if" leaves its event open; a question of who, why, how or
    where ("Why did the army open fire on the protesters?") takes the deed for granted (its
    modal, "Who will attack?", is read before this)."""
    words = [t for t in sentence if not t.is_space and not t.is_punct]
    last = [t for t in sentence if not t.is_space][-1:]
    if not last or last[0].text != "?":
        return False
    asks_wh = (
        len(words) > 1
        and words[0].lower_ in WH_OPENERS
        and (words[1].pos_ in ("AUX", "VERB") or words[1].lower_ in ("many", "much"))
    )  # "Why did ...", "Who bombed ...", "How many died ..."; not "When I said ..."
    return not asks_wh


WH_OPENERS = words("who why how where when which whose")
