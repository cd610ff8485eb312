"""The claim under construction and the trimming of claimed spans (shared by the finders)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from loaders.extraction.actors import Actor
from loaders.extraction.mentions import actor_ref, noun_phrase
from loaders.extraction.quotes import QUOTE_TEXTS, is_quote

DASHES = frozenset({"-", "–", "—", "--"})
_CALENDAR = """jan feb mar apr may jun jul aug sep sept oct nov dec january february march april
june july august september october november december mon tue tues wed thu thur thurs fri sat sun
monday tuesday wednesday thursday friday saturday sunday"""
CALENDAR_WORDS = frozenset(_CALENDAR.split())
JUNK_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})


def is_dateish(token: Token) -> bool:
    """A date, a time, a number or a calendar word: never a speaker ("Fri 07 Apr 2017")."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return token.ent_type_ in ("DATE", "TIME")  # "One of those groups", "62 percent of them"
    if token.like_num or token.ent_type_ == "CARDINAL":
        return True
    return token.ent_type_ in JUNK_LABELS or token.is_punct or is_calendar_word(token)


def is_calendar_word(token: Token) -> bool:
    return token.lower_.rstrip(".") in CALENDAR_WORDS and token.text[:1].isupper()


@dataclass
class RawClaim:
    speaker: Token | None  # head of the source's noun phrase; None: no source named
    cue_start: int  # token indices
    cue_end: int
    cue: str
    stance: str
    start: int  # character span of what is claimed
    end: int
    sentence: Span


def trim(span: Span) -> tuple[int, int] | None:
    """The span without edge punctuation, a leading "that" and a wire credit, as characters."""
    span = without_credit(span)
    tokens = [t for t in span if not (t.is_space or (t.is_punct and t.text not in QUOTE_TEXTS))]
    while tokens and (
        (tokens[0].lower_ in ("that", "whether", "if", "for") and tokens[0].dep_ == "mark")
        or (tokens[0].lower_ == "that" and tokens[0].tag_ == "WDT" and len(tokens) > 1)
    ):  # a complementiser the parser took for a relative pronoun ("at a briefing that ...")
        tokens = tokens[1:]
    while tokens and is_quote(tokens[-1]) and not any(is_quote(t) for t in tokens[:-1]):
        tokens = tokens[:-1]  # a closing mark whose opening lies outside the span
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def without_credit(span: Span) -> Span:
    """A wire credit or dateline opening the span ("(AFP) -", "BEIRUT (Reuters) -") is cut."""
    for token in span[:8]:
        if token.text in DASHES or token.text == ":":
            before = span.doc[span.start : token.i]
            credit = any(t.text == ")" for t in before) or (
                len(before) > 0 and all(t.is_upper or t.is_punct for t in before)
            )
            if credit:
                return span.doc[token.i + 1 : span.end]
            break
    return span


def headline_line(sentence: Span) -> bool:
    """A line without a closing full stop that the next line follows: a headline."""
    doc = sentence.doc
    words = [t for t in sentence if not t.is_space]
    if not words or words[-1].text in (".", "!", "?", '"', "”"):
        return False
    after = doc[words[-1].i + 1] if words[-1].i + 1 < len(doc) else None
    return after is not None and after.is_space and "\n" in after.text


def rest_of_line(verb: Token) -> tuple[int, int] | None:
    """What follows a cue to the end of its line ("UN says 1.7 million face famine")."""
    doc, end = verb.doc, verb.i + 1
    while end < verb.sent.end and not (doc[end].is_space and "\n" in doc[end].text):
        end += 1
    return trim(doc[verb.i + 1 : end]) if end > verb.i + 1 else None


# --- the speaker's phrase ------------------------------------------------------------------


def named_as(head: Token) -> Token | None:
    """ "The opposition-linked group known as the Syrian Observatory": the name it is known as."""
    for child in head.children:
        if child.dep_ == "acl" and child.lemma_.lower() in ("know", "call", "name"):
            for token in child.subtree:
                if token.dep_ in ("pobj", "oprd", "attr", "dobj") and token.pos_ == "PROPN":
                    return token
    return None


def phrase_tokens(head: Token) -> set[int]:
    """The speaker's phrase with its appositions and "of"/"for" phrases ("X, head of Y")."""
    tokens = {t.i for t in head.subtree}
    for child in head.children:
        clause = child.dep_ in ("relcl", "ccomp", "advcl", "acl")
        if clause and child.lemma_.lower() not in ("know", "call", "name"):
            tokens -= {t.i for t in child.subtree}  # not "the group known as X"
    return tokens


def trim_junk(doc: Doc, claimant: dict, head: Token) -> None:
    """Cut a dateline, a date or a count that opens the speaker's phrase from its words."""
    if claimant["start"] is None:
        return
    span = doc.char_span(claimant["start"], claimant["end"], alignment_mode="expand")
    if span is None:
        return
    cut = None
    for token in span:
        if token.i >= head.i:
            break
        if (
            token.ent_type_ in ("DATE", "TIME")
            or token.text in ("•", "|")
            or _year_or_time(token)
            or is_calendar_word(token)
        ):
            cut = token.i
    if cut is None:
        return
    rest = [t for t in doc[cut + 1 : span.end] if not (t.is_punct or t.is_space)]
    while rest and rest[0].tag_ == "POS":  # "Monday's statement": the statement
        rest = rest[1:]
    if rest:
        claimant.update(text=doc[rest[0].i : span.end].text, start=rest[0].idx, end=span.end_char)


def _year_or_time(token: Token) -> bool:
    return token.is_digit and len(token.text) == 4  # "2016", "0914"


def identity_of(found: dict) -> dict:
    return {key: found[key] for key in ("name", "country", "sector", "kind")}


def standing_for(actor: Actor, claimant: dict) -> dict:
    """The claimant's words, now standing for ``actor``."""
    return {**claimant, **identity_of(actor_ref(actor, None, None, None))}


def retexted(claimant: dict, head: Token) -> dict:
    """An earlier claimant, in the words of this mention ("the ministry", "he")."""
    words = noun_phrase(head)
    return {**claimant, "text": words.text, "start": words.start_char, "end": words.end_char}
