"""Property-based tests: the casualty and date parsers return a value or None, never raise,
and what they return is coherent (low <= high; no date after the article's own)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.extraction.dates import ResolvedDate, resolve_date
from loaders.extraction.quantities import Count, number_value, parse_count

COUNT_WORDS = [
    "some", "about", "at least", "more than", "over", "nearly", "up to", "dozens", "dozen",
    "several", "hundred", "hundreds", "thousand", "two", "three", "twenty-five", "1,200", "16",
    "200", "to", "and", "or more", "fighters", "civilians", "killed", "percent", "%", "-", "0",
    "a", "an", "including", "children", "9999999999999",
]  # fmt: skip
DATE_WORDS = [
    "on", "late", "early", "Thursday", "Friday", "yesterday", "last", "this", "week", "month",
    "year", "September", "Sept.", "27", "31", "February", "29", "2015", "night", "overnight",
    "past", "weekend", "in", "mid", "October", "0", "2099",
]  # fmt: skip
phrases = st.lists(st.sampled_from(COUNT_WORDS), max_size=6).map(" ".join)
date_phrases = st.lists(st.sampled_from(DATE_WORDS), max_size=5).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(phrases, st.text(max_size=30)))
def test_parse_count_is_coherent(words: str) -> None:
    count = parse_count(words)
    if count is None:
        return
    assert isinstance(count, Count)
    for value in (count.low, count.high):
        assert value is None or value >= 0
    if count.low is not None and count.high is not None:
        assert count.low <= count.high


@settings(max_examples=300, deadline=None)
@given(st.one_of(phrases, st.text(max_size=20)))
def test_number_value_never_raises(words: str) -> None:
    value = number_value(words)
    assert value is None or (isinstance(value, int) and value >= 0)


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(date_phrases, st.text(max_size=30)),
    st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))),
)
def test_resolve_date_never_goes_past_the_article(words: str, published: dt.date | None) -> None:
    resolved = resolve_date(words, published)
    if resolved is None:
        return
    assert isinstance(resolved, ResolvedDate)
    assert resolved.precision in {"day", "week", "month", "year"}
    if published is not None:
        assert resolved.date <= published
