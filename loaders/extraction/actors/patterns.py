"""What the spaCy pipeline looks up: the dictionary's names as phrase patterns, and the owner +
agent noun tables the ``wirehouse_dictionary`` component matches ("Russian warplanes").

Names and aliases match case-insensitively (LOWER), short acronyms by exact text (TEXT), and a
one-word alias written in lower case ("regime", "monitor") only where the tagger reads a noun.
Owner + agent combinations are no patterns: the component looks the words up in two tables, so
thousands of names cost one dictionary lookup per token, not one Matcher pattern each.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from loaders.extraction.actors.dictionary import load_dictionary
from loaders.extraction.actors.text import is_common_noun, plural, undot


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    import spacy

    return spacy.blank("en").tokenizer


def _tokens(text: str) -> list[str]:
    return [token.text for token in _tokenizer()(text)]


def _lower_pattern(text: str) -> list[dict[str, Any]]:
    return [{"LOWER": token.lower()} for token in _tokens(text)]


def noun_forms(nouns: Iterable[str]) -> list[str]:
    forms: set[str] = set()
    for noun in nouns:
        forms.update({noun.lower(), plural(noun.lower())})
    return sorted(forms)


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict, ...]:
    book = load_dictionary()
    patterns: list[dict] = []
    for alias, actor, case_sensitive, label in book.pattern_aliases:
        # Acronyms match in capitals only ("TIP", not "tip"); write other casings as aliases.
        if case_sensitive or (undot(alias).isupper() and len(undot(alias)) <= 4):
            tokens = [{"TEXT": token} for token in _tokens(alias)]
            patterns.append({"label": label, "pattern": tokens, "id": actor.name})
            if "." in alias:  # "U.S." and "US" are both written
                undotted = [{"TEXT": token} for token in _tokens(undot(alias))]
                patterns.append({"label": label, "pattern": undotted, "id": actor.name})
            continue
        for variant in dict.fromkeys((alias, alias.replace("-", " "))):  # "al-Nusra", "al Nusra"
            pattern = _lower_pattern(variant)
            if len(pattern) == 1 and is_common_noun(alias):
                # A common word as a name ("regime", "monitor") only when used as a noun.
                pattern[0]["POS"] = {"IN": ["NOUN", "PROPN"]}
            patterns.append({"label": label, "pattern": pattern, "id": actor.name})
    return tuple(patterns)


def actor_patterns() -> list[dict]:
    """EntityRuler-style patterns, id = canonical name, for every name and alias: label ACTOR,
    or GPE for the world table's countries and capitals (as the model marks them).

    Always call ``resolve_actor(span.text)`` for the full Actor: the id alone does not carry the
    country and sector.
    """
    return [dict(pattern) for pattern in _patterns()]


@lru_cache(maxsize=1)
def combination_tables() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(owner words, agent nouns) the component combines: state adjectives ("Russian", "Kenyan")
    and agent nouns, one word or curated phrases (CAMEO's thousands of phrases stay resolve-only).
    """
    book = load_dictionary()
    owners = sorted({adjective for adjective, _state in book.adjectives})
    nouns = sorted(
        noun
        for noun in book.agents
        if not any(char.isdigit() for char in noun) and (" " not in noun or noun in book.curated)
    )
    return tuple(owners), tuple(book.curated.get(noun, noun) for noun in nouns)


def reload() -> None:
    """Forget the loaded dictionary (after editing a data file or $WIREHOUSE_ACTORS)."""
    from loaders.extraction.compiled import fingerprint

    fingerprint.cache_clear()  # the files may have changed: their compiled tables with them
    load_dictionary.cache_clear()
    _patterns.cache_clear()
    combination_tables.cache_clear()
