"""A colon that introduces what someone said without quotation marks: "The message from the
finance ministry was blunt: there would be no more money", "The spokesman had a simple answer:
the army was not involved". The phrase before the colon names a statement (a noun of
``statement_nouns``, ``claim_nouns`` or ``answer_nouns``); its owner speaks ("the ministry's
message", "the message from the ministry"), else the subject of the clause that holds it ("the
spokesman had an answer"). What follows the colon, up to the end of the sentence, is what is
said when it is a clause (it has a verb). Quoted colons are claim_phrases.introduced_quotation's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.attribution_cues import Lexicon
from loaders.extraction.claim_spans import RawClaim, trim
from loaders.extraction.quotes import is_quote

OWNER_PREPS = frozenset({"from", "of", "by"})


def unquoted_colon(colon: Token, sentence: Span, lexicon: Lexicon) -> RawClaim | None:
    doc = colon.doc
    if colon.i + 1 >= sentence.end or is_quote(doc[colon.i + 1]):
        return None
    after = [t for t in doc[colon.i + 1 : sentence.end] if not t.is_punct]
    if not any(t.pos_ in ("VERB", "AUX") for t in after):
        return None  # "Three things matter: jobs, prices and taxes": a list, no statement
    nouns = lexicon.statement_nouns | lexicon.claim_nouns | lexicon.answer_nouns
    before = [t for t in doc[sentence.start : colon.i] if t.pos_ == "NOUN"]
    statement = next((t for t in reversed(before) if t.lemma_.lower() in nouns), None)
    if statement is None:
        return None
    speaker = _owner(statement)
    if speaker is None:
        return None
    span = trim(doc[after[0].i : after[-1].i + 1])
    if span is None:
        return None
    return RawClaim(speaker, colon.i, colon.i + 1, ":", "assert", *span, sentence)


def _owner(noun: Token) -> Token | None:
    """Who made the statement: "the ministry's message", "the message from the ministry", "the
    spokesman had an answer" (the subject of the clause whose object the noun is)."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in OWNER_PREPS:
            found = next((c for c in child.children if c.dep_ == "pobj"), None)
            if found is not None:
                return found
    if noun.dep_ in ("dobj", "attr"):
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return None
