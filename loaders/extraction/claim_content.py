"""What a verb of saying says: the content span of each cue's frame (claim_verbs.py finds the
cue and its speaker). The parse hangs the reported clause in many places: a complement, an
object, a prepositional object, a participle after the clause, the clause before a
parenthetical cue, a quotation in the sentence."""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.attribution_cues import VerbCue, load_lexicon, object_complement, verb_cue
from loaders.extraction.claim_spans import headline_line, rest_of_line, trim
from loaders.extraction.doc_memo import doc_text
from loaders.extraction.quotes import quotation_before, quotations


def content_of(verb: Token, cue: VerbCue, sentence: Span) -> tuple[int, int] | None:
    doc = verb.doc
    parts = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    if cue.complement:  # "called the letter a provocation"
        parts = object_complement(verb)
    if not parts and cue.frame == "speech":
        parts = _clause_in_setting(verb)  # "responded in a video that ..." (misattached)
    if not parts and cue.frame == "speech" and not cue.object and not cue.complement:
        parts = _clause_taken_for_object(verb)  # "police say two cars detonated near ..."
    if cue.clause_only:  # "responded that ...": no finite clause, no claim
        ccomp = [c for c in [*verb.children, *parts] if c.dep_ in ("ccomp", "relcl", "acl")]
        ccomp = [c for c in ccomp if _finite(c) or _finding(verb, c)]
        # "asked whether ...", not "asking that her name not be used"; other verbs hold a
        # proposition, not an open question ("it determines whose planes carry out raids")
        ccomp = [c for c in ccomp if _question(c) == cue.question or c.dep_ != "ccomp"]
        if ccomp:
            return trim(doc[ccomp[0].left_edge.i : ccomp[-1].right_edge.i + 1])
        if any(c.dep_ == "dobj" for c in verb.children):
            return None  # "declaring martial law": an object and no clause is another sense
        quoted = quotation_before(doc, verb, sentence)  # '"No," he replied.'
        asked = quoted is not None and "?" in doc_text(doc)[quoted[0] : quoted[1] + 2]
        if quoted is not None and cue.question and not asked:
            return None  # '"...," said one member who asked not to be named': no question
        return quoted
    if cue.frame == "quote":
        said = as_saying(verb)
        if said is not None:
            return said
    if cue.frame == "accuse":
        parts += [c for c in verb.children if c.dep_ == "dobj" or c.lower_ in ("of", "for", "over")]
    elif cue.frame == "urge":
        parts += [c for c in verb.children if c.dep_ == "dobj"]
        parts += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
                  for o in _objects_of(c)]  # "called on both sides to ..."  # fmt: skip
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
        if parts and cue.particle in ("as", "at"):  # "described X as Y", "put the toll at 45"
            parts += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == cue.particle]
    if cue.lemma == "claim" or cue.frame == "speech":
        # "claimed responsibility for the bombing", "warned of an attack"
        parts += [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("of", "about") + (("for",) if parts else ())
            for o in (_objects_of(c) if not parts else [c])
        ]
    if cue.frame == "commit" and not parts:
        return None  # "as many cases as they want": no aim stated
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
        end = _before_another_speaker(verb, start, max(p.right_edge.i for p in parts) + 1)
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
    if cue.frame == "speech" and not cue.clause_only and headline_line(sentence):
        return rest_of_line(verb)  # "UN says 1.7 million face famine in Darfur"
    return _sentence_quotation(sentence, verb)


def _before_another_speaker(verb: Token, start: int, end: int) -> int:
    """ "argue the bill goes too far, while others say ...": a clause with its own speaker and
    cue, joined to the content, is another claim; the content ends before it."""
    doc, lexicon = verb.doc, load_lexicon()
    for token in doc[start:end]:
        joined = token.dep_ in ("advcl", "conj") and start <= token.head.i < end
        own_speaker = any(c.dep_ == "nsubj" for c in token.children)
        if token.i != verb.i and joined and own_speaker and verb_cue(token, lexicon) is not None:
            cut = token.left_edge.i
            while cut > start and (doc[cut - 1].is_punct or doc[cut - 1].dep_ == "cc"):
                cut -= 1
            return cut if cut > start else end
    return end


