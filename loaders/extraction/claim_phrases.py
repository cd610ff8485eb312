"""Claims at prepositions, nouns and punctuation: "according to X", "X's claim that",
"in a statement, X ...", 'Spokesman X: "..."' and '"..." - X'.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.attribution_cues import Lexicon, verb_cue
from loaders.extraction.claim_spans import DASHES, RawClaim, trim
from loaders.extraction.quotes import is_quote, quotations

SETTING_PREPS = frozenset({"in"})


def according_to(token: Token, sentence: Span, lexicon: Lexicon) -> RawClaim | None:
    if token.lower_ != "according" or token.i + 1 >= len(token.doc):
        return None
    to = token.doc[token.i + 1]
    if to.lower_ != "to":
        return None
    objects = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in token.children if c.dep_ == "pobj"
    ]
    if not objects or objects[0].lemma_.lower() in lexicon.not_sources:
        return None  # "according to plan"
    if objects[0].lower_ in lexicon.not_sources:
        return None
    phrase_end = max(t.i for t in objects[0].subtree) + 1
    doc = token.doc
    before = trim(doc[sentence.start : token.i]) if token.i > sentence.start else None
    after = trim(doc[phrase_end : sentence.end]) if phrase_end < sentence.end else None
    # "The floods, according to X, killed 12": both sides
    content = before or after if before is None or after is None else (before[0], after[1])
    if content is None:
        return None
    return RawClaim(objects[0], token.i, to.i + 1, "according to", "assert", *content, sentence)


def statement_noun(token: Token, sentence: Span, lexicon: Lexicon) -> RawClaim | None:
    """ "a claim by a US official", "Moscow's claim that ...": the noun is the cue."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in ("claim", "allegation", "assertion"):
        return None
    if token.dep_.startswith("nsubj") and verb_cue(token.head, lexicon) is not None:
        return None  # "the claim said": the verb is the cue
    speaker = None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            speaker = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ in ("poss", "compound", "amod") and child.pos_ in ("PROPN", "ADJ"):
            speaker = speaker or child
    if speaker is None:
        return None
    content = next((c for c in token.children if c.dep_ in ("acl", "ccomp", "relcl")), None)
    doc = token.doc
    if content is not None and any(
        t.lower_ == "that" and t.dep_ == "mark" for t in content.children
    ):
        span = trim(doc[content.left_edge.i : content.right_edge.i + 1])
    else:
        span = trim(doc[token.left_edge.i : token.right_edge.i + 1])
    if span is None:
        return None
    return RawClaim(speaker, token.i, token.i + 1, token.text, "assert", *span, sentence)


def in_statement(token: Token, sentence: Span, lexicon: Lexicon) -> RawClaim | None:
    """ "In a statement, the ministry condemned the attack": the clause's subject speaks."""
    if token.dep_ != "prep" or token.lower_ not in SETTING_PREPS:
        return None
    noun = next((c for c in token.children if c.dep_ == "pobj"), None)
    verb = token.head
    if noun is None or noun.lemma_.lower() not in lexicon.statement_nouns:
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb_cue(verb, lexicon) is not None:
        return None  # "said in a statement": the verb is the cue
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    skip = {t.i for t in subject.subtree} | {t.i for t in token.subtree}
    kept = [t for t in verb.subtree if t.i not in skip and not t.is_punct]
    if not kept:
        return None
    span = trim(token.doc[kept[0].i : kept[-1].i + 1])
    if span is None:
        return None
    cue = token.doc[token.i : noun.i + 1]
    return RawClaim(subject, token.i, noun.i + 1, cue.text, "assert", *span, sentence)


def introduced_quotation(token: Token, sentence: Span) -> RawClaim | None:
    """'Spokesman Ali Hassan: "..."' and '"..." - Ali Hassan': a speaker beside a quotation."""
    doc = token.doc
    if token.text == ":" and token.i + 1 < sentence.end and is_quote(doc[token.i + 1]):
        before = [t for t in doc[sentence.start : token.i] if not t.is_punct]
        speaker = _phrase_head(before)
        closing = next((q for q in quotations(doc) if q[0] == doc[token.i + 1].idx), None)
        if speaker is None or closing is None:
            return None
        return RawClaim(speaker, token.i, token.i + 1, ":", "assert", *closing, sentence)
    if token.text in DASHES and token.i + 1 < sentence.end and is_quote(doc[token.i + 1]):
        # 'The message from the commander was short — "..."': the clause's subject speaks
        verb = doc[token.i - 1]
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i < token.i and verb.head != verb:
            verb = verb.head  # the clause before the dash: "... was short —"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        closing = next((q for q in quotations(doc) if q[0] == doc[token.i + 1].idx), None)
        if subject is None or closing is None or subject.i > token.i:
            return None
        return RawClaim(subject, token.i, token.i + 1, token.text, "assert", *closing, sentence)
    if token.text in DASHES and token.i > sentence.start and is_quote(doc[token.i - 1]):
        after = [t for t in doc[token.i + 1 : sentence.end] if not t.is_punct]
        speaker = _phrase_head(after)
        closing = next((q for q in quotations(doc) if q[1] == doc[token.i - 1].idx + 1), None)
        if speaker is None or closing is None:
            return None
        return RawClaim(speaker, token.i, token.i + 1, token.text, "assert", *closing, sentence)
    return None


def _phrase_head(tokens: list[Token]) -> Token | None:
    """The head of a short noun phrase standing alone (a speaker's name and title)."""
    if not tokens or len(tokens) > 12 or any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return None
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    nouns = [t for t in heads if t.pos_ in ("PROPN", "NOUN")]
    return nouns[-1] if nouns else None
