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
        ("Dozens of combatants", 24, 99),
        ("several dozen", 36, 99),
        ("several hundred IS fighters", 200, 900),
        ("a few hundred", 200, 400),
        ("hundreds of civilians", 200, 999),
        ("thousands of people", 2000, 9999),
        ("tens of thousands of people", 20000, 99999),
        ("a few people", 2, 4),
        ("several civilians", 3, 9),
        ("sixteen", 16, 16),
        ("a hundred", 100, 100),
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
