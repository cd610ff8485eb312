"""A paragraph's publication date line ends a sentence of its own (paragraph_breaks.
PUBLICATION_LINE): the date is never read as the victims' or the doer's phrase, so the count is
the lead's own."""

from __future__ import annotations

import pytest

from loaders.extraction.paragraph_breaks import PUBLICATION_LINE
from tests.test_extraction_doers import only


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Date of publication 4 March 2019 Three fishermen were killed when a shell hit their "
         "boat off the coast on Sunday.", 3),
        ("Published May 2 2018 At least 14 villagers were killed by gunmen in the north on "
         "Tuesday, police said.", 14),
        ("Tue 12 Jun 2018 Twenty-two people were killed when a car bomb exploded at a market "
         "in the town, officials said.", 22),
    ],
)  # fmt: skip
def test_the_leads_count_is_read_after_the_date_line(text: str, killed: int) -> None:
    event = only(text)
    assert event["killed_low"] == killed
    target = event["target"]["text"] if event["target"] else ""
    assert "publication" not in target.lower() and "2018" not in target


@pytest.mark.parametrize(
    "text",
    [
        "The uprising began in March 2011 and spread to the south.",
        "Twelve people were killed on 3 May 2016 in the town.",
        "May 2016 was the deadliest month of the year.",
    ],
)
def test_dates_inside_a_sentence_are_no_date_line(text: str) -> None:
    assert PUBLICATION_LINE.match(text) is None
