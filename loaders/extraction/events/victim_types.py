"""An event's type from whom it hit: deadly violence on people who do not fight is a killing,
deaths of fighters on both sides a battle (ACLED's and the dev sets' coding rule "Types")."""

from __future__ import annotations

from loaders.extraction.events.one_sided import (
    FIGHTING_SECTORS,
    forces_attacked,
    on_unarmed_people,
)
from loaders.extraction.events.raw import RawEvent
from loaders.extraction.events.role_parts import (
    ARMED_SECTORS,
    BATTLE_TYPES,
    REBEL_SECTORS,
    STATE_FORCES,
)
from loaders.extraction.events.syntax import lemma_of, with_conjuncts
from loaders.extraction.events.target_heads import BUILDING_WORDS
from loaders.extraction.events.toll_links import killed_in_attack
from loaders.extraction.events.weapon_fire import volley_of

# exchanges of fire ("an exchange of gunfire" read on its noun of volleys): two-sided whoever
# the dead ("killed 15 cartel gunmen in a shootout")
FIREFIGHT_NOUNS = frozenset(
    {"gunfight", "firefight", "gunbattle", "shootout", "shoot-out", "crossfire"}
)
TWO_SIDED = (
    frozenset({"clash", "fight", "fighting", "battle", "skirmish", "exchange"}) | FIREFIGHT_NOUNS
)
UNARMED_VICTIMS = frozenset(
    {"CVL", "REL", "EDU", "HLH", "REF", "BUS", "OPP", "GOV", "MED", "AGR", "LAB", "NGO"}
)


def type_by_victims(event: RawEvent) -> None:
    """ "Gunmen opened fire on worshippers, killing 50", "militants attacked a village, killing
    12 civilians": deadly violence against people who do not fight is a killing (ACLED's
    violence against civilians), not a battle; a battle needs two armed sides, as when rebels
    kill soldiers or police."""
    target = event.target or {}
    sector = target.get("sector")
    actor = event.actor or {}
    if (
        event.type == "killing"
        and sector in STATE_FORCES
        and (event.killed is not None and (event.killed.low or 0) >= 2)  # not one assassinated
        and (
            actor.get("sector") in REBEL_SECTORS
            or actor.get("kind") == "armed_group"
            or (actor.get("text") or "").lower() in ("they", "we")  # the rebels' own account
            or (not actor.get("text") and killed_in_attack(event.trigger))
        )
    ):
        event.type = "armed_clash"  # "rebels killed 25 policemen in an ambush": a battle
        return
    if event.type == "killing" and _combatants_killed(event, actor, sector):
        event.type = "armed_clash"  # "troops killed 10 of the attackers", "killed in combat"
        return
    if event.type == "killing" and forces_attacked(event, actor):
        event.type = "armed_clash"  # "ambushed a column of interior ministry troops, killing 20"
        return
    if event.type == "armed_clash" and _fired_on_people(event):
        event.type = "killing"  # "soldiers opened fire on protesters": no one fights back
        return
    if event.type in BATTLE_TYPES and event.killed is None and _one_official_killed(event):
        event.type = "killing"  # "ambushed and killed the British High Commissioner"
        return
    if event.type in BATTLE_TYPES and event.killed is None:
        hurt = getattr(event, "wounded_sector", None)
        armed_hit = sector in FIGHTING_SECTORS  # "attacked an army base, wounding two civilians"
        if (
            hurt in UNARMED_VICTIMS
            and not armed_hit
            and lemma_of(volley_of(event.trigger)) not in TWO_SIDED
        ):
            event.type = "killing"  # "gunmen attacked a market, wounding 20 traders"
        return
    if event.type not in BATTLE_TYPES or event.killed is None or event.killed.low is None:
        return
    if lemma_of(volley_of(event.trigger)) in TWO_SIDED:
        return  # "militiamen and guerrillas fought ..., 60 people were killed": a battle
    armed = sector in ARMED_SECTORS or target.get("kind") == "armed_group"
    victims = getattr(event, "victims", None)  # "a baby and two other civilians": people
    one_person = (
        not sector
        and bool(target.get("text"))
        and (event.killed.low == 1 or (victims is not None and victims.tag_ == "NN"))
    )
    dead_fighters = (
        getattr(event, "victims_sector", None) in ARMED_SECTORS
    )  # "left 20 soldiers dead"
    if (sector and not armed and not dead_fighters) or one_person:
        event.type = "killing"  # "a party member was killed in an ambush"
    elif not sector and getattr(event, "victims_sector", None) in UNARMED_VICTIMS:
        event.type = "killing"  # "an attack on a village that left 22 civilians dead"


