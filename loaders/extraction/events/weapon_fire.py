"""Fire that is shot, not a blaze: "an exchange of fire", "mortar fire", "a hail of gunfire".

A toll whose cause names fire is a disaster's ("a fire at a factory killed 17") unless the fire
is weapons' fire: the object of a noun of shooting back and forth or in bursts, or fire named by
its weapon. Such a toll is the event's (an "exchange of fire ... left three guerrillas dead").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from loaders.extraction.events.syntax import lemma_of, words

FIRE_WORDS = words("fire fires")
# nouns whose "of" object is fire shot at someone: "an exchange of fire", "a hail of fire"
VOLLEY_NOUNS = words(
    "exchange exchanges hail volley volleys barrage barrages burst bursts salvo salvos rain "
    "round rounds spray"
)
# words that name the weapon or the side firing: "mortar fire", "sniper fire", "enemy fire"
WEAPON_MODIFIERS = words(
    "artillery mortar mortars tank tanks gun guns machine-gun machinegun sniper snipers rocket "
    "rockets cannon naval anti-aircraft antiaircraft automatic small-arms enemy "
    "cross hostile friendly helicopter gunship howitzer shell rifle rifles grenade"
)


def is_weapon_fire(token: Token) -> bool:
    """ "fire" in "an exchange of fire", "heavy mortar fire", "sniper fire"."""
    if token.lower_ not in FIRE_WORDS or token.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(
        c.dep_ in ("compound", "amod", "nmod") and lemma_of(c) in WEAPON_MODIFIERS
        for c in token.children
    ):
        return True
    return volley_of(token) is not token


def without_weapon_fire(cause_words: set[str], cause: Iterable[Token]) -> set[str]:
    """The cause's words less "fire" when the fire named is weapons' fire."""
    if any(is_weapon_fire(t) for t in cause):
        return cause_words - FIRE_WORDS
    return cause_words


def volley_of(token: Token) -> Token:
    """The noun whose frame holds the sides of fire shot back and forth: "exchange" in "an
    exchange of fire between troops and guerrillas"; else the token itself."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and lemma_of(head.head) in VOLLEY_NOUNS:
        return head.head
    return token
