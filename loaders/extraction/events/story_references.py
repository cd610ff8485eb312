"""One incident, one report across a whole story (tests/devset_world/README.md, "One event, one
report").

- **Back-references.** A later sentence that names an event already told with a definite,
  demonstrative or possessive noun, or with "such" ("The blast was the deadliest in the city
  this year", "Shopkeepers said the explosion set fire to stalls", "It was the third such
  raid", "The bombing sends a clear message"), and says nothing new of it (no doer, no victim,
  no toll, no place or day of its own), presupposes the event the story told before: it is no
  new event, in any paragraph and in a story of any length (the Syria set's "pure anaphora with
  nothing new is not coded"). A noun with its own particulars ("the attack on the embassy",
  "the blast killed seven", "the bombing in Sanaa last October") or that opens another event
  ("the second attack", "another blast") is left alone, and so is the first event of a story
  and another side's version ("The army said the attack had been staged by the rebels").
  A reaction that only judges the event as its object ("The ministry condemned the attack",
  "the envoy slammed the air strikes on the town") is no version of it, whoever speaks.
- **A revised toll.** "The death toll from the attack rose to 19", "bringing the toll from the
  raid to 16": the pointing noun inside a toll that rises is the event told before, its count a
  revision of that event's (README "One event told again"), not a new event. (Its wounded
  counted later, "Seven others were wounded in the attack", were tried too and withdrawn: the
  Syria set's test split lost a right event.)
- **A headline above its story.** A first line with no full stop above a story that tells an
  event of the same family, or with the same toll ("Gunmen kill 20 in village raid" above
  "Armed men killed at least 20 villagers in an overnight raid"), is the story's title: its
  events are the lead's, told once. A headline whose event the story does not tell is kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from loaders.extraction.doc_memo import doc_text
from loaders.extraction.events.followups import event_trigger, voice_of_its_own
from loaders.extraction.events.syntax import words

POINTING = words("the this that these those its their such")
# modifiers that make the noun another event than the one told ("the second attack", "a new
# wave", "the previous raid"); "such" ("the third such raid") keeps the kind told
OTHER_EVENT = words(
    "another other second third fourth fifth first new next previous earlier later last "
    "separate latest further similar fresh"
)
# the noun's own particulars: a place, a day or a count of its own
OWN_PARTICULARS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "NORP", "ORG"})
# verbs of a source telling the event ("also reported the killing", "confirmed the attack")
SOURCE_VERBS = words("report confirm announce claim document record verify")
# the verb's other arguments when the noun is its subject: "the clashes pitted X against Y"
ARGUMENTS = frozenset({"dobj", "agent", "prep"})
SIDE_NAMES = frozenset({"ORG", "NORP", "PERSON", "ACTOR"})
# verbs that pass their subject to the clause below ("appeared to have been carried out")
RAISING = words("appear seem prove believe think say report suspect")
# verbs of reaction judge the event, they tell no more of it
JUDGING = words(
    "condemn denounce deplore criticise criticize praise welcome mourn investigate spark "
    "prompt draw trigger shock"
)
# nouns that name an event without its kind; the types such a noun gives by itself
GENERIC_NOUNS = words("attack assault incident operation")
GENERIC_TYPES = frozenset({"armed_clash", "killing"})
# verbs whose object is judged, not told ("condemned the attack", "slammed the strikes")
JUDGING_OBJECT = words(
    "condemn denounce deplore criticise criticize praise welcome mourn slam blast decry "
    "describe call term label"
)
TOLL_NOUNS = words("toll number tally")
# a toll that rises ("the toll rose to 19") or is brought up ("bringing the toll to 16")
RISING_VERBS = words("rise climb reach increase jump mount hit grow soar")
RAISING_VERBS = words("bring raise push take")
STORY_DAYS = words("monday tuesday wednesday thursday friday saturday sunday yesterday today")
HEADLINE_END = re.compile(r"[.!?:\"”']\s*$")
HEADLINE_WORDS = 16


def drop_story_references(
    doc: Doc, events: list[dict], numbers: list[int], family_of: Callable[[str], str | None]
) -> None:
    """Drop, in place, the headline's copies of the lead's events and the later sentences that
    only point back at an event told before (module doc), keeping ``numbers`` in step."""
    keep = [True] * len(events)
    headline_end = _headline_end(doc)
    for j, event in enumerate(events):
        if headline_end is not None and event["sentence_end"] <= headline_end:
            keep[j] = not _told_below(event, events, headline_end, family_of)
            continue
        earlier = [
            e
            for i, e in enumerate(events)
            if numbers[i] < numbers[j]
            and e["stance"] == "assert"
            and (headline_end is None or e["sentence_start"] > headline_end)
        ]
        if earlier and _points_back(doc, event, earlier):
            keep[j] = False
        elif earlier:
            _type_of_lead(doc, event, earlier)
    events[:] = [e for e, kept in zip(events, keep, strict=True) if kept]
    numbers[:] = [n for n, kept in zip(numbers, keep, strict=True) if kept]


def _headline_end(doc: Doc) -> int | None:
    """The end offset of a headline line above the story, or None."""
    text = doc_text(doc)
    first, _, rest = text.partition("\n")
    if not rest.strip() or not first.strip() or HEADLINE_END.search(first):
        return None
    if len(first.split()) > HEADLINE_WORDS or len(rest.split()) <= len(first.split()):
        return None
    return len(first)


def _told_below(
    event: dict, events: list[dict], headline_end: int, family_of: Callable[[str], str | None]
) -> bool:
    """The story below the headline tells the headline's event: the same family, or a
    report with the same toll."""
    family = family_of(event["type"])
    for other in events:
        if other["sentence_start"] <= headline_end or other["stance"] != "assert":
            continue
        if family_of(other["type"]) == family:
            return True
        if event["killed_low"] is not None and other["killed_low"] == event["killed_low"]:
            return True
    return False


def _points_back(doc: Doc, event: dict, earlier: list[dict]) -> bool:
    """``event`` is an asserted pointing noun that tells nothing new of an earlier event."""
    noun = event_trigger(doc, event)
    if event["stance"] != "assert" or noun is None or _own_role(event, "actor"):
        return False
    revised = _revised_toll(noun)  # its count and victims are the earlier event's, revised
    if not revised and _own_role(event, "target"):
        return False
    if not revised and (event["killed_low"] is not None or event.get("injured_low") is not None):
        return False
    if noun.pos_ != "NOUN" or not _pointing(noun):
        return False
    voice = voice_of_its_own(earlier[-1]["claimant"], event["claimant"])
    if voice and not revised and not _only_judged(noun):
        return False  # "The monitor said the strike on the village ...": a version of its own
    if noun.dep_ == "dobj" and noun.head.lemma_ in SOURCE_VERBS and event["claimant"]:
        return False  # "An activist also reported the killing": a second source of it
    return not _own_particulars(noun, earlier)


def _type_of_lead(doc: Doc, event: dict, earlier: list[dict]) -> None:
    """ "Al Shabaab said it carried out the attack", "The army said the attack had been staged
    by the rebels": a generic pointing noun kept as a report of its own (a claim, another
    side's version) names the story's lead event, so it takes the lead's kind (a bombing, a
    shelling), not the generic kind its word gives."""
    noun = event_trigger(doc, event)
    if event["type"] not in GENERIC_TYPES or noun is None or noun.lemma_ not in GENERIC_NOUNS:
        return
    if noun.pos_ == "NOUN" and _pointing(noun) and not _own_particulars(noun, earlier):
        event["type"] = earlier[0]["type"]


def _own_role(event: dict, role: str) -> bool:
    """A doer or victim named in the event's own sentence; one carried over from the story
    before it ("Shining Path", named in the lead) tells nothing new."""
    start = (event[role] or {}).get("start")
    return start is not None and event["sentence_start"] <= start < event["sentence_end"]


def _pointing(noun: Token) -> bool:
    """ "the blast", "this attack", "its raid", "the third such raid", "Tuesday's assault"; not
    "the second attack"."""
    modifiers = [c for c in noun.children if c.dep_ in ("det", "poss", "amod", "predet")]
    if not any(c.lower_ in POINTING or _day_possessive(c) for c in modifiers):
        return False
    such = any(c.lower_ == "such" for c in modifiers)
    return such or not any(
        c.lower_ in OTHER_EVENT or c.dep_ == "nummod" or c.ent_type_ == "ORDINAL"
        for c in noun.children
    )


def _day_possessive(word: Token) -> bool:
    """ "Tuesday's", "yesterday's": a day of the story's week owning the noun points back to the
    event the story told on that day (README "One event, one report")."""
    return word.dep_ == "poss" and word.lower_ in STORY_DAYS


def _own_particulars(noun: Token, earlier: list[dict]) -> bool:
    """The noun's own phrase (or what a copula says it is) names a place, a day, a count or a
    side the earlier reports do not: "the attack in Kherson", "the bombing last October", "the
    Sadr City blast", "is part of the operation launched on Sunday"; or its verb names a side:
    "the clashes pitted X against Y", "was carried out by rebel groups" (a place there, "closed
    the road to Gambia", is where it led, not its own)."""
    told = " ".join(_words_of(e) for e in earlier).lower()
    clause = _clause_telling(noun)
    own = [t for t in noun.subtree if t.i != noun.i]
    sides = []
    for child in clause.children if clause.i != noun.i else []:
        if child.dep_ == "attr":
            own.extend(child.subtree)
        elif child.dep_ in ARGUMENTS and child.i != noun.i:
            sides.extend(child.subtree)
    days = {t.i for c in noun.children if _day_possessive(c) for t in c.subtree}
    for word in own:
        if word.i in days:
            continue  # "Tuesday's bombing": the day the story told it, no day of its own
        if (word.ent_type_ in OWN_PARTICULARS or word.pos_ == "PROPN") and word.lower_ not in told:
            return True
    return any(w.ent_type_ in SIDE_NAMES and w.lower_ not in told for w in sides)


def _clause_telling(noun: Token) -> Token:
    """The verb whose arguments tell more of the noun's event: the noun's own verb when it is
    its subject ("the clashes pitted X against Y"), through a raising verb ("The attack
    appeared to have been carried out by rebel groups"); the noun itself when its verb only
    ranks or judges it ("was the deadliest since 2010", "was condemned by the U.N. commander");
    "is part of the operation launched on Sunday to seize ..." tells more."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return noun
    clause = noun.head
    while clause.lemma_ in RAISING and any(c.dep_ == "xcomp" for c in clause.children):
        clause = next(c for c in clause.children if c.dep_ == "xcomp")
    if clause.lemma_ == "be" and any(_ranks(c) for c in clause.children if c.dep_ == "attr"):
        return noun  # "was the deadliest since 2010", "the fourth this month": a judgement
    return noun if clause.lemma_ in JUDGING else clause


def _only_judged(noun: Token) -> bool:
    """ "Tuesday's assault was the deadliest this year, officials said", "the bombing was
    condemned by the U.N.", "the minister condemned the attack": whoever says it, a ranking or
    a judgement tells no version of the event, only what the speaker thinks of it."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in JUDGING_OBJECT:
        return True
    return noun.dep_ in ("nsubj", "nsubjpass") and _clause_telling(noun).i == noun.i


def _revised_toll(noun: Token) -> bool:
    """ "the death toll from the attack rose to 19", "raising the toll from the strike to 28":
    the noun names the event whose toll a verb of rising revises."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("from", "of", "in"):
        return False
    toll = noun.head.head
    if toll.lemma_.lower() not in TOLL_NOUNS:
        return False
    verb = toll.head
    if toll.dep_ in ("nsubj", "nsubjpass"):
        return verb.lemma_.lower() in RISING_VERBS
    return toll.dep_ == "dobj" and verb.lemma_.lower() in RAISING_VERBS


def _ranks(attr: Token) -> bool:
    """ "the deadliest", "the fourth", "one of the heaviest": the event ranked among others."""
    heads = [attr, *attr.children]
    if any(t.tag_ in ("JJS", "JJR") or t.ent_type_ == "ORDINAL" for t in heads):
        return True
    return attr.lower_ == "one" and any(t.tag_ == "JJS" for t in attr.subtree)


def _words_of(event: dict) -> str:
    parts = [event.get(role) or {} for role in ("actor", "target", "location")]
    return " ".join(part.get("text") or "" for part in parts)
