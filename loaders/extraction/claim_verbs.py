"""Claims at verbs of saying: each cue's frame says where its speaker and content hang.

Frames (``attribution_cues.yaml``): speech, accuse, urge, call, quote; passives ("it was reported
that", "X is said to", "announced by X", "X was quoted as saying"); speakers after the verb
('"...", said one commander'), inherited from the clause a participle hangs on ("..., adding
that"), or the name just before the verb when a lost comma broke the parse.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.attribution_cues import Lexicon, VerbCue
from loaders.extraction.claim_spans import RawClaim, is_dateish, trim
from loaders.extraction.quotes import is_quote, quotation_before, quotations
from loaders.extraction.referents import actor_of

CLOSING_MARKS = frozenset({'"', "”", "»", "''"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})


def verb_cue(token: Token, lexicon: Lexicon) -> VerbCue | None:
    """The cue a verb token is, with its particle when the cue needs one."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    objects = {c.lemma_.lower() for c in token.children if c.dep_ == "dobj"}
    objects |= {c.lower_ for c in token.children if c.dep_ == "dobj"}
    for cue in lexicon.verbs.get(token.lemma_.lower(), ()):
        if cue.particle and not _particle(token, cue.particle):
            continue
        if objects & cue.not_objects:
            continue
        if cue.complement and not _object_complement(token):
            continue
        return cue
    return None


def _object_complement(token: Token) -> list[Token]:
    """ "called the claim 'pure propaganda'": the object and what it is called (not "what it
    called violations": a name in passing)."""
    objects = [c for c in token.children if c.dep_ == "dobj" and c.tag_ not in ("WP", "WDT")]
    complements = [
        c for c in token.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr") and objects
    ]
    return objects + complements if complements else []


def _particle(token: Token, particle: str) -> Token | None:
    """ "called for a truce", "pointed out", "called for troops to stay" (a marked clause)."""
    for child in token.children:
        if child.dep_ in ("prt", "prep") and child.lower_ == particle:
            return child
        if child.dep_ == "advcl":
            mark = next((m for m in child.children if m.dep_ == "mark"), None)
            if mark is not None and mark.lower_ == particle and mark.i == token.i + 1:
                return mark
    return None


