"""Claims at adjectives of conviction, which are no verbs of saying: "the minister is confident
that the bill will pass", "unions are convinced that ...": the copula's subject holds the clause,
when it is a person or a body ("it is certain that ..." holds nothing). The words are data
(``stance_adjectives`` in attribution_cues.yaml).

Adverbs of hearsay ("X reportedly told aides ...", "Y allegedly bribed judges") make no claim:
the clause stays in the writer's voice, as the Syrian dev set codes it (README of
tests/devset_attribution, news3).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.attribution_cues import Lexicon
from loaders.extraction.claim_guards import holds_no_view
from loaders.extraction.claim_spans import RawClaim, trim

EXPLETIVES = frozenset({"it", "this", "that", "there"})


def stance_adjective(token: Token, sentence: Span, lexicon: Lexicon) -> RawClaim | None:
    if token.lower_ not in lexicon.stance_adjectives or token.pos_ not in ("ADJ", "VERB"):
        return None
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    if clause is None or clause.i < token.i:
        return None  # "confident of victory", "sure to win": no clause held
    subject = _holder(token)
    if subject is None or subject.lower_ in EXPLETIVES:
        return None
    if holds_no_view(token, subject, lexicon):
        return None
    span = trim(token.doc[clause.left_edge.i : clause.right_edge.i + 1])
    if span is None:
        return None
    return RawClaim(subject, token.i, token.i + 1, token.text, "assert", *span, sentence)


def _holder(adjective: Token) -> Token | None:
    """The subject of "X is confident that" (the copula's) or of "X is convinced that" (a
    passive participle's own)."""
    own = next((c for c in adjective.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is not None:
        return own
    if adjective.dep_ in ("acomp", "oprd") and adjective.head.i < adjective.i:
        return next((c for c in adjective.head.children if c.dep_ == "nsubj"), None)
    return None
