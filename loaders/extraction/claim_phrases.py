"""Claims at prepositions, nouns and punctuation: "according to X", "X's claim that",
"in a statement, X ...", 'Spokesman X: "..."' and '"..." - X'.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.attribution_cues import ALWAYS_CLAIM_NOUNS, Lexicon, verb_cue
from loaders.extraction.claim_colons import unquoted_colon
from loaders.extraction.claim_spans import DASHES, RawClaim, trim
from loaders.extraction.quotes import is_quote, quotations
from loaders.extraction.referents import actor_of, place_of

SETTING_PREPS = frozenset({"in"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


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
    """ "a claim by a US official", "Moscow's claim that ...", "arguments from his lawyers that
    ...": the noun is the cue (the lexicon's claim nouns)."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or lemma not in lexicon.claim_nouns:
        return None
    content = next((c for c in token.children if c.dep_ in ("acl", "ccomp", "relcl")), None)
    if content is None and token.dep_ == "nsubj" and token.head.lemma_ == "be":
        # "Parizeau's view is that ...", "the company's position was that ...": the copula's
        content = next((c for c in token.head.children if c.dep_ == "ccomp"), None)  # clause
    marked = content is not None and _that_clause(content)
    if not marked and token.dep_.startswith("nsubj") and verb_cue(token.head, lexicon) is not None:
        return None  # "the claim said": the verb is the cue ("his claim that ..." is its own)
    if any(c.dep_ == "det" and c.lower_ in lexicon.nobody for c in token.children):
        return None  # "there was no immediate claim of responsibility"
    speaker = None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            speaker = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ == "poss" or (child.dep_ in ("compound", "amod") and _named(child)):
            speaker = speaker or child  # "his claim", "Moscow's claim", "a Russian claim"
    light = token.head.lemma_.lower() in lexicon.light_verbs
    if speaker is None and light and token.dep_ == "dobj":  # "expressed concern that ...": the
        speaker = next((c for c in token.head.children if c.dep_ == "nsubj"), None)  # subject
    if speaker is None and light and token.dep_ == "nsubjpass":  # "the allegation that ... was
        agents = [c for c in token.head.children if c.dep_ == "agent"]  # repeated by X": X
        speaker = next((o for a in agents for o in a.children if o.dep_ == "pobj"), None)
    if speaker is None and not (marked and lemma in lexicon.unowned_claim_nouns):
        return None  # "rumours that ...", "reports that ...": hearsay with no source named
    doc = token.doc
    if marked and content is not None:
        span = trim(doc[content.left_edge.i : content.right_edge.i + 1])
    elif lemma in ALWAYS_CLAIM_NOUNS and not _right_claimed(token):
        span = trim(doc[token.left_edge.i : token.right_edge.i + 1])
    else:
        return None  # "his view of the city", "a warning shot": no claim without its clause
    if span is None:
        return None
    return RawClaim(speaker, token.i, token.i + 1, token.text, "assert", *span, sentence)


def _that_clause(clause: Token) -> bool:
    """ "the argument that the case belonged elsewhere": "that" opens the clause, as its mark
    (or as a conjunction the parser hung elsewhere) and not as its subject ("the claim that
    was rejected")."""
    for child in clause.children:
        if child.lower_ != "that":
            continue
        if child.dep_ == "mark":
            return True
        opening = child.tag_ == "IN" and child.i == clause.left_edge.i
        if opening and any(c.dep_ == "nsubj" and c.i > child.i for c in clause.children):
            return True
    return False