def verb_claim(token: Token, sentence: Span, lexicon: Lexicon) -> RawClaim | None:
    cue = verb_cue(token, lexicon)
    if cue is None:
        return None
    if _as_saying_of_quote(token, lexicon):
        return _quoted_saying(token, sentence)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if infinitive and token.head.lemma_.lower() not in ("go", "continue"):
        return None  # "hard to tell", "declined to confirm", "refused to say"
    subject = next(
        (c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and not c.is_punct), None
    )
    if subject is not None and (
        subject.lower_ in lexicon.nobody
        or any(c.dep_ == "det" and c.lower_ in lexicon.nobody for c in subject.children)
    ):
        return None  # "nobody said", "no group claimed"
    cue_end = token.i + 1
    particle = _particle(token, cue.particle) if cue.particle else None
    if particle is not None:  # "called for", "pointed out"
        cue_end = particle.i + 1
    doc = token.doc
    if subject is not None and is_dateish(subject):
        subject = None  # "Fri 07 Apr 2017 at 0914 Homs governor says": a headline's dateline
    bare_participle = token.tag_ == "VBN" and not any(c.dep_ == "aux" for c in token.children)
    passive = (
        (subject is not None and subject.dep_ == "nsubjpass")
        or any(c.dep_ in ("auxpass", "agent") for c in token.children)
        or (bare_participle and not cue.passive)  # "a gas believed to be chlorine"
    )
    if passive or token.tag_ == "VBN" and token.dep_ == "acl":
        return _passive(token, subject, cue, sentence, cue_end) if cue.passive else None
    purpose = token.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )
    if cue.stance == "deny" and (purpose or any(c.dep_ == "dative" for c in token.children)):
        return None  # "(executed) to deny Daesh the ability": to prevent, not to deny a claim
    inverted = _inverted(token)
    if inverted is not None:  # "..., reports AP.": the parse may have taken a subject before
        speaker, content = inverted
        return RawClaim(speaker, token.i, cue_end, doc[token.i : cue_end].text, cue.stance,
                        *content, sentence)  # fmt: skip
    trailing = _trailing(token)
    if trailing is not None:  # "..., the prime minister announced in a statement."
        speaker, content = trailing
        return RawClaim(speaker, token.i, cue_end, doc[token.i : cue_end].text, cue.stance,
                        *content, sentence)  # fmt: skip
    speaker = (
        subject
        or _speaker_after(token)
        or _inherited_speaker(token, lexicon)
        or _between_quote_and_verb(token)
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
    if speaker is not None and speaker.i < token.i and start < doc[speaker.left_edge.i].idx < end:
        # '"...," one of them, Amjad Farid, said': the speaker's words are not what is said
        cut = trim(
            doc[doc.char_span(start, end, alignment_mode="expand").start : speaker.left_edge.i]
        )
        if cut is not None:
            start, end = cut
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
        span = trim(doc[complement[0].left_edge.i : complement[0].right_edge.i + 1])
        if span is None:
            return None
        speaker = agents[0] if agents else None
        return RawClaim(speaker, token.i, cue_end, cue_text, cue.stance, *span, sentence)
    infinitive = [c for c in token.children if c.dep_ == "xcomp"]
    as_reported = any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
    if agents and subject is None and as_reported and token.head.i > token.i:
        span = host_clause(token)  # "As reported by local sources, ..."
        return (
            RawClaim(agents[0], token.i, cue_end, cue_text, cue.stance, *span, sentence)
            if span
            else None
        )
    if cue.frame == "accuse" and subject is not None and not agents:  # "he was accused of ..."
        charges = [c for c in token.children if c.lower_ in ("of", "over")]
        last = max([subject.right_edge.i, *(c.right_edge.i for c in charges)])
        span = trim(doc[subject.left_edge.i : last + 1]) if charges else None
        return (
            RawClaim(None, token.i, cue_end, cue_text, cue.stance, *span, sentence)
            if span
            else None
        )
    if infinitive and not agents:  # "the general is said to have fled": the whole clause
        first = subject.left_edge.i if subject is not None else token.i
        span = trim(doc[first : infinitive[0].right_edge.i + 1])
        if span is None:
            return None
        return RawClaim(None, token.i, cue_end, cue_text, cue.stance, *span, sentence)
    if agents and subject is None and token.dep_ == "conj":  # "... and confirmed by X"
        subject = next((c for c in token.head.children if c.dep_ == "nsubjpass"), None)
    if agents and subject is not None:  # "the capture was announced by the Kurdish YPG"
        said = subject
        if subject.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
            said = token.head  # "the attack that was claimed by the PKK": the attack
        span = trim(doc[said.left_edge.i : said.i + 1]) if said is not subject else None
        span = span or trim(doc[said.left_edge.i : said.right_edge.i + 1])
        if span is None:
            return None
        return RawClaim(agents[0], token.i, cue_end, cue_text, cue.stance, *span, sentence)
    return None


def _inverted(token: Token) -> tuple[Token, tuple[int, int]] | None:
    """ "Rebels took the town, reports AP." / '"...", said the spokesman.': after a comma or a
    closing quotation mark, a verb followed only by a noun phrase to the sentence end has that
    phrase as its speaker and what precedes as its content, whatever the parse says."""
    doc, sentence = token.doc, token.sent
    before = doc[token.i - 1] if token.i > sentence.start else None
    if before is None or not (before.text == "," or before.text in CLOSING_MARKS):
        return None
    rest = [t for t in doc[token.i + 1 : sentence.end] if not (t.is_punct or t.is_space)]
    if not rest or len(rest) > 12 or any(t.pos_ in ("VERB", "AUX", "SCONJ") for t in rest):
        return None
    if any(t.lower_ in ("that", "to") for t in rest):
        return None
    chunk = next((c for c in doc.noun_chunks if c.start == rest[0].i), None)
    if chunk is None:
        return None
    content = quotation_before(doc, token, sentence) or trim(doc[sentence.start : before.i])
    if content is None:
        return None
    return chunk.root, content


def _trailing(token: Token) -> tuple[Token, tuple[int, int]] | None:
    """ "<clause>, <speaker> <cue> [in a statement / on Friday]." with no content of its own,
    however the parser hung the cue (often as a clause of the last noun before the comma)."""
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in token.children):
        return None
    doc, sentence = token.doc, token.sent
    if any(t.i not in {s.i for s in token.subtree} for t in doc[token.i + 1 : sentence.end]
           if not t.is_punct):  # fmt: skip
        return None  # the sentence goes on past the cue's own words
    comma = next((t for t in reversed(doc[sentence.start : token.i]) if t.text == ","), None)
    if comma is None:
        return None
    phrase = [t for t in doc[comma.i + 1 : token.i] if not t.is_space]
    if not phrase or len(phrase) > 10 or any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return None
    inside = {t.i for t in phrase}
    heads = [t for t in phrase if t.head.i not in inside and t.pos_ in ("NOUN", "PROPN", "PRON")]
    content = trim(doc[sentence.start : comma.i])
    if not heads or content is None:
        return None
    return heads[-1], content


