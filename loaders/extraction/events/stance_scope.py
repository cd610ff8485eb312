"""Where a word of negation, denial, condition or obligation stops (events/modality.py asks).

Mined from the synthetic stories (tests/benchmarks/mine_stances.py): a negation or a denial
reached events that only frame or are the topic of the negated clause ("has not commented on
the raid", "is not hiding his identity during his attacks", "denied using cluster bombs during
its campaign"); a negation inside a condition was read as a denial ("if Iran does not withdraw");
a bare infinitive conjoined to a threat lost it ("threatened to kill us, kill our children");
"should", "must" and "ought to" of obligation were read as guesses, not demands.
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.modality_words import CONDITIONS
from loaders.extraction.events.presupposed import RESPONSE_WORDS
from loaders.extraction.events.syntax import lemma_of, words

# adjuncts that set the time or scene of a clause: what a negation or a denial of the clause
# says nothing about ("did not stop during the shelling", "denied using cluster bombs during
# its campaign"). A side's denial of its own part ("denied any role in the killings", "said it
# was not behind the bombing") stays a denial: its own report of the event (counter-claims).
FRAME_PREPOSITIONS = words("during amid amidst throughout after before following since")
# verbs whose topic is a told event ("has not commented on the raid"); feelings that take
# one as their cause ("do not hide their anger at the ambush", "no grief over the killing")
TOPIC_VERBS = words(
    "comment remark elaborate dwell reflect focus speculate brief report speak talk"
)
FEELING_NOUNS = words(
    "anger grief outrage sorrow dismay shock horror sadness fury concern regret condolences "
    "sympathy indignation"
)
# the modals of obligation: advice and orders are demands ("the army must retake the pass"),
# unless they guess at a past ("must have been") or sit in a condition ("should NATO be called")
DEONTIC_MODALS = words("must should ought")


def negation_stays_outside(token: Token) -> bool:
    """The event frames or is the topic of the clause that is negated or denied, which says
    nothing of whether it happened (module doc)."""
    if token.dep_ not in ("pobj", "conj") or token.pos_ not in ("NOUN", "PROPN"):
        return False
    while token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head  # "the abuse or killing"
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return False
    preposition = token.head.lower_
    holder = token.head.head
    lemma = lemma_of(holder)
    if preposition in FRAME_PREPOSITIONS:
        return _told(token)  # "during his attacks"; not "despite heavy air support"
    if preposition == "on":
        return lemma in TOPIC_VERBS
    if preposition in ("at", "over", "about"):
        return (
            lemma in FEELING_NOUNS
            or any(c.dep_ == "dobj" and lemma_of(c) in FEELING_NOUNS for c in holder.children)
            or lemma in TOPIC_VERBS
        )
    if preposition in ("for", "to"):
        return lemma in RESPONSE_WORDS  # "did not apologise for the bombing"
    return False


def negated_condition(token: Token, verb: Token) -> bool:
    """ "if Iran does not withdraw its troops", "unless the fighters do not leave": the negated
    clause is a condition, whose event is left open."""
    for clause in (token, verb):
        if clause.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in clause.children):
            return True
    return False


def shared_complement(token: Token) -> Token | None:
    """ "threatened to kill us, kill our children", "warned it would storm the base, seize its
    weapons and kill the peacekeepers": a bare infinitive with no subject of its own that the
    parser hung from the finite verb above is another complement of that verb; its first
    complement (whose stance the event shares) is returned."""
    if token.dep_ != "conj" or token.tag_ != "VB":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in token.children):
        return None
    head = token.head
    while head.dep_ == "conj" and head.tag_ == "VB" and head.head.i != head.i:
        head = head.head  # "..., seize its weapons and kill": up the chain of conjuncts
    if head.tag_ not in ("VBD", "VBN", "VBZ", "VBP", "VBG"):
        return None
    return next(
        (
            c
            for c in head.children
            if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB" and c.i < token.i
        ),
        None,
    )


def deontic_stance(verb: Token, modal: Token) -> str | None:
    """ "must/should/ought to" of obligation: a demand; of inference about a past ("must have
    been") none (the modal table's guess stands)."""
    if modal.lower_ not in DEONTIC_MODALS:
        return None
    if any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in verb.children):
        return None  # "the attack must have been planned for weeks"
    if modal.i > verb.i:
        return None  # "should NATO be called to respond": an inverted condition
    return "demand"


def _told(noun: Token) -> bool:
    """One told event: named with a possessive or a definite article ("his attacks", "the
    bombing"), not a bare kind ("during air raids")."""
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these"))
        for c in noun.children
    )
