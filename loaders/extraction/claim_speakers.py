"""Who speaks at a cue verb when the parse does not simply give a subject.

An inverted speech ('"...", said one commander', "..., reports AP"), a trailing cue the parser hung
on the last noun ("..., the prime minister announced in a statement"), the speaker of the clause a
participle hangs on ("..., adding that"), the phrase between a quotation and its verb, or the
name just before the verb when a lost comma broke the parse (FA-KES copy has lost its commas).
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.attribution_cues import Lexicon, verb_cue
from loaders.extraction.claim_spans import is_dateish, trim
from loaders.extraction.doc_memo import subtree_indices
from loaders.extraction.quotes import is_quote, quotation_before
from loaders.extraction.referents import actor_of

CLOSING_MARKS = frozenset({'"', "”", "»", "''"})
ASKED = frozenset({"ask", "question", "press", "speak"})  # "X, asked about it, said ..."


def inverted(token: Token) -> tuple[Token, tuple[int, int]] | None:
    """ "Rebels took the town, reports AP." / '"...", said the spokesman.': after a comma or a
    closing quotation mark, a verb followed only by a noun phrase to the sentence end has that
    phrase as its speaker and what precedes as its content, whatever the parse says."""
    doc, sentence = token.doc, token.sent
    before = doc[token.i - 1] if token.i > sentence.start else None
    if before is None or token.tag_ in ("VBG", "VBN"):
        return None  # "..., demanding better pay": a participle has no speaker after it
    marked = before.text == "," or before.text in CLOSING_MARKS
    if not marked and not _inverted_without_comma(token):
        return None
    if marked and any(
        c.dep_ == "nsubj" and c.i < token.i and c.pos_ in ("NOUN", "PROPN") for c in token.children
    ):
        return None  # "Mao Ning, a spokeswoman for ..., told a briefing": the subject speaks
    rest = [t for t in doc[token.i + 1 : sentence.end] if not (t.is_punct or t.is_space)]
    if not rest or len(rest) > 12 or any(t.pos_ in ("VERB", "AUX", "SCONJ") for t in rest):
        return None
    if any(t.lower_ in ("that", "to") for t in rest):
        return None
    root = _phrase_root(token)
    if root is None:
        return None
    last = before.i if marked else token.i
    content = quotation_before(doc, token, sentence) or trim(doc[sentence.start : last])
    if content is None:
        return None
    return root, content


INVERTING = frozenset({"say", "add", "state", "write"})


def _inverted_without_comma(token: Token) -> bool:
    """ "... on the Euphrates River said the Syrian Observatory for Human Rights." (copy that
    lost its commas): a verb of saying followed only by a named body or person, to the end."""
    if token.lemma_.lower() not in INVERTING:
        return False
    if any(c.dep_ == "nsubj" and c.i < token.i and c.pos_ == "PRON" for c in token.children):
        return False  # "he said Hamas"
    root = _phrase_root(token)
    rest = [t for t in token.doc[token.i + 1 : token.sent.end] if not t.is_punct]
    if root is None or len(rest) < 2 or root.pos_ != "PROPN" or root.ent_type_ not in SPEAKER_ENTS:
        return False
    phrase = {t.i for t in root.subtree}
    return all(t.i in phrase for t in rest)  # one noun phrase, not a run of tags


def trailing(token: Token) -> tuple[Token, tuple[int, int]] | None:
    """ "<clause>, <speaker> <cue> [in a statement / on Friday]." with no content of its own,
    however the parser hung the cue (often as a clause of the last noun before the comma)."""
    hearer = token.lemma_.lower() == "tell"  # "..., a spokesman told reporters": who heard it
    if any(
        c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > token.i and not (hearer and c.dep_ == "dobj")
        for c in token.children
    ):
        return None  # its own content after it (the clause before it is the content)
    doc, sentence = token.doc, token.sent
    inside = subtree_indices(token)  # built once, not once per later word
    if any(t.i not in inside for t in doc[token.i + 1 : sentence.end] if not t.is_punct):
        return None  # the sentence goes on past the cue's own words
    comma = next((t for t in reversed(doc[sentence.start : token.i]) if t.text == ","), None)
    if comma is None:
        return None
    phrase = [t for t in doc[comma.i + 1 : token.i] if not t.is_space]
    # "a government doctor working in the area": a participle describing the speaker is no verb
    clause = [t for t in phrase if t.pos_ in ("VERB", "AUX") and t.dep_ != "acl"]
    if not phrase or len(phrase) > 10 or clause:
        return None
    content_before = any(c.dep_ == "ccomp" for c in token.children)
    if content_before and any(t.dep_ == "cc" for t in phrase):
        return None  # "..., their relatives and a local elder said": left to the other readings
    inside = {t.i for t in phrase}
    heads = [t for t in phrase if t.head.i not in inside and t.pos_ in ("NOUN", "PROPN", "PRON")]
    content = trim(doc[sentence.start : comma.i])
    if not heads or content is None:
        return None
    return heads[-1], content


def speaker_after(token: Token) -> Token | None:
    """'"...", said one rebel commander': a parse may hang the speaker after the verb."""
    if token.dep_ not in ("ROOT", "ccomp", "parataxis", "conj") and token.i > 0:
        return None
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    content_after = any(c.dep_ == "ccomp" and c.i > token.i for c in token.children)
    if before is not None and (
        before.text in CLOSING_MARKS or (before.text == "," and not content_after)
    ):  # not "Airwars, a monitoring group, said coalition strikes killed 25"
        root = _phrase_root(token)
        if root is not None:
            return root  # the parse of an inverted speech is often wrong: the words tell
    for child in token.rights:
        if is_dateish(child):
            continue  # "..., residents said Sunday": a day is no speaker
        if child.dep_ in ("dobj", "attr", "npadvmod", "appos", "nsubj") and child.pos_ in (
            "NOUN",
            "PROPN",
        ):
            before = token.doc[token.i - 1] if token.i > 0 else None
            inverted = before is not None and (before.is_punct or is_quote(before))
            if inverted or child.dep_ != "dobj":
                return child
    return None


def name_before(token: Token) -> Token | None:
    """ "Speaking to state TV Barazi said": a misparse leaves the name just before the verb."""
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    if before is None or before.pos_ not in ("NOUN", "PROPN"):
        return None
    if before.ent_type_ in ("PERSON", "ORG", "ACTOR", "GPE", "NORP") or actor_of(before.text):
        return before  # "... in the area of Mayadeen the ministry said" (commas lost)
    return None


PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "PART"})
PHRASE_PREPS = frozenset({"in", "of", "for", "at", "from", "on"})
SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "ACTOR"})


def speaker_without_comma(token: Token, lexicon: Lexicon) -> Token | None:
    """ "... killing 15 medics activists in the town reported": copy that lost its commas puts
    the speaker right before a cue that ends the sentence; it is the speaker-like noun nearest
    the cue in the unbroken noun phrase before it."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > token.i for c in token.children):
        return None  # the content follows: not a final cue (a clause before it may hold the
        # speaker's words: "..., killing 100 people, witnesses and a local group said")
    doc, sentence = token.doc, token.sent
    after = [t for t in doc[token.i + 1 : sentence.end] if not (t.is_punct or t.is_space)]
    inside = subtree_indices(token)  # built once, not once per later word
    if any(t.i not in inside for t in after):
        return None  # the sentence goes on past the cue's own words
    i = token.i - 1
    while i >= sentence.start:
        word = doc[i]
        if not (word.pos_ in PHRASE_POS or (word.pos_ == "ADP" and word.lower_ in PHRASE_PREPS)):
            break
        if word.pos_ in ("NOUN", "PROPN") and _speaker_like(word, lexicon):
            return word
        i -= 1
    return None