def _speaker_after(token: Token) -> Token | None:
    """'"...", said one rebel commander': a parse may hang the speaker after the verb."""
    if token.dep_ not in ("ROOT", "ccomp", "parataxis", "conj") and token.i > 0:
        return None
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    if before is not None and (before.text == "," or before.text in CLOSING_MARKS):
        chunk = next((c for c in token.doc.noun_chunks if c.start > token.i), None)
        if chunk is not None and chunk.start == token.i + 1 and chunk.end <= token.sent.end:
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
    if cue.complement:  # "called the letter a provocation"
        parts = _object_complement(verb)
    if not parts and cue.frame == "speech":
        parts = _clause_in_setting(verb)  # "responded in a video that ..." (misattached)
    if cue.clause_only:  # "responded that ...": no clause, no claim
        ccomp = [c for c in verb.children if c.dep_ == "ccomp"] or parts
        return trim(doc[ccomp[0].left_edge.i : ccomp[-1].right_edge.i + 1]) if ccomp else None
    if cue.frame == "quote":
        said = _as_saying(verb)
        if said is not None:
            return said
    if cue.frame == "accuse":
        parts += [c for c in verb.children if c.dep_ == "dobj" or c.lower_ in ("of", "for", "over")]
    elif cue.frame == "urge":
        parts += [c for c in verb.children if c.dep_ == "dobj"]
    elif cue.frame == "call":
        parts += [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("for", "on")
            for o in _objects_of(c)
        ]
        parts += [
            c
            for c in verb.children
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        ]  # "called for troops to stay"
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
        span = trim(doc[start:end])
        if span is not None:
            return span
    if verb.dep_ in ("parataxis", "ccomp", "conj", "advcl") and verb.head.i < verb.i:
        # "..., a monitoring group said": the clause before the speech verb's own phrase.
        first = min(t.i for t in verb.subtree)
        return trim(doc[sentence.start : first])
    spoken = any(c.dep_ == "nsubj" for c in verb.children)
    if verb.dep_ in ("parataxis", "advcl") and verb.head.i > verb.i and spoken:
        return host_clause(verb)  # "Instead, they said, they wanted ..."
    quoted = quotation_before(doc, verb, sentence)
    if quoted is not None:
        return quoted
    return _sentence_quotation(sentence, verb)


def host_clause(verb: Token) -> tuple[int, int] | None:
    """The clause a parenthetical cue sits in, without the cue's own words."""
    own = {t.i for t in verb.subtree}
    rest = [t for t in verb.head.subtree if t.i not in own and not t.is_punct]
    after = [t for t in rest if t.i > max(own)]
    if after and len(rest) - len(after) <= 2:  # "Instead, they said, they wanted ..."
        rest = after
    if not rest:
        return None
    return trim(verb.doc[rest[0].i : rest[-1].i + 1])


def _quoted_saying(saying: Token, sentence: Span) -> RawClaim | None:
    """ "The paper quoted an official as saying ...": the official says it (the paper quotes)."""
    quote_verb = saying.head.head
    quoted = next((c for c in quote_verb.children if c.dep_ == "dobj"), None)
    said = _as_saying(quote_verb)
    if quoted is None or said is None:
        return None  # "X was quoted as saying": one claim, X's, at "quoted"
    return RawClaim(quoted, saying.i, saying.i + 1, saying.text, "assert", *said, sentence)


def _between_quote_and_verb(token: Token) -> Token | None:
    """'"...," one of them, Amjad Farid, said': the phrase between the quotation and the verb."""
    doc, sentence = token.doc, token.sent
    quoted = quotation_before(doc, token, sentence)
    if quoted is None:
        return None
    words = [t for t in doc[sentence.start : token.i] if t.idx >= quoted[1] and not t.is_punct]
    inside = {t.i for t in words}
    roots = [t for t in words if t.head.i not in inside and t.pos_ in ("NOUN", "PROPN", "NUM")]
    return roots[0] if roots else None


def _clause_in_setting(verb: Token) -> list[Token]:
    """ "responded in a video that his men would fight": the parser hangs the "that" clause on
    the noun of the setting; it is what the verb says."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "on", "at", "during"):
            continue
        for token in prep.subtree:
            marked = any(m.dep_ == "mark" and m.lower_ == "that" for m in token.children)
            if marked and token.dep_ in ("relcl", "ccomp", "acl"):
                return [token]
    return []


def _as_saying_of_quote(token: Token, lexicon: Lexicon) -> bool:
    """ "saying" in "quoted X as saying": part of the quote cue, not a cue of its own."""
    prep = token.head
    if token.dep_ != "pcomp" or prep.lower_ != "as":
        return False
    return any(c.frame == "quote" for c in lexicon.verbs.get(prep.head.lemma_.lower(), ()))


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
                    return trim(verb.doc[content[0].left_edge.i : content[-1].right_edge.i + 1])
    return None


def _sentence_quotation(sentence: Span, verb: Token) -> tuple[int, int] | None:
    for opening, closing in quotations(verb.doc):
        inside = sentence.start_char <= closing and opening < sentence.end_char
        if inside and not (opening <= verb.idx < closing):
            return opening, closing
    return None
