"""Leaders and sponsors written before a side: "the Saudi-led coalition", "U.S.-led coalition
strikes", "Russian-backed separatists", "Iranian-backed militias".

A coalition led by a state fights for that state's side: the side's country is the leader's
(as the world dev set codes it: "Saudi-led coalition" SAU). A sponsor is not the side: "Russian-
backed separatists" are separatists of the place they fight in, not Russia's forces; the name
before the patron word must not be taken for the actor (the dictionary's ``_sponsored`` reads the
words after it).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from loaders.extraction.actors import Actor
from loaders.extraction.actors.resolve_words import PATRON_WORDS
from loaders.extraction.mentions import actor_of

LEADING_WORDS = frozenset({"led"})  # the patron words whose owner is the side itself


@dataclass(frozen=True)
class Patron:
    word: str  # "led", "backed"
    owner: Actor | None  # the state named before it, when it names one
    start: int  # the token the owner's words open with ("US" of "a suspected US-led")

    @property
    def leads(self) -> bool:
        return self.word in LEADING_WORDS


def patron_of(head: Token, core: Span) -> Patron | None:
    """The patron word in the words up to ``head`` ("Saudi - led coalition"), with the state
    named before it. A compound head ("coalition" in "U.S.-led coalition strikes") also looks at
    the words its noun's phrase opens with."""
    doc = head.doc
    start = core.start
    if head.dep_ == "compound":
        start = min(start, head.head.left_edge.i)
    for token in doc[start : head.i]:
        owner_part, _, suffix = token.lower_.rpartition("-")
        if owner_part and suffix in PATRON_WORDS:  # "U.S.-led" as one token
            owner_text = token.text[: len(owner_part)]
            return Patron(suffix, _state(owner_text), token.i)
        if token.lower_ not in PATRON_WORDS or token.i == start or doc[token.i - 1].text != "-":
            continue  # "the army, backed by jets": a patron only as a hyphenated modifier
        owner_start = token.i - 1  # the capitalised words before the hyphen ("Saudi Arabian")
        while (
            owner_start > start
            and doc[owner_start - 1].text[:1].isupper()
            and doc[owner_start - 1].dep_ != "det"  # "A Saudi-led coalition helicopter"
        ):
            owner_start -= 1
        owner = _state(doc[owner_start : token.i - 1].text) if owner_start < token.i - 1 else None
        return Patron(token.lower_, owner, owner_start)
    return None


def _state(text: str) -> Actor | None:
    owner = actor_of(text) if text else None
    return owner if owner is not None and owner.kind == "state" else None


def led_side(patron: Patron, found: Actor | None) -> Actor | None:
    """The side a "<state>-led" phrase names: what the words after the patron name (else a
    coalition), in the leading state's country."""
    if not patron.leads or patron.owner is None or patron.owner.country is None:
        return found
    if found is None:
        return Actor("Coalition", patron.owner.country, "MIL", "agent")
    return Actor(found.name, patron.owner.country, found.sector, found.kind)


def patron_side(head: Token, core: Span) -> Actor | None:
    """The side a phrase with a patron word names, or None when it has none (or names none)."""
    patron = patron_of(head, core)
    if patron is None:
        return None
    found = actor_of(head.doc[patron.start : head.i + 1].text)
    return led_side(patron, found)
