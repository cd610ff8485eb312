"""Roles in wire copy (session 12's roles round; real model; sentences written for these tests,
not dev-set items): the place of a speech is not the event's place (events/speech_places.py),
the body that reports is not the one that killed (events/reporters.py), and a headline or a
credit line run into the lead is no part of its first phrase (mentions.py)."""

from __future__ import annotations

from tests.test_event_untuned_roles import only_event, words
from tests.test_extraction_roles import asserted


def place(event: dict) -> str | None:
    return (event.get("location") or {}).get("text")


def sector(ref: dict | None) -> str | None:
    return ref.get("sector") if ref else None


# --- the place of the saying ------------------------------------------------------------------


def test_a_place_on_the_verb_of_saying_is_where_the_speaker_spoke() -> None:
    event = only_event(
        "The Houthi movement said in Sanaa that a coalition air strike had killed nine "
        "people at a wedding."
    )
    assert place(event) is None


def test_a_place_on_the_hearers_of_tell_is_the_speakers() -> None:
    event = only_event(
        "Rebels ambushed a police convoy, killing six officers, a ministry spokesman told "
        "reporters in Tbilisi on Friday."
    )
    assert place(event) is None


def test_the_place_inside_the_reported_content_still_is_where() -> None:
    event = only_event(
        "The envoy told reporters in Geneva that government jets had bombed a bakery in Halfaya, "
        "killing 20 people."
    )
    assert place(event) == "Halfaya"


def test_speaking_in_a_city_places_the_speaker() -> None:
    event = only_event(
        "Speaking in Ankara, the minister said Kurdish militants had killed three soldiers."
    )
    assert place(event) is None


def test_a_news_conference_in_a_city_places_the_speaker() -> None:
    event = only_event(
        "At a news conference in Amman, the spokesman said rebels had shelled the village of "
        "Nubl, killing four."
    )
    assert place(event) == "Nubl"


def test_a_statement_issued_in_a_city_places_the_speaker() -> None:
    event = only_event(
        "In a statement issued in Nairobi, the group said its fighters had killed 20 soldiers."
    )
    assert place(event) is None


def test_an_accusation_made_at_a_briefing_places_the_accuser() -> None:
    events = asserted(
        "The ministry accused the rebels at a briefing in Yerevan of shelling a school in "
        "Aygepar, wounding two children."
    )
    assert events and all(place(e) != "Yerevan" for e in events)


def test_hearers_who_are_where_the_danger_is_keep_their_place() -> None:
    event = only_event(
        "Gunmen opened fire on worshippers in Kano on Friday, killing 12, police said."
    )
    assert place(event) == "Kano"


def test_a_rally_is_no_speech_its_place_is_where() -> None:
    event = only_event("Police fired on a rally in Harare on Monday, killing two protesters.")
    assert place(event) == "Harare"


# --- the body that reports -------------------------------------------------------------------


def test_a_monitor_that_says_shelling_hit_is_no_doer() -> None:
    event = only_event("The Observatory said shelling on Sunday hit several areas of the capital.")
    assert event["actor"] is None
    assert words(event["claimant"]) == "The Observatory"


def test_an_outlet_in_a_credit_line_is_no_doer() -> None:
    events = asserted(
        "Regime bombing kills 16 in Aleppo Monitor AFP Syrian government air strikes killed "
        "at least 16 civilians on Wednesday in the east of Aleppo city, a monitor said."
    )
    assert events and all(sector(e["actor"]) not in ("MED", "NGO", "HLH") for e in events)


def test_a_pronoun_that_took_up_a_monitor_takes_up_the_side_before() -> None:
    event = only_event(
        "Doctors Without Borders accused the Syrian regime of using chlorine in their "
        "bombardment of Hama on March 25."
    )
    assert sector(event["actor"]) not in ("MED", "NGO", "HLH")
    assert (event["actor"] or {}).get("country") in (None, "SYR")


def test_an_aid_body_reporting_a_strike_on_its_clinic_is_the_claimant() -> None:
    event = only_event(
        "The Red Cross said an air strike hit a clinic in Saada province, killing three people."
    )
    assert event["actor"] is None
    assert words(event["claimant"]) == "The Red Cross"


def test_medics_among_the_dead_are_victims_not_doers() -> None:
    events = asserted(
        "Two medics were among at least 31 people killed on Saturday in government shelling "
        "of a rebel-held town, the monitor said."
    )
    assert events and all(sector(e["actor"]) != "HLH" for e in events)


# --- a headline or a credit line run into the lead -------------------------------------------


def test_a_date_line_run_into_the_lead_is_no_part_of_its_doer() -> None:
    events = asserted(
        "Three policemen among 20 dead in Quetta bombing AFP Quetta Saturday 2 Jul 2016 A "
        "suicide bomber killed 20 people in Quetta on Saturday."
    )
    doers = [words(e["actor"]) for e in events if e["type"] == "suicide_bombing"]
    assert doers == ["A suicide bomber"]


def test_a_bracketed_name_inside_the_phrase_stays() -> None:
    event = only_event("Islamic State (IS) fighters killed 12 soldiers near Palmyra.")
    assert words(event["actor"]) == "Islamic State (IS) fighters"


def test_an_event_reported_in_a_place_happened_there() -> None:
    event = only_event("Heavy fighting was reported in Kismayo on Tuesday.")
    assert place(event) == "Kismayo"


def test_a_news_conference_abroad_gives_no_place_when_the_content_names_none() -> None:
    event = only_event(
        "At a news conference in Amman, the spokesman said rebels had killed four soldiers."
    )
    assert place(event) is None


def test_people_of_the_place_speak_from_where_it_happened() -> None:
    event = only_event(
        "Troops shelled the market on Monday, killing five people, a resident told reporters "
        "in Kidal."
    )
    assert place(event) == "Kidal"