def _speaker_like(word: Token, lexicon: Lexicon) -> bool:
    lemma = word.lemma_.lower()
    nouns = lexicon.person_nouns | lexicon.spokesperson_nouns | lexicon.speaker_anaphors
    if lemma in nouns or word.lower_ in nouns:
        return True
    if word.ent_type_ in SPEAKER_ENTS:
        return True
    actor = actor_of(word.text)
    return actor is not None and actor.kind != "person"


def opening_name(token: Token) -> Token | None:
    """ "Airwars, a monitoring group, said ...": the parse lost the subject, but the words
    before the cue are only a name and its apposition; the name speaks."""
    doc = token.doc
    before = [t for t in doc[token.sent.start : token.i] if not (t.is_punct or t.is_space)]
    if not before or len(before) > 12 or any(t.pos_ in ("VERB", "AUX", "SCONJ") for t in before):
        return None
    if doc[token.i - 1].text != ",":
        return None  # only "Name, apposition, said"
    return next((t for t in before if t.ent_type_ or t.pos_ in ("PROPN", "NOUN")), None)


def inherited_speaker(token: Token, lexicon: Lexicon) -> Token | None:
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
    if token.dep_ == "ccomp" and head.i < token.i and head.lemma_.lower() in ASKED:
        # "The spokesman, asked whether ..., said ...": the parse made "asked" the main verb
        return next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    if token.dep_ == "acl" and head.lemma_.lower() in lexicon.statement_nouns:
        return head  # the statement's author, or whoever issued it (claimants.py)
    if token.dep_ == "acl" and token.tag_ == "VBG" and head.dep_ == "dobj":
        # "The Coalition condemned these crimes, calling on ...": the parse hung the participle
        # on the object; whoever condemned speaks on
        return next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    return None


def between_quote_and_verb(token: Token) -> Token | None:
    """'"...," one of them, Amjad Farid, said': the phrase between the quotation and the verb."""
    doc, sentence = token.doc, token.sent
    quoted = quotation_before(doc, token, sentence)
    if quoted is None:
        return None
    words = [t for t in doc[sentence.start : token.i] if t.idx >= quoted[1] and not t.is_punct]
    inside = {t.i for t in words}
    roots = [t for t in words if t.head.i not in inside and t.pos_ in ("NOUN", "PROPN", "NUM")]
    return roots[0] if roots else None


def _phrase_root(verb: Token) -> Token | None:
    """The head of the noun phrase right after a verb, up to punctuation or a preposition
    ("said the Observatorys head Rami Abdulrahman." -> "Observatorys")."""
    doc, end = verb.doc, verb.sent.end
    words = []
    for token in doc[verb.i + 1 : end]:
        if token.is_punct or token.pos_ in ("ADP", "VERB", "AUX", "SCONJ"):
            break
        words.append(token)
    if not words or words[0].pos_ not in ("DET", "NUM", "ADJ", "NOUN", "PROPN", "PRON"):
        return None
    inside = {t.i for t in words}
    person = [t for t in words if t.ent_type_ == "PERSON"]
    if person and person[-1].i == words[-1].i:
        return person[-1]  # "said the Observatory's head Rami Abdulrahman": he speaks
    roots = [t for t in words if t.head.i not in inside and t.pos_ in ("NOUN", "PROPN")]
    nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN")]
    return roots[0] if roots else (nouns[-1] if nouns else None)
