"""The third modality round's scopes (events/modal_scope.py, events/negation.py,
events/court_frames.py, the object step of events/governors.py): negation inside hopes and
fears, ultimatums and their alternatives, forces massed for an offensive, warnings that another
side may strike, ruling out, free-choice doers, efforts, compounds of stance nouns, unchecked
reports and trials. Each open or framed event has a told twin that stays asserted (real model,
sentences written for these tests, not dev or measured items)."""

from __future__ import annotations

import pytest

from loaders.extraction.events.modal_scope import FREE_CHOICE, STAGING, STRIVING
from loaders.extraction.events.verb_classes import EMBEDDING_STANCES
from tests.test_extraction_roles import extract

# (sentence, event type, the stance it must have)
OPEN = [
    # a negation inside what is hoped or feared stays open; a commitment not to act denies
    (
        "Farmers in the valley hope the militia will not burn their villages or attack "
        "the market again.",
        "armed_clash",
        "hypothetical",
    ),
    ("The general promised that his gunners would not shell the old town.", "shelling", "deny"),
    # an ultimatum's alternative is a threat; the time it gives makes a demand
    (
        "The junta gave the garrison until dawn to surrender or face an all-out assault.",
        "ground_offensive",
        "threaten",
    ),
    # forces massed or readied for an event plan it
    (
        "Armoured columns were gathering outside Misrata for a final assault, witnesses said.",
        "ground_offensive",
        "plan",
    ),
    # a warning that another side may strike is a possibility; the warner's own, a threat
    (
        "The embassy warned that militants might attack hotels in the capital.",
        "armed_clash",
        "hypothetical",
    ),
    (
        "Ankara warned that it could invade the island within days.",
        "territory_capture",
        "threaten",
    ),
    # ruling out denies, not ruling out leaves open
    ("The minister ruled out a ground offensive in the valley.", "ground_offensive", "deny"),
    (
        "Officials did not rule out an air strike on the camps near the border.",
        "air_strike",
        "hypothetical",
    ),
    # a doer chosen freely names no deed
    (
        "The police chief said officers would shoot anyone who attacked a police station.",
        "armed_clash",
        "hypothetical",
    ),
    # efforts and attempts named by a compound
    ("Government forces are fighting to retake the city of Marawi.", "territory_capture", "plan"),
    # unchecked reports and stance nouns denied
    (
        "Troops were said to have killed 30 rebels near the lake, but there was no "
        "independent confirmation.",
        "armed_clash",
        "rumour",
    ),
    (
        "The Kremlin said Moscow had no intention of attacking any Baltic country.",
        "armed_clash",
        "deny",
    ),
    # a reported "will" is a plan; an event chosen freely is a case considered
    (
        "The coalition announced it would launch air strikes on rebel bases near Saada.",
        "air_strike",
        "plan",
    ),
    (
        "The minister said any attack on the pipeline would be met with force.",
        "armed_clash",
        "hypothetical",
    ),
    # what a noun of demand as the subject is "for", and what sides dig in for
    ("Calls are growing for air strikes against the militants.", "air_strike", "demand"),
    ("Both armies are digging in for a fresh round of fighting.", "armed_clash", "plan"),
    # a foiled attempt is denied through the noun the infinitive hangs on
    (
        "Security forces thwarted an attempt by gunmen to kidnap an engineer in Warri.",
        "abduction",
        "deny",
    ),
]


@pytest.mark.parametrize(("text", "kind", "stance"), OPEN)
def test_the_scope_around_the_event_decides_its_stance(text: str, kind: str, stance: str) -> None:
    events = [(e["type"], e["stance"]) for e in extract(text)["events"]]
    assert any(s == stance for _, s in events), (text, events, kind)
    assert not any(s == "assert" for _, s in events), (text, events)


# what a court is told, hears or finds retells the case tried
IN_COURT = [
    "Prosecutors told the court that the defendant had planted the bomb that killed 12 people.",
    "The court heard that the gunmen opened fire on worshippers as they prayed.",
    "The judge ruled that the police had used excessive force when they shot the protester.",
]
# ... and the same deeds told as news, by a prosecutor as the source, or in a courtroom
TOLD = [
    "Gunmen opened fire on worshippers at a mosque in Kano on Friday, killing seven, state "
    "prosecutors said.",
    "Police shot dead a protester in Nairobi on Tuesday, witnesses told reporters.",
    "A bomb killed 12 people at the central station on Monday, the court's spokesman said.",
    # the told twins of the open events above
    "The militia attacked the market in the valley on Sunday, killing four farmers.",
    "Armoured columns launched a final assault on Misrata at dawn, witnesses said.",
    "Officials said an air strike hit the camps near the border on Monday.",
    "Government forces retook the city of Marawi on Tuesday after weeks of fighting.",
    # "could" of perception tells what was perceived
    "Heavy fighting could be heard in the south of Tripoli on Tuesday night, residents said.",
]
# habits, statistics and kinds: no event told
KINDS = [
    "Militants used to attack convoys on the road to Bannu.",
    "Nearly half of all suicide bombings in 2015 took place in Nigeria.",
]


@pytest.mark.parametrize("text", IN_COURT)
def test_a_deed_told_in_court_is_no_event_of_the_news(text: str) -> None:
    events = [(e["type"], e["stance"]) for e in extract(text)["events"]]
    assert not [e for e in events if e[1] == "assert"], (text, events)


@pytest.mark.parametrize("text", TOLD)
def test_the_same_deeds_told_as_news_stay_asserted(text: str) -> None:
    events = [(e["type"], e["stance"]) for e in extract(text)["events"]]
    assert any(stance == "assert" for _, stance in events), (text, events)


@pytest.mark.parametrize("text", KINDS)
def test_a_past_habit_or_a_count_of_all_events_tells_none(text: str) -> None:
    events = [(e["type"], e["stance"]) for e in extract(text)["events"]]
    assert not [e for e in events if e[1] == "assert"], (text, events)


def test_the_scope_tables_are_whole_classes_not_in_the_verb_table() -> None:
    # the staging and striving verbs give a plan only through "for" and an infinitive: as
    # governors of an object ("fought a battle", "deployed troops") they would turn told
    # events into plans, so they stay out of the one table of governing verbs
    assert not STRIVING & set(EMBEDDING_STANCES) - {"struggle"}
    assert {"mass", "gather", "deploy", "muster"} <= STAGING
    assert {"anyone", "whoever"} <= FREE_CHOICE
