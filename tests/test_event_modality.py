"""Modality: events that are threatened, planned, demanded, hypothetical, rumoured or denied keep
their own stance and are never asserted (real model, sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.test_extraction_roles import extract

STANCES = [
    ("The rebels are preparing a major offensive on the provincial capital, a commander said.",
     "plan"),
    ("The militia vowed to retake Marawi within a week.", "plan"),
    ("Turkey is ready to launch an offensive in northern Syria.", "plan"),
    ("The group launched a raid to recapture the village of Tal Afar.", "plan"),
    ("Islamic State threatened to behead the hostages.", "threaten"),
    ("Hamas warned it would fire rockets at Tel Aviv.", "threaten"),
    ("Protesters called for air strikes on the rebels.", "demand"),
    ("The opposition urged the army to attack the rebel camps.", "demand"),
    ("If talks fail, the army will attack the city.", "hypothetical"),
    ("Will the army attack Kidal?", "hypothetical"),
    ("Parliament authorised air strikes against Islamic State in Iraq.", "hypothetical"),
    ("The army would launch an offensive on the town.", "hypothetical"),
    ("The government said it may strike the rebels.", "hypothetical"),
    ("There were unconfirmed reports of clashes in Juba.", "rumour"),
    ("The army denied shelling the village of Kafr Nabl.", "deny"),
    ("No air strike took place in the area, the ministry said.", "deny"),
    ("The army did not shell the town.", "deny"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "stance"), STANCES)
def test_the_event_takes_the_stance_of_its_modality(text: str, stance: str) -> None:
    events = extract(text)["events"]
    assert events, text
    target = next((e for e in events if e["stance"] == stance), None)
    assert target is not None, (text, [(e["type"], e["stance"]) for e in events])


def test_modality_is_scoped_to_the_events_own_clause() -> None:
    result = extract("The army, which may be tired, shelled the town of Kidal on Monday.")
    assert [e["stance"] for e in result["events"]] == ["assert"]
    result = extract("Warplanes bombed the city after the rebels threatened to attack the airport.")
    stances = {e["type"]: e["stance"] for e in result["events"]}
    assert stances == {"air_strike": "assert", "armed_clash": "threaten"}


def test_a_killing_that_happened_is_not_folded_into_a_threat() -> None:
    result = extract("The army shelled the town, killing 4 people, and vowed to capture it.")
    shelling = next(e for e in result["events"] if e["type"] == "shelling")
    assert shelling["stance"] == "assert" and shelling["killed_low"] == 4
