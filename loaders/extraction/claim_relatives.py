"""Cue verbs in a relative clause on a claim noun: what is claimed is the noun's claim.

"The ministry repeated its claim, which the opposition denies": the opposition denies the
claim (the relative pronoun stands for it). "Ndung'u said the figures vindicated the tax
increases, a view the opposition disputes": "a view" sums up the clause it is set beside, and
the opposition disputes that clause (the parse takes "disputes" for a noun and "opposition" for
its compound: attribution_cues.reduced_relative).
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.attribution_cues import Lexicon, VerbCue, reduced_relative, verb_cue
from loaders.extraction.claim_spans import trim

RELATIVE_WORDS = frozenset({"which", "that", "what"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "ROOT", "conj", "relcl"})
OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "dative"})
# Verbs of agreeing take a claim as object though their content is otherwise a clause only
# ("accepted that mistakes were made"): "a position the opposition has never accepted".
ACCEPTING = frozenset({"accept", "endorse", "share"})


def relative_content(verb: Token, lexicon: Lexicon) -> tuple[Token | None, tuple[int, int]] | None:
    """(speaker, content span) of a cue in a relative clause on a claim noun, else None."""
    noun = verb.head
    nouns = lexicon.claim_nouns | lexicon.statement_nouns
    if noun.i > verb.i or noun.lemma_.lower() not in nouns:
        return None
    if reduced_relative(verb, lexicon):
        subject = next(
            (c for c in verb.children if c.dep_ in ("compound", "nsubj") and c.i < verb.i), None
        )
    elif _takes_the_claim(verb, lexicon) and (
        any(c.dep_ == "dobj" and c.lower_ in RELATIVE_WORDS for c in verb.children)
        or _object_gap(verb)
    ):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    else:
        return None
    if subject is None:
        return None
    return subject, _summed_up(noun) or _phrase(noun)


def _takes_the_claim(verb: Token, lexicon: Lexicon) -> bool:
    """A relative clause whose verb takes a claim as object: denied, rejected, confirmed,
    repeated ("the report, which the committee published" names no claim of its own)."""
    cue = verb_cue(verb, lexicon)
    takes = cue is not None and (cue.object or cue.stance == "deny" or cue.lemma in ACCEPTING)
    return verb.dep_ == "relcl" and takes


def relative_stance(verb: Token, cue: VerbCue) -> str:
    """A verb of agreeing negated denies the claim ("a position the UN has never accepted")."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    return "deny" if negated and cue.lemma in ACCEPTING else cue.stance


def _object_gap(verb: Token) -> bool:
    """A relative clause with no relative word whose verb lacks its object: the noun it is on
    is the object ("bribery allegations he denies", "a position the UN has never accepted")."""
    children = list(verb.children)
    return (
        not any(c.dep_ in OBJECT_DEPS for c in children)
        and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_WORDS for c in children)
        and not any(c.lower_ in RELATIVE_WORDS for c in children)
    )


def _phrase(noun: Token) -> tuple[int, int]:
    span = trim(noun.doc[noun.left_edge.i : noun.i + 1])
    return span if span is not None else (noun.idx, noun.idx + len(noun.text))


def _summed_up(noun: Token) -> tuple[int, int] | None:
    """The clause an appositive claim noun sums up ("..., a view ..."): the nearest clause
    above it, without the apposition."""
    if noun.dep_ != "appos":
        return None
    clause = noun.head
    while clause.dep_ not in CLAUSE_DEPS or clause.pos_ not in ("VERB", "AUX"):
        if clause.head.i == clause.i:
            return None
        clause = clause.head
    skip = {t.i for t in noun.subtree}
    kept = [t for t in clause.subtree if t.i not in skip and not t.is_punct]
    return trim(noun.doc[kept[0].i : kept[-1].i + 1]) if kept else None
