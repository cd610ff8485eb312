"""Claims at adjectives of conviction, which are no verbs of saying: "the minister is confident
that the bill will pass", "unions are convinced that ...": the copula's subject holds the clause,
when it is a person or a body ("it is certain that ..." holds nothing). The words are data
(``stance_adjectives`` in attribution_cues.yaml). "X made clear that ..." (``made_adjectives``):
the subject of "make" states the clause.

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
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "csubj"})  # the parse hangs "that ..." variously


def stance_adjective(token: Token, sentence: Span, lexicon: Lexicon) -> RawClaim | None:
    if token.lower_ not in lexicon.stance_adjectives or token.pos_ not in ("ADJ", "VERB"):
        return None
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    if clause is None and token.dep_ == "acomp":  # "was adamant that ...": on the copula
        clause = next(
            (c for c in token.head.children if c.dep_ == "ccomp" and _opens_with_that(c)), None
        )
    if clause is None or clause.i < token.i:
        return None  # "confident of victory", "sure to win": no clause held
    if clause.left_edge.lower_ in ("whether", "if") or token.head.lemma_.lower() == "make":
        return None  # "not sure whether he would come" (a question), "making sure that" (ensuring)
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


def made_clear(token: Token, sentence: Span, lexicon: Lexicon) -> RawClaim | None:
    """ "Brussels has made clear that ...", "the minister made it plain that ...": the cue runs
    from "made" to the adjective; the "that" clause hangs on either."""
    make = token.head
    if token.lower_ not in lexicon.made_adjectives or make.lemma_.lower() != "make":
        return None
    if make.i > token.i or token.dep_ not in ("ccomp", "oprd", "acomp", "xcomp", "dobj"):
        return None
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in make.children):
        return None  # "to make clear that ...": an aim, as infinitives of saying are
    clauses = [c for c in (*token.children, *make.children) if c.i > token.i]
    clause = next((c for c in clauses if c.dep_ in CLAUSE_DEPS and _opens_with_that(c)), None)
    subject = next((c for c in make.children if c.dep_ == "nsubj"), None)
    if clause is None or subject is None:
        return None
    span = trim(token.doc[clause.left_edge.i : clause.right_edge.i + 1])
    if span is None:
        return None
    return RawClaim(subject, make.i, token.i + 1, token.doc[make.i : token.i + 1].text, "assert",
                    *span, sentence)  # fmt: skip


def _opens_with_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
