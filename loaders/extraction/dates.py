"""Relative and absolute date phrases resolved against the article's own date.

Rules (the article's date is ``published``; nothing resolves to a day after it):

| words | date | precision |
| --- | --- | --- |
| "today", "this morning", "tonight", "over the past 24 hours" | published | day |
| "yesterday", "last night", "overnight" | published - 1 | day |
| "Thursday", "on Thursday", "late on Thursday" | the latest Thursday on or before published | day |
| "last Thursday" | the latest Thursday strictly before published | day |
| "this week" / "last week" / "past week" | Monday of that week | week |
| "this month" / "last month" | the 1st of that month | month |
| "September 27", "Sept. 27", "Oct. 7, 2015" | that day (no year: the latest before) | day |
| "August", "in late August" | the 1st of the latest August on or before published | month |
| "2014", "in 2014" | 1 January of that year | year |

A day after ``published`` (an explicit future date) gives None: it is not a reported event's
date. Without ``published`` only phrases carrying their own year resolve.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_MONTH_DAY = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?"
)
_DAY_MONTH = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?\b"
)
_MONTH_ONLY = re.compile(rf"\b{_MONTH}(?:\s+(?P<year>\d{{4}}))?\b")
_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d{2})\b")
_SAME_DAY = re.compile(r"\b(today|this (?:morning|afternoon|evening)|tonight|past 24 hours)\b")
_DAY_BEFORE = re.compile(r"\b(yesterday|last night|overnight)\b")


@dataclass(frozen=True)
class ResolvedDate:
    date: dt.date
    precision: str  # day | week | month | year


def _month_number(word: str) -> int:
    return MONTHS[
        word.lower().rstrip(".")[:4] if word.lower().startswith("sept") else word.lower()[:3]
    ]


def _not_after(date: dt.date, published: dt.date | None, precision: str) -> ResolvedDate | None:
    if published is not None and date > published:
        return None
    return ResolvedDate(date, precision)


def _latest_month_day(month: int, day: int, published: dt.date) -> dt.date | None:
    for year in (published.year, published.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if candidate <= published:
            return candidate
    return None


def resolve_date(words: str, published: dt.date | None) -> ResolvedDate | None:
    """The date a phrase names, resolved against the article's date, or None."""
    text = " ".join(words.lower().split())
    if not text:
        return None
    absolute = _absolute(text, published)
    if absolute is not None or published is None:
        return absolute
    if _SAME_DAY.search(text):
        return ResolvedDate(published, "day")
    if _DAY_BEFORE.search(text):
        return ResolvedDate(published - dt.timedelta(days=1), "day")
    for index, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", text):
            back = (published.weekday() - index) % 7
            if back == 0 and re.search(rf"\blast {name}\b", text):
                back = 7
            return ResolvedDate(published - dt.timedelta(days=back), "day")
    monday = published - dt.timedelta(days=published.weekday())
    if re.search(r"\b(this|the) week\b|\bthis weekend\b", text):
        return ResolvedDate(monday, "week")
    if re.search(r"\b(last|past|previous) (week|seven days)\b", text):
        return ResolvedDate(monday - dt.timedelta(days=7), "week")
    first = published.replace(day=1)
    if re.search(r"\bthis month\b", text):
        return ResolvedDate(first, "month")
    if re.search(r"\b(last|past|previous) month\b", text):
        return ResolvedDate((first - dt.timedelta(days=1)).replace(day=1), "month")
    if re.search(r"\bthis year\b", text):
        return ResolvedDate(dt.date(published.year, 1, 1), "year")
    if re.search(r"\blast year\b", text):
        return ResolvedDate(dt.date(published.year - 1, 1, 1), "year")
    return None


def _absolute(text: str, published: dt.date | None) -> ResolvedDate | None:
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        found = pattern.search(text)
        if found:
            month, day = _month_number(found.group("month")), int(found.group("day"))
            if found.group("year"):
                try:
                    date = dt.date(int(found.group("year")), month, day)
                except ValueError:
                    return None
                return _not_after(date, published, "day")
            if published is None:
                return None
            latest = _latest_month_day(month, day, published)
            return ResolvedDate(latest, "day") if latest else None
    found = _MONTH_ONLY.search(text)
    if found and not (found.group("month") == "may" and not found.group("year")):
        month = _month_number(found.group("month"))
        if found.group("year"):
            return _not_after(dt.date(int(found.group("year")), month, 1), published, "month")
        if published is None:
            return None
        year = published.year if month <= published.month else published.year - 1
        return ResolvedDate(dt.date(year, month, 1), "month")
    found = _YEAR.search(text)
    if found:
        return _not_after(dt.date(int(found.group("year")), 1, 1), published, "year")
    return None
