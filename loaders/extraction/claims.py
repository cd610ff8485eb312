"""Attributions: who says (or denies) what, and the span of what is claimed.

A claim is found at
- a verb of saying whose subject is the speaker ("X said/says/told reporters/announced/reported/
  boasted/claimed/denied/stated/added ..."), including a statement as subject ("a Guards
  statement said", "X's statement said": the speaker is the statement's author);
- "according to X" (the claim is the rest of the sentence);
- "a statement by X" / "a claim by X".
What is claimed is the verb's clausal complement (``ccomp``) or, for a denial, its object
("Moscow denied a US claim that ..."); when the speech verb trails the clause ("..., a monitoring
group said"), it is the clause before it; a sentence with a quotation and no complement claims
the quotation. Denials (deny, reject, dismiss, refute) have stance "deny".
Limits: a claim never reaches beyond its sentence; a quotation running over several sentences
is claimed only where its speech verb is.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from loaders.extraction.referents import Referents


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SAY_LEMMAS = _words(
    "say tell announce report boast claim deny state add confirm declare insist "
    "allege assert acknowledge admit reject dismiss note explain warn quote accuse "
    "estimate indicate write post publish reveal disclose refute stress affirm emphasise "
    "emphasize reiterate underline"
)
DENY_LEMMAS = frozenset({"deny", "reject", "dismiss", "refute"})
STATEMENT_NOUNS = _words(
    "statement communique communiqué announcement report source sources spokesman "
    "spokeswoman spokesperson release message video footage account"
)
CONTENT_DEPS = ("ccomp", "xcomp")
NOT_CLAIMED = frozenset({"life", "lives", "responsibility", "credit"})
NOBODY = frozenset({"no", "nobody", "none"})
QUOTES = '"“”«»'


@dataclass
class RawClaim:
    speaker: Token  # head of the claimant's noun phrase
    cue_start: int  # token indices
    cue_end: int
    cue: str
    stance: str
    start: int  # character span of what is claimed
    end: int
    sentence: Span


def find_claims(doc: Doc) -> list[RawClaim]:
    found: list[RawClaim] = []
    for sentence in doc.sents:
        for token in sentence:
            claim = _speech_verb(token, sentence) or _according_to(token, sentence)
            if claim is None:
                claim = _statement_by(token, sentence)
            if claim is not None and claim.end > claim.start:
                found.append(claim)
    return found


def resolve_claims(doc: Doc, raw: list[RawClaim], referents: Referents) -> list[dict]:
    """Contract claims in text order; each speaker becomes the next pronoun's antecedent."""
    claims = []
    for claim in raw:
        claimant = referents.actor(claim.speaker)
        if claimant["name"] is not None:
            referents.last_speaker = _as_actor(claimant)
        cue = doc[claim.cue_start : claim.cue_end]
        claims.append(
            {
                "claimant": claimant,
                "cue": cue.text,
                "cue_start": cue.start_char,
                "cue_end": cue.end_char,
                "stance": claim.stance,
                "start": claim.start,
                "end": claim.end,
            }
        )
    return claims


def _as_actor(ref: dict):  # noqa: ANN202 - Actor, imported lazily to keep this module light
    from loaders.extraction.actors import Actor

    return Actor(ref["name"], ref["country"], ref["sector"], ref["kind"] or "agent")


def _speech_verb(token: Token, sentence: Span) -> RawClaim | None:
    lemma = token.lemma_.lower()
    pointed_out = lemma == "point" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in token.children
    )
    if (lemma not in SAY_LEMMAS and not pointed_out) or token.pos_ not in ("VERB", "AUX"):
        return None
    objects = {c.lemma_.lower() for c in token.children if c.dep_ == "dobj"}
    if lemma == "claim" and objects & NOT_CLAIMED:
        return None  # "the attack claimed the lives of 8", "claimed responsibility"
    subject = next(
        (c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and not c.is_punct), None
    )
    if subject is None:  # '"...", said one rebel commander': a parse may hang it elsewhere
        subject = next(
            (
                c
                for c in token.rights
                if c.dep_ in ("dobj", "attr", "npadvmod", "appos", "nsubj")
                and c.pos_ in ("NOUN", "PROPN")
            ),
            None,
        )
    if subject is None and token.dep_ in ("conj", "xcomp", "advcl"):
        # "..., adding that ...", "and said": the speaker of the clause it hangs on
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    if subject is not None and (subject.ent_type_ in ("DATE", "TIME") or subject.lower_ in NOBODY):
        return None
    agents = [
        o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
    ]
    if agents and subject is not None and subject.dep_ == "nsubjpass":
        # "The capture was announced by the Kurdish YPG": the agent speaks, the subject is said
        said = _trim(token.doc[subject.left_edge.i : subject.right_edge.i + 1])
        if said is None:
            return None
        stance = "deny" if token.lemma_.lower() in DENY_LEMMAS else "assert"
        return RawClaim(agents[0], token.i, token.i + 1, token.text, stance, *said, sentence)
    if subject is None or (subject.dep_ == "nsubjpass" and token.lemma_ != "report"):
        return None
    speaker = _author(subject)
    stance = "deny" if token.lemma_.lower() in DENY_LEMMAS else "assert"
    content = _content(token, sentence, stance)
    if content is None:
        return None
    start, end = content
    if token.dep_ == "relcl" and token.head.i < token.i:
        # "air strikes that Moscow says are aimed at...": what is said is about the strikes too
        start = min(start, token.doc[token.head.left_edge.i].idx)
    return RawClaim(speaker, token.i, token.i + 1, token.text, stance, start, end, sentence)


