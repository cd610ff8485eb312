"""What a pronoun doer takes up: the noun phrase an analyst reads as "who did it".

A doer told only by a pronoun names no one (README "Pronoun doers"): "The junta said it had
attacked a ceremony", "Gunmen stormed a hotel ... They killed 12 guests", "The U.S. Africa
Command said its strike had killed eight militants". Two readings, from grammar, not from
lists of phrases:

- the pronoun is the subject (or the owner of the subject) of a clause complementing a verb
  whose own subject comes before it ("X said / claimed / confirmed that it ..."): that subject;
- the pronoun opens a clause of its own with no such subject above it: the doer of the sentence
  before (its first subject that is not a reporting frame's "police said"), up to two back;
- a relative pronoun subject ("The men who took them hostage") is the noun its clause describes.

The antecedent must agree: "it" takes no plural noun, "he"/"she" a person, "they" anything but
a single person. A pronoun inside a quotation is the quoted speaker's and is left alone, as is
one whose antecedent is itself a pronoun the same rules cannot resolve.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from loaders.extraction.quotes import in_quotation

PERSONAL = frozenset({"it", "they", "he", "she"})
RELATIVES = frozenset({"who", "which", "that"})
OWNERS = frozenset({"its", "their"})  # "its strike had killed": the owner did it
# nouns of an act whose owner is its doer ("its strike", "their attack")
ACTS = frozenset(
    {"strike", "airstrike", "attack", "raid", "operation", "offensive", "assault", "ambush",
     "bombardment", "shelling", "bombing", "fire", "barrage", "incursion"}
)  # fmt: skip
COMPLEMENTS = frozenset({"ccomp", "xcomp"})  # "said (that) it had", "claimed to have"
CLIMBS = COMPLEMENTS | {"advcl"}  # "... had been imposed as they battled": up to the speaker
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# bodies of people a "they" may take up in the singular
BODIES = frozenset(
    {"police", "army", "military", "government", "group", "militia", "movement", "front",
     "coalition", "junta", "regime", "navy", "command", "guard", "rebels", "family"}
)  # fmt: skip
PERSON_LABELS = frozenset({"PERSON"})
REPORTING = frozenset(
    {"say", "tell", "claim", "announce", "report", "add", "state", "confirm", "allege", "deny"}
)
SENTENCES_BACK = 2
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "on", "into", "inside", "outside"})
CLIMB = 4  # clauses up from the pronoun's own


def pronoun_antecedent(pronoun: Token) -> tuple[Token, bool] | None:
    """The head of the noun phrase a pronoun doer refers to, and whether it is the subject of
    a verb the pronoun's clause complements (the speaker of "X said it had"); None when the
    pronoun takes up no noun (module doc)."""
    lower = pronoun.lower_
    if lower in RELATIVES and pronoun.dep_ == "nsubj" and pronoun.head.dep_ == "relcl":
        noun = pronoun.head.head  # "The men who took them hostage": the men
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
            noun = noun.head  # "the Vanuatu Liberation Army, an army of ..., which"
        named = noun.pos_ == "PROPN"  # "which", "that" take up things as often as sides
        placed = noun.dep_ == "pobj" and noun.head.lower_ in PLACE_PREPOSITIONS
        if noun.dep_ == "dobj" or placed:
            return None  # "killed General X, who ...": the victim or a place, never the doer
        return (noun, False) if lower == "who" or named else None
    if pronoun.pos_ not in ("PRON", "DET") or in_quotation(pronoun):
        return None
    if lower in PERSONAL and pronoun.dep_ == "nsubj":
        clause = pronoun.head
    elif lower in OWNERS and pronoun.dep_ == "poss" and _acts(pronoun.head):
        clause = pronoun.head.head  # "its strike had killed": the strike's clause
    else:
        return None
    above = _subject_above(pronoun, clause)
    if above is not None:
        return above
    found = _doer_before(pronoun) if _opens_its_clause(pronoun, clause) else None
    return (found, False) if found is not None else None


def _acts(noun: Token) -> bool:
    """ "its strike had killed": the owner's own act as a clause's subject (not "its missiles",
    which name the owner's means in words of their own)."""
    return noun.dep_ == "nsubj" and noun.lemma_.lower() in ACTS


def _subject_above(pronoun: Token, clause: Token) -> tuple[Token, bool] | None:
    """ "The junta said it had attacked": the active subject of a verb the clause complements
    (or is an adverbial clause of: "Police said a curfew had been imposed as they battled"),
    the first that agrees, and whether its verb reports (the pronoun is the speaker's side).
    A passive's subject is passed over: "troops were killed as they raided" tells the victims."""
    current = clause
    for _ in range(CLIMB):
        if current.dep_ not in CLIMBS or current.head.i == current.i:
            return None
        if current.dep_ == "advcl" and pronoun.lower_ in ("he", "she"):
            return None  # "since he shot ...": a person's clause, left to the speaker rules
        current = current.head
        subject = next((c for c in current.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i > pronoun.i or subject.pos_ in ("PRON", "DET"):
            continue
        if agrees(pronoun, subject):
            return subject, current.lemma_.lower() in REPORTING
    return None


def _opens_its_clause(pronoun: Token, clause: Token) -> bool:
    """The pronoun's clause is the sentence's main one, or the one a trailing reporting frame
    tells ("They killed 12 guests ..., police said")."""
    if clause.dep_ == "conj" and clause.head.dep_ == "ROOT":
        clause = clause.head
    if clause.dep_ == "ROOT":
        return True
    frame = clause.head
    return (
        clause.dep_ in ("ccomp", "parataxis")
        and frame.lemma_.lower() in REPORTING
        and frame.i > pronoun.i
        and frame.dep_ == "ROOT"
    )


def _doer_before(pronoun: Token) -> Token | None:
    """The first doer in agreement of the nearest sentence before that names doers; the
    subject of a reporting verb ("police said") only when no other subject agrees."""
    sentences = [s for s in pronoun.doc.sents if s.end <= pronoun.sent.start]
    for sentence in reversed(sentences[-SENTENCES_BACK:]):
        subjects = [t for t in sentence if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN")]
        if not subjects:
            continue
        doers = [t for t in subjects if t.head.lemma_.lower() not in REPORTING]
        speakers = [t for t in subjects if t.head.lemma_.lower() in REPORTING]
        return next((t for t in [*doers, *speakers] if agrees(pronoun, t)), None)
    return None


def agrees(pronoun: Token, noun: Token) -> bool:
    """Number and person: "it" no plural, "he"/"she" a person, "they" a plural, a name that
    is no single person, or a body of people ("police", "the army")."""
    lower = pronoun.lower_
    person = noun.ent_type_ in PERSON_LABELS
    if lower in ("he", "she"):
        return person
    if lower in ("it", "its"):
        return noun.tag_ not in PLURAL_TAGS and not person
    if person and noun.tag_ not in PLURAL_TAGS:
        return False
    return noun.tag_ in PLURAL_TAGS or noun.pos_ == "PROPN" or noun.lemma_.lower() in BODIES


def taken_up(referents: Any, pronoun: Token, antecedent: Token, speaks: bool, speaker: Any) -> dict:
    """A pronoun doer as the words it takes up (a ``Referents`` resolves them); the pronoun's
    own reading (the speaker's side, placed in the story's state) lends its country when the
    antecedent is that speaker and its words alone give none ("The Sandinista army said it had
    killed ...")."""
    found = referents.actor(antecedent, speaker)
    if not speaks or found.get("country"):
        return found
    own = referents.actor(pronoun, speaker)
    if not own.get("country"):
        return found
    return {**own, "text": found["text"], "start": found["start"], "end": found["end"]}