def host_clause(verb: Token) -> tuple[int, int] | None:
    """The clause a parenthetical cue sits in, without the cue's own words."""
    own = {t.i for t in verb.subtree}
    rest = [t for t in verb.head.subtree if t.i not in own and not t.is_punct]
    after = [t for t in rest if t.i > max(own)]
    before = [t for t in rest if t.i < min(own)]
    subject = any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in before)
    if after and len(before) <= 2 and not subject:  # "Instead, they said, they wanted ..."
        rest = after  # not "Paris, the report said, will host ...": the subject is said too
    if not rest:
        return None
    return trim(verb.doc[rest[0].i : rest[-1].i + 1])


def _finite(clause: Token) -> bool:
    """ "that most voters backed the deal", not "(showed) soldiers firing on the crowd"."""
    if clause.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return True
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return True  # "demanded that the minister resign": a subjunctive
    # "(showed) a helicopter being shot down": a participle's "being" makes no finite clause
    return any(
        c.dep_ in ("aux", "auxpass") and c.tag_ not in ("TO", "VBG") for c in clause.children
    )


QUESTION_WORDS = frozenset(
    {"whether", "if", "why", "how", "what", "when", "where", "who", "whom", "whose", "which"}
)


def _question(clause: Token) -> bool:
    return clause.left_edge.lower_ in QUESTION_WORDS


def _finding(verb: Token, clause: Token) -> bool:
    """ "A poll showed Labor leading the government": a participle clause with its own subject
    is a finding when figures or records report it (``evidence_nouns``), not when a video shows
    an event ("a video showed soldiers firing on the crowd")."""
    if clause.tag_ != "VBG" or not any(c.dep_ == "nsubj" for c in clause.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    nouns = load_lexicon().evidence_nouns
    return subject is not None and subject.lemma_.lower() in nouns


def _clause_taken_for_object(verb: Token) -> list[Token]:
    """ "Turkish police say two explosives-laden cars detonated near ...": the parse made the
    reported clause's subject the verb's object and its verb a participle on it; the object and
    what follows it are what is said (not a listener: "told reporters gathered in Kabul")."""
    lexicon = load_lexicon()
    for child in verb.children:
        if child.dep_ != "dobj" or child.i < verb.i or child.ent_type_ == "PERSON":
            continue
        if child.lemma_.lower() in lexicon.office_nouns | lexicon.person_nouns:
            continue
        if any(a.dep_ in ("acl", "relcl") and a.tag_ in ("VBD", "VBN") for a in child.children):
            return [
                child,
                *(c for c in verb.children if c.dep_ in ("advcl", "conj") and c.i > child.i),
            ]
    return []


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
            if complement_taken_for_relative(token):
                return [token]
    return []


SETTING_NOUNS = frozenset({"meeting", "hearing", "rally", "call", "session", "event", "summit"})


def complement_taken_for_relative(clause: Token) -> bool:
    """ "told reporters at a briefing that the border would reopen": the parser reads "that" as
    a relative pronoun of the setting's noun, but the clause has its own subject and "that" is
    not it ("a briefing that lasted an hour" is a relative clause)."""
    if clause.dep_ != "relcl":
        return False
    nouns = load_lexicon().statement_nouns | SETTING_NOUNS
    if clause.head.lemma_.lower() not in nouns:
        return False
    opening = clause.doc[clause.left_edge.i]
    if opening.lower_ != "that" or opening.head.i != clause.i:
        return False
    if opening.dep_ in ("nsubj", "nsubjpass"):
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i != opening.i for c in clause.children
    )


def _objects_of(prep: Token) -> list[Token]:
    """ "called for a truce", "warned of an attack": the object, not the preposition."""
    return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")] or [prep]


def as_saying(verb: Token) -> tuple[int, int] | None:
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
