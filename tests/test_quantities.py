"""Casualty counts from noun-phrase words: the documented rules of loaders.extraction.quantities."""

from __future__ import annotations

import pytest

from loaders.extraction.quantities import Count, number_value, parse_count


@pytest.mark.parametrize(
    ("words", "low", "high"),
    [
        ("some 200 fighters", 200, 200),
        ("about 35 civilians", 35, 35),
        ("more than 10 apostates", 11, None),
        ("over 60 targets", 61, None),
        ("at least 16", 16, None),
        ("16 or more people", 16, None),
        ("up to 30 soldiers", None, 30),
        ("fewer than 10 people", None, 9),
        ("two senior field commanders", 2, 2),
        ("one of its generals", 1, 1),
        ("twenty-five people", 25, 25),
        ("1,200 people", 1200, 1200),
        ("10-12 people", 10, 12),
        ("between 5 and 7 children", 5, 7),
        ("a dozen soldiers", 12, 12),
        ("two dozen soldiers", 24, 24),
        ("Dozens of combatants", 12, None),
        ("several dozen", 36, 99),
        ("several hundred IS fighters", 200, 900),
        ("a few hundred", 200, 400),
        ("hundreds of civilians", 100, None),
        ("thousands of people", 1000, None),
        ("tens of thousands of people", 10000, None),
        ("a few people", 2, 4),
        ("several civilians", 3, 9),
        ("sixteen", 16, 16),
        ("a hundred", 100, 100),
        ("scores of people", 20, None),
        ("hundreds of thousands of people", 100000, None),
        ("a handful of soldiers", 2, 5),
    ],
)
def test_counts(words: str, low: int | None, high: int | None) -> None:
    assert parse_count(words) == Count(low, high)


@pytest.mark.parametrize("words", ["80 to 90 percent", "40%", "the fighters", "many people", ""])
def test_no_count(words: str) -> None:
    assert parse_count(words) is None


@pytest.mark.parametrize(
    ("words", "value"),
    [("three", 3), ("ninety-nine", 99), ("two hundred", 200), ("1.5 million", 1_500_000)],
)
def test_number_value(words: str, value: int) -> None:
    assert number_value(words) == value


@pytest.mark.parametrize(
    ("words", "low", "best", "high", "open_ended"),
    [
        ("12 civilians", 12, 12, 12, False),  # a single figure is the best estimate
        ("some 200 fighters", 200, 200, 200, False),
        ("between 5 and 7 children", 5, 5, 7, False),  # a range: its conservative end
        ("10-12 people", 10, 10, 12, False),
        ("at least nine people", 9, 9, None, True),
        ("more than 10 people", 11, 11, None, True),
        ("up to 30 soldiers", None, None, 30, False),
        ("dozens of people", 12, 12, None, True),  # ACLED: "dozens" = 12
        ("a dozen soldiers", 12, 12, 12, False),
        ("scores of civilians", 20, 20, None, True),
        ("hundreds of people", 100, 100, None, True),
        ("several hundred fighters", 200, 200, 900, False),
        ("twenty-five people", 25, 25, 25, False),
    ],
)
def test_best_estimate_and_open_ended(
    words: str, low: int | None, best: int | None, high: int | None, open_ended: bool
) -> None:
    count = parse_count(words)
    assert count is not None
    assert (count.low, count.best, count.high, count.open_ended) == (low, best, high, open_ended)


@pytest.mark.parametrize(
    "words",
    [
        "12",
        "at least 3",
        "more than 400,000",
        "dozens",
        "scores",
        "hundreds",
        "2 to 5",
        "a few",
        "up to 80",
        "fewer than 10",
        "several dozen",
        "tens of thousands",
        "over a hundred",
    ],
)
def test_invariants_hold_for_every_rule(words: str) -> None:
    count = parse_count(words)
    assert count is not None
    if count.low is not None and count.high is not None:
        assert count.low <= count.best <= count.high
    assert (count.high is None) == count.open_ended or count.low is None
