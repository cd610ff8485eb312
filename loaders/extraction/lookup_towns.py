"""Town names the model missed, for the ``wirehouse_dictionary`` component: the small towns of
``data/world/towns.tsv.gz`` (under 15,000 people), by one hash lookup per phrase. Larger towns
are left to the model: where it reads none, the name is most often a reference point ("fled
north toward Gulu", "northeast of the city of Abidjan"), not where the event was.

A town's name is common enough to be a word or a person ("Suarez", "Hays", "Tartar"), so a span
is a town only where the text says it is a place:
- every word is capitalised as written, and the name is no English word (the table leaves them
  out), no month or weekday, and no name the actor or place dictionaries already give;
- a place preposition comes right before it ("in Suarez", "near Boni", "from Kotido") or "the
  town of", "the outskirts of", "north of";
- the model did not already read the words as a place (its GPE, LOC or FAC spans stay).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from loaders.extraction.places import normalise
from loaders.extraction.word_sets import words as _words

PREPOSITIONS = _words(
    "in near at outside around inside from into toward towards across through between"
)
# "the town of X", "the outskirts of X", "north of X": a place word before "of"
OF_WORDS = _words(
    """town city village hamlet district county province region area outskirts suburbs
    suburb environs centre center north south east west northeast northwest southeast
    southwest km kilometres kilometers miles"""
)
NOT_TOWNS = _words(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday god christ allah"""
)
MODEL_PLACES = frozenset({"GPE", "LOC", "FAC"})
LONGEST = 5  # tokens ("Pont - Sonde", "Dera Ismail Khan")


@lru_cache(maxsize=1)
def town_keys() -> tuple[frozenset[str], frozenset[str]]:
    """(every normalised town name, their first words), compiled once (``compiled.py``: built
    at install, not by every process). A name a larger town also bears ("Goma": a Philippine
    village, and the Congolese city) is left to the model, as that town is: marking it here
    would take the model's reading of the name away."""
    from loaders.extraction.compiled import cached

    def build() -> tuple[frozenset[str], frozenset[str]]:
        from loaders.extraction.place_fallbacks import city_index
        from loaders.extraction.place_towns import town_names

        larger = city_index()
        keys = frozenset(k for k in town_names() if k not in NOT_TOWNS and k not in larger)
        return keys, frozenset(key.split(" ")[0] for key in keys)

    return cached("town_keys", build)


def _placed(doc: Doc, lowers: list[str], start: int) -> bool:
    if start == 0:
        return False
    before = lowers[start - 1]
    if before in PREPOSITIONS:
        return True
    return before == "of" and start > 1 and lowers[start - 2] in OF_WORDS


def town_spans(doc: Doc, texts: list[str], lowers: list[str], known: object) -> set[tuple]:
    """(start, end, "PLACE", id) of every town name the text places; ``known(words)`` says
    whether the dictionaries already have the lower-case words."""
    keys, firsts = town_keys()
    found: set[tuple] = set()
    model = [(e.start, e.end) for e in doc.ents if e.label_ in MODEL_PLACES]
    for start, text in enumerate(texts):
        if not text[:1].isupper() or normalise(text) not in firsts:
            continue
        if not _placed(doc, lowers, start):
            continue
        for end in range(min(start + LONGEST, len(texts)), start, -1):
            if not texts[end - 1][:1].isupper():
                continue
            key = normalise(doc[start:end].text)
            if key not in keys or known(tuple(lowers[start:end])):
                continue
            if any(s < end and e > start for s, e in model):
                break  # the model read a place here: its span stays
            if end < len(texts) and texts[end][:1].isupper() and texts[end].isalpha():
                break  # part of a longer name ("in Bacho District Council")
            found.add((start, end, "PLACE", f"town:{key}"))
            break
    return found
