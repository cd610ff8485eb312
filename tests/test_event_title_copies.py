"""Real-news page furniture and twins (real model; loaders/extraction/events/repeated_titles.py
and merging._fired_by): a title printed again at the top of the body is no second report when
the body tells its event; the firing verb and the weapons it fired in a quantity ("fired dozens
of rocket and mortar shells") are one shelling. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from loaders.extraction.events.repeated_titles import title_copy
from tests.test_extraction_roles import asserted
from tests.test_extraction_seeds import shared_nlp


def _asserted_titled(text: str, title: str | None) -> list[dict[str, Any]]:
    from loaders.extraction.pipeline import extract_batch

    doc = {"id": "t", "text": text, "published": "2016-05-02", "title": title}
    return [e for e in extract_batch(shared_nlp(), [doc])[0]["events"] if e["stance"] == "assert"]


TITLE = "Rockets kill six in harbour town of Port Amira"
BODY = (
    "Monday 2 May 2016 Rockets kill six in harbour town of Port Amira Wire Desk Rebels fired "
    "rockets at the harbour town of Port Amira on Monday, killing six fishermen, a local "
    "official said."
)


def test_the_title_is_found_after_a_dateline_in_the_first_words() -> None:
    span = title_copy(BODY, TITLE)
    assert span is not None and BODY[span[0] : span[1]] == TITLE
    assert title_copy("Rebels fired rockets at a town. " * 3 + TITLE, TITLE) is None  # not its top
    assert title_copy(BODY, "Port Amira") is None  # too short to tell from the lead's words


def test_a_title_repeated_above_its_lead_is_told_once() -> None:
    events = _asserted_titled(BODY, TITLE)
    assert [e["type"] for e in events] == ["shelling"]
    assert events[0]["killed_low"] == 6


def test_without_the_title_the_body_keeps_its_events() -> None:
    assert len(_asserted_titled(BODY, None)) >= 1


def test_a_title_whose_event_the_body_does_not_tell_is_kept() -> None:
    title = "Gunmen abduct three engineers near dam"
    body = f"{title} Press Service The ministry said on Monday that talks on the dam had stalled."
    assert [e["type"] for e in _asserted_titled(body, title)] == ["abduction"]


def test_a_verb_firing_a_quantity_of_shells_is_one_shelling() -> None:
    events = asserted(
        "Local sources said militants in nearby hills fired dozens of rocket and mortar shells "
        "on the Tal Hamra district, killing four civilians."
    )
    assert [e["type"] for e in events] == ["shelling"]


def test_a_title_that_sums_up_the_lead_in_other_words_is_told_once() -> None:
    title = "Over 40 gunmen killed in army offensive near Tell Sabra"
    body = (
        f"Sat 3 Mar 2016 {title}. Government jets bombed rebel positions near Tell Sabra on "
        "Friday, killing more than 40 gunmen, state media said."
    )
    assert [e["type"] for e in _asserted_titled(body, title)] == ["air_strike"]
