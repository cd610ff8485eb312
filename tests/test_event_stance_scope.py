"""Where a word of negation, denial, condition or obligation stops (events/stance_scope.py and
the ending verbs of events/presupposed.py), the kinds mined from synthetic stories
(tests/benchmarks/mine_stances.py). Each case has a twin the old reading still holds for
(real model, sentences written for these tests, not dev or measured items)."""

from __future__ import annotations

import pytest

from loaders.extraction.events.stance_scope import DEONTIC_MODALS, FRAME_PREPOSITIONS
from tests.test_extraction_roles import extract


def stances(text: str, kind: str | None = None) -> list[str]:
    return [e["stance"] for e in extract(text)["events"] if kind is None or e["type"] == kind]


# (sentence, event type, the stance it must have)
SCOPED = [
    # a negation or a denial says nothing of an event that frames or is the topic of its clause
    ("The navy has not commented on the air strike near Hodeidah port.", "air_strike", "assert"),
    (
        "The colonel did not leave his post during the shelling of the barracks.",
        "shelling",
        "assert",
    ),
    (
        "The ministry denied that its pilots had used napalm during the bombing of the valley.",
        "bombing",
        "assert",
    ),
    # ... but an event the negated verb does, or a side's denial of its part, stays denied
    ("The rebels did not attack the convoy during the night.", "armed_clash", "deny"),
    ("The militia denied shelling the village during the night.", "shelling", "deny"),
    # a negation inside a condition leaves the event open
    (
        "Talks will collapse if the army does not withdraw from the northern districts.",
        "territory_loss",
        "hypothetical",
    ),
    # a bare infinitive conjoined to a threat or vow shares it
    (
        "The gang threatened to burn the school, seize the teachers and kill the pupils.",
        "killing",
        "threaten",
    ),
    # obligation is a demand; inference about a past is a guess
    ("The senator said the navy must sink the pirate ships at once.", None, "demand"),
    ("Our troops ought to storm the hill before dawn, the captain argued.", None, "demand"),
    # a speaker's own conditional "would" threatens; another's stays open
    (
        "Kenya said it would bomb the militants' camps if the hostages were not freed.",
        "air_strike",
        "threaten",
    ),
    # a told event asked to end is under way; a practice against a class of people is not told
    (
        "The envoy called on both sides to end the shelling of the old city of Taiz.",
        "shelling",
        "assert",
    ),
]


@pytest.mark.parametrize(("text", "kind", "stance"), SCOPED)
def test_the_scope_of_a_stance_word_decides_the_events_stance(
    text: str, kind: str | None, stance: str
) -> None:
    found = stances(text, kind)
    assert stance in found, (text, found)


def test_a_practice_asked_to_end_is_not_told() -> None:
    found = stances(
        "Activists urged the government to stop the killing of environmental campaigners."
    )
    assert "assert" not in found, found


def test_must_of_inference_about_a_past_stays_a_guess() -> None:
    found = stances("The rebels must have shelled the bridge overnight, a resident guessed.")
    assert found and "demand" not in found and "assert" not in found, found


def test_a_state_that_detains_arrests_and_an_armed_group_abducts() -> None:
    assert not [e for e in extract("Honduras detained 300 people in a drugs sweep.")["events"]]
    abducted = extract("Rebels detained two aid workers near Goma.")["events"]
    assert [e["type"] for e in abducted] == ["abduction"]


def test_it_as_a_doer_with_an_object_is_no_flop() -> None:
    assert stances("The army said it would bomb the rebel positions.", "air_strike") == ["plan"]
    assert not stances("The sequel was panned and it bombed at the box office.")


def test_the_scope_words_are_whole_classes() -> None:
    assert {"during", "after", "before", "amid", "following"} <= FRAME_PREPOSITIONS
    assert "despite" not in FRAME_PREPOSITIONS  # "despite heavy air support" is no told event
    assert {"must", "should", "ought"} == DEONTIC_MODALS


def test_dying_for_want_of_food_or_fading_out_is_no_killing() -> None:
    assert not stances("Dozens of refugees are dying from food shortages in the camps.")
    assert not stances("The reform movement was allowed to die out after the elections.")
    assert stances("Two guards died from gunshot wounds after gunmen stormed the bank.")