def battle_on_people(event: RawEvent) -> None:
    """Before merging: "was killed when assailants gunned him down in an ambush" is one killing
    once the ambush of a party leader is typed by its victim (other retypings wait)."""
    told = event.type
    if told in BATTLE_TYPES:
        type_by_victims(event)
        if event.type != "killing":
            event.type = told


COMBAT_WORDS = frozenset({"combat", "fighting", "clash", "battle", "skirmish"}) | FIREFIGHT_NOUNS
# a side's operations against armed men: "terrorists were killed during army operations"
OPERATION_WORDS = frozenset({"operation", "offensive", "confrontation", "engagement", "assault"})
# victims who no longer fight: one-sided violence, not a battle ("captured rebels", "unarmed
# fighters"); "suspected militants" killed in a raid are a battle, as ACLED codes them
DISARMED_WORDS = frozenset({"captured", "detained", "unarmed", "surrendered", "disarmed"})


def _combatants_killed(event: RawEvent, actor: dict, sector: str | None) -> bool:
    """Deaths of fighters at the hands of an armed side ("its soldiers had killed 10 of the
    attackers", "rebels killed 20 Nusra Front fighters"), during a side's operations, or "in
    combat": a battle, as ACLED (armed actors against armed actors) and the dev sets code
    them (README "Rules worth knowing", armed against armed)."""
    trigger = event.trigger
    target_words = set(((event.target or {}).get("text") or "").lower().split())
    if sector in REBEL_SECTORS and target_words & DISARMED_WORDS:
        return False  # "executed five captured rebels": captives, not a fight
    armed_victims = sector in ARMED_SECTORS
    fight_words = COMBAT_WORDS | (OPERATION_WORDS if armed_victims else frozenset())
    verbs = with_conjuncts(trigger)  # "killed and wounded"
    in_combat = any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "during")
        and any(o.lemma_.lower() in fight_words for o in c.children if o.dep_ == "pobj")
        for verb in verbs
        for c in verb.children
    )
    # forces (not "an army officer" killing two militants "in cold blood", nor "the killings
    # of six suspected militant leaders") killing fighters
    forces = (actor.get("text") or "").lower().split()[:1] not in (["a"], ["an"])
    armed_doer = actor.get("sector") in ARMED_SECTORS or actor.get("kind") == "armed_group"
    armed_on_fighters = armed_doer and sector in REBEL_SECTORS and trigger.pos_ == "VERB" and forces
    return in_combat or armed_on_fighters


def _fired_on_people(event: RawEvent) -> bool:
    """One-sided violence on people who do not fight ("troops fired on protesters", "gunmen
    attacked worshippers", "was injured in an attack by unknown assailants"), told with no
    fighting back: not a battle (events/one_sided.py)."""
    if lemma_of(volley_of(event.trigger)) in TWO_SIDED:
        return False
    return on_unarmed_people(event.target, BUILDING_WORDS)


ASSASSINATION_VERBS = frozenset({"kill", "murder", "slay", "assassinate"})


def _one_official_killed(event: RawEvent) -> bool:
    """An ambush or attack told with a killing of one person who does not fight ("Communist
    terrorists ambushed and killed the British High Commissioner", "gunmen attacked and killed
    a judge"): a targeted killing, not a battle, though no count was read."""
    target = event.target or {}
    words = (target.get("text") or "").lower().split()
    if target.get("sector") not in UNARMED_VICTIMS or not words:
        return False
    if words[0] not in ("the", "a", "an") or words[-1].endswith("s"):
        return False  # "the villagers", "two judges": a group, left to the counts
    trigger = event.trigger
    told = with_conjuncts(trigger)
    return any(lemma_of(t) in ASSASSINATION_VERBS for t in told)
