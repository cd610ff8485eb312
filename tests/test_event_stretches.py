"""Events told over a stretch of days are a total, not one event (real model;
loaders/extraction/events/stretches.py). Sentences written for these tests."""

from __future__ import annotations

from tests.test_extraction_roles import asserted, extract


def _types(text: str) -> list[str]:
    return [e["type"] for e in asserted(text)]


def test_a_toll_over_the_past_days_is_an_aggregate() -> None:
    assert (
        _types(
            "At least 90 villagers have been killed in air raids on the valley over the past four "
            "days, a monitor said."
        )
        == []
    )


def test_a_strike_that_killed_dozens_in_the_past_week_is_an_aggregate() -> None:
    assert (
        _types("Rebel shelling of the northern suburbs has killed dozens in the past week.") == []
    )


def test_the_period_may_sit_on_the_verb_above_the_trigger() -> None:
    assert (
        _types(
            "In the past two weeks more than 150 people have died in the port after troops "
            "answered with air raids."
        )
        == []
    )


def test_a_day_or_the_past_24_hours_keeps_the_event() -> None:
    assert _types("Jets bombed a bakery in Tell Sabra on Monday, killing nine people.") == [
        "air_strike"
    ]
    assert _types("Jets bombed a bakery in Tell Sabra in the past 24 hours, killing nine.") == [
        "air_strike"
    ]
    assert _types("Jets bombed a bakery in Tell Sabra in the past two days, killing nine.") == [
        "air_strike"
    ]


def test_last_week_dates_one_event() -> None:
    assert _types("Jets bombed a fuel depot near Tell Sabra last week, a monitor said.") == [
        "air_strike"
    ]


def test_an_event_that_starts_the_stretch_is_told() -> None:
    assert _types(
        "Detectives have questioned the farmer in the days since he shot dead a neighbour near "
        "the village of Lowmoor on May 3, police said."
    ) == ["killing"]


def test_since_a_day_of_this_week_is_one_report() -> None:
    assert _types(
        "Troops have shelled the old quarter of Tell Sabra since Monday, residents said."
    ) == ["shelling"]


def test_the_running_month_in_the_perfect_is_an_aggregate() -> None:
    """Session 13: "this month", "so far this year" under a perfect count to date."""
    assert (
        _types(
            "At least 60 civilians have been killed in government air strikes on the province "
            "this month, a monitor said."
        )
        == []
    )
    assert _types("Insurgents have bombed 14 bridges in the north so far this year.") == []


def test_the_running_year_under_a_verb_that_tells_none_happened_is_a_state() -> None:
    """ "spared", "avoided": no event happened, so no total either; the event is kept denied."""
    text = "The port city has been spared large-scale attacks this year, the governor said."
    assert [e["stance"] for e in extract(text)["events"]] == ["deny"]


def test_the_running_month_in_the_past_tense_dates_one_event() -> None:
    assert _types(
        "Jets bombed a bakery in Tell Sabra this week, killing nine, a monitor said."
    ) == ["air_strike"]


def test_the_first_part_of_the_year_is_a_stretch_in_any_tense() -> None:
    assert (
        _types(
            "Raids by armed herders killed 80 villagers in the district in the first six months "
            "of the year, a rights group said."
        )
        == []
    )


def test_the_period_on_a_coordinated_verb_counts() -> None:
    """Session 13: the parser may hang the period on the second conjunct."""
    assert (
        _types(
            "At least 50 people have been killed and dozens more wounded in air raids on the "
            "district over the past four days, activists said."
        )
        == []
    )


def test_earlier_this_week_in_the_pluperfect_dates_one_event() -> None:
    assert _types(
        "The monitor said troops had executed 30 prisoners earlier this month in a village near "
        "the border."
    ) == ["execution"]


def test_a_superlative_ranks_one_event_of_the_running_year() -> None:
    assert (
        _types(
            "Gunmen have carried out the deadliest attack on the town so far this year, killing 14 "
            "villagers, officials said."
        )
        != []
    )


def test_the_running_week_dates_one_event() -> None:
    """As "since Sunday": the Syria set codes "has launched an offensive this week"."""
    assert _types(
        "Government forces have launched an offensive on the rebel-held town of Tafas this week, "
        "a monitor said."
    ) == ["ground_offensive"]
