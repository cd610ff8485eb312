"""Claims at verbs of saying: each cue's frame says where its speaker and content hang.

Frames (``attribution_cues.yaml``): speech, accuse, urge, call, quote; passives ("it was reported
that", "X is said to", "announced by X", "X was quoted as saying"); the content of each frame.
Speakers the parse does not give as a subject are found by claim_speakers.py.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.attribution_cues import (
    Lexicon,
    VerbCue,
    particle_of,
    self_frame,
    verb_cue,
)
from loaders.extraction.claim_asides import aside_claim
from loaders.extraction.claim_citing import cited_source
from loaders.extraction.claim_content import (
    as_saying,
    complement_taken_for_relative,
    content_of,
    host_clause,
)
from loaders.extraction.claim_guards import (
    clause_taken_for_subject,
    holds_no_view,
    negated_gerund,
    quoted_without_content,
    says_nothing,
    set_phrase,
    setting_participle,
    subordinate_without_clause,
    unsaid,
)
from loaders.extraction.claim_relatives import relative_content, relative_stance
from loaders.extraction.claim_spans import (
    RawClaim,
    is_dateish,
    trim,
)
from loaders.extraction.claim_speakers import (
    between_quote_and_verb,
    inherited_speaker,
    inverted,
    name_before,
    opening_name,
    speaker_after,
    speaker_without_comma,
    trailing,
)
from loaders.extraction.quotes import quotation_before, quotations

CLOSING_MARKS = frozenset({'"', "”", "»", "''"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})


def verb_claim(token: Token, sentence: Span, lexicon: Lexicon) -> RawClaim | None:
    cue = verb_cue(token, lexicon)
    if cue is None:
        return None
    if _as_saying_of_quote(token, lexicon):
        return _quoted_saying(token, sentence, lexicon)
    cited = cited_source(token, sentence, lexicon) if cue.frame == "quote" else None
    if cited is not None:  # "Haitian radio, citing palace officials, reported that ..."
        return cited
    aside = aside_claim(token, sentence, cue)
    if aside is not None:  # "Most voters, a poll found, ...", "X, quoted by the paper, said"
        return aside
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if infinitive and token.head.lemma_.lower() not in ("go", "continue"):
        return None  # "hard to tell", "declined to confirm", "refused to say"
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and not c.is_punct]
    # "..., most of them smugglers, local officials said": of two subjects, the nearer speaks
    before = [c for c in subjects if c.i < token.i]
    subject = before[-1] if len(before) > 1 else next(iter(subjects), None)
    if subject is not None and (
        subject.lower_ in lexicon.nobody
        or any(c.dep_ == "det" and c.lower_ in lexicon.nobody for c in subject.children)
    ):
        return None  # "nobody said", "no group claimed"
    if subject is not None and subject.lemma_.lower() in lexicon.not_speakers:
        return None  # "time will tell whether ..."
    active = subject is not None and subject.dep_ == "nsubj"  # a passive's subject holds nothing
    if cue.actor_subject and active and holds_no_view(token, subject, lexicon):
        return None  # "the storm threatens to flood the coast"
    if negated_gerund(token) or unsaid(token) or set_phrase(token, lexicon):
        return None  # "it goes without saying that ...", "would not say how many"
    if setting_participle(token) or subordinate_without_clause(token):
        return None
    if quoted_without_content(token) or says_nothing(token):
        return None
    if self_frame(cue) and subject is None and token.dep_ != "conj" and inverted(token) is None:
        return None  # "militants planning attacks": an aim only when someone states it
    cue_end = token.i + 1
    particle = particle_of(token, cue.particle) if cue.particle else None
    if particle is not None and not any(  # "described the violence as ...": the verb alone
        c.dep_ == "dobj" and c.i < particle.i for c in token.children
    ):
        cue_end = particle.i + 1  # "called for", "pointed out"
    doc = token.doc
    if subject is not None and is_dateish(subject):
        subject = None  # "Fri 07 Apr 2017 at 0914 Homs governor says": a headline's dateline
    if subject is not None and any(
        opening <= subject.idx < closing <= token.idx for opening, closing in quotations(doc)
    ):
        subject = None  # a subject inside the quotation before the cue is the quote's own word
    finite_acl = token.dep_ == "acl" and token.tag_ in FINITE_TAGS and token.head.i < token.i
    if subject is None and finite_acl and token.head.pos_ in ("NOUN", "PROPN"):
        subject = token.head  # "Uribe, who led the No campaign, called for": a finite verb the
        # parse hung on the name as its modifier
    bare_participle = token.tag_ == "VBN" and not any(c.dep_ == "aux" for c in token.children)
    if (
        bare_participle
        and token.dep_ == "acl"
        and not any(c.dep_ in ("auxpass", "agent") or c.lower_ == "as" for c in token.children)
    ):  # not "a force known as the Protection Militia"
        trailing_cue = trailing(token)  # "..., the broadcaster projected on Saturday.": a past
        if trailing_cue is not None:  # tense the parse took for a participle of the last noun
            speaker, content = trailing_cue
            return RawClaim(speaker, token.i, cue_end, doc[token.i : cue_end].text, cue.stance,
                            *content, sentence)  # fmt: skip
    passive = (
        (subject is not None and subject.dep_ == "nsubjpass")
        or any(c.dep_ in ("auxpass", "agent") for c in token.children)
        or (bare_participle and not cue.passive)  # "a gas believed to be chlorine"
    )
    # a past tense taken for a participle: its object follows it at once ("accused Paris of")
    objected = any(c.dep_ == "dobj" and c.left_edge.i == token.i + 1 for c in token.children)
    if passive or token.tag_ == "VBN" and token.dep_ == "acl" and not objected:
        finite = cue.finite_passive and any(c.dep_ == "auxpass" for c in token.children)
        attributes = cue.passive or finite  # "are believed to", not "a gas believed to be"
        return _passive(token, subject, cue, sentence, cue_end) if attributes else None
    purpose = token.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )
    if cue.stance == "deny" and (purpose or any(c.dep_ == "dative" for c in token.children)):
        return None  # "(executed) to deny Daesh the ability": to prevent, not to deny a claim
    inverted_speech = inverted(token)
    if inverted_speech is not None:  # "..., reports AP.": the parse may have taken a subject before
        speaker, content = inverted_speech
        return RawClaim(speaker, token.i, cue_end, doc[token.i : cue_end].text, cue.stance,
                        *content, sentence)  # fmt: skip
    trailing_cue = trailing(token) if relative_content(token, lexicon) is None else None
    if trailing_cue is not None:  # "..., the prime minister announced in a statement."
        speaker, content = trailing_cue
        return RawClaim(speaker, token.i, cue_end, doc[token.i : cue_end].text, cue.stance,
                        *content, sentence)  # fmt: skip
    if subject is None and objected and token.dep_ == "acl":
        root = token.sent.root  # "A statement read on air accused Paris of ...": the parse made
        if root.pos_ in ("NOUN", "PROPN") and root.i < token.i:  # the subject the root
            subject = root
    unbroken = None if subject is not None else speaker_without_comma(token, lexicon)
    speaker = (
        subject
        or speaker_after(token)
        or unbroken
        or inherited_speaker(token, lexicon)
        or between_quote_and_verb(token)
        or name_before(token)
        or opening_name(token)
    )
    relative = relative_content(token, lexicon)
    stance = cue.stance
    if relative is not None:  # "its claim, which the opposition denies", "a view X disputes"
        speaker, content = relative
        stance = relative_stance(token, cue)  # "a position the UN has never accepted": denied
    else:
        content = content_of(token, cue, sentence)
    swallowed = clause_taken_for_subject(token, subject)
    if swallowed is not None:  # "Airwars, a monitoring group, said coalition strikes killed 25"
        speaker, content = swallowed
    if content is None:
        return None
    start, end = content
    if unbroken is not None and speaker is unbroken:
        first = min(t.i for t in unbroken.subtree if t.i < token.i)
        cut = trim(doc[sentence.start : first]) if first > sentence.start else None
        if cut is not None and cut[1] <= doc[first].idx:
            start, end = min(start, cut[0]), min(end, cut[1])  # the speaker's words are no content
    in_relative = token.dep_ == "relcl" and not complement_taken_for_relative(token)
    if in_relative and token.head.i < token.i and subject is not None:
        if subject.lower_ in RELATIVE_PRONOUNS:
            speaker = token.head  # "the minister, who said last week that ...": he speaks
        else:  # "air strikes that Moscow says are aimed at...": the strikes are claimed too
            start = min(start, doc[token.head.left_edge.i].idx)
    quoted_before = quotation_before(doc, token, sentence) is not None
    inside = speaker is not None and start < doc[speaker.left_edge.i].idx < end
    if quoted_before and inside and speaker is not None and speaker.i < token.i:
        # '"...," one of them, Amjad Farid, said': the speaker's words are not what is said
        cut = trim(
            doc[doc.char_span(start, end, alignment_mode="expand").start : speaker.left_edge.i]
        )
        if cut is not None:
            start, end = cut
    return RawClaim(speaker, token.i, cue_end, doc[token.i : cue_end].text, stance, start,
                    end, sentence)  # fmt: skip


def _passive(
    token: Token, subject: Token | None, cue: VerbCue, sentence: Span, cue_end: int
) -> RawClaim | None:
    doc = token.doc
    agents = [
        o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
    ]
    if not cue.passive:  # a belief's finite passive names no holder by its agent ("the deal is
        agents = []  # understood by both sides": shared, not said)
    cue_text = doc[token.i : cue_end].text
    if cue.frame == "quote":  # "X was quoted as saying ...": X speaks
        said = as_saying(token)
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


def _quoted_saying(saying: Token, sentence: Span, lexicon: Lexicon) -> RawClaim | None:
    """ "The paper quoted an official as saying ...": the official says it (the paper quotes)."""
    quote_verb = saying.head.head
    quoted = next((c for c in quote_verb.children if c.dep_ == "dobj"), None)
    said = as_saying(quote_verb)
    if said is None and quoted is not None and quote_verb.i != saying.i:
        # "..., RIA quoted the defence ministry as saying.": the ministry says what the quoting
        # verb's own claim holds (the words before it)
        outer = verb_claim(quote_verb, sentence, lexicon)
        said = (outer.start, outer.end) if outer is not None else None
    if quoted is None or said is None:
        return None  # "X was quoted as saying": one claim, X's, at "quoted"
    return RawClaim(quoted, saying.i, saying.i + 1, saying.text, "assert", *said, sentence)


def _as_saying_of_quote(token: Token, lexicon: Lexicon) -> bool:
    """ "saying" in "quoted X as saying": part of the quote cue, not a cue of its own."""
    prep = token.head
    if token.dep_ != "pcomp" or prep.lower_ != "as":
        return False
    return any(c.frame == "quote" for c in lexicon.verbs.get(prep.head.lemma_.lower(), ()))
