"""Known events named in passing (events/known_events.py) and reports with no named source
(events/modality_words.py, world README "Reports with no named source are reports"). Real
model, sentences written for these tests; each mention has a told twin that must stay."""

from __future__ import annotations

import pytest

from tests.test_extraction_roles import extract

MENTIONS = [
    # a definite, named or dated event noun in an argument or adjunct of a verb of no violence
    "The Nairobi mall attack led parliament to tighten gun laws.",
    "Veterans of the 1999 offensive gathered at the cathedral on Sunday.",
    "The widow of a man killed in the Omagh bombing opened the new library.",
    "Insurance claims have doubled since the 2013 bombings, the industry said.",
    "Hotels were quiet on Friday after the shooting.",
    "Tourism has recovered since the bombings of July 2005, the mayor said.",
    # a relative clause, participle or temporal clause on something else dated before the story
    "The bridge, which was shelled last month, reopened to traffic on Thursday.",
    "The stadium, bombed by insurgents in 2010, hosted its first match on Saturday.",
    "Two years after rebels stormed the capital, the council met to draft a constitution.",
    "The port, where gunmen killed 12 sailors in March, was busy again on Monday.",
]
TOLD = [
    ("The Nairobi mall attack killed 67 people, police said.", None),
    ("Hotels were quiet on Friday after gunmen shot dead three guards at the port.", "killing"),
    ("The bridge, which rebels shelled on Tuesday, was closed on Wednesday.", "shelling"),
    ("Hours after a bomb exploded at the market, troops sealed off the town.", "bombing"),
    ("Mourners at the funeral came under fire in the town on Monday, killing two.", None),
    ("The army said the strike was believed to have been carried out by rebel drones.", None),
    ("The defence ministry confirmed the bombing of the depot on Monday.", None),
]


@pytest.mark.parametrize("text", MENTIONS)
def test_a_known_event_named_in_passing_is_no_new_event(text: str) -> None:
    asserted = [e["type"] for e in extract(text, "2016-06-15")["events"] if e["stance"] == "assert"]
    assert asserted == [], (text, asserted)


@pytest.mark.parametrize(("text", "event_type"), TOLD)
def test_the_event_told_in_the_same_words_stays(text: str, event_type: str | None) -> None:
    asserted = [e["type"] for e in extract(text, "2016-06-15")["events"] if e["stance"] == "assert"]
    assert asserted, text
    assert event_type is None or event_type in asserted, (text, asserted)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Militias reportedly burned two villages and killed 14 herders on Monday.", "assert"),
        ("Rebels were reported to have seized the airport on Friday.", "assert"),
        ("Bandits are said to have abducted 30 pupils from the school.", "assert"),
        ("The colonel is believed to have been killed in an ambush.", "rumour"),
        ("Soldiers allegedly shot dead two students at the checkpoint.", "rumour"),
    ],
)
def test_a_report_with_no_named_source_is_a_report_and_doubt_a_rumour(
    text: str, stance: str
) -> None:
    stances = {e["stance"] for e in extract(text, "2016-06-15")["events"]}
    assert stance in stances, (text, stances)
    if stance == "assert":
        assert "rumour" not in stances, (text, stances)


def test_the_raised_subject_of_a_report_is_the_actor_and_no_claimant_is_empty() -> None:
    events = extract("Rebels were reported to have seized the airport on Friday.")["events"]
    assert events and (events[0]["actor"] or {}).get("text") == "Rebels"
    assert events[0]["claimant"] is None


def test_a_year_that_dates_another_event_does_not_date_this_one() -> None:
    """ "..., the deadliest attack since the bombing of a hotel in 2015": the apposition and its
    "since" phrase date the earlier bombing; the attack is Monday's, not history."""
    text = (
        "Two policemen were killed on Monday when gunmen attacked a checkpoint near Sirte, "
        "the deadliest attack since the bombing of a hotel in 2015."
    )
    events = [e for e in extract(text, "2019-03-06")["events"] if e["stance"] == "assert"]
    assert events, text
    assert all(e["date_text"] != "2015" for e in events), [e["date_text"] for e in events]
