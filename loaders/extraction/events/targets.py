"""Who an attack hits: the side that holds the positions hit, a place object that is where
and not whom, the armed opponents of a government the attacker props up."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from loaders.extraction.actors import Actor, resolve_actor
from loaders.extraction.events.syntax import children, lemma_of, words
from loaders.extraction.referents import Referents, actor_of, actor_ref, ent_at, place_of

# "strikes (were) aimed at propping up Assad", "raids to defend the regime"


BACKING_LEMMAS = frozenset({"prop", "shore", "bolster", "support", "defend", "protect", "save"})


PURPOSE_LEMMAS = frozenset({"aim", "design", "intend", "mean", "seek"})


def opponents_of_backed_government(
    subject: Token, referents: Referents, speaker: Actor | None
) -> dict | None:
    """Strikes whose stated purpose is to prop up a government hit that government's armed
    opponents: "80 to 90 percent of Russian strikes were aimed at propping up Assad" claims
    Russia is striking Syria's rebels. The target is inferred, so it has no words (offsets null).
    """
    if subject.dep_ == "pobj" and subject.head.lower_ == "of":
        subject = subject.head.head  # "90 percent of Russian strikes were aimed at..."
    purpose = subject.head if subject.dep_ in ("nsubj", "nsubjpass") else None
    if purpose is None or lemma_of(purpose) not in PURPOSE_LEMMAS:
        return None
    for backing in purpose.subtree:
        if lemma_of(backing) not in BACKING_LEMMAS or backing.pos_ != "VERB":
            continue
        backed = children(backing, "dobj")
        if not backed:
            continue
        government = referents.actor(backed[0], speaker)
        if government.get("sector") in ("GOV", "MIL") and government.get("country"):
            rebels = resolve_actor("rebels")  # as "Syrian rebels" resolves: the same entity
            if rebels is not None:
                opponents = dataclasses.replace(rebels, country=government["country"])
                return actor_ref(opponents, None, None, None)
    return None


SETTLEMENT_WORDS = words(
    "town city village hamlet area district neighbourhood neighborhood region province suburb "
    "suburbs countryside locality outskirts capital centre center heart slopes slope valley "
    "coast island islands"
)


def is_settlement(token: Token) -> bool:
    """A place as an object: "the town of Adigrat", "Kharkiv" (a town or province the
    gazetteer knows, not a country, which may be a state actor)."""
    if lemma_of(token) in SETTLEMENT_WORDS and not any(
        c.dep_ in ("compound", "amod") and c.lower_ in ("refugee", "military", "army", "rebel")
        for c in token.children
    ):
        return True
    ent = ent_at(token)
    if ent is None or ent.label_ in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
        return False
    if any(c.dep_ == "amod" and c.lower_ in COMPASS for c in token.children):
        return True  # "northern Israel": a region of the country, not the state
    place = place_of(ent.text)
    # a capital standing for its government ("Riyadh") is, as an object of attack, a city
    actor = actor_of(ent.text)
    metonym = actor is not None and actor.kind == "state" and _is_capital_of(ent.text, actor)
    if place is None:
        # a named place the gazetteer lacks ("Stepanakert"), when no actor has that name
        return ent.label_ in ("GPE", "LOC", "FAC", "PLACE") and (actor is None or metonym)
    return place.precision in ("city", "site", "admin1") and (
        ent.label_ in ("GPE", "PLACE", "LOC", "FAC") or actor is None or metonym
    )


COMPASS = words(
    "northern southern eastern western northeastern northwestern southeastern southwestern "
    "central north south east west"
)
HOLDING_WORDS = words(
    "position positions base bases hideout hideouts camp camps stronghold strongholds post "
    "posts target targets headquarters depot depots convoy convoys checkpoint checkpoints "
    "outpost outposts fighter fighters unit units gathering gatherings hotbed hotbeds "
    "fortification fortifications den dens lair lairs facility facilities"
)


def target_ref(token: Token, referents: Referents, speaker: Actor | None) -> dict:
    """The target of an attack; "rebel positions", "Hamas bases", "positions of the
    terrorists", "gatherings and positions of Nusra", "oil facilities held by IS": the side that
    holds them, before any other name of the phrase ("in Syria")."""
    ref = referents.actor(token, speaker)
    if lemma_of(token) not in HOLDING_WORDS:
        return ref
    for holding in (token, *token.conjuncts):
        for child in _holder_words(holding):
            holder = referents.actor(child, speaker)
            if holder.get("name") is not None:
                return {**holder, "text": ref["text"], "start": ref["start"], "end": ref["end"]}
    return ref


def _holder_words(holding: Token) -> list[Token]:
    """Words that may name who holds a holding: its modifiers, "of X", "held by X"."""
    found = [c for c in holding.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    for child in holding.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            found += children(child, "pobj")
        elif child.dep_ == "acl":  # "held by IS", "run by the group"
            for agent in children(child, "agent"):
                found += children(agent, "pobj")
    return found


def _is_capital_of(text: str, state: Actor) -> bool:
    """A name that resolves to a state without being the state's name or its people's."""
    name = text.lower().removeprefix("the ")
    return name != (state.name or "").lower() and not name.startswith(
        (state.name or "?").lower()[:4]
    )
