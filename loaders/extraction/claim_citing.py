""" "Citing X": X is a second source of what the sentence's speech verb says.

"Haitian radio, citing palace officials, reported that the president was still in the capital":
the radio reports it (the verb's own claim) and the officials are cited for it, a claim of
theirs with the same content. When what is cited is no source ("citing political instability",
"citing anti-terrorism laws": a reason), the verb reader keeps the subject's claim of a reason.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.attribution_cues import Lexicon, verb_cue
from loaders.extraction.claim_content import content_of
from loaders.extraction.claim_spans import RawClaim, trim

SOURCE_ENTS = frozenset({"PERSON", "ORG", "NORP"})
CITED_CUES = frozenset({"citing", "Citing"})  # the cue text of these claims (events: components)


def cited_source(token: Token, sentence: Span, lexicon: Lexicon) -> RawClaim | None:
    """The claim of the source a "citing" participle names, with its verb's content, else None."""
    if (
        token.lemma_.lower() != "cite"
        or token.tag_ != "VBG"
        or token.dep_ not in ("advcl", "xcomp")
    ):
        return None
    cited = next((c for c in token.children if c.dep_ == "dobj"), None)
    head = token.head
    if cited is None or head.i == token.i or not _source(cited, lexicon):
        return None
    head_cue = verb_cue(head, lexicon)
    if head_cue is None or head_cue.frame != "speech":
        return None  # "Britain, citing its intelligence, froze the assets": no speech to share
    content = content_of(head, head_cue, sentence)
    if content is None:
        return None
    return RawClaim(cited, token.i, token.i + 1, token.text, "assert", *content, sentence)


def _source(noun: Token, lexicon: Lexicon) -> bool:
    """People, bodies, documents and data: who or what can be cited for a statement."""
    lemma = noun.lemma_.lower()
    sources = lexicon.person_nouns | lexicon.holder_nouns | lexicon.spokesperson_nouns
    sources |= lexicon.statement_nouns | lexicon.evidence_nouns | lexicon.office_nouns
    return lemma in sources or noun.lower_ in sources or noun.ent_type_ in SOURCE_ENTS


def per_source(token: Token, sentence: Span, lexicon: Lexicon) -> RawClaim | None:
    """ "Per the bank's projections, prices will rise": "per" as "according to", when what
    follows is a source with a determiner or an owner ("per day", "per cent", "per the
    agreement" name none)."""
    if token.lower_ != "per" or token.dep_ != "prep":
        return None
    noun = next((c for c in token.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() in lexicon.not_sources or not _source(noun, lexicon):
        return None
    if noun.pos_ != "PROPN" and not any(c.dep_ in ("det", "poss") for c in noun.children):
        return None
    doc = token.doc
    phrase_end = noun.right_edge.i + 1
    before = trim(doc[sentence.start : token.i]) if token.i > sentence.start else None
    after = trim(doc[phrase_end : sentence.end]) if phrase_end < sentence.end else None
    content = before or after if before is None or after is None else (before[0], after[1])
    if content is None:
        return None
    return RawClaim(noun, token.i, token.i + 1, token.text, "assert", *content, sentence)
