"""Tolls that are not events (contract ``tolls``): running war totals, rates, past wars, disease
and disaster tolls and generic statistics become toll rows, never killings (real model)."""

from __future__ import annotations

import pytest

from tests.test_extraction_roles import extract

TOLLS = [
    ("More than 400,000 people have been killed since 2011, the Syrian Observatory for Human "
     "Rights said.", "running_total", 400001, None),
    ("The death toll in the conflict has risen to 320,000, according to the monitor.",
     "running_total", 320000, 320000),
    ("Syria's war has killed more than 350,000 people.", "running_total", 350001, None),
    ("The conflict in Yemen has claimed more than 10,000 lives since March 2015.",
     "running_total", 10001, None),
    ("Air strikes have killed 5,000 civilians since September, the monitor said.",
     "running_total", 5000, 5000),
    ("Malaria kills hundreds of thousands of people a year, the WHO said.", "disease", 100000,
     None),
    ("Cholera has killed 300 people in Yemen this year.", "disease", 300, 300),
    ("The 1990s war in Bosnia killed 100,000 people.", "historical", 100000, 100000),
    ("An earthquake killed 2,000 people in Nepal on Saturday.", "disaster", 2000, 2000),
    ("A fire broke out at a factory in Dhaka, killing 20 workers.", "disaster", 20, 20),
    ("Last year 3,400 civilians were killed in Afghanistan's conflict, the U.N. mission said.",
     "periodic", 3400, 3400),
    ("Some 800,000 people were killed in Rwanda's genocide in 1994.", "historical", 800000,
     800000),
    ("The regime was responsible for the deaths of about 1.7 million Cambodians between 1975 "
     "and 1979.", "historical", 1700000, 1700000),
    ("The region has suffered more than 300 killings over the last year.", "periodic", 301, None),
    ("The militia, which has killed 2,000 people over two decades, signed a truce.", "generic",
     2000, 2000),
    ("A ferry capsized off the coast of Bangladesh, killing 58 passengers.", "disaster", 58, 58),
    ("A gas explosion at a coal mine in Colombia killed 11 miners.", "disaster", 11, 11),
    ("Landmines killed or injured 5,000 people last year, a monitoring group said.", "periodic",
     5000, 5000),
    ("About 250,000 people were killed in Lebanon's 15-year civil war.", "historical", 250000,
     250000),
    ("About 3,000 people were killed during the Troubles in Northern Ireland.", "historical",
     3000, 3000),
    ("Fighting in the area has killed an estimated 1,500 people since January.",
     "running_total", 1500, 1500),
    ("Some 600 people were killed in political violence in the first half of the year.",
     "periodic", 600, 600),
    ("In Brazil, 7 people are murdered every hour, a study found.", "periodic", 7, 7),
    ("More than 300 people have been killed in the violence, the UN said.", "running_total",
     301, None),
    ("The civil war, which lasted 15 years, killed about 150,000 people.", "historical",
     150000, 150000),
    ("The Khmer Rouge killed 1.7 million Cambodians.", "historical", 1700000, 1700000),
    ("Aid agencies warned of flooding in the north that has killed 31 people.", "disaster", 31,
     31),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "low", "high"), TOLLS)
def test_a_toll_is_a_toll_row_and_no_event(
    text: str, kind: str, low: int, high: int | None
) -> None:
    result = extract(text, published="2019-02-24")
    assert result["events"] == [], (text, result["events"])
    (toll,) = result["tolls"]
    assert (toll["toll_kind"], toll["killed_low"], toll["killed_high"]) == (kind, low, high)
    assert toll["killed_best"] == low and toll["open_ended"] == (high is None)
    number = text[toll["count_start"] : toll["count_end"]]
    assert number and (number[0].isdigit() or number.lower().startswith("hundreds")), number


def test_a_toll_row_says_who_claims_it_and_since_when() -> None:
    (toll,) = extract(
        "More than 400,000 people have been killed since 2011, the Syrian Observatory for "
        "Human Rights said."
    )["tolls"]
    assert toll["claimant"]["name"] == "Syrian Observatory for Human Rights"
    assert toll["claim_index"] == 0
    assert (toll["since_text"], toll["since_date"]) == ("since 2011", "2011-01-01")
    (toll,) = extract("Syria's war has killed more than 350,000 people.")["tolls"]
    assert (toll["conflict_text"], toll["country_iso3"]) == ("Syria's war", "SYR")


