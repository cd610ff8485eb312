"""Follow-up tolls in a long article: a later sentence told only by victims or damage of the
event the story told just before is no event of its own (README "Rules worth knowing", one
event told again; the Syria dev set: "A casualty-only follow-up sentence ('Another 70 were
wounded') is not a new event").

"Gunmen attacked a church in Ogbe on Sunday, killing nine worshippers. [...] Fighters of the
militia were also killed, a resident said." / "Another 30 fighters were injured in the latest
clashes." / "Several houses were damaged in the attacks." The sentence names no doer, no place
and no day of its own, and no cause but the story's event (no cause at all, or a pointing noun:
"the attacks", "the latest clashes", "the blast"): its deaths, wounds or damage are the toll of
that event. Short wire items fold such sentences into the lead (events/followups.py); in a long
article later mentions are kept as mentions, but a toll alone is not a mention of anything new,
so it is dropped, and its count is not carried over (the Syria set's "a count in another
sentence is not carried over"). A sentence with a cause of its own ("were killed in an air
strike on Atareb", "in a similar attack on the village of X") stays an event.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from loaders.extraction.events.followups import event_trigger, short_story
from loaders.extraction.events.syntax import lemma_of, words

FOLLOW_SENTENCES = 3  # how far after the story's last event a toll still belongs to it
# verbs of what the victims or the place suffered
HARM_VERBS = words("kill wound injure hurt die perish damage destroy ruin raze")
# modifiers that make a cause noun the event told before ("the attacks", "the latest clashes")
POINTING_CAUSE = words("the this that these those its their latest")
# words that open another event in the sentence ("in a similar attack", "a separate raid"; not
# "another 30 were hurt", which adds victims)
OTHER_EVENT = words("similar separate second new fresh earlier previous separately elsewhere")
CAUSE_PREPOSITIONS = words("in during by from after following amid")


def drop_followup_tolls(
    doc: Doc, events: list[dict], numbers: list[int], family_of: Callable[[str], str | None]
) -> None:
    """Drop, in place, the later reports of a long article that only give victims or damage of
    the event told just before (module doc), keeping ``numbers`` in step."""
    if short_story(doc):
        return  # a short item's follow-ups are folded into its lead (events/followups.py)
    keep = [True] * len(events)
    reach = list(numbers)  # the last sentence each report tells of, its tolls dropped
    for j, event in enumerate(events):
        near = [
            i
            for i, e in enumerate(events)
            if keep[i]
            and numbers[i] < numbers[j]
            and numbers[j] - reach[i] <= FOLLOW_SENTENCES
            and e["stance"] == "assert"
        ]
        before = [events[i] for i in near]
        if before and event["stance"] == "assert" and _toll_only(doc, event, before, family_of):
            keep[j] = False
            for i in near:
                reach[i] = numbers[j]
    events[:] = [e for e, kept in zip(events, keep, strict=True) if kept]
    numbers[:] = [n for n, kept in zip(numbers, keep, strict=True) if kept]


def _toll_only(
    doc: Doc, event: dict, before: list[dict], family_of: Callable[[str], str | None]
) -> bool:
    """The report names nothing of its own but victims or damage (module doc). A cause noun
    must point back to an event of its family told before: "more than 35 militants were also
    killed during the fighting for the base" after executions of captured soldiers tells the
    fight for the first time (the Syria dev set codes it)."""
    if _own(event, "actor") or _own_place(event, before):
        return False
    date = event.get("date_text")
    if date and all(e.get("date_text") != date for e in before):
        return False  # "Five were killed on Friday": a day of its own
    trigger = event_trigger(doc, event)
    if trigger is None:
        return False
    if any(t.lower_ in OTHER_EVENT for t in trigger.sent):
        return False
    told = any(family_of(e["type"]) == family_of(event["type"]) for e in before)
    if trigger.pos_ == "VERB" and lemma_of(trigger) in HARM_VERBS:
        causes = _causes(trigger)
        if causes and not told:
            return False
        return _victims_told(trigger) and all(_pointing_cause(c) for c in causes)
    if trigger.pos_ == "NOUN" and _pointing_cause(trigger) and told:
        verb = _harm_verb_above(trigger)
        return verb is not None and _victims_told(verb)
    return False


def _own(event: dict, role: str) -> bool:
    start = (event.get(role) or {}).get("start")
    return start is not None and event["sentence_start"] <= start < event["sentence_end"]


def _own_place(event: dict, before: list[dict]) -> bool:
    """A place named in the sentence that no report before it names."""
    if not _own(event, "location"):
        return False
    name = event["location"].get("name") or event["location"].get("text")
    return all(
        ((e.get("location") or {}).get("name") or (e.get("location") or {}).get("text")) != name
        for e in before
    )


def _victims_told(verb: Token) -> bool:
    """ "Fighters were also killed", "Eleven more died", "houses were damaged": the victims or
    the things hit are the subject, and no doer is named ("killed by gunmen" names one)."""
    if lemma_of(verb) in ("die", "perish"):
        return True
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    # a toll is told in the past or the perfect; "those who help are now killed" is no toll
    present = any(c.dep_ == "auxpass" and c.lower_ in ("is", "are", "am") for c in verb.children)
    return passive and not present and not any(c.dep_ == "agent" for c in verb.children)


def _causes(verb: Token) -> list[Token]:
    """The nouns that give the harm a cause: "killed in an air strike", "wounded during the
    clashes", "injured due to the latest clashes"."""
    causes = []
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ in CAUSE_PREPOSITIONS or (prep.lower_ == "due" or prep.lower_ == "to"):
            causes.extend(_objects(prep))
    return causes


def _objects(prep: Token) -> list[Token]:
    found = [o for o in prep.children if o.dep_ == "pobj"]
    for inner in prep.children:
        if inner.dep_ in ("pcomp", "prep"):
            found.extend(_objects(inner))
    return found


def _pointing_cause(noun: Token) -> bool:
    """A cause noun that points back ("the attacks", "the latest clashes", "its raid")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return False  # "in an air strike": a strike of its own
    return any(c.lower_ in POINTING_CAUSE for c in noun.children)


def _harm_verb_above(noun: Token) -> Token | None:
    """The harm verb whose cause the noun is: "were injured due to the latest clashes"."""
    node = noun
    for _ in range(3):
        node = node.head
        if node.pos_ == "VERB":
            return node if lemma_of(node) in HARM_VERBS else None
        if node.head.i == node.i:
            return None
    return None
