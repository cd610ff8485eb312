"""Violence in which a crowd is a side is a riot (ACLED's Riots, PLOVER's PROTEST / riot), not a
battle between armed sides nor an armed group's attack on people (README "Event types", coding
rule "Unrest"): protesters who clash with police, rival crowds that fight, a mob that beats or
lynches people, riots that leave the dead. Live fire by police or troops on a crowd that does
not fight stays a killing (ACLED's excessive force against protesters); a fight in which a side
bears arms of its own (rebels, militants, gunmen) stays a battle. The word classes are in
event_triggers.yaml (`mobs`, `rioters`, `unrest_sides`, `civil_sides`, `armed_sides`,
`riot_words`, `state_forces`)."""

from __future__ import annotations

import re

from loaders.extraction.events.raw import RawEvent
from loaders.extraction.events.syntax import lemma_of
from loaders.extraction.events.triggers import TriggerBook

UNREST_TYPES = frozenset({"armed_clash", "killing"})
FIGHT_NOUNS = frozenset({"clash", "fight", "fighting", "battle", "skirmish", "confrontation"})
# sectors of a side that bears arms by what it is; UAF, "unidentified armed", is also what the
# tables give any unknown group of doers ("a mob", "villagers"), so its words decide
ARMED_GROUP_SECTORS = frozenset({"REB", "INS", "SEP"})
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def type_riot(event: RawEvent, book: TriggerBook) -> None:
    """Retype a battle or a killing whose sides say unrest ("opposition supporters clashed with
    police", "a mob lynched two men", "police shot dead a rioter", "the riots claimed five
    lives") as a riot."""
    if event.type not in UNREST_TYPES:
        return
    classes = book.classes
    actor, target = event.actor or {}, event.target or {}
    if _armed(actor, classes) or _armed(target, classes):
        return  # "rebels and their supporters clashed with troops": a battle
    state = classes.get("state_forces", frozenset())
    if event.type == "armed_clash":
        crowds = classes.get("unrest_sides", frozenset())
        civil = classes.get("civil_sides", frozenset())
        # the sides the roles did not keep count too: "Striking miners and police clashed"
        against_state = (
            _names(actor, state) or _names(target, state) or _crowd_at_trigger(event, state)
        )
        civil_side = (
            _names(actor, civil) or _names(target, civil) or _crowd_at_trigger(event, civil)
        )
        crowd = _names(actor, crowds) or _names(target, crowds) or _crowd_at_trigger(event, crowds)
        if crowd or (against_state and civil_side):
            event.type = "riot"
        return
    mobs = classes.get("mobs", frozenset())
    by_mob = _names(actor, mobs) and not _names(actor, state)  # not "soldiers and mobs"
    riot_word = _told_by_riot_word(event, classes.get("riot_words", frozenset()))
    on_rioters = _names(target, classes.get("rioters", frozenset()))
    if by_mob or on_rioters or (riot_word and not _names(actor, state)):
        event.type = "riot"


def _told_by_riot_word(event: RawEvent, words: frozenset[str]) -> bool:
    """ "A mob lynched", "the riots left five dead", "rioting claimed 40 lives": the trigger or
    the subject of the verb that tells the deaths is a riot word."""
    trigger = event.trigger
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    told = [trigger, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))]
    return any(t.lower_ in words or lemma_of(t) in words for t in told)


def _words(ref: dict) -> set[str]:
    """The words of a side, plurals also read as their singular ("miners": miner)."""
    words = set(_WORD.findall((ref.get("text") or "").lower()))
    return words | {word[:-1] for word in words if word.endswith("s")}


def _names(ref: dict, words: frozenset[str]) -> bool:
    return bool(ref) and not _words(ref).isdisjoint(words)


def _armed(ref: dict, classes: dict[str, frozenset[str]]) -> bool:
    """A side that bears arms of its own: a non-state armed group by its sector or kind, or
    named by an armed word."""
    if not ref:
        return False
    if ref.get("kind") == "armed_group" or ref.get("sector") in ARMED_GROUP_SECTORS:
        return True
    return _names(ref, classes.get("armed_sides", frozenset()))


def _crowd_at_trigger(event: RawEvent, sides: frozenset[str]) -> bool:
    """ "Clashes between police and protesters", "fought in clashes with demonstrators", "clashes
    between police and people protesting the vote": the sides the roles did not keep, read from
    the trigger's own subject and its "with" or "between" objects (also those of a fight noun it
    governs), their conjuncts and the words that describe them."""
    trigger = event.trigger
    heads = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    fights = [trigger]
    for prep in trigger.children:
        if prep.dep_ == "prep":
            fights.extend(c for c in prep.children if lemma_of(c) in FIGHT_NOUNS)
    for fight in fights:
        # "clashes between police and people protesting the vote": the parse may hang the
        # participle that names a side on the fight noun itself
        heads.extend(c for c in fight.children if c.dep_ == "acl" and c.i > fight.i)
        for prep in fight.children:
            if prep.dep_ == "prep" and prep.lower_ in ("with", "between", "among"):
                heads.extend(c for c in prep.children if c.dep_ == "pobj")
    for head in heads:
        for side in (head, *head.conjuncts):
            described = [c for c in side.children if c.dep_ in ("acl", "amod", "compound")]
            for token in (side, *described):
                if token.lower_ in sides or lemma_of(token) in sides:
                    return True
    return False
