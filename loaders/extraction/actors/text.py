"""Text keys for the actor dictionary: cleaning, case folding, plurals."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ARTICLES = ("the ", "a ", "an ")
# Short all-capital aliases whose lower case is an everyday word ("IS", "US", "WHO") only match
# with their capitals, so "is" and "who" in running text never become actors.
_COMMON_WORD_TEXT = """
is us it who an am as at be by do go he if in me my no of on or so to up we all any can did had
has her him his how its may new not now one our out see she two way was sat sun mon hit war arm
aim ban man men"""
COMMON_WORDS = frozenset(_COMMON_WORD_TEXT.split())
# The keys below are pure functions of a phrase that the rules of one article ask again and
# again (each candidate actor phrase is cleaned by several lookups): remembered per process.
TEXT_MEMO = 65_536
# Patterns compiled once (the keys below are asked of every new phrase).
_DASHES = re.compile(r"[\u2010-\u2015]")
_SCARE_QUOTES = re.compile(r'["\u201c\u201d]')
_SPACES = re.compile(r"\s+")
_ACRONYM_DOT = re.compile(r"\b([A-Za-z])\.(?=[A-Za-z]\b|[\s-]|$)")
_POSSESSIVE = re.compile(r"'s?$")
_SPACES_OR_HYPHENS = re.compile(r"[\s-]+")
_SIBILANT_END = re.compile(r"(s|x|z|ch|sh)$")
_CONSONANT_Y_END = re.compile(r"[^aeiou]y$")
_SIBILANT_PLURAL_END = re.compile(r"(ses|xes|zes|ches|shes)$")


@lru_cache(maxsize=TEXT_MEMO)
def clean(text: str) -> str:
    """Unicode-normalised, typographic quotes and dashes folded, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = _DASHES.sub("-", text)
    # scare quotes are never part of a name: 'killed 50 "terrorists"' names the terrorists
    text = _SCARE_QUOTES.sub("", text)
    text = _SPACES.sub(" ", text).strip()
    return text.strip(' \t.,;:!?"()[]{}')


def undot(text: str) -> str:
    """U.S. -> US, U.N. -> UN (dots between single letters only)."""
    return _ACRONYM_DOT.sub(r"\1", text).rstrip(".")


def strip_articles(text: str) -> str:
    lowered = text.lower()
    changed = True
    while changed:
        changed = False
        for article in _ARTICLES:
            if lowered.startswith(article):
                text, lowered = text[len(article) :], lowered[len(article) :]
                changed = True
    return text


def fold_accents(text: str) -> str:
    """ "Côte d'Ivoire" -> "Cote d'Ivoire": wire copy writes names with and without accents."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=TEXT_MEMO)
def surface(text: str) -> str:
    """The case-preserving key: cleaned, articles and acronym dots removed, possessive cut."""
    text = strip_articles(undot(clean(text)))
    return _POSSESSIVE.sub("", text).strip()


@lru_cache(maxsize=TEXT_MEMO)
def normalise(text: str) -> str:
    """The case-insensitive key used for every lookup."""
    # Hyphens read as spaces: "al-Nusra" = "al Nusra", "pro-regime" = "pro regime".
    return _SPACES_OR_HYPHENS.sub(" ", fold_accents(surface(text)).lower()).strip()


def plural(noun: str) -> str:
    """Regular English plural of the last word (CAMEO stores singulars only)."""
    head, _, last = noun.rpartition(" ")
    if _SIBILANT_END.search(last):
        last = last + "es"
    elif _CONSONANT_Y_END.search(last):
        last = last[:-1] + "ies"
    elif last.endswith("man"):
        last = last[:-3] + "men"
    else:
        last = last + "s"
    return f"{head} {last}" if head else last


def singulars(noun: str) -> list[str]:
    """Candidate singulars of the last word, most likely first."""
    head, _, last = noun.rpartition(" ")
    found: list[str] = []
    if last.endswith("ies") and len(last) > 4:
        found.append(last[:-3] + "y")
    if last.endswith("men"):
        found.append(last[:-3] + "man")
    if _SIBILANT_PLURAL_END.search(last):
        found.append(last[:-2])
    if last.endswith("s") and not last.endswith("ss"):
        found.append(last[:-1])
    return [f"{head} {word}" if head else word for word in found]


# British and American spellings of the last word of an agent noun ("protestors", "defence
# forces", "armoured units"): the tables hold one; the other is looked up when it is missing.
_SPELLINGS = ((re.compile(r"or(s?)$"), r"er\1"), (re.compile(r"our(s?)$"), r"or\1"),
              (re.compile(r"ence$"), "ense"), (re.compile(r"ense$"), "ence"))  # fmt: skip


def spellings(noun: str) -> list[str]:
    """The other spellings of the last word, to try after the word as written."""
    head, _, last = noun.rpartition(" ")
    found = [pattern.sub(repl, last) for pattern, repl in _SPELLINGS if pattern.search(last)]
    return [f"{head} {word}" if head else word for word in found if word != last]


def is_common_noun(alias: str) -> bool:
    """A one-word alias written in lower case: an everyday noun used as a name."""
    return alias.islower() and " " not in alias and "-" not in alias


def is_exact(alias: str) -> bool:
    """All-capital short aliases that read as ordinary words in lower case ("US", and "the US",
    whose key without the article is "us")."""
    bare = undot(re.sub(r"^the\s+", "", alias))
    return bare.isupper() and bare.lower() in COMMON_WORDS