def _right_claimed(noun: Token) -> bool:
    """ "the mayor's claim to the seat", "claims for compensation", "claims over the islands": a
    right asked for, not a statement ("its claim on Telegram" is one)."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "for", "over") for c in noun.children)


def _named(token: Token) -> bool:
    """A name, a demonym ("Russian") or a body ("a newspaper report"), not a plain adjective
    ("an immediate claim")."""
    if token.pos_ == "PROPN" or token.ent_type_:
        return True
    actor = actor_of(token.text) if token.pos_ == "NOUN" else None
    return actor is not None and actor.kind != "person"


def in_statement(token: Token, sentence: Span, lexicon: Lexicon) -> RawClaim | None:
    """ "In a statement, the ministry condemned the attack": the clause's subject speaks."""
    if token.dep_ != "prep" or token.lower_ not in SETTING_PREPS:
        return None
    noun = next((c for c in token.children if c.dep_ == "pobj"), None)
    verb = token.head
    if noun is not None and lexicon.view_nouns & {noun.lemma_.lower(), noun.lower_}:
        view = _in_view(token, noun, sentence, lexicon)
        if view is not None:
            return view
    if noun is None or noun.lemma_.lower() not in lexicon.statement_nouns:
        return None
    cue = verb_cue(verb, lexicon) if verb.pos_ in ("VERB", "AUX") else None
    if verb.pos_ not in ("VERB", "AUX") or (cue is not None and not cue.question):
        return None  # "said in a statement": the verb is the cue ("asked the ministry to" is not)
    if cue is None and verb.lemma_.lower() in lexicon.verbs:
        return None  # "declared a state of emergency in a televised message": the cue's act sense
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


