"""Quotations: where each quoted passage of a paragraph opens and closes, across sentences.

Curly marks say which way they face; a straight mark opens when no quotation is open in its
paragraph and closes otherwise. A paragraph (blank line) closes whatever is still open, so a
stray mark cannot swallow the rest of the article, unless the next paragraph opens with a mark:
wire copy quotes a speaker over several paragraphs that way, closing only the last. Spans are
character offsets of the marks: ``(opening mark start, closing mark end)``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from loaders.extraction.doc_memo import columns, doc_text

OPENING = "“«"
CLOSING = "”»"
STRAIGHT = ('"', "''", "``")
QUOTE_TEXTS = frozenset({*OPENING, *CLOSING, *STRAIGHT})


def is_quote(token: Token) -> bool:
    return token.text in QUOTE_TEXTS


def quotations(doc: Doc) -> list[tuple[int, int]]:
    """Every closed quotation of the document, in text order."""
    cached = doc.user_data.get("wirehouse_quotations")
    if cached is not None:
        return cached
    found: list[tuple[int, int]] = []
    opened: int | None = None
    continued: int | None = None  # a quotation carried over a paragraph break
    for i, lower in enumerate(columns(doc).lower):
        if "\n" not in lower and lower not in QUOTE_TEXTS:
            continue  # neither a paragraph break nor a quotation mark: nothing changes
        token = doc[i]
        if token.is_space and "\n" in token.text:
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if opened is not None and following is not None and _facing(following) == "open":
                continued = following.i  # wire style: a quote going on opens every paragraph
            else:
                opened = None  # a new paragraph: an unclosed quotation ends here
            continue
        if not is_quote(token) or token.i == continued:
            continue
        facing = _facing(token)
        if facing == "open" or (facing is None and opened is None):
            opened = token.idx  # an opening after an unclosed one: the earlier was stray
        elif opened is not None:
            found.append((opened, token.idx + len(token.text)))
            opened = None
    doc.user_data["wirehouse_quotations"] = found
    return found


def in_quotation(token: Token) -> bool:
    """The token lies inside a closed quotation of its document."""
    return any(start <= token.idx < end for start, end in quotations(token.doc))


def _facing(token: Token) -> str | None:
    """Which way a mark faces: curly marks say so; a straight one by the spaces around it."""
    if token.text in OPENING:
        return "open"
    if token.text in CLOSING:
        return "close"
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    space_before = (
        before is None or bool(before.whitespace_) or before.is_space or before.text in "(["
    )
    space_after = after is None or bool(token.whitespace_) or after.is_punct
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    return None


def quotation_at(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The quotation that overlaps the character span ``[start, end)``, if any."""
    for opening, closing in quotations(doc):
        if opening < end and start < closing:
            return opening, closing
    return None


def quotation_before(doc: Doc, cue: Token, sentence: Span) -> tuple[int, int] | None:
    """A quotation that closes just before the cue's phrase (' "...," the chief said')."""
    gap_start = sentence.start_char
    for opening, closing in quotations(doc):
        if closing <= cue.idx and closing >= gap_start:
            between = doc.char_span(closing, cue.idx, alignment_mode="expand")
            words = [t for t in between or [] if t.is_alpha]
            clause = any(t.dep_ in ("mark", "cc") for t in words)  # '"..." and that his group'
            if len(words) <= 8 and not clause:  # only the speaker's phrase between quote and cue
                return opening, closing
    return None


def widen_to_quotation(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A claimed span inside a quotation that runs over several sentences covers all of it."""
    quoted = quotation_at(doc, start, end)
    if quoted is None:
        return start, end
    return min(start, quoted[0]), max(end, quoted[1])


def continued_after(doc: Doc, cue_end: int, sentence: Span) -> int | None:
    """'"It is over," he said on Monday. "We lost."': the quotations that open the sentences
    after a speech sentence ending a few words after its cue, and fill them, go on with what
    was said; the end of the last, or None."""
    tail = [t for t in doc[sentence.start : sentence.end] if t.idx >= cue_end and t.is_alpha]
    if len(tail) > 5:  # "..., he said, before the court adjourned for the day": no follow-on
        return None
    end, after = None, sentence.end_char
    for opening, closing in quotations(doc):
        if opening < after:
            continue
        if doc_text(doc)[after:opening].strip():
            break  # words between: the next sentence is no quotation of its own
        span = doc.char_span(opening, closing, alignment_mode="expand")
        if span is None or any(t.is_alpha for t in span.sent if t.idx >= closing):
            break  # '"...," she added.': a quotation with its own cue is its own claim
        end, after = closing, span.sent.end_char
    return end
