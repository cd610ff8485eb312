"""Verb classes on the path from a trigger to its governing verbs (events/verb_classes.py,
events/governors.py): implicatives assert, negative implicatives and near misses deny, each
flipped by its own negation; factives presuppose; non-factives keep their stance (real model,
sentences written for these tests, not dev or measured items)."""

from __future__ import annotations

import pytest

from loaders.extraction.contract import EventStance
from loaders.extraction.events import modality_words
from loaders.extraction.events.verb_classes import (
    EMBEDDING_STANCES,
    FACTIVE,
    IMPLICATIVE,
    NEGATIVE_IMPLICATIVE,
    NON_FACTIVE,
    VERIDICAL,
    restored_lemma,
    verb_class,
)
from tests.test_extraction_roles import extract

# (sentence, event type, stance the event must have)
GOVERNED = [
    # implicatives: as true as their verb
    (
        "Militia fighters managed to seize the airport at Kamembe on Sunday.",
        "territory_capture",
        "assert",
    ),
    (
        "Militia fighters did not manage to seize the airport at Kamembe.",
        "territory_capture",
        "deny",
    ),
    ("The brigade never managed to retake the port of Kismaayo.", "territory_capture", "deny"),
    ("The insurgents went on to seize two more districts.", "territory_capture", "assert"),
    ("Loyalist gunners began to shell the old town at dawn.", "shelling", "assert"),
    ("Troops succeeded in capturing the bridge over the Drina.", "territory_capture", "assert"),
    # negative implicatives and near misses: deny, unless negated themselves
    ("The garrison failed to recapture the hill on Tuesday.", "territory_capture", "deny"),
    ("Gunners did not fail to shell the village on Monday.", "shelling", "assert"),
    ("The two navies came close to clashing in the strait.", "armed_clash", "deny"),
    ("The junta stopped short of attacking the rebel enclave.", "armed_clash", "deny"),
    ("The coalition has yet to launch its offensive on the oasis.", "ground_offensive", "deny"),
    ("Instead of attacking the town, the militia withdrew.", "armed_clash", "deny"),
    ("Government forces showed no sign of withdrawing from the valley.", "territory_loss", "deny"),
    ("The failure to capture the crossing cost the colonel his post.", "territory_capture", "deny"),
    # factive and veridical verbs: the event happened
    ("The governor regretted that soldiers had fired on the marchers.", "killing", "assert"),
    ("The ministry admitted that its aircraft had bombed a clinic.", "air_strike", "assert"),
    ("The gunners did not stop shelling the suburbs on Monday.", "shelling", "assert"),
    # non-factives and near futures: open
    ("The militia tried to capture the bridge over the Drina.", "territory_capture", "plan"),
    (
        "The militia is on the verge of capturing the river port.",
        "territory_capture",
        "hypothetical",
    ),
    (
        "Had the bomb exploded, it would have killed dozens of travellers.",
        "bombing",
        "hypothetical",
    ),
    # "hopes" is lemmatised "hop" by the model: the table reads the form back
    (
        "The brigade hopes to capture the river port within days.",
        "territory_capture",
        "hypothetical",
    ),
    # dangers guarded against and exposure to them
    ("A new shield protects the port from missile attacks.", "missile_attack", "hypothetical"),
    ("The outposts are vulnerable to attack from the hills.", "armed_clash", "hypothetical"),
]


@pytest.mark.parametrize(("text", "kind", "stance"), GOVERNED)
def test_the_governing_verbs_class_decides_whether_the_event_happened(
    text: str, kind: str, stance: str
) -> None:
    events = [(e["type"], e["stance"]) for e in extract(text)["events"]]
    assert (kind, stance) in events, (text, events)


def test_the_classes_are_disjoint_and_their_stances_are_the_contracts() -> None:
    assert not IMPLICATIVE & NEGATIVE_IMPLICATIVE
    assert not FACTIVE & VERIDICAL
    assert not IMPLICATIVE & set(NON_FACTIVE)
    codes = set(EventStance.__args__)
    assert set(EMBEDDING_STANCES.values()) <= codes
    assert set(modality_words.STANCES) == codes
    assert verb_class("forget", that_clause=True) == "factive"  # "forgot that they had fired"
    assert verb_class("forget", that_clause=False) == "negative"  # "forgot to lock"
    assert verb_class("go on", that_clause=False) == "implicative"
    assert verb_class("say", that_clause=True) is None  # a claim, read by the claim rules
    assert restored_lemma("hop", "hoped") == "hope" and restored_lemma("hop", "hopped") == "hop"


# Habits and kinds told by grammar (events/generic_present.py): no event of the news
HABITS = [
    "Drones strike the valley at night, when the fighters move.",
    "The militia fights the army in the hills north of the lake.",
    "Militiamen kill more civilians than soldiers in such wars.",
    "Bandits have long attacked lorries on the desert road.",
    "Insurgents often use roadside bombs to attack patrols.",
    "Most of the recruits killed in such clashes are teenagers.",
]
# ... and their contrasts, told as events
TOLD = [
    "Drones struck the valley on Tuesday night, killing four fighters.",
    "Rebels attack Goma",  # a headline drops its tense
    "Gunmen attack a police post in Kano on Monday, killing five officers.",
]


@pytest.mark.parametrize("text", HABITS)
def test_a_habit_or_a_kind_is_no_asserted_event(text: str) -> None:
    events = [(e["type"], e["stance"]) for e in extract(text)["events"]]
    assert not [e for e in events if e[1] == "assert"], (text, events)


@pytest.mark.parametrize("text", TOLD)
def test_a_present_with_a_day_of_the_news_or_a_headline_is_told(text: str) -> None:
    events = [(e["type"], e["stance"]) for e in extract(text)["events"]]
    assert any(stance == "assert" for _, stance in events), (text, events)