def _in_view(prep: Token, noun: Token, sentence: Span, lexicon: Lexicon) -> RawClaim | None:
    """ "In the prime minister's view, ...", "In the words of one diplomat, ...": the owner of
    the view holds the clause the phrase opens (the clause without the phrase)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if noun.lower_ == "words":
        owner = None  # "in the words of X" names a speaker; "in his own words" qualifies a phrase
    if owner is None and of is not None:
        owner = next((c for c in of.children if c.dep_ == "pobj"), None)
    verb = prep.head
    if owner is None or verb.pos_ not in ("VERB", "AUX") or verb_cue(verb, lexicon) is not None:
        return None  # "in my view" inside a quotation is the quote's; "said in his view"
    if owner.lower_ in ("my", "our", "your"):
        return None
    if prep.i > verb.i and prep.doc[prep.i - 1].text != ",":
        return None  # "made an error in its calculations": a place in the clause, not a view
    skip = {t.i for t in prep.subtree}
    kept = [t for t in verb.subtree if t.i not in skip and not t.is_punct]
    span = trim(prep.doc[kept[0].i : kept[-1].i + 1]) if kept else None
    if span is None:
        return None
    cue = prep.doc[prep.i : noun.i + 1]
    return RawClaim(owner, prep.i, noun.i + 1, cue.text, "assert", *span, sentence)


def introduced_quotation(token: Token, sentence: Span, lexicon: Lexicon) -> RawClaim | None:
    """'Spokesman Ali Hassan: "..."', 'He put it bluntly: "..."', '"..." - Ali Hassan' and the
    headline 'Vucic: Serbia will never recognise Kosovo': a speaker beside what is said."""
    doc = token.doc
    if token.text in (":", *DASHES) and _verb_after_quotation(token, sentence, lexicon):
        return None  # '— "Lula is a crook," he told a podcast': the verb carries the claim
    if token.text == ":" and token.i + 1 < sentence.end and is_quote(doc[token.i + 1]):
        before = [t for t in doc[sentence.start : token.i] if not t.is_punct]
        speaker = _phrase_head(before) or _clause_subject(token, lexicon)
        closing = next((q for q in quotations(doc) if q[0] == doc[token.i + 1].idx), None)
        if speaker is None or closing is None:
            return None
        return RawClaim(speaker, token.i, token.i + 1, ":", "assert", *closing, sentence)
    if token.text == ":":
        return _headline(token, sentence, lexicon) or unquoted_colon(token, sentence, lexicon)
    if token.text in DASHES and token.i + 1 < sentence.end and is_quote(doc[token.i + 1]):
        # 'The message from the commander was short — "..."': the clause's subject speaks
        subject = _clause_subject(token, lexicon) or _statement_owner(token, lexicon)
        closing = next((q for q in quotations(doc) if q[0] == doc[token.i + 1].idx), None)
        if subject is None or closing is None:
            return None
        return RawClaim(subject, token.i, token.i + 1, token.text, "assert", *closing, sentence)
    if token.text in DASHES and token.i > sentence.start and is_quote(doc[token.i - 1]):
        after = [t for t in doc[token.i + 1 : sentence.end] if not t.is_punct]
        speaker = _phrase_head(after)
        closing = next((q for q in quotations(doc) if q[1] == doc[token.i - 1].idx + 1), None)
        if speaker is None or closing is None:
            return None
        opening = doc.char_span(closing[0], closing[0] + 1, alignment_mode="expand")
        if opening is not None and opening.start > 0 and doc[opening.start - 1].text in DASHES:
            return None  # 'his remarks — "..." — angered creditors': set off, not signed
        return RawClaim(speaker, token.i, token.i + 1, token.text, "assert", *closing, sentence)
    return None


def _verb_after_quotation(mark: Token, sentence: Span, lexicon: Lexicon) -> bool:
    doc = mark.doc
    if mark.i + 1 >= sentence.end or not is_quote(doc[mark.i + 1]):
        return False
    closing = next((q for q in quotations(doc) if q[0] == doc[mark.i + 1].idx), None)
    if closing is None:
        return False
    after = [t for t in doc[mark.i + 2 : sentence.end] if t.idx >= closing[1]][:6]
    return any(verb_cue(t, lexicon) is not None for t in after)


def _clause_subject(mark: Token, lexicon: Lexicon) -> Token | None:
    """The subject of the clause that ends at the colon or dash ("He put it bluntly:"), unless
    its verb is a cue of its own ('He said: "..."': the verb carries the claim)."""
    doc = mark.doc
    if mark.i == mark.sent.start:
        return None
    verb = doc[mark.i - 1]
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i < mark.i and verb.head != verb:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb_cue(verb, lexicon) is not None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.i < mark.i else None


def _statement_owner(mark: Token, lexicon: Lexicon) -> Token | None:
    """ "The minister's remarks — "..." — angered creditors": the owner of the statement noun
    just before the dash speaks."""
    if mark.i == mark.sent.start:
        return None
    noun = mark.doc[mark.i - 1]
    nouns = lexicon.statement_nouns | lexicon.claim_nouns | {"word", "remark"}
    while noun.lemma_.lower() not in nouns and noun.head.i < noun.i and noun.dep_ != "ROOT":
        noun = noun.head  # "Her message to gun owners — ...": the phrase's head noun
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns:
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _headline(colon: Token, sentence: Span, lexicon: Lexicon) -> RawClaim | None:
    """ "Vucic: Serbia will never recognise Kosovo": a headline line opened by a name and a
    colon. Not a dateline ("BEIRUT:"), a label ("Analysis:"), a date or a place ("Syria:")."""
    doc = colon.doc
    before = list(doc[sentence.start : colon.i])
    line_start = sentence.start == 0 or "\n" in doc[sentence.start - 1].text_with_ws
    if not line_start or not before or len(before) > 4:
        return None
    if not _headline_words(before, lexicon):
        return None
    head = before[-1]
    if head.lower_ in lexicon.headline_labels or head.ent_type_ in PLACE_ENTS:
        return None
    if place_of(doc[before[0].i : colon.i].text) is not None:
        return None  # "Syria: rebels take the town": a topic, not a speaker
    words = []
    for t in doc[colon.i + 1 : sentence.end]:
        if t.is_space and "\n" in t.text:
            break
        words.append(t)
    if not any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    span = trim(doc[words[0].i : words[-1].i + 1]) if words else None
    if span is None:
        return None
    return RawClaim(head, colon.i, colon.i + 1, ":", "assert", *span, sentence)


def _headline_words(before: list[Token], lexicon: Lexicon) -> bool:
    """A name ("Vucic", "Jacinda Ardern") or a title ("UN chief", "EU envoy"), not a label in
    capitals ("BREAKING")."""
    if not all(t.is_alpha for t in before) or not before[0].text[:1].isupper():
        return False
    people = lexicon.person_nouns | lexicon.spokesperson_nouns
    for n, word in enumerate(before):
        last = n == len(before) - 1
        if word.text[:1].isupper() and not word.is_upper:
            continue
        if word.is_upper and len(word.text) <= 4 and not last:
            continue  # "UN chief", "EU envoy"
        if last and word.lower_ in people:
            continue
        return False
    return True


def _phrase_head(tokens: list[Token]) -> Token | None:
    """The head of a short noun phrase standing alone (a speaker's name and title)."""
    if not tokens or len(tokens) > 12 or any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return None
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    nouns = [t for t in heads if t.pos_ in ("PROPN", "NOUN")]
    return nouns[-1] if nouns else None
