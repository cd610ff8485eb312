"""One-sided violence on people who do not fight is a killing, whoever does it; an attack that
kills several of a unit of soldiers or police is a battle.

ACLED's violence against civilians (and its excessive force against protesters) is one-sided:
"soldiers opened fire on protesters", "a lawmaker was injured in an attack by unknown
assailants", "40 workers were injured in the latest attack". The trigger words of such acts
(attack, fire, raid, assault) type a battle by default; a battle needs two armed sides, so an
act whose target is a people group or a person of an unarmed sector is retyped a killing,
with or without a named doer and with or without deaths. Who did it does not matter: police,
troops, gunmen, a mob that got past the riot senses, or no one named. A two-sided word
(clash, fight, battle) stays a battle, and a building, a place or an armed side hit stays what
its trigger says.
"""

from __future__ import annotations

from typing import Any

from loaders.extraction.events.raw import RawEvent
from loaders.extraction.events.role_parts import REBEL_SECTORS
from loaders.extraction.events.syntax import lemma_of, words

# sectors of people who take up arms, and criminals, who may shoot back
FIGHTING_SECTORS = frozenset({"MIL", "REB", "INS", "SEP", "UAF", "IMG", "COP", "SPY", "CRM"})
# people named by their office whom the actor tables give a state's sector and kind "state"
# ("a Lithuanian lawmaker", "the city's mayor"): the person is hit, not the state
OFFICE_HOLDERS = words(
    "lawmaker lawmakers legislator legislators mp mps senator senators deputy deputies "
    "congressman congresswoman councillor councillors councilor councilors mayor mayors "
    "governor minister ministers official officials judge judges prosecutor prosecutors "
    "magistrate diplomat diplomats ambassador envoy politician politicians candidate "
    "candidates activist activists spokesman spokeswoman aide aides"
)


# people who do not fight, and words of armed people that outweigh them ("armed villagers")
UNARMED_WORDS = words(
    "civilians villagers women children schoolchildren schoolgirls students pupils mourners "
    "worshippers pilgrims refugees displaced protesters demonstrators marchers passengers "
    "shoppers farmers peasants workers residents families people crowd crowds inhabitants "
    "townspeople commuters spectators worshipers parishioners congregation congregants "
    "tourists journalists patients nurses doctors teachers monks nuns priests migrants "
    "fishermen herders traders shopkeepers pedestrians bystanders motorists guests diners "
    "voters babies infants girls boys elderly"
)
ARMED_WORDS = words(
    "armed soldiers troops police policemen militants fighters rebels gunmen guerrillas "
    "insurgents militiamen militia guards"
)


def on_unarmed_people(target: dict[str, Any] | None, building_words: frozenset[str]) -> bool:
    """The target is people who do not fight: a people group or a person of an unarmed sector
    ("protesters", "40 workers", "a black man"), or an office holder the tables read as a
    state ("a Lithuanian lawmaker"); never a building or an armed side."""
    target = target or {}
    words = (target.get("text") or "").lower().split()
    sector = target.get("sector")
    named_side = target.get("kind") in ("state", "armed_group")
    if words and sector is None and not named_side and words[-1] not in building_words:
        # "thousands of black schoolchildren protesting", "displaced Hutus": a group no table
        # names, told by words of people who do not fight
        return bool(UNARMED_WORDS.intersection(words)) and not ARMED_WORDS.intersection(words)
    if not words or words[-1] in building_words or sector in (None, *FIGHTING_SECTORS):
        return False
    if target.get("kind") == "agent":
        return True
    return target.get("kind") == "state" and words[-1] in OFFICE_HOLDERS


ATTACK_WORDS = frozenset({"attack", "assault", "ambush", "raid", "gunfire"})


def forces_attacked(event: RawEvent, actor: dict[str, Any]) -> bool:
    """An attack on soldiers or police, by an armed side or by no one named, that killed
    several ("ambushed a column of troops, killing 20", "12 policemen were killed in gunfire
    assaults at a police station"): ACLED's battles, as the coding rule "Types" has it. The
    victims are told by the words of armed people (a unit of them: "a column of troops")."""
    text = ((event.target or {}).get("text") or "").lower().split()
    armed = bool(ARMED_WORDS.intersection(text)) and not UNARMED_WORDS.intersection(text)
    doc = event.trigger.doc
    attacked = any(lemma_of(doc[i]) in ATTACK_WORDS for i in event.tokens | {event.trigger.i})
    several = event.killed is not None and (event.killed.low or 0) >= 2
    unnamed_or_armed = not actor or actor.get("sector") in REBEL_SECTORS
    return armed and attacked and several and unnamed_or_armed