def _author(subject: Token) -> Token:
    """The speaker behind "a Guards statement" / "the army's statement" / "a statement by X"."""
    if subject.lemma_.lower() not in STATEMENT_NOUNS:
        return subject
    for child in subject.children:
        if child.dep_ == "poss" and child.lower_ not in ("its", "their"):
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    compounds = [c for c in subject.children if c.dep_ == "compound"]
    return compounds[-1] if compounds else subject


def _content(verb: Token, sentence: Span, stance: str) -> tuple[int, int] | None:
    doc = verb.doc
    parts = [c for c in verb.children if c.dep_ in CONTENT_DEPS]
    if verb.lemma_.lower() == "accuse":
        parts += [c for c in verb.children if c.dep_ in ("dobj", "prep") and c.lower_ != "by"]
    if stance == "deny" or verb.lemma_.lower() in ("report", "announce", "claim", "confirm"):
        parts += [c for c in verb.children if c.dep_ == "dobj"]  # "denied a US claim that..."
    if parts:
        # "He said Russia had bombed a post, killing...": a participle after the clause belongs
        # to what is said, wherever the parser hung it.
        last = max(p.i for p in parts)
        parts += [
            c
            for c in verb.children
            if c.dep_ in ("advcl", "conj") and c.i > last and c.tag_ == "VBG"
        ]
        start = min(p.left_edge.i for p in parts)
        end = max(p.right_edge.i for p in parts) + 1
        span = _trim(doc[start:end])
        if span is not None:
            return span
    if verb.dep_ in ("parataxis", "ccomp", "conj", "advcl") and verb.head.i < verb.i:
        # "..., a monitoring group said": the clause before the speech verb's own phrase.
        first = min(t.i for t in verb.subtree)
        return _trim(doc[sentence.start : first])
    quoted = _quotation(sentence, verb)
    if quoted is not None:
        return quoted
    return None


def _quotation(sentence: Span, verb: Token) -> tuple[int, int] | None:
    marks = [t for t in sentence if t.text in QUOTES or t.text in ("'", "''", "``")]
    if len(marks) < 2:
        return None
    opening, closing = marks[0], marks[-1]
    if opening.i <= verb.i <= closing.i:
        return None
    return opening.idx, closing.idx + len(closing.text)


def _trim(span: Span) -> tuple[int, int] | None:
    tokens = [t for t in span if not (t.is_space or (t.is_punct and t.text not in QUOTES))]
    if not tokens:
        return None
    while tokens and tokens[0].lower_ in ("that", "whether", "if") and tokens[0].dep_ == "mark":
        tokens = tokens[1:]
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _according_to(token: Token, sentence: Span) -> RawClaim | None:
    if token.lower_ != "according" or token.i + 1 >= len(token.doc):
        return None
    to = token.doc[token.i + 1]
    if to.lower_ != "to":
        return None
    objects = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in token.children if c.dep_ == "pobj"
    ]
    if not objects:
        return None
    speaker = _author(objects[0])
    phrase_end = max(t.i for t in objects[0].subtree) + 1
    doc = token.doc
    if token.i - sentence.start <= 1:
        content = _trim(doc[phrase_end : sentence.end])
    else:
        before = _trim(doc[sentence.start : token.i])
        after = _trim(doc[phrase_end : sentence.end])
        content = before if after is None else (before[0] if before else after[0], after[1])
    if content is None:
        return None
    return RawClaim(speaker, token.i, to.i + 1, "according to", "assert", *content, sentence)


def _statement_by(token: Token, sentence: Span) -> RawClaim | None:
    """ "a US claim that ...", "a claim by a US official": the noun is the cue."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in ("claim", "statement", "report"):
        return None
    if token.dep_.startswith("nsubj") and token.head.lemma_.lower() in SAY_LEMMAS:
        return None  # "a Guards statement said": the verb is the cue
    speaker = None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "by":
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
        span = _trim(doc[content.left_edge.i : content.right_edge.i + 1])
    else:
        span = _trim(doc[token.left_edge.i : token.right_edge.i + 1])
    if span is None:
        return None
    return RawClaim(speaker, token.i, token.i + 1, token.text, "assert", *span, sentence)
