"""Frames around a trigger that take its event out of the asserted stance: a condition told as
"in case ..." and a report or a sign said not to exist ("no reports of heavy fighting")."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.modality_words import ADJECTIVE_STANCES, FOILING, MODIFIER_STANCES
from loaders.extraction.events.syntax import lemma_of, words

ABSENT_NOUNS = words(
    "report reports sign signs evidence proof trace traces indication indications word news "
    "record records claim claims"
)


CONDITION_NOUNS = words("case condition event proviso")


def in_case(verb: Token) -> bool:
    """ "in case a nation is attacked", "on condition that the Authority stop its attacks":
    a condition, not an event."""
    if verb.dep_ in ("acl", "relcl", "ccomp") and verb.head.lower_ in ("condition", "proviso"):
        return True
    return any(
        child.dep_ == "prep"
        and child.lower_ in ("in", "on")
        and any(
            o.lower_ in CONDITION_NOUNS and o.dep_ == "pobj" and not _counted(o)
            for o in child.children
        )
        for child in verb.children
    )


def _counted(noun: Token) -> bool:
    """ "In one case, a man was beaten", "in another case": one of several, no condition."""
    return any(
        c.dep_ in ("nummod", "amod") or (c.dep_ == "det" and c.lower_ != "the")
        for c in noun.children
    )


def in_the_event(token: Token) -> bool:
    """ "in the event of a bombing", "in case of an attack": a condition."""
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    holder = token.head.head
    return (
        holder.lower_ in ("event", "case") and holder.dep_ == "pobj" and holder.head.lower_ == "in"
    )


def reported_absent(token: Token) -> bool:
    """ "No reports of heavy fighting were reported", "there was no sign of fighting": the
    report or trace of the event is said not to exist ("no sign of withdrawing")."""
    if token.dep_ not in ("pobj", "pcomp") or token.head.lower_ != "of":
        return False
    holder = token.head.head
    return lemma_of(holder) in ABSENT_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "no" for c in holder.children
    )


RAISING_STANCES = {
    **dict.fromkeys(words("expect predict forecast anticipate fear"), "hypothetical"),
    **dict.fromkeys(words("set schedule slate poise plan"), "plan"),
}
# what the raised event is expected to do: happen ("the attack was designed to intimidate"
# says what a told attack was for, and stays asserted)
OCCURRING = words(
    "begin start resume continue spread escalate intensify erupt break happen occur take come "
    "follow last reach go"
)


def raised_subject_stance(token: Token) -> str | None:
    """ "Heavy fighting was expected to resume", "an offensive is set to begin": the event is
    the subject of a verb of expectation or plan whose infinitive says it will happen."""
    if token.dep_ not in ("nsubjpass", "nsubj") or token.pos_ != "NOUN":
        return None
    verb = token.head
    stance = RAISING_STANCES.get(lemma_of(verb))
    if stance is None:
        return None
    if not any(c.dep_ == "xcomp" and lemma_of(c) in OCCURRING for c in verb.children):
        return None
    return stance


CHECKING = words("investigate probe examine check verify study review investigating")


def checked_report(report: Token) -> bool:
    """ "investigating reports that soldiers had shot dead two farmers": a report being checked
    tells a rumour, not an event."""
    head = report.head
    if report.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "looking into reports of", "an inquiry into claims"
    return report.dep_ in ("dobj", "pobj") and lemma_of(head) in CHECKING


def predicate_stance(token: Token) -> str | None:
    """What the sentence says of its subject trigger: "an offensive on the city is imminent"
    (plan), "the attack was foiled by security forces" (deny)."""
    head = token.head
    if token.dep_ == "nsubjpass" and lemma_of(head) in FOILING:
        return "deny"
    if token.dep_ != "nsubj" or lemma_of(head) != "be":
        return None
    for child in head.children:
        if child.dep_ in ("acomp", "attr"):
            stance = MODIFIER_STANCES.get(child.lower_) or ADJECTIVE_STANCES.get(child.lower_)
            if stance is None and child.dep_ == "attr":
                stance = "hypothetical" if lemma_of(child) in OPEN_PREDICATES else None
                stance = stance or _time_idiom(child)  # "an attack is a possibility"
            if stance is not None:
                return stance
    return None


OPEN_PREDICATES = words("possibility option prospect scenario likelihood chance")


def _time_idiom(noun: Token) -> str | None:
    """ "an attack on the capital was only a matter of time" """
    if lemma_of(noun) in ("matter", "question") and any(
        lemma_of(o) == "time" for c in noun.children if c.lower_ == "of" for o in c.children
    ):
        return "hypothetical"
    return None
