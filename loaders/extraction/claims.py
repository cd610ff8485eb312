"""Attributions: who says (or denies) what, and the span of what is claimed.

The cues are data (``loaders/data/attribution_cues.yaml``, read by ``attribution_cues.py``):
verbs with a frame that says where the speaker and the content hang in the dependency parse.
A claim is found at
- a cue verb with its speaker as subject ("X said/told/announced/accused/urged/called for ..."),
  after the verb ('"...", said one commander'), or inherited by a clause that hangs on a speech
  ("..., adding that ...", "a statement saying ...");
- a statement as subject ("a statement from X said", "X's spokesman said": the author speaks);
- a passive: "was announced by X" (X speaks), "it was reported that ...", "X is said to ..."
  (no named source), "X was quoted as saying ..." (X speaks);
- "according to X" anywhere in the sentence, unless X is no source ("according to plan"), and
  "per X" with X a source ("per the bank's projections"; claim_citing.py);
- "in a statement / interview / tweet ..." on a clause whose verb is no cue (its subject speaks);
- "a claim by X", "X's claim that ...";
- a quotation introduced by a colon or closed by a dash beside a speaker and no verb
  ('Spokesman Ali Hassan: "..."', '"..." - Ali Hassan');
- an adjective of conviction with a clause ("the minister is confident that ...")
  (claim_stance_words.py). An adverb of hearsay ("X reportedly told aides") makes no claim: the
  clause stays in the writer's voice, as the Syrian dev set codes it.
What is claimed is the frame's content: the clausal complement, an object for cues that take one
("denied the claim", "announced a ceasefire"), the "of" phrase of an accusation, the object of
"for"; else the clause the cue trails ("..., the army said"); else the sentence's quotation. A
quotation that runs over several sentences of the paragraph before (or after) its speech verb is
claimed whole (quotes.py). Who the speaker is, and whether it can be a claimant, is decided in
claimants.py.
"""

from __future__ import annotations

from spacy.tokens import Doc

from loaders.extraction.attribution_cues import Lexicon, _stems, load_lexicon, self_frame
from loaders.extraction.claim_citing import per_source
from loaders.extraction.claim_phrases import (
    SETTING_PREPS,
    according_to,
    in_statement,
    introduced_quotation,
    statement_noun,
)
from loaders.extraction.claim_spans import DASHES, RawClaim
from loaders.extraction.claim_stance_words import made_clear, stance_adjective
from loaders.extraction.claim_verbs import verb_claim
from loaders.extraction.doc_memo import columns, doc_text
from loaders.extraction.quotes import QUOTE_TEXTS, continued_after, widen_to_quotation

__all__ = ["DENY_LEMMAS", "SAY_LEMMAS", "RawClaim", "find_claims"]

# Every cue lemma whose speaker is not the actor of what it says, and the denials among them
# (events read these to find reported clauses; "vowed to retaliate" keeps its subject as actor).
SAY_LEMMAS = frozenset(
    lemma
    for lemma, senses in load_lexicon().verbs.items()
    if any(not self_frame(c) for c in senses)
)
DENY_LEMMAS = frozenset(
    c.lemma for senses in load_lexicon().verbs.values() for c in senses if c.stance == "deny"
)


def find_claims(doc: Doc, lexicon: Lexicon | None = None) -> list[RawClaim]:
    lexicon = lexicon or load_lexicon()
    found: list[RawClaim] = []
    words = columns(doc)
    for sentence in doc.sents:
        for i in range(sentence.start, sentence.end):
            if not _may_cue(words.lower[i], words.lemma[i], lexicon):
                continue
            token = doc[i]
            claim = (
                verb_claim(token, sentence, lexicon)
                or according_to(token, sentence, lexicon)
                or per_source(token, sentence, lexicon)
                or statement_noun(token, sentence, lexicon)
                or in_statement(token, sentence, lexicon)
                or introduced_quotation(token, sentence, lexicon)
                or stance_adjective(token, sentence, lexicon)
                or made_clear(token, sentence, lexicon)
            )
            if claim is not None and claim.end > claim.start:
                found.append(_widened(doc, claim))
    return found


CUE_PUNCTUATION = frozenset({":", *DASHES})


def _may_cue(lower: str, lemma: str, lexicon: Lexicon) -> bool:
    """Whether any of the cue readers above could find a claim at a token (its lower-cased
    form and lemma): a verb of the lexicon (by lemma or inflected form, as ``senses_of`` looks
    it up), "according", a claim noun, the preposition of "in a statement", or a colon or dash
    before or after a quotation. Most tokens are none of these, and are not read further. The
    answers for a word and a lemma are remembered (a few thousand distinct words)."""
    forms, lemmas = _cue_memory(lexicon)
    by_form = forms.get(lower)
    if by_form is None:
        verbs = lexicon.verbs
        by_form = forms[lower] = (
            lower in verbs
            or lower in CUE_WORDS
            or lower in CUE_PUNCTUATION  # punctuation's lower case is its text
            or any(stem in verbs for stem in _stems(lower))
        )
    if by_form or lower in lexicon.stance_adjectives or lower in lexicon.made_adjectives:
        return True
    by_lemma = lemmas.get(lemma)
    if by_lemma is None:
        by_lemma = lemmas[lemma] = lemma in lexicon.verbs or lemma in lexicon.claim_nouns
    return by_lemma


_MEMORY: dict[int, tuple[Lexicon, dict[str, bool], dict[str, bool]]] = {}


def _cue_memory(lexicon: Lexicon) -> tuple[dict[str, bool], dict[str, bool]]:
    kept = _MEMORY.get(id(lexicon))
    if kept is None or kept[0] is not lexicon:
        kept = _MEMORY[id(lexicon)] = (lexicon, {}, {})
    return kept[1], kept[2]


CUE_WORDS = frozenset({"according", "per", *SETTING_PREPS})


def _widened(doc: Doc, claim: RawClaim) -> RawClaim:
    cue = doc[claim.cue_start : claim.cue_end]
    start, end = widen_to_quotation(doc, claim.start, claim.end)
    if start <= cue.start_char < end:  # the cue is inside the quotation: keep what was found
        return claim
    if end <= cue.start_char and doc_text(doc)[start : start + 1] in QUOTE_TEXTS:
        end = continued_after(doc, cue.end_char, claim.sentence) or end  # '"...," he said. "..."'
    claim.start, claim.end = start, end
    return claim
