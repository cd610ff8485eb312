"""People named in another spelling: "Moamer Kadhafi", "Sadam Husein", "Askar Akaev" are the
office holders the tables write "Muammar Gaddafi", "Saddam Hussein", "Askar Akayev".

Each word is reduced to its consonants in order (vowels, "h" and doubled letters dropped, "kh"
read "h"; k, q, c, g and j one sound; s and z one; v and w one; the Arabic article dropped), and
a name of two words or more that reduces to exactly one person's full name or alias is that
person. One word never matches (too many people share a surname's consonants), nor does a
reduction two people share. Only names of kind ``person`` are read (the Syrian tables keep
"Bashar al-Assad" as the state).
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.extraction.actors.dictionary import load_dictionary
from loaders.extraction.actors.model import Actor
from loaders.extraction.actors.text import normalise

ARTICLES = frozenset({"al", "el", "ul", "ud"})
_SOUNDS = str.maketrans({"q": "k", "c": "k", "g": "k", "j": "k", "z": "s", "w": "v"})
_DROPPED = re.compile(r"[aeiouyh'\-]")
_DOUBLED = re.compile(r"(.)\1+")


def reduced(name: str) -> tuple[str, ...]:
    """ "Moamer Kadhafi" -> ("mr", "kdf")."""
    words = [w for w in re.split(r"[\s\-]+", normalise(name)) if w and w not in ARTICLES]
    out = []
    for word in words:
        word = word.replace("kh", "h")  # "Rakhmonov" is "Rahmonov"
        word = _DOUBLED.sub(r"\1", _DROPPED.sub("", word.translate(_SOUNDS)))
        if word:
            out.append(word)
    return tuple(out)


@lru_cache(maxsize=1)
def _people() -> dict[tuple[str, ...], Actor]:
    found: dict[tuple[str, ...], Actor] = {}
    shared: set[tuple[str, ...]] = set()
    for key, actor in load_dictionary().names.items():
        if actor.kind != "person":
            continue
        sounds = reduced(key)
        if len(sounds) < 2:
            continue
        if sounds in found and found[sounds] != actor:
            shared.add(sounds)
        found.setdefault(sounds, actor)
    return {sounds: actor for sounds, actor in found.items() if sounds not in shared}


def same_person(text: str) -> Actor | None:
    """The one office holder a name of two words or more spells differently, or None."""
    sounds = reduced(text)
    return _people().get(sounds) if len(sounds) >= 2 else None
