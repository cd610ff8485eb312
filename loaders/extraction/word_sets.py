"""The one helper every word list of the extraction is written with."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A word list written as one string ("strike raid attack") as the set of its words."""
    return frozenset(text.split())
