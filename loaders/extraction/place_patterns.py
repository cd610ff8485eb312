"""spaCy EntityRuler patterns (label PLACE, id = gazetteer_id) for every bundled place name and
its variants, written from the gazetteer ``places.load_gazetteer`` reads."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from loaders.extraction.places import _acronym, load_gazetteer


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    import spacy

    return spacy.blank("en").tokenizer


def _pattern(text: str) -> list[dict[str, str]]:
    if _acronym(text):  # "US" must not match "us", nor "UAE" "uae" noise
        return [{"TEXT": token.text} for token in _tokenizer()(text)]
    return [{"LOWER": token.text.lower()} for token in _tokenizer()(text)]


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict, ...]:
    patterns: list[dict] = []
    seen: set[tuple[str, str]] = set()
    gazetteer = load_gazetteer()
    named = [(place, [place.name, *aliases]) for place, aliases in gazetteer.entries]
    for place, names in [*named, *gazetteer.region_names]:
        if place.precision == "admin1" and place.admin1:
            names += [f"{place.admin1} province", f"{place.admin1} governorate"]
        for name in names:
            # Write both "al-Bab" and "al Bab"; spaCy splits the hyphen into its own token.
            for variant in dict.fromkeys((name, name.replace("-", " "))):
                key = (variant if _acronym(variant) else variant.lower(), place.gazetteer_id or "")
                if key in seen:
                    continue
                seen.add(key)
                patterns.append(
                    {"label": "PLACE", "pattern": _pattern(variant), "id": place.gazetteer_id}
                )
    return tuple(patterns)


def place_patterns() -> list[dict]:
    """spaCy EntityRuler patterns, label PLACE, id = gazetteer_id, for every bundled name."""
    return [dict(pattern) for pattern in _patterns()]
