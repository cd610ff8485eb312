"""Cues in an aside on a clause's subject, set off by commas.

"Most voters, a poll by Ipsos found, do not trust the government": the poll finds the clause
(the parse hangs "found" on "poll" as a participle, and "poll" on "voters" as an apposition).
"Union leaders, quoted by the daily Le Monde, said the strike would continue": the paper is the
source of the whole sentence (the leaders' saying is nested in its quotation).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.attribution_cues import VerbCue
from loaders.extraction.claim_spans import RawClaim, trim

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def aside_claim(token: Token, sentence: Span, cue: VerbCue) -> RawClaim | None:
    """The claim of a cue participle in a comma aside on a subject, else None."""
    if token.dep_ != "acl" or token.tag_ not in ("VBN", "VBD"):  # "a survey ... found": either
        return None
    if any(c.dep_ in ("aux", "dobj", "ccomp") for c in token.children):
        return None  # an aside's cue has its clause outside it
    noun = token.head
    agents = [
        o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
    ]
    if agents and cue.frame == "quote":
        speaker, subject, aside = agents[0], noun, token  # "X, quoted by the paper, said"
    elif not agents and noun.dep_ == "appos" and noun.i < token.i:
        speaker, subject, aside = noun, noun.head, noun  # "X, a poll found, ..."
    else:
        return None
    doc = token.doc
    first, last = aside.left_edge.i, aside.right_edge.i
    if subject.dep_ not in SUBJECT_DEPS or doc[first - 1].text != ",":
        return None
    if last + 1 >= len(doc) or doc[last + 1].text != ",":
        return None
    clause = subject.head
    kept = [t for t in clause.subtree if not first <= t.i <= last and not t.is_punct]
    span = trim(doc[kept[0].i : kept[-1].i + 1]) if kept else None
    if span is None:
        return None
    return RawClaim(speaker, token.i, token.i + 1, token.text, cue.stance, *span, sentence)
