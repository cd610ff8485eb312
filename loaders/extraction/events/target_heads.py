"""What a target's words name: its head noun, a unit, a building, a bare count (used to decide
whether counted victims replace it)."""

from __future__ import annotations

import re

from loaders.extraction.events.syntax import words
from loaders.extraction.events.targets import HOLDING_WORDS


def prefers_victims(target: dict | None) -> bool:
    """A counted victim group beats this target: none, a thing ("a residential district"), a
    building ("a prison") or what a side holds ("al-Shabaab bases"); a people group named as the
    target stays."""
    if target is None or not target.get("sector"):
        return True
    if CARRYING.search(target.get("text") or "") and target.get("kind") == "agent":
        return False  # "a bus carrying Hindu pilgrims": people on board named as hit
    head = head_noun(target)
    return head in HOLDING_WORDS or head in BUILDING_WORDS or uncounted_group(target)


CARRYING = re.compile(r"\b(?:carrying|transporting|ferrying)\b", re.IGNORECASE)


# words after which a noun phrase only qualifies its head ("the departure hall of Brussels
# airport", "a convoy of Humvees", "a bus carrying pilgrims", "positions held by rebels")
QUALIFIER_WORDS = words(
    "of carrying in at near on with belonging held used run owned who which that , ("
)


def head_noun(target: dict | None) -> str:
    """The head word of a target's words: the last word before any qualifier; of a holding or
    a unit "of" a common noun, that noun ("a gathering of jihadists", "a column of troops":
    the people; "a convoy of Humvees" stays a convoy)."""
    spelt = ((target or {}).get("text") or "").replace(",", " , ").split()
    found = [w.lower() for w in spelt]
    cut = next((i for i, w in enumerate(found) if i and w in QUALIFIER_WORDS), len(found))
    if not cut:
        return ""
    if found[cut - 1] in HOLDING_WORDS | UNIT_WORDS and found[cut : cut + 1] == ["of"]:
        rest = found[cut + 1 :]
        end = next((i for i, w in enumerate(rest) if i and w in QUALIFIER_WORDS), len(rest))
        if end and spelt[cut + end].islower():
            return rest[end - 1]
    return found[cut - 1]


# a military unit hit, of which the counted dead are the part the report names (a crowd or a
# people group named as the target stays: "opened fire on worshippers, killing 50 people")
UNIT_WORDS = words("patrol patrols column columns squad squads platoon platoons")


def uncounted_group(target: dict) -> bool:
    """ "ambushed a patrol, killing eight soldiers": a unit with no number of its own gives way
    to the counted victims, as the dev set codes a victim group with a count."""
    return head_noun(target) in UNIT_WORDS


# a building or a vehicle hit, which the dictionary may read as its body ("a prison" as the
# police, "a school" as educators): the people killed in it are whom the attack hit
BUILDING_WORDS = words(
    "prison prisons jail school schools hospital hospitals clinic mosque mosques church "
    "churches temple market markets hotel building buildings house houses home homes bus "
    "buses car cars vehicle vehicles truck trucks station stations office offices hall "
    "academy college university barracks embassy courthouse stadium mall restaurant bar cafe "
    "nightclub theatre theater airport"
)


# "at least 32", "hundreds", "some 1,500": words of a bare count
COUNT_WORDS = words(
    "dozens dozen hundreds thousands scores at least more than some about nearly over up to "
    "around almost one two three four five six seven eight nine ten eleven twelve fifteen "
    "twenty thirty forty fifty hundred thousand"
    " a further another other others more"  # "a further 15 were injured"
    " those these"  # "the families of those who were killed": no one named
    " lives life"  # "has claimed 60 lives": a toll, not whose
)


def bare_count(target: dict) -> bool:
    """ "killing hundreds", "nine wounded", "those who were killed": a number (or a bare
    demonstrative) names nobody."""
    words = (target.get("text") or "").lower().replace(",", "").split()
    return bool(words) and all(w.isdigit() or w in COUNT_WORDS for w in words)
