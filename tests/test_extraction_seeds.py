"""The two seed articles (issue 4): what an analyst must read out of them.

The texts are read from ../shared (never copied here); the test skips when it is absent. The
seeds carry no date in their text: their real publication dates are given, as the loader would.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pytest

from tests.conftest import shared_file

SEEDS = {
    "reuters": ("data/seeds/000_90cdf6e9ad84842e.txt", "2015-10-09"),
    "afp": ("data/seeds/001_7d521d7e3635afb3.txt", "2015-10-10"),
}


@lru_cache(maxsize=1)
def shared_nlp() -> Any:
    """The real pipeline, loaded once per test process (other extraction tests import this)."""
    from loaders.extraction.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seeds() -> dict[str, dict]:
    from loaders.extraction.pipeline import extract_batch

    docs = []
    for key, (relative, published) in SEEDS.items():
        text = shared_file(relative).read_text(encoding="utf-8")
        docs.append({"id": key, "text": text, "published": published, "source": None})
    results = extract_batch(shared_nlp(), docs)
    return {
        doc["id"]: {**result, "text": doc["text"]}
        for doc, result in zip(docs, results, strict=True)
    }


def events(result: dict, **wanted: Any) -> list[dict]:
    """Events whose fields match: type="air_strike", actor="Russia" (canonical name)..."""
    found = []
    for event in result["events"]:
        ok = True
        for key, value in wanted.items():
            field = event[key]
            if isinstance(field, dict):
                field = field.get("name")
            if field != value:
                ok = False
        if ok:
            found.append(event)
    return found


def claimant(event: dict) -> str | None:
    return event["claimant"]["name"] if event["claimant"] else None


def test_offsets_index_the_given_text(seeds: dict[str, dict]) -> None:
    for result in seeds.values():
        text = result["text"]
        for entity in result["entities"]:
            assert text[entity["start"] : entity["end"]] == entity["text"]
        for claim in result["claims"]:
            assert 0 <= claim["cue_start"] < claim["cue_end"] <= len(text)
            assert (
                text[claim["cue_start"] : claim["cue_end"]]
                .lower()
                .startswith(claim["cue"].lower()[:3])
            )
            assert 0 <= claim["start"] < claim["end"] <= len(text)
        for event in result["events"]:
            assert 0 <= event["sentence_start"] < event["sentence_end"] <= len(text)
            for role in ("actor", "target", "location"):
                ref = event[role]
                if ref and ref["start"] is not None:
                    assert text[ref["start"] : ref["end"]] == ref["text"]
            assert 0.0 <= event["confidence"] <= 1.0


def test_russian_strikes_on_islamic_state_claimed_by_moscow(seeds: dict[str, dict]) -> None:
    for key in ("reuters", "afp"):
        claimed = [
            e
            for e in events(seeds[key], type="air_strike", actor="Russia")
            if e["claimant"] and e["claimant"]["country"] == "RUS"
        ]
        assert claimed, key
    reuters = events(seeds["reuters"], type="air_strike", actor="Russia", target="Islamic State")
    assert any(claimant(e) == "Russia" for e in reuters)


def test_russian_strikes_on_other_rebels_by_western_governments_and_writer(seeds) -> None:
    on_rebels = events(seeds["afp"], type="air_strike", actor="Russia", target="Rebel groups")
    assert any(claimant(e) == "Western governments" for e in on_rebels)
    writer = events(seeds["reuters"], type="air_strike", actor="Russia", target="Rebel groups")
    assert any(e["claimant"] is None and e["claim_index"] is None for e in writer)


def test_weapons_depot_strike_claimed_by_liwa_suqour_al_jabal(seeds: dict[str, dict]) -> None:
    depot = events(
        seeds["reuters"], type="air_strike", actor="Russia", claimant="Liwa Suqour al-Jabal"
    )
    assert depot
    assert depot[0]["date_precision"] == "week" and depot[0]["date_text"] == "this week"


def test_islamic_state_captures_villages_near_aleppo(seeds: dict[str, dict]) -> None:
    captures = events(seeds["reuters"], type="territory_capture", actor="Islamic State")
    claimants = {claimant(e) for e in captures}
    assert {"Islamic State", "Syrian Observatory for Human Rights"} <= claimants
    assert any(e["location"] and e["location"]["name"] == "Aleppo" for e in captures)
    afp = events(seeds["afp"], type="territory_capture", actor="Islamic State")
    assert any(claimant(e) == "Syrian Observatory for Human Rights" for e in afp)


def test_iranian_general_killed_near_aleppo(seeds: dict[str, dict]) -> None:
    for key, published in (("reuters", "2015-10-09"), ("afp", "2015-10-10")):
        killed = [
            e
            for e in events(seeds[key], type="killing", date="2015-10-08")
            if claimant(e) == "Islamic Revolutionary Guard Corps"
        ]
        assert killed, key
        assert killed[0]["location"]["name"] == "Aleppo"
        assert killed[0]["date"] < published
    by_is = events(seeds["afp"], type="killing", actor="Islamic State")
    assert any(claimant(e) == "Islamic Revolutionary Guard Corps" for e in by_is)


def test_some_200_fighters_killed_in_raqa(seeds: dict[str, dict]) -> None:
    killed = [
        e for e in seeds["afp"]["events"] if (e["killed_low"], e["killed_high"]) == (200, 200)
    ]
    assert killed
    assert killed[0]["location"]["name"] == "Raqqa"
    assert killed[0]["actor"]["name"] == "Russia"


def test_casualty_ranges_of_the_afp_story(seeds: dict[str, dict]) -> None:
    ranges = {(e["killed_low"], e["killed_high"]) for e in seeds["afp"]["events"]}
    # "dozens" is open-ended from 12 (ACLED's conservative figure, quantities.py)
    assert {(200, 900), (200, 200), (100, 100), (12, None), (16, 16)} <= ranges
    reuters = {(e["killed_low"], e["killed_high"]) for e in seeds["reuters"]["events"]}
    assert (11, None) in reuters  # «more than 10 apostates»
    assert not any(low in (80, 90) for low, _ in ranges)  # "80 to 90 percent" is no casualty


def test_french_strikes_on_islamic_state_near_raqa(seeds: dict[str, dict]) -> None:
    french = events(seeds["afp"], type="air_strike", actor="France")
    assert any(e["target"] and e["target"]["name"] == "Islamic State" for e in french)
    assert any(e["location"] and e["location"]["name"] == "Raqqa" for e in french)


def test_caspian_missile_crash_denied_by_russia(seeds: dict[str, dict]) -> None:
    afp = seeds["afp"]
    denied = events(afp, type="missile_attack", stance="deny")
    assert denied
    assert all(claimant(e) == "Russia" for e in denied)
    claim = afp["claims"][denied[0]["claim_index"]]
    assert claim["stance"] == "deny" and claim["claimant"]["name"] == "Russia"
    assert any(
        c["claimant"]["name"] == "United States" and c["claimant"]["sector"] == "GOV"
        for c in afp["claims"]
    )


def test_planned_offensive_is_not_asserted(seeds: dict[str, dict]) -> None:
    afp = seeds["afp"]
    for event in afp["events"]:
        sentence = afp["text"][event["sentence_start"] : event["sentence_end"]]
        if "would launch an offensive" in sentence and event["type"] == "ground_offensive":
            assert event["stance"] != "assert"  # kept as a hypothetical or planned event


def test_claims_name_their_speakers(seeds: dict[str, dict]) -> None:
    afp = {(c["claimant"]["name"], c["stance"]) for c in seeds["afp"]["claims"]}
    assert ("Russia", "deny") in afp
    assert ("Syrian Observatory for Human Rights", "assert") in afp
    assert ("Western governments", "assert") in afp
    # a person speaking for a state is claimed for it; the words keep the person's name
    makushev = [c for c in seeds["afp"]["claims"] if "Makushev" in (c["claimant"]["text"] or "")]
    assert makushev and makushev[0]["claimant"]["country"] == "RUS"
    assert (makushev[0]["claimant"]["name"], makushev[0]["claimant"]["kind"]) == (
        "Russia",
        "state",
    )
    assert makushev[0]["claimant"]["sector"] == "MIL"
    reuters = {c["claimant"]["name"] for c in seeds["reuters"]["claims"]}
    assert {"Russia", "Islamic State", "Liwa Suqour al-Jabal"} <= reuters
