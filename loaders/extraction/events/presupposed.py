"""Events a modal sentence takes for granted: the act another answers ("India intends to
retaliate for Sunday's attack", "vowed revenge for the bombing", "in response to the
shelling") and the act asked to end ("called for an end to the shelling of Donetsk"). Both
were told before and stay asserted, whatever the verb of intention or request above them."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.stopped_events import ENDING_NOUNS, ENDING_VERBS
from loaders.extraction.events.syntax import DEFINITE, lemma_of, words

RESPONSE_WORDS = words(
    "retaliate retaliation revenge avenge vengeance reprisal reprisals punish punishment "
    "blame apologise apologize apology compensate compensation atone respond answer"
)
RESPONSE_NOUNS = words("response reply answer retaliation reaction riposte")

# a possessor or a definite article marks one told event ("Sunday's attack", "the bombing");
# a bare plural is a kind ("revenge for attacks on Muslims")


def presupposed(node: Token) -> bool:
    """The event noun answered, asked to end or looked into, when it is one told event; or the
    event after which something came ("threatened a ban after a deadly attack by gunmen")."""
    if node.dep_ == "pobj" and node.head.lower_ in ("after", "following") and _indefinite(node):
        return True  # told with its particulars (non_events.is_background) and over: it happened
    if node.dep_ == "dobj" and node.pos_ == "NOUN" and _definite(node):
        return _asked_to_end(node.head) and not _generic_victims(node)
    if node.dep_ != "pobj" or node.pos_ not in ("NOUN", "PROPN") or not _definite(node):
        return False
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in node.children):
        return False  # "in revenge for the Damascus Ghouta massacre": a past event named
    prep = node.head
    holder = prep.head
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in ("for", "over") and (
        lemma_of(holder) in RESPONSE_WORDS
        or any(c.dep_ == "dobj" and lemma_of(c) in RESPONSE_WORDS for c in holder.children)
    ):
        return True  # "retaliate for the attack", "promised revenge for the bombing"
    if prep.lower_ == "to" and lemma_of(holder) in RESPONSE_NOUNS:
        return True  # "in response to the shelling"
    return (
        prep.lower_ in ("to", "of")
        and holder.pos_ == "NOUN"
        and lemma_of(holder) in ENDING_NOUNS  # "an end to the shelling", "a halt of the raids"
    )


def _indefinite(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and any(c.lower_ in ("a", "an") for c in noun.children)


def _definite(noun: Token) -> bool:
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in noun.children
    )


def _generic_victims(noun: Token) -> bool:
    """ "to stop the killing of human rights defenders": a practice against a class of people,
    not one told event (a place named keeps it one: "end the shelling of residential areas in
    Tripoli")."""
    if any(t.pos_ == "PROPN" for t in noun.subtree):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            o.dep_ == "pobj"
            and o.tag_ == "NNS"
            and not any(d.dep_ in ("det", "poss") for d in o.children)
            for o in c.children
        )
        for c in noun.children
    )


def _asked_to_end(verb: Token) -> bool:
    """ "called on both sides to end the shelling", "should stop the attacks": an ending verb
    complementing another verb; not a condition's ("on condition that the army stops its
    attacks", "until militants stop the rocket fire"), which the condition decides."""
    return (
        lemma_of(verb) in ENDING_VERBS
        and verb.dep_ in ("xcomp", "ccomp", "ROOT", "conj")
        and verb.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ == "mark" for c in verb.children)
    )
