"""Roles, modality, claims and dates on sentences written for these tests (the real model)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extraction_seeds import shared_nlp


def extract(text: str, published: str | None = "2015-10-09") -> dict[str, Any]:
    from loaders.extraction.pipeline import extract_batch

    return extract_batch(shared_nlp(), [{"id": "t", "text": text, "published": published}])[0]


def asserted(text: str, published: str | None = "2015-10-09") -> list[dict[str, Any]]:
    """The asserted events of one text (threats, plans, denials... left out)."""
    return [e for e in extract(text, published)["events"] if e["stance"] == "assert"]


def name(ref: dict | None) -> str | None:
    return ref["name"] if ref else None


def test_active_voice_gives_actor_and_target() -> None:
    event = extract("Russian warplanes bombed Islamic State positions near Raqqa on Thursday.")[
        "events"
    ][0]
    assert event["type"] == "air_strike"
    assert (name(event["actor"]), name(event["target"])) == ("Russia", "Islamic State")
    assert event["location"]["name"] == "Raqqa"
    assert (event["date"], event["date_precision"], event["date_text"]) == (
        "2015-10-08",
        "day",
        "Thursday",
    )
    assert event["claimant"] is None and event["stance"] == "assert"


def test_passive_voice_gives_the_victim_as_target() -> None:
    result = extract("A local commander was killed by Islamic State fighters in Deir ez-Zor.")
    event = next(e for e in result["events"] if e["type"] == "killing")
    assert name(event["actor"]) == "Islamic State"
    assert event["target"]["text"] == "A local commander"
    assert (event["killed_low"], event["killed_high"]) == (1, 1)


def test_strikes_that_kill_are_one_event_with_casualties() -> None:
    result = extract("Air strikes killed at least 12 civilians in Idlib on Monday.")
    strikes = [e for e in result["events"] if e["type"] == "air_strike"]
    assert len(strikes) == 1
    assert (strikes[0]["killed_low"], strikes[0]["killed_high"]) == (12, None)
    assert not [e for e in result["events"] if e["type"] == "killing"]


def test_hypothetical_and_planned_events_are_not_asserted() -> None:
    for text in (
        "The army would launch an offensive on the town.",
        "The rebels plan to attack the airport.",
        "Islamic State threatened to behead the hostages.",
        "The government said it may strike the rebels.",
    ):
        stances = [e["stance"] for e in extract(text)["events"]]
        assert stances and "assert" not in stances, (text, stances)


def test_denied_event_has_deny_stance_and_links_to_the_denial() -> None:
    result = extract("Moscow denied that its missiles had crashed in Iran.")
    denial = result["claims"][0]
    assert (name(denial["claimant"]), denial["stance"], denial["cue"]) == (
        "Russia",
        "deny",
        "denied",
    )
    event = result["events"][0]
    assert event["type"] == "missile_attack" and event["stance"] == "deny"
    assert event["claim_index"] == 0 and name(event["claimant"]) == "Russia"


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "claimed"),
    [
        ("The Syrian Observatory for Human Rights said rebels seized the village.",
         "said", "Syrian Observatory for Human Rights", "rebels seized the village"),
        ("According to the Syrian Observatory for Human Rights, rebels seized the village.",
         "according to", "Syrian Observatory for Human Rights", "rebels seized the village"),
        ("Rebels seized the village, the Syrian Observatory for Human Rights reported.",
         "reported", "Syrian Observatory for Human Rights", "Rebels seized the village"),
    ],
)  # fmt: skip
def test_attributions(text: str, cue: str, speaker: str, claimed: str) -> None:
    result = extract(text)
    claim = result["claims"][0]
    assert claim["cue"].lower() == cue and name(claim["claimant"]) == speaker
    assert text[claim["start"] : claim["end"]] == claimed
    capture = next(e for e in result["events"] if e["type"] == "territory_capture")
    assert name(capture["claimant"]) == speaker and capture["claim_index"] == 0


def test_undated_event_takes_the_article_week_and_never_a_later_day() -> None:
    event = extract("Government forces recaptured the town of Morek.")["events"][0]
    assert (event["date"], event["date_precision"], event["date_text"]) == (
        "2015-10-09",
        "week",
        None,
    )
    assert (
        extract("Government forces recaptured Morek.", published=None)["events"][0]["date"] is None
    )


def test_acled_sub_event_depends_on_who_takes_territory() -> None:
    by_state = extract("Syrian government forces recaptured the town of Morek.")["events"][0]
    assert by_state["acled_sub_event_type"] == "Government regains territory"
    by_group = extract("Islamic State fighters captured the town of Morek.")["events"][0]
    assert by_group["acled_sub_event_type"] == "Non-state actor overtakes territory"
    assert by_group["plover_category"] == "COERCE"


def test_event_types_table_maps_all_thirteen_types() -> None:
    from loaders.extraction.pipeline import event_types

    types = event_types()
    assert set(types) == {
        "air_strike", "shelling", "missile_attack", "bombing", "suicide_bombing", "armed_clash",
        "ground_offensive", "territory_capture", "territory_loss", "killing", "execution",
        "abduction", "riot",
    }  # fmt: skip
    families = {t: row["family"] for t, row in types.items()}
    assert (
        families["missile_attack"] == "strike"
        and families["abduction"] == "violence_against_people"
        and families["riot"] == "riot"  # never a battle (README "Riots and protests")
    )
    assert types["air_strike"]["acled_sub_event_type"] == "Air/drone strike"
    assert (types["riot"]["plover_category"], types["riot"]["acled_event_type"]) == (
        "PROTEST",
        "Riots",
    )
    assert all(
        row["plover_category"] in ("ASSAULT", "COERCE", "RETREAT")
        for name, row in types.items()
        if name != "riot"
    )


def test_bad_inputs_get_errors_in_place() -> None:
    from loaders.extraction.pipeline import extract_batch

    results = extract_batch(
        shared_nlp(),
        [{"id": "a", "text": ""}, {"id": "b", "text": "Rebels shelled the city."}, {"id": "c"}],  # type: ignore[typeddict-item]
    )
    assert [r["id"] for r in results] == ["a", "b", "c"]
    assert "error" in results[0] and "error" in results[2]
    assert results[1]["events"][0]["type"] == "shelling"


def test_counts_of_people_named_together_and_years_are_not_counts() -> None:
    executed = extract("He and his wife were executed by Islamic State in Raqqa.")["events"][0]
    assert executed["type"] == "execution"
    assert (executed["killed_low"], executed["killed_high"]) == (2, 2)
    result = extract("In 2016 Islamic State killed civilians in Palmyra.")
    assert all(e["killed_low"] != 2016 for e in result["events"])


def test_running_toll_of_the_war_is_not_an_event() -> None:
    text = "More than 320,000 people have been killed in Syria since the conflict began."
    assert extract(text)["events"] == []


def test_several_processes_give_the_same_results() -> None:
    from loaders.extraction.pipeline import extract_batch

    docs = [
        {"id": str(i), "text": text, "published": "2015-10-09"}
        for i, text in enumerate(
            [
                "Russian warplanes bombed Islamic State positions near Raqqa, the ministry said.",
                "Rebels shelled Aleppo on Tuesday, killing five people.",
                "Nothing happened.",
            ]
            * 2
        )
    ]
    assert extract_batch(shared_nlp(), docs, n_process=2) == extract_batch(shared_nlp(), docs)


def test_strikes_meant_to_prop_up_a_government_target_its_armed_opponents() -> None:
    result = extract(
        "The minister said that most Russian strikes in Syria were aimed at propping up Assad."
    )
    strike = next(e for e in result["events"] if e["type"] == "air_strike")
    assert name(strike["actor"]) == "Russia"
    target = strike["target"]
    assert (target["name"], target["country"], target["sector"]) == ("Rebel groups", "SYR", "REB")
    assert (target["text"], target["start"], target["end"]) == (None, None, None)  # inferred
    unrelated = extract("Russian strikes in Syria were aimed at an airport near Hama.")["events"]
    assert all(name(e["target"]) != "Rebel groups" for e in unrelated)
