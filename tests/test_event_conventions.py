"""The conventions of session 12 (real model; README "Rules worth knowing", "Armed against
armed", "One event told again", "When and since clauses"): armed men killed by an armed side are
a battle, suspects and civilians a killing; a follow-up toll in a long article, a back-reference
by the day's possessive and a "since" or "weeks after" clause are no new event."""

from __future__ import annotations

from functools import partial

from tests.test_extraction_roles import asserted

_asserted = partial(asserted, published="2016-06-20")


def _types(text: str) -> list[str]:
    return [e["type"] for e in _asserted(text)]


def test_armed_men_killed_by_any_armed_side_are_a_battle() -> None:
    assert _types("Rebels killed 20 Nusra Front fighters in the town of Atareb.") == ["armed_clash"]
    assert _types("Kurdish-led forces killed 35 Islamic State militants near Raqqa.") == [
        "armed_clash"
    ]


def test_armed_men_killed_during_operations_are_a_battle() -> None:
    assert _types(
        "Many militants were killed during army operations against their hideouts in Binan."
    ) == ["armed_clash"]


def test_civilians_and_captives_stay_one_sided_and_suspects_fight() -> None:
    assert _types("Police shot dead two suspected militants in a raid in Solo.") == ["armed_clash"]
    assert _types("Troops killed 14 villagers near Kidal on Monday, residents said.") == ["killing"]
    assert _types("Soldiers killed five captured rebels outside the barracks in Bria.") == [
        "killing"
    ]


def test_a_day_possessive_that_ranks_the_event_points_back() -> None:
    events = _asserted(
        "Militants stormed a hotel in Mogadishu on Tuesday and killed 15 people. Tuesday's "
        "assault was the deadliest in the capital this year, officials said."
    )
    assert [e["type"] for e in events] == ["killing"]


def test_a_day_possessive_with_its_own_toll_stays_an_event() -> None:
    events = _asserted(
        "Rebels shelled Kadugli on Monday.\nTuesday's attack on the airport killed four soldiers."
    )
    assert len(events) == 2


def test_since_and_weeks_after_clauses_are_background() -> None:
    for text in (
        "Aid has not reached the town since the attack on the convoy, the United Nations said.",
        "Thousands have fled the valley since rebels overran the district in April.",
        "Talks resumed in Geneva on Monday, a month after the bombing of the ministry.",
        "Residents went back to the village on Sunday, weeks after the army retook it.",
        "Doctors have worked in a cellar since the air strike on the clinic in October.",
    ):
        assert _types(text) == [], text


def test_a_clause_of_the_story_days_is_told() -> None:
    assert _types(
        "Jets struck the town of Ariha on Wednesday, a day after rebels shelled a district of "
        "Aleppo, killing four people."
    ) == ["air_strike", "shelling"]
    assert "ground_offensive" in _types(
        "The army has recaptured 12 villages since it launched an offensive near Hama on Monday."
    )
