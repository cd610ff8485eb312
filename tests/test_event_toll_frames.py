"""Session 9's tolls round (real model): the toll verbs' frames ("cost the lives of", "lost N
soldiers"), the dead of recalled events as historical tolls, accidents as causes, periods of
days and weeks, and the number grammar of qualified vague counts. General sentences written
for these tests, with the negative case of each mechanism beside it."""

from __future__ import annotations

from functools import partial

import pytest

from loaders.extraction.quantities import Count, parse_count
from tests.test_extraction_roles import asserted as asserted_on
from tests.test_extraction_roles import extract


def kinds(text: str, published: str = "2019-02-24") -> list[tuple[str, int | None, int | None]]:
    return [
        (t["toll_kind"], t["killed_low"], t["killed_high"])
        for t in extract(text, published)["tolls"]
    ]


# the stories' day of publication
asserted = partial(asserted_on, published="2019-02-24")


@pytest.mark.parametrize(
    ("words", "count"),
    [
        ("at least a dozen villagers", Count(12, None)),
        ("more than a dozen soldiers", Count(13, None)),
        ("up to a dozen people", Count(None, 12)),
        ("about a dozen people", Count(12, 12)),
        ("a handful of guards", Count(2, 5)),
    ],
)
def test_a_closed_vague_count_takes_its_qualifier(words: str, count: Count) -> None:
    assert parse_count(words) == count


def test_a_range_the_model_tags_as_a_date_is_still_a_count() -> None:
    (event,) = asserted("Between 40 and 50 villagers were massacred by militiamen near Bunia.")
    assert (event["killed_low"], event["killed_high"]) == (40, 50)


def test_a_sides_losses_are_the_dead_and_target_of_the_act_they_are_tied_to() -> None:
    (event,) = asserted("The army lost 9 soldiers when insurgents ambushed a patrol near Gao.")
    assert event["type"] == "armed_clash" and event["killed_low"] == 9
    assert event["target"]["text"] == "9 soldiers"
    (event,) = asserted("Police lost four officers in a guerrilla raid on a station in Cauca.")
    assert event["type"] == "armed_clash" and event["killed_low"] == 4
    (event,) = asserted(
        "Troops killed 20 rebels and lost three of their own in a battle near Goma."
    )
    assert event["killed_low"] == 23  # both sides' dead, one toll


def test_losing_seats_workers_or_a_vote_names_no_dead() -> None:
    text = (
        "The ruling party lost 20 seats in the election and the firm lost 300 workers in a strike."
    )
    assert extract(text)["events"] == [] and extract(text)["tolls"] == []


def test_lives_cost_by_an_act_are_its_dead_and_the_people_its_target() -> None:
    (event,) = asserted("The ambush cost the lives of 12 soldiers near the town of Tillaberi.")
    assert event["killed_low"] == 12 and event["target"]["text"] == "12 soldiers"
    assert kinds("The war has cost the lives of more than 5,000 people since 2014.") == [
        ("running_total", 5001, None)
    ]
    assert extract("The delay cost the company millions of dollars.")["tolls"] == []


def test_the_dead_of_a_recalled_event_are_a_historical_toll() -> None:
    for text, low in [
        ("Crowds marked the 30th anniversary of the massacre, in which 400 villagers died.", 400),
        ("Families gathered to mark five years since the bombing that killed 80 people.", 80),
        ("The court heard from relatives of the 51 people killed in the 2009 market attack.", 51),
        ("In 1982, soldiers shot dead 30 farmers in the village of El Mozote.", 30),
    ]:
        assert extract(text, "2019-02-24")["events"] == [], text
        assert kinds(text) == [("historical", low, low)], text


def test_a_recent_event_named_in_passing_keeps_no_historical_toll() -> None:
    # a month after: neither an event of the news nor history
    text = (
        "The minister resigned over his handling of the school siege, in which 300 hostages died."
    )
    assert kinds(text, "2004-10-20") == []
    # a year named with its day dates news, not a past event named whole
    events = asserted(
        "A report on the Aug. 21, 2018, attack that killed 29 civilians was released."
    )
    assert [e["killed_low"] for e in events] == [29]


def test_a_count_since_a_day_is_a_running_total_and_no_killing() -> None:
    text = "Fighting between rebels and troops around Beni has claimed 60 lives since Monday."
    assert kinds(text) == [("running_total", 60, 60)]
    assert all(e["killed_low"] is None for e in extract(text, "2019-02-24")["events"])


def test_a_weeks_and_recent_weeks_dead_are_a_period_figure() -> None:
    assert kinds("Attacks on convoys in the north this week have killed 14 drivers.") == [
        ("periodic", 14, 14)
    ]
    assert (
        extract("Attacks on convoys in the north this week have killed 14 drivers.")["events"] == []
    )


def test_accidents_are_disaster_tolls_and_an_attack_is_not() -> None:
    for text, low in [
        ("Two pilots were killed in a helicopter crash near Mosul, the army said.", 2),
        ("Nine people died when the plane crashed, killing everyone on board.", 9),
        ("A teacher was killed in a car accident on the coast road on Sunday.", 1),
    ]:
        assert ("disaster", low, low) in kinds(text), text
    result = extract("Five soldiers were killed when rebels attacked their convoy in Kunar.")
    assert [e["killed_low"] for e in result["events"]] == [5] and result["tolls"] == []


def test_a_days_date_with_a_year_still_starts_a_running_total() -> None:
    text = "More than 9,000 people have been killed since March 15, 2014, the monitor said."
    assert kinds(text) == [("running_total", 9001, None)]


def test_the_present_perfect_over_weeks_counts_a_period_and_a_day_stays_news() -> None:
    assert kinds("More than 60 people have been killed in recent weeks.") == [
        ("periodic", 61, None)
    ]
    result = extract("Five people have been killed in the past 24 hours in the city.")
    assert result["tolls"] == [] and [e["killed_low"] for e in result["events"]] == [5]


def test_one_accident_is_a_disaster_and_accidents_a_year_a_statistic() -> None:
    assert kinds("Road accidents kill about 20,000 people in the country every year.") == [
        ("periodic", 20000, 20000)
    ]


def test_the_dead_of_a_relative_clause_on_a_means_noun_are_its_toll() -> None:
    (event,) = asserted(
        "The car bombing, in which 17 people were killed, came after a curfew was ordered."
    )
    assert event["killed_low"] == 17 and event["target"]["text"] == "17 people"


def test_victims_the_parser_hung_on_the_verb_of_saying_are_the_object() -> None:
    (event,) = asserted(
        "Militiamen killed more than 40 villagers in Djugu, the United Nations mission said."
    )
    assert event["killed_low"] == 41 and event["target"]["text"] == "more than 40 villagers"
