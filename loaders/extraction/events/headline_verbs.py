"""Headline verbs the small model reads as nouns: "Warplanes pound rebel-held town", "Rebels
ambush army convoy in Darfur, kill 20 soldiers", "Police fire on protesters, 3 dead".

Headlines drop articles and auxiliaries, so a present-tense verb after a plural subject looks
like one more noun of a noun chain. Two shapes are mended before the events are read:

- the arcs are right and only the tag is wrong: a "noun" with a subject and a direct object is
  a verb (no noun governs a direct object);
- the arcs are wrong too: a clause that opens with a plural noun (or a collective force,
  "Police"), then a word that is a verb of the trigger table, then its object ("army convoy",
  "on Kathmandu protesters"). The word is re-read as the clause's verb: the noun before it is its
  subject, the noun chain after it its object, and a verb the chain was the subject of
  ("..., kill 20 soldiers") is coordinated with it.

Only violent verbs of the trigger table are re-read in the second shape: an event needs one, and
other words ("Markets rally") keep the parse they have.
"""

from __future__ import annotations

from spacy.attrs import DEP, LOWER, TAG
from spacy.tokens import Doc, Span, Token

from loaders.extraction.doc_memo import token_strings
from loaders.extraction.events.role_parts import GROUND_FORCES
from loaders.extraction.events.triggers import TriggerBook

NOUN_TAGS = frozenset({"NN", "NNS"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
CHAIN_DEPS = frozenset({"compound", "nmod", "amod"})
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "advcl", "nsubj", "dep"})
# what may follow the verb: its object or a preposition that takes its target
OBJECT_POS = frozenset({"NOUN", "PROPN", "NUM", "ADJ", "DET", "ADP"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def read_headline_verbs(doc: Doc, book: TriggerBook) -> bool:
    """Re-read the headline verbs of the document; True when the parse was changed."""
    verbs = []
    tags, deps, lowers = token_strings(doc, TAG, DEP, LOWER)
    for i in range(len(doc)):  # a Token only where one of the two shapes may be
        by_arcs = tags[i] in NOUN_TAGS and deps[i] in CLAUSE_DEPS
        after_subject = i > 0 and (tags[i - 1] in PLURAL_TAGS or lowers[i - 1] in GROUND_FORCES)
        if not (by_arcs or (after_subject and tags[i] in ("NN", "VB", "VBP"))):
            continue
        token = doc[i]
        if token.pos_ in ("VERB", "AUX"):
            continue
        if _verb_by_arcs(token) and _verb_of_the_table(token, book):
            _make_verb(token)
            verbs.append(token.i)
        elif _headline_shape(token, book):
            _rearc(token)
            verbs.append(token.i)
    if verbs:
        _cut_names_at(doc, verbs)
    return bool(verbs)


def _cut_names_at(doc: Doc, verbs: list[int]) -> None:
    """A name the dictionary read over the noun chain ("Jets pound") ends before the verb."""
    kept = []
    for ent in doc.ents:
        inside = [i for i in verbs if ent.start <= i < ent.end]
        if not inside:
            kept.append(ent)
        elif inside[0] > ent.start:
            kept.append(Span(doc, ent.start, inside[0], label=ent.label_))
    doc.ents = kept


def _verb_by_arcs(token: Token) -> bool:
    """ "Warplanes pound rebel-held Hodeidah": a noun-tagged word with a subject and an object."""
    if token.tag_ not in NOUN_TAGS or token.dep_ not in CLAUSE_DEPS:
        return False
    deps = {c.dep_ for c in token.children}
    return "nsubj" in deps and "dobj" in deps


def _verb_of_the_table(token: Token, book: TriggerBook) -> bool:
    """A base form the trigger table knows as a verb ("pound"); an unknown form the tagger
    read as a noun ("retook") keeps its reading, which other rules know."""
    trigger = book.triggers.get(token.lower_) or book.triggers.get(token.lemma_.lower())
    return trigger is not None and "VERB" in trigger.pos


def _headline_shape(token: Token, book: TriggerBook) -> bool:
    """Plural subject opening the clause + a violent verb of the table + what it acts on."""
    trigger = book.triggers.get(token.lower_) or book.triggers.get(token.lemma_.lower())
    if trigger is None or "VERB" not in trigger.pos or token.i == 0:
        return False
    if token.tag_ not in ("NN", "VB", "VBP"):
        return False
    subject = token.doc[token.i - 1]
    plural = subject.tag_ in PLURAL_TAGS or subject.lower_ in GROUND_FORCES
    if not plural or subject.pos_ not in ("NOUN", "PROPN"):
        return False
    start = token.sent.start
    if subject.left_edge.i != start and subject.i != start:
        return False  # the subject opens its clause: "Rebels ambush ...", "U.S. bombers hit ..."
    if token.i + 1 >= token.sent.end or token.doc[token.i + 1].pos_ not in OBJECT_POS:
        return False
    # the subject must hang on the word or its noun chain, not govern it
    return subject.head.i >= token.i and token.dep_ in CHAIN_DEPS | CLAUSE_DEPS


def _make_verb(token: Token) -> None:
    token.tag_ = "VBP"
    token.pos_ = "VERB"


def _rearc(verb: Token) -> None:
    subject = verb.doc[verb.i - 1]
    chain_head = verb
    while chain_head.dep_ in CHAIN_DEPS and chain_head.head.i > chain_head.i:
        chain_head = chain_head.head  # "ambush army convoy": the chain ends at "convoy"
    if chain_head is not verb:
        governor, role = chain_head.head, chain_head.dep_
        if role in SUBJECT_DEPS and governor.pos_ == "VERB" and governor.i > chain_head.i:
            # "Rebels ambush army convoy in Darfur, kill 20 soldiers": both are the rebels' acts
            top, top_role = governor.head, governor.dep_
            verb.head = verb if top_role == "ROOT" else top
            verb.dep_ = top_role
            governor.head = verb
            governor.dep_ = "conj"
        else:
            verb.head = verb if role == "ROOT" else governor
            verb.dep_ = role
        chain_head.head = verb
        chain_head.dep_ = "dobj"
    subject.head = verb
    subject.dep_ = "nsubj"
    _make_verb(verb)
