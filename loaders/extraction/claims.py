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
- "according to X" anywhere in the sentence, unless X is no source ("according to plan");
- "in a statement / interview / tweet ..." on a clause whose verb is no cue (its subject speaks);
- "a claim by X", "X's claim that ...";
- a quotation introduced by a colon or closed by a dash beside a speaker and no verb
  ('Spokesman Ali Hassan: "..."', '"..." - Ali Hassan').
What is claimed is the frame's content: the clausal complement, an object for cues that take one
("denied the claim", "announced a ceasefire"), the "of" phrase of an accusation, the object of
"for"; else the clause the cue trails ("..., the army said"); else the sentence's quotation. A
quotation that runs over several sentences of the paragraph before (or after) its speech verb is
claimed whole (quotes.py). Who the speaker is, and whether it can be a claimant, is decided in
claimants.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from loaders.extraction.attribution_cues import Lexicon, VerbCue, load_lexicon
from loaders.extraction.quotes import (
    QUOTE_TEXTS,
    is_quote,
    quotation_before,
    quotations,
    widen_to_quotation,
)
from loaders.extraction.referents import actor_of

CLOSING_MARKS = frozenset({'"', "”", "»", "''"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
SETTING_PREPS = frozenset({"in", "on", "via", "through"})
DASHES = frozenset({"-", "–", "—", "--"})
# Every cue lemma, and the denials among them (events.py reads these to find reported clauses).
SAY_LEMMAS = frozenset(load_lexicon().verbs)
DENY_LEMMAS = frozenset(c.lemma for c in load_lexicon().verbs.values() if c.stance == "deny")


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


def find_claims(doc: Doc, lexicon: Lexicon | None = None) -> list[RawClaim]:
    lexicon = lexicon or load_lexicon()
    found: list[RawClaim] = []
    for sentence in doc.sents:
        for token in sentence:
            claim = (
                _verb_claim(token, sentence, lexicon)
                or _according_to(token, sentence, lexicon)
                or _statement_noun(token, sentence, lexicon)
                or _in_statement(token, sentence, lexicon)
                or _introduced_quotation(token, sentence)
            )
            if claim is not None and claim.end > claim.start:
                found.append(_widened(doc, claim))
    return found


def _widened(doc: Doc, claim: RawClaim) -> RawClaim:
    cue = doc[claim.cue_start : claim.cue_end]
    start, end = widen_to_quotation(doc, claim.start, claim.end)
    if start <= cue.start_char < end:  # the cue is inside the quotation: keep what was found
        return claim
    claim.start, claim.end = start, end
    return claim


# --- verbs ------------------------------------------------------------------------------------


def verb_cue(token: Token, lexicon: Lexicon) -> VerbCue | None:
    """The cue a verb token is, with its particle when the cue needs one."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    cue = lexicon.verbs.get(token.lemma_.lower())
    if cue is None:
        return None
    if cue.particle and not any(
        c.dep_ in ("prt", "prep") and c.lower_ == cue.particle for c in token.children
    ):
        return None
    objects = {c.lemma_.lower() for c in token.children if c.dep_ == "dobj"}
    objects |= {c.lower_ for c in token.children if c.dep_ == "dobj"}
    if objects & cue.not_objects:
        return None
    return cue


def _verb_claim(token: Token, sentence: Span, lexicon: Lexicon) -> RawClaim | None:
    cue = verb_cue(token, lexicon)
    if cue is None or _as_saying_of_quote(token, lexicon):
        return None
    subject = next(
        (c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and not c.is_punct), None
    )
    if subject is not None and subject.lower_ in lexicon.nobody:
        return None  # "nobody said"
    cue_end = token.i + 1
    if cue.particle:  # "called for", "pointed out"
        cue_end = max(c.i for c in token.children if c.lower_ == cue.particle) + 1
    doc = token.doc
    passive = (subject is not None and subject.dep_ == "nsubjpass") or any(
        c.dep_ in ("auxpass", "agent") for c in token.children
    )
    if passive or token.tag_ == "VBN" and token.dep_ == "acl":
        return _passive(token, subject, cue, sentence, cue_end) if cue.passive else None
    purpose = token.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )
    if cue.stance == "deny" and (purpose or any(c.dep_ == "dative" for c in token.children)):
        return None  # "(executed) to deny Daesh the ability": to prevent, not to deny a claim
    speaker = (
        subject
        or _speaker_after(token)
        or _inherited_speaker(token, lexicon)
        or _name_before(token)
    )
    content = _content(token, cue, sentence)
    if content is None:
        return None
    start, end = content
    if token.dep_ == "relcl" and token.head.i < token.i and subject is not None:
        if subject.lower_ in RELATIVE_PRONOUNS:
            speaker = token.head  # "the minister, who said last week that ...": he speaks
        else:  # "air strikes that Moscow says are aimed at...": the strikes are claimed too
            start = min(start, doc[token.head.left_edge.i].idx)
    return RawClaim(speaker, token.i, cue_end, doc[token.i : cue_end].text, cue.stance, start,
                    end, sentence)  # fmt: skip


def _passive(
    token: Token, subject: Token | None, cue: VerbCue, sentence: Span, cue_end: int
) -> RawClaim | None:
    doc = token.doc
    agents = [
        o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
    ]
    cue_text = doc[token.i : cue_end].text
    if cue.frame == "quote":  # "X was quoted as saying ...": X speaks
        said = _as_saying(token)
        if said is None or subject is None:
            return None
        return RawClaim(subject, token.i, cue_end, cue_text, cue.stance, *said, sentence)
    complement = [c for c in token.children if c.dep_ == "ccomp"]
    if complement:  # "it was reported that ...": no source named (or the agent)
        span = _trim(doc[complement[0].left_edge.i : complement[0].right_edge.i + 1])
        if span is None:
            return None
        speaker = agents[0] if agents else None
        return RawClaim(speaker, token.i, cue_end, cue_text, cue.stance, *span, sentence)
    infinitive = [c for c in token.children if c.dep_ == "xcomp"]
    if infinitive and not agents:  # "the general is said to have fled": the whole clause
        first = subject.left_edge.i if subject is not None else token.i
        span = _trim(doc[first : infinitive[0].right_edge.i + 1])
        if span is None:
            return None
        return RawClaim(None, token.i, cue_end, cue_text, cue.stance, *span, sentence)
    if agents and subject is None and token.dep_ == "conj":  # "... and confirmed by X"
        subject = next((c for c in token.head.children if c.dep_ == "nsubjpass"), None)
    if agents and subject is not None:  # "the capture was announced by the Kurdish YPG"
        span = _trim(doc[subject.left_edge.i : subject.right_edge.i + 1])
        if span is None:
            return None
        return RawClaim(agents[0], token.i, cue_end, cue_text, cue.stance, *span, sentence)
    return None


def _speaker_after(token: Token) -> Token | None:
    """'"...", said one rebel commander': a parse may hang the speaker after the verb."""
    if token.dep_ not in ("ROOT", "ccomp", "parataxis", "conj") and token.i > 0:
        return None
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    if before is not None and (before.text == "," or before.text in CLOSING_MARKS):
        chunk = next((c for c in token.doc.noun_chunks if c.start > token.i), None)
        if chunk is not None and chunk.start <= token.i + 3 and chunk.end <= token.sent.end:
            return chunk.root  # the parse of an inverted speech is often wrong: the words tell
    for child in token.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod", "appos", "nsubj") and child.pos_ in (
            "NOUN",
            "PROPN",
        ):
            before = token.doc[token.i - 1] if token.i > 0 else None
            inverted = before is not None and (before.is_punct or is_quote(before))
            if inverted or child.dep_ != "dobj":
                return child
    return None


def _name_before(token: Token) -> Token | None:
    """ "Speaking to state TV Barazi said": a misparse leaves the name just before the verb."""
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    if before is None or before.pos_ not in ("NOUN", "PROPN"):
        return None
    if before.ent_type_ in ("PERSON", "ORG", "ACTOR", "GPE", "NORP") or actor_of(before.text):
        return before  # "... in the area of Mayadeen the ministry said" (commas lost)
    return None


def _inherited_speaker(token: Token, lexicon: Lexicon) -> Token | None:
    """ "..., adding that ...", "and said", "a statement saying ...": the clause it hangs on."""
    head = token.head
    if token.dep_ in ("conj", "xcomp", "advcl", "pcomp") and head.i != token.i:
        nearest = None
        current = token
        for _ in range(3):  # "X said the attack served ..., adding that": X adds
            if current.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "ccomp"):
                break
            current = current.head
            subject = next((c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            nearest = nearest or subject
            if subject is not None and verb_cue(current, lexicon) is not None:
                return subject
        return nearest
    if token.dep_ == "acl" and head.lemma_.lower() in lexicon.statement_nouns:
        return head  # the statement's author, or whoever issued it (claimants.py)
    return None


def _content(verb: Token, cue: VerbCue, sentence: Span) -> tuple[int, int] | None:
    doc = verb.doc
    parts = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    if cue.frame == "quote":
        said = _as_saying(verb)
        if said is not None:
            return said
    if cue.frame == "accuse":
        parts += [c for c in verb.children if c.dep_ in ("dobj", "prep") and c.lower_ != "by"]
    elif cue.frame == "urge":
        parts += [c for c in verb.children if c.dep_ == "dobj"]
    elif cue.frame == "call":
        parts += [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("for", "on")
            for o in _objects_of(c)
        ]
    elif cue.object:
        parts += [c for c in verb.children if c.dep_ == "dobj"]  # "denied a US claim that..."
    if cue.lemma == "claim" or cue.frame == "speech":
        # "claimed responsibility for the bombing", "warned of an attack"
        parts += [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("of", "about") + (("for",) if parts else ())
            for o in (_objects_of(c) if not parts else [c])
        ]
    if parts:
        # "He said Russia had bombed a post, killing...": a participle after the clause belongs
        # to what is said, wherever the parser hung it.
        last = max(p.i for p in parts)
        parts += [
            c
            for c in verb.children
            if c.dep_ in ("advcl", "conj") and c.i > last and c.tag_ == "VBG"
            and c.lemma_.lower() not in ("add", "say")
        ]  # fmt: skip
        start = min(p.left_edge.i for p in parts)
        end = max(p.right_edge.i for p in parts) + 1
        span = _trim(doc[start:end])
        if span is not None:
            return span
    if verb.dep_ in ("parataxis", "ccomp", "conj", "advcl") and verb.head.i < verb.i:
        # "..., a monitoring group said": the clause before the speech verb's own phrase.
        first = min(t.i for t in verb.subtree)
        return _trim(doc[sentence.start : first])
    quoted = quotation_before(doc, verb, sentence)
    if quoted is not None:
        return quoted
    return _sentence_quotation(sentence, verb)


def _as_saying_of_quote(token: Token, lexicon: Lexicon) -> bool:
    """ "saying" in "quoted X as saying": part of the quote cue, not a cue of its own."""
    prep = token.head
    if token.dep_ != "pcomp" or prep.lower_ != "as":
        return False
    cue = lexicon.verbs.get(prep.head.lemma_.lower())
    return cue is not None and cue.frame == "quote"


def _objects_of(prep: Token) -> list[Token]:
    """ "called for a truce", "warned of an attack": the object, not the preposition."""
    return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")] or [prep]


def _as_saying(verb: Token) -> tuple[int, int] | None:
    """ "quoted X as saying <content>": the content of "saying"."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for saying in prep.children:
                content = [c for c in saying.children if c.dep_ in ("ccomp", "dobj", "xcomp")]
                if content:
                    return _trim(verb.doc[content[0].left_edge.i : content[-1].right_edge.i + 1])
    return None


def _sentence_quotation(sentence: Span, verb: Token) -> tuple[int, int] | None:
    for opening, closing in quotations(verb.doc):
        inside = sentence.start_char <= closing and opening < sentence.end_char
        if inside and not (opening <= verb.idx < closing):
            return opening, closing
    return None


def _trim(span: Span) -> tuple[int, int] | None:
    span = _without_credit(span)
    tokens = [t for t in span if not (t.is_space or (t.is_punct and t.text not in QUOTE_TEXTS))]
    while tokens and tokens[0].lower_ in ("that", "whether", "if") and tokens[0].dep_ == "mark":
        tokens = tokens[1:]
    while tokens and is_quote(tokens[-1]) and not any(is_quote(t) for t in tokens[:-1]):
        tokens = tokens[:-1]  # a closing mark whose opening lies outside the span
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _without_credit(span: Span) -> Span:
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


# --- prepositions and nouns -------------------------------------------------------------------


def _according_to(token: Token, sentence: Span, lexicon: Lexicon) -> RawClaim | None:
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
    before = _trim(doc[sentence.start : token.i]) if token.i > sentence.start else None
    after = _trim(doc[phrase_end : sentence.end]) if phrase_end < sentence.end else None
    # "The floods, according to X, killed 12": both sides
    content = before or after if before is None or after is None else (before[0], after[1])
    if content is None:
        return None
    return RawClaim(objects[0], token.i, to.i + 1, "according to", "assert", *content, sentence)


def _statement_noun(token: Token, sentence: Span, lexicon: Lexicon) -> RawClaim | None:
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
        span = _trim(doc[content.left_edge.i : content.right_edge.i + 1])
    else:
        span = _trim(doc[token.left_edge.i : token.right_edge.i + 1])
    if span is None:
        return None
    return RawClaim(speaker, token.i, token.i + 1, token.text, "assert", *span, sentence)


def _in_statement(token: Token, sentence: Span, lexicon: Lexicon) -> RawClaim | None:
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
    kept = [t for t in verb.subtree if t.i not in skip]
    if not kept:
        return None
    span = _trim(token.doc[kept[0].i : kept[-1].i + 1])
    if span is None:
        return None
    cue = token.doc[token.i : noun.i + 1]
    return RawClaim(subject, token.i, noun.i + 1, cue.text, "assert", *span, sentence)


def _introduced_quotation(token: Token, sentence: Span) -> RawClaim | None:
    """'Spokesman Ali Hassan: "..."' and '"..." - Ali Hassan': a speaker beside a quotation."""
    doc = token.doc
    if token.text == ":" and token.i + 1 < sentence.end and is_quote(doc[token.i + 1]):
        before = [t for t in doc[sentence.start : token.i] if not t.is_punct]
        speaker = _phrase_head(before)
        closing = next((q for q in quotations(doc) if q[0] == doc[token.i + 1].idx), None)
        if speaker is None or closing is None:
            return None
        return RawClaim(speaker, token.i, token.i + 1, ":", "assert", *closing, sentence)
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
