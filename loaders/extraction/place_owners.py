"""Names that say whose a thing is or whose side someone serves, not where anything happens:
"a U.S. base in western Iraq", "pro-Russia separatists", "Iran-backed Houthis"."""

from __future__ import annotations

from spacy.tokens import Span

from loaders.extraction.doc_memo import columns
from loaders.extraction.mentions import place_of
from loaders.extraction.word_sets import words as _words

# "pro-Russia separatists", "anti-Kabul militias", "Saudi-led coalition", "Iran-backed
# Houthis": the name describes whom a side serves or opposes, not where anything happens
AFFILIATION_PREFIXES = _words("pro anti")
AFFILIATION_SUFFIXES = _words(
    "led backed based supported allied aligned sponsored funded armed trained controlled held run"
)


def owner_modifier(ent: Span) -> bool:
    """ "a U.S. base in western Iraq", "the French embassy": a country named as the modifier
    of a thing says whose it is, not where it is ("a Gaza beach" is where: no one owns it)."""
    root = ent.root
    modifier = (
        root.dep_ in ("compound", "amod", "nmod") and root.head.lemma_.lower() in OWNED_THINGS
    )
    place = place_of(ent.text) if modifier else None
    return place is not None and place.precision == "country"


OWNED_THINGS = _words(
    "base embassy consulate ship warship vessel tanker aircraft jet plane drone convoy troop "
    "force soldier army navy company firm contractor official diplomat position post patrol"
)


def names_a_side(ent: Span) -> bool:
    lower, start, end = columns(ent.doc).lower, ent.start, ent.end  # "-" is its own lower case
    if lower[start].rstrip("-") in AFFILIATION_PREFIXES and end - start > 1:
        return True  # the model may take "pro-Russia" whole
    if start >= 2 and lower[start - 1] == "-" and lower[start - 2] in AFFILIATION_PREFIXES:
        return True
    if start > 0 and lower[start - 1] in ("pro-", "anti-"):
        return True
    return end + 2 <= len(lower) and lower[end] == "-" and lower[end + 1] in AFFILIATION_SUFFIXES