def test_an_event_beside_a_war_total_keeps_its_own_deaths() -> None:
    result = extract(
        "The army shelled the town on Monday, killing 4 people, in a war that has killed "
        "400,000 since 2011."
    )
    (shelling,) = result["events"]
    assert shelling["type"] == "shelling" and shelling["killed_low"] == 4
    assert [t["killed_low"] for t in result["tolls"]] == [400000]


def test_events_without_tolls_carry_an_empty_list() -> None:
    result = extract("Russian jets struck the town of Idlib on Monday, killing 12 civilians.")
    assert result["tolls"] == [] and result["events"][0]["killed_best"] == 12


def test_a_single_events_dead_in_a_dated_sentence_stay_an_event() -> None:
    result = extract("In August last year another car bomb killed at least 27 people in Jaramana.")
    assert result["tolls"] == [] and [e["type"] for e in result["events"]] == ["bombing"]


# The modality round (README "Tolls are not events"): figures the words of dying only point to
# (a participle, a raised subject, a range parsed as a prepositional phrase), monthly figures,
# and "since" that ranks an event rather than starting a total.
ROUND_TOLLS = [
    ("Cambodia remembers the 1.7 million people killed under the Khmer Rouge in the 1970s.",
     "historical", 1700000, 1700000),
    ("About 5,000 people are said to be killed in the region since the revolt began in 2012.",
     "running_total", 5000, 5000),
    ("Officials estimate that between 20,000 and 30,000 people have died in the war since "
     "1994.", "running_total", 20000, 30000),
    ("Some 2,300 civilians were killed in March, according to figures from the ministry.",
     "periodic", 2300, 2300),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "low", "high"), ROUND_TOLLS)
def test_the_round_s_tolls_carry_their_figures(
    text: str, kind: str, low: int, high: int | None
) -> None:
    result = extract(text, published="2019-02-24")
    assert [e for e in result["events"] if e["stance"] == "assert"] == [], text
    (toll,) = result["tolls"]
    assert (toll["toll_kind"], toll["killed_low"], toll["killed_high"]) == (kind, low, high)


def test_the_worst_attack_since_a_year_is_an_event_not_a_total() -> None:
    text = (
        "Gunmen killed 120 people in an attack on the village of Koro on Friday, officials "
        "said, the worst massacre since the war ended in 2003."
    )
    result = extract(text, published="2019-03-25")
    assert result["tolls"] == []
    (killing,) = result["events"]
    assert (killing["stance"], killing["killed_low"]) == ("assert", 120)


def test_a_person_killed_days_ago_is_no_period_total_and_a_dated_month_is_news() -> None:
    result = extract("A farmer was killed by gunmen near Jos a few days ago, police said.")
    assert result["tolls"] == [] and [e["stance"] for e in result["events"]] == ["assert"]
    result = extract("In May 2016 more than 300 people were killed in a battle near Homs.")
    assert result["tolls"] == [] and result["events"] != []


def test_a_year_s_unattributed_count_and_an_average_are_figures() -> None:
    result = extract(
        "Twelve aid workers were killed in Sudan in 2018, a charity said.", "2019-03-01"
    )
    assert [(t["toll_kind"], t["killed_low"]) for t in result["tolls"]] == [("periodic", 12)]
    assert [e for e in result["events"] if e["stance"] == "assert"] == []
    average = extract("An average of 30 people are murdered every day in the country.")
    assert [(t["toll_kind"], t["killed_low"]) for t in average["tolls"]] == [("periodic", 30)]
    told = extract("In 2019, 20 people were killed in an attack on a mosque.", "2019-05-01")
    assert told["tolls"] == [] and told["events"] != []


def test_heat_and_a_conflict_that_left_its_dead_are_tolls() -> None:
    heat = extract("A heat wave killed more than 900 people in India last month.", "2019-07-01")
    assert [t["toll_kind"] for t in heat["tolls"]] == ["disaster"] and heat["events"] == []
    left = extract("The insurgency has left more than 30,000 dead, officials estimate.")
    assert [(t["toll_kind"], t["killed_low"]) for t in left["tolls"]] == [("running_total", 30001)]
