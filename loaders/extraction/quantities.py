"""Casualty numbers from the words of a noun phrase ("some 200 fighters" -> 200-200).

A count is a range ``(low, high)`` with a best estimate; an open side is None. The semantics
follow UCDP (low / best / high) and ACLED (code the most conservative figure): ``best`` is the
lowest figure the words support unless they give a single figure, so ``best == low``; a count
with a lower bound and no stated upper bound ("more than 10", "at least 9", "dozens") is
*open-ended* and its ``high`` is None. Invariants: low <= best <= high when high is not None;
high is None exactly when the count is open-ended (or there is no count at all).

| words | low | best | high |
| --- | --- | --- | --- |
| "16", "sixteen", "1,200", "two senior field commanders", "one of its generals" | n | n | n |
| "some / about / around / roughly / approximately / an estimated / nearly / almost n" | n | n | n |
| "at least n", "n or more" | n | n | open |
| "more than n", "over n", "upwards of n" | n + 1 | n + 1 | open |
| "up to n", "at most n" | None | None | n |
| "fewer than n", "less than n", "under n" | None | None | n - 1 |
| "n to m", "n-m", "between n and m" | n | n | m |
| "a dozen" / "two dozen" | 12 / 24 | same | same |
| "dozens" (ACLED: 12) | 12 | 12 | open |
| "scores" | 20 | 20 | open |
| "hundreds" | 100 | 100 | open |
| "thousands" | 1000 | 1000 | open |
| "tens of thousands" / "hundreds of thousands" | 10000 / 100000 | same | open |
| "several dozen" | 36 | 36 | 99 |
| "several hundred" / "a few hundred" | 200 | 200 | 900 / 400 |
| "several thousand" / "a few thousand" | 2000 | 2000 | 9000 / 4000 |
| "a few" / "a handful" | 2 | 2 | 4 / 5 |
| "several" | 3 | 3 | 9 |

A plural unit ("dozens", "hundreds") says how big, not how many: ACLED codes the unit itself
(12, 100...), the most conservative figure the word allows, and no upper bound.
Percentages ("80 to 90 percent") are never counts. Words with no count ("many", "some") give None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
VAGUE: dict[str, tuple[int, int | None]] = {  # word(s) -> (low, high)
    "several dozen": (36, 99),
    "several hundred": (200, 900),
    "a few hundred": (200, 400),
    "several thousand": (2000, 9000),
    "a few thousand": (2000, 4000),
    "tens of thousands": (10000, None),
    "hundreds of thousands": (100000, None),
    "dozens": (12, None),
    "scores": (20, None),
    "hundreds": (100, None),
    "thousands": (1000, None),
    "a handful": (2, 5),
    "a few": (2, 4),
    "several": (3, 9),
    "a dozen": (12, 12),
    "dozen": (12, 12),
}
VAGUE_FIRST = tuple(p for p in VAGUE if " " in p and p not in ("a dozen", "a handful", "a few"))
AT_LEAST = ("at least", "a minimum of", "no fewer than", "no less than")
MORE_THAN = ("more than", "over", "upwards of", "in excess of")
UP_TO = ("up to", "at most", "as many as up to")
FEWER_THAN = ("fewer than", "less than", "under")
PERCENT = re.compile(r"\b(percent|per cent|pct)\b|%", re.IGNORECASE)

_NUMBER_WORD = "|".join(sorted([*UNITS, *SCALES], key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_SCALED_DIGITS = rf"(?:{_DIGITS})(?:\s+(?:hundred|thousand|million))?"
_WORDS = rf"(?:{_NUMBER_WORD})(?:[\s-]+(?:and\s+)?(?:{_NUMBER_WORD}))*"
_NUMBER = rf"(?:{_SCALED_DIGITS}|{_WORDS}|a\s+(?:hundred|thousand))"
_RANGE = re.compile(
    rf"\b(?:between\s+)?(?P<a>{_NUMBER})\s*(?:-|–|to|and)\s*(?P<b>{_NUMBER})\b", re.IGNORECASE
)
_SINGLE = re.compile(rf"(?<![\w.])(?P<n>{_NUMBER})\b", re.IGNORECASE)


@dataclass(frozen=True)
class Count:
    low: int | None
    high: int | None

    @property
    def best(self) -> int | None:
        """The conservative best estimate: the lowest figure the words support."""
        return self.low

    @property
    def open_ended(self) -> bool:
        """A lower bound with no stated upper bound ("at least 9", "dozens")."""
        return self.low is not None and self.high is None


def number_value(words: str) -> int | None:
    """The integer a number written in digits or words stands for ("1,200", "twenty-five")."""
    text = words.strip().lower().replace("–", "-")
    if not text:
        return None
    digits = re.fullmatch(rf"({_DIGITS})(?:\s+(hundred|thousand|million))?", text)
    if digits:
        value = float(digits.group(1).replace(",", ""))
        if digits.group(2):
            value *= SCALES[digits.group(2)]
        return int(value)
    total = current = 0
    seen = False
    for word in re.split(r"[\s-]+", text):
        if word in ("and", "a", "an"):
            if word != "and":
                current = current or 1
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in SCALES:
            current = (current or 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _qualifier_before(text: str, start: int) -> str:
    return " ".join(text[:start].lower().split()[-3:])


@lru_cache(maxsize=65536)
def parse_count(words: str) -> Count | None:
    """The casualty count in a noun phrase's words, or None when they hold no count (a Count
    is frozen: one answer per phrase serves every caller)."""
    text = " ".join(words.split())
    if not text or PERCENT.search(text):
        return None
    lowered = text.lower()
    for phrase in VAGUE_FIRST:  # "several hundred" before the bare "hundred"
        if re.search(rf"\b{re.escape(phrase)}\b", lowered):
            return Count(*VAGUE[phrase])
    ranged = _RANGE.search(text)
    if ranged:
        low, high = number_value(ranged.group("a")), number_value(ranged.group("b"))
        if low is not None and high is not None and low < high:
            return Count(low, high)
    single = _SINGLE.search(text)
    if single:
        value = number_value(single.group("n"))
        if value is not None:
            before = _qualifier_before(text, single.start())
            after = lowered[single.end() :].lstrip()
            if single.group("n").lower() in ("dozen",):
                value = 12
            if after.startswith("dozen"):
                value *= 12
            return _qualified(value, before, after)
    for phrase, (low, high) in VAGUE.items():
        found = re.search(rf"\b{re.escape(phrase)}\b", lowered)
        if found:
            return _qualified_vague(low, high, _qualifier_before(text, found.start()))
    return None


def _qualified_vague(low: int, high: int | None, before: str) -> Count:
    """A closed vague count takes the bound its qualifier states, as a figure does: "at least
    a dozen" = 12/open, "more than a dozen" = 13/open, "up to a dozen" = at most 12."""
    if high is None:
        return Count(low, high)  # "dozens", "hundreds": open already
    if any(before == o or before.endswith(" " + o) for o in AT_LEAST):
        return Count(low, None)
    if any(before == o or before.endswith(" " + o) for o in MORE_THAN):
        return Count(high + 1, None)
    if any(before == o or before.endswith(" " + o) for o in UP_TO):
        return Count(None, high)
    return Count(low, high)


def _qualified(value: int, before: str, after: str) -> Count:
    def ends_with(options: tuple[str, ...]) -> bool:
        return any(before == o or before.endswith(" " + o) for o in options)

    if ends_with(AT_LEAST) or after.startswith("or more"):
        return Count(value, None)
    if ends_with(MORE_THAN):
        return Count(value + 1, None)
    if ends_with(FEWER_THAN):
        return Count(None, max(value - 1, 0))
    if ends_with(UP_TO):
        return Count(None, value)
    return Count(value, value)
