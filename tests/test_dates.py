"""Date phrases resolved against the article's date: the rules of loaders.extraction.dates."""

from __future__ import annotations

import datetime as dt

import pytest

from loaders.extraction.dates import ResolvedDate, resolve_date

FRIDAY = dt.date(2015, 10, 9)  # the Reuters seed's publication date


@pytest.mark.parametrize(
    ("words", "date", "precision"),
    [
        ("on Thursday", "2015-10-08", "day"),
        ("late on Thursday", "2015-10-08", "day"),
        ("Friday", "2015-10-09", "day"),  # the article's own weekday is the article's day
        ("last Friday", "2015-10-02", "day"),
        ("on Saturday", "2015-10-03", "day"),  # never after the article
        ("yesterday", "2015-10-08", "day"),
        ("today", "2015-10-09", "day"),
        ("overnight", "2015-10-08", "day"),
        ("over the past 24 hours", "2015-10-09", "day"),
        ("this week", "2015-10-05", "week"),
        ("last week", "2015-09-28", "week"),
        ("this month", "2015-10-01", "month"),
        ("last month", "2015-09-01", "month"),
        ("on September 27", "2015-09-27", "day"),
        ("Sept. 27", "2015-09-27", "day"),
        ("27 September", "2015-09-27", "day"),
        ("December 3", "2014-12-03", "day"),  # the latest December 3 before the article
        ("Oct. 7, 2015", "2015-10-07", "day"),
        ("in late August", "2015-08-01", "month"),
        ("in May 2014", "2014-05-01", "month"),
        ("since 2011", "2011-01-01", "year"),
        ("last year", "2014-01-01", "year"),
    ],
)
def test_resolves(words: str, date: str, precision: str) -> None:
    assert resolve_date(words, FRIDAY) == ResolvedDate(dt.date.fromisoformat(date), precision)


@pytest.mark.parametrize("words", ["three days", "the war", "Oct. 12, 2015", "2016", "May"])
def test_unresolved_or_future(words: str) -> None:
    assert resolve_date(words, FRIDAY) is None


def test_without_article_date_only_years_resolve() -> None:
    assert resolve_date("on Thursday", None) is None
    assert resolve_date("yesterday", None) is None
    assert resolve_date("Sept. 27, 2015", None) == ResolvedDate(dt.date(2015, 9, 27), "day")
