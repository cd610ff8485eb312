"""Who did, or was aimed at by, an act its noun names: the agent of a verb of doing ("an attack
carried out by the insurgents", "a missile fired from a drone"), the passive's agent beside it
("were killed by gunmen in an attack"), the side that claims it or is blamed for it, the
object of the weapon's own verb ("a rocket fired at the base")."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.role_parts import can_be_actor, flies, is_place_token
from loaders.extraction.events.syntax import children, lemma_of, prep_objects, subject_of

# verbs of doing an act: their agent did the act their noun names
PERFORM_VERBS = frozenset(
    {"carry", "conduct", "launch", "stage", "mount", "perpetrate", "commit", "claim", "lead",
     "execute", "orchestrate", "plan", "organise", "organize", "fire", "plant", "set"}
)  # fmt: skip


def performer(noun: Token) -> Token | None:
    """ "an attack carried out by the insurgents", "a car bomb claimed by the Islamic State
    group", "the raid was conducted by commandos", "an offensive led by the SDF": the agent of
    the verb of doing that the event noun hangs from."""
    blamed = blamed_for(noun)
    if blamed is not None:
        return blamed
    verbs = [c for c in noun.children if c.dep_ == "acl"]
    if noun.dep_ == "nsubjpass":
        verbs.append(noun.head)
    for verb in verbs:
        if lemma_of(verb) not in PERFORM_VERBS:
            continue
        agents = [o for c in children(verb, "agent") for o in children(c, "pobj")]
        if agents and not is_place_token(agents[0]):
            return agents[0]
    return launched_from(noun)


# verbs of sending a weapon off: the vehicle or the unit it left from is who sent it
LAUNCH_VERBS = frozenset({"fire", "launch", "drop"})


def launched_from(weapon: Token) -> Token | None:
    """ "a missile fired from a U.S. drone", "bombs dropped from army helicopters": what the
    weapon was sent from sent it ("rockets fired from Gaza" name a place, no doer)."""
    for verb in weapon.children:
        if verb.dep_ in ("acl", "relcl") and lemma_of(verb) in LAUNCH_VERBS:
            sources = [o for o in prep_objects(verb, ("from",)) if can_be_actor(o) or flies(o)]
            if sources and not is_place_token(sources[0]):
                return sources[0]
    return None


def passive_doer(noun: Token, effect: Token | None, found: set[int]) -> Token | None:
    """ "Nine villagers were killed by gunmen in an overnight attack": the passive's own agent
    did the act the noun of its "in"/"during" phrase names (not another act: "killed by
    shelling during an offensive"; not a place)."""
    if effect is None or noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during"):
        return None
    if noun.head.head.i != effect.i:
        return None
    agents = [o for c in children(effect, "agent") for o in children(c, "pobj")]
    agents = [a for a in agents if a.i != noun.i and a.i not in found and can_be_actor(a)]
    return agents[0] if agents and not is_place_token(agents[0]) else None


def aimed_at(noun: Token) -> list[Token]:
    """What a weapon or an attack described by its own verb was aimed at: "a rocket fired at
    the base", "a grenade that was hurled at the parliament building", "missiles launched
    against Kyiv"."""
    for verb in noun.children:
        if verb.dep_ in ("acl", "relcl") and verb.pos_ == "VERB":
            found = [
                o
                for o in prep_objects(verb, ("at", "on", "against", "toward", "towards"))
                if not is_place_token(o) and can_be_actor(o)
            ]
            if found:
                return found
    return []


CLAIM_VERBS = frozenset({"claim", "accept", "admit", "take", "bear"})
BLAME_VERBS = frozenset({"blame", "hold"})


def blamed_for(noun: Token) -> Token | None:
    """Who the words make answerable for the act: "Al Shabaab claimed responsibility for the
    attack" (the claimer), "the army blamed Boko Haram for the killings", "blamed the attack on
    the PKK" (the one blamed). Each is that side's report of the act, with its own claimant."""
    if noun.dep_ == "dobj" and lemma_of(noun.head) in BLAME_VERBS:
        on = prep_objects(noun.head, ("on",))
        return on[0] if on else None
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    holder = noun.head.head
    if lemma_of(holder) in ("responsibility", "credit") and holder.dep_ == "dobj":
        verb = holder.head
        return subject_of(verb) if lemma_of(verb) in CLAIM_VERBS else None
    if lemma_of(holder) in BLAME_VERBS:
        blamed = children(holder, "dobj")
        return blamed[0] if blamed else None
    return None
