"""Past-tense verbs the small model reads as participles before a noun: "Coalition planes on
Tuesday bombed positions", "Salvadoran air force planes strafed rebel positions"; and nouns it
reads as verbs in a noun's place ("took 1,500 people hostage"), and verbs it reads as nouns
though they have an auxiliary and a direct object ("Having overrun the garrison").

After a plural subject, "bombed positions" looks like "the bombed positions" (a participle
modifying its noun, which events/non_events.py rightly reads as a state). The shape is mended
before the events are read when all of these hold: the word is a violent verb of the trigger
table tagged as a participle modifier (VBN, amod) that opens its noun's phrase (no article,
possessive or number before it: "the bombed town" keeps its reading); the words before it are
a plural noun (or a collective force, "Police"), optionally followed by one prepositional
adjunct ("on Tuesday"), and that noun phrase opens its clause. The word becomes the clause's
verb, the noun before it its subject, the noun after it its object.
"""

from __future__ import annotations

from spacy.attrs import DEP, TAG
from spacy.tokens import Doc, Token

from loaders.extraction.doc_memo import token_strings
from loaders.extraction.events.role_parts import GROUND_FORCES
from loaders.extraction.events.triggers import TriggerBook

PLURAL_TAGS = frozenset({"NNS", "NNPS"})
PHRASE_OPENERS = frozenset({"det", "poss", "nummod", "predet", "amod", "compound", "nmod"})


def read_participle_verbs(doc: Doc, book: TriggerBook) -> bool:
    """Re-read misread past-tense verbs of the document; True when the parse was changed."""
    changed = False
    tags, deps = token_strings(doc, TAG, DEP)
    for i in range(1, len(doc)):
        if tags[i] in VERB_TAGS and deps[i] in NOMINAL_DEPS and _noun_only(doc[i], book):
            # "took some 1,500 people hostage": a word the table knows only as a noun, in a
            # noun's place, is that noun whatever tag the model gave it
            doc[i].tag_, doc[i].pos_ = "NN", "NOUN"
            changed = True
            continue
        if tags[i] in ("NN", "NNS") and _noun_with_verb_arcs(doc[i], book):
            # "Having overrun the garrison, ...": an auxiliary and a direct object make a verb
            doc[i].tag_, doc[i].pos_ = "VBN", "VERB"
            changed = True
            continue
        if tags[i] != "VBN" or deps[i] != "amod":
            continue
        token = doc[i]
        subject = _subject_before(token, book)
        if subject is not None:
            _rearc(token, subject)
            changed = True
    return changed


VERB_TAGS = frozenset({"VB", "VBP", "VBZ", "VBD", "VBN"})  # (a gerund is read as a noun already)
NOMINAL_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "oprd"})


def _noun_only(token: Token, book: TriggerBook) -> bool:
    trigger = book.triggers.get(token.lower_)
    return trigger is not None and trigger.pos == frozenset({"NOUN"})


def _noun_with_verb_arcs(token: Token, book: TriggerBook) -> bool:
    deps = {c.dep_ for c in token.children}
    return "dobj" in deps and bool(deps & {"aux", "auxpass"}) and _violent_verb(token, book)


def _violent_verb(token: Token, book: TriggerBook) -> bool:
    trigger = book.triggers.get(token.lemma_.lower())
    return trigger is not None and "VERB" in trigger.pos


def _subject_before(token: Token, book: TriggerBook) -> Token | None:
    noun = token.head
    if noun.i <= token.i or not _violent_verb(token, book):
        return None
    if any(c.dep_ in PHRASE_OPENERS and c.i < token.i for c in noun.children):
        return None  # "the bombed town", "two shelled villages": a state of the noun
    before = token.doc[token.i - 1]
    if before.dep_ == "pobj" and before.head.dep_ == "prep":
        before = before.head.head  # "planes on Tuesday bombed": the adjunct hangs on the noun
    plural = before.tag_ in PLURAL_TAGS or before.lower_ in GROUND_FORCES
    if not plural or before.pos_ not in ("NOUN", "PROPN") or before.i >= token.i:
        return None
    if before.left_edge.i != token.sent.start:
        return None  # the subject opens its clause
    if before.dep_ not in ("nsubj", "ROOT") and before.head.i != noun.i:
        return None
    return before


def _rearc(verb: Token, subject: Token) -> None:
    noun = verb.head
    if subject.dep_ == "nsubj" and subject.head.i not in (noun.i, verb.i):
        governor = subject.head  # "planes ... bombed positions ..., a spokesman said"
        verb.head, verb.dep_ = governor, "ccomp"
    elif noun.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
    else:
        verb.head, verb.dep_ = noun.head, noun.dep_
    noun.head, noun.dep_ = verb, "dobj"
    subject.head, subject.dep_ = verb, "nsubj"
    verb.tag_, verb.pos_ = "VBD", "VERB"
