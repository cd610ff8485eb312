"""What the role builders share: effect verbs and agent nouns, the event a trigger starts
once its type is settled, and tests of a token or an actor (can it be an actor, is it a
place, is it a state's or a non-state force)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.actors import Actor
from loaders.extraction.events.instruments import instrument_type
from loaders.extraction.events.place_names import gazetteer_place
from loaders.extraction.events.raw import RawEvent
from loaders.extraction.events.reporters import doer_not_reporter
from loaders.extraction.events.syntax import lemma_of, words
from loaders.extraction.events.target_heads import bare_count
from loaders.extraction.events.targets import (
    DEVICE_WORDS,
    WEAPON_WORDS,
    armed_if_civilian,
    is_settlement,
    placed_group,
)
from loaders.extraction.events.triggers import (
    PLACE_OBJECT_WORDS,
    Trigger,
    TriggerBook,
    cue_type,
    to_death,
    trigger_for,
)
from loaders.extraction.mentions import AIRCRAFT
from loaders.extraction.referents import PLACE_LABELS, Referents, actor_of, ent_at, place_of

EFFECT_LEMMAS = frozenset(
    {"kill", "hit", "strike", "target", "destroy", "wound", "injure", "pound", "damage", "level"}
    | {"rock", "rip", "tear", "shake"}  # "a blast rocked the capital, Colombo"
    | {"explode", "detonate"}  # "a car bomb exploded": the bomb names the event
)


HIT_LEMMAS = EFFECT_LEMMAS - {"explode", "detonate"}  # what they hit can be a weapon


MEANS_TYPES = frozenset({"air_strike", "shelling", "missile_attack", "bombing", "suicide_bombing"})


TERRITORY_TYPES = frozenset({"territory_capture", "territory_loss"})


# the vehicle driven is the weapon; what it is driven into is hit
RAM_VERBS = frozenset({"drive", "ram", "crash", "plough", "plow", "smash", "steer", "slam"})
AGENT_NOUNS = words("bomber bombers gunman gunmen attacker attackers assailant assailants")
REFLEXIVES = words("himself herself themselves itself myself ourselves yourself")
ARMED_MEN = words("men militants fighters rebels insurgents guerrillas raiders bandits")
STRIKE_TYPES = frozenset({"air_strike", "shelling", "missile_attack"})


BY_AIR = frozenset({"bombing", "shelling", "missile_attack", "killing", "armed_clash"})
# a craft downed ("jets shot down a fighter"): a fight in the air, not a strike on the ground
AIR_COMBAT = frozenset({"shoot down", "down"})


def flies(actor_token: Token) -> bool:
    """ "Israeli drones", "Turkish F-16 jets", "the air force": an aircraft or an air arm."""
    words_before = {t.lower_ for t in actor_token.children if t.dep_ == "compound"}
    return (
        actor_token.lower_ in AIRCRAFT
        or lemma_of(actor_token) in AIRCRAFT
        or (actor_token.lower_ == "force" and "air" in words_before)
    )


GROUND_FORCES = words(
    "troop troops soldier soldiers police policeman policemen commando commandos marine marines "
    "infantry gendarme gendarmes paratrooper paratroopers ranger rangers"
)


def on_foot(actor_token: Token | None, actor: dict | None) -> bool:
    """Troops, police and commandos raid on the ground, not from the air."""
    if actor_token is None:
        return False
    if lemma_of(actor_token) in GROUND_FORCES or actor_token.lower_ in GROUND_FORCES:
        return True
    security = actor_token.lower_ == "forces" and any(
        c.lower_ in ("security", "special", "ground") for c in actor_token.children
    )
    return security or bool(actor and actor.get("sector") == "COP")


ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "SEP", "UAF", "IMG", "COP", "SPY"})
STATE_FORCES = frozenset({"MIL", "COP"})
REBEL_SECTORS = frozenset({"REB", "INS", "SEP", "UAF", "IMG"})  # armed, not the state's
BATTLE_TYPES = frozenset({"armed_clash", "ground_offensive"})


def typed_event(
    token: Token,
    trigger: Trigger,
    context: list[Token],
    sentence: Span,
    book: TriggerBook,
    referents: Referents,
    speaker: Actor | None,
    actor_token: Token | None,
    covered: set[int],
) -> RawEvent | None:
    """The event a trigger starts, once its type is settled: a generic trigger ("attack")
    takes its type from cue words around it (else in the sentence); a state actor may change
    it (``state_actor_type``). None when no type can be told."""
    event_type = trigger.type
    if trigger.type is None or trigger.refine:
        refined = cue_type(context, trigger, book)
        if refined is None and trigger.type is None:
            refined = cue_type(list(sentence), trigger, book)
        event_type = refined or event_type
    if event_type is None:
        return None
    event_type = instrument_type(token, event_type, book) or event_type  # "a landmine killed"
    if event_type == "armed_clash" and to_death(token):
        event_type = "killing"  # "machine-gunning his bodyguards to death": the death tells it
    if actor_token is not None and undecided(actor_token):
        actor_token = None  # "either Russian or Syrian warplanes": no side is named
    if actor_token is not None and lemma_of(actor_token) in DEVICE_WORDS:
        actor_token = None  # "after a suicide vest exploded": a device does nothing itself
    actor = None if actor_token is None else referents.actor(actor_token, speaker, as_doer=True)
    actor = doer_not_reporter(actor, actor_token, referents)  # "it said it had raided"
    actor = placed_group(armed_if_civilian(actor, referents), referents)
    if actor is not None and actor.get("name") is None and is_relative(actor_token):
        actor = None  # "a blast that killed 22": the pronoun names no one of its own
    if actor is not None and actor.get("name") is None and bare_count(actor):
        actor = None  # "including 32 who stormed the mosque": a number names nobody
    if trigger.state_actor_type and state_force(actor) and event_type == trigger.type:
        event_type = trigger.state_actor_type
    if trigger.nonstate_actor_type and event_type == trigger.type and nonstate_force(actor):
        event_type = trigger.nonstate_actor_type
    # "Israeli drones struck a car", "American drones killed a commander" (a participle's
    # deaths, "jets struck a base, killing 20", are the casualties of the strike told before)
    # ("helicopters strafed a column, killing 30": no event told before, the aircraft kill)
    told_before = (
        event_type == "killing"
        and token.dep_ in ("advcl", "conj", "xcomp", "acl")
        and trigger_for(token.head, book) is not None
    )
    by_air = event_type in BY_AIR and trigger.lemma not in AIR_COMBAT
    if by_air and actor_token is not None and flies(actor_token) and not told_before:
        event_type = "air_strike"
    elif event_type == "air_strike" and trigger.lemma == "raid" and on_foot(actor_token, actor):
        event_type = "armed_clash"  # "security forces killed five militants in a raid"
    inferred = trigger.type is None
    return RawEvent(
        event_type, token, sentence, actor=actor, inferred_type=inferred, tokens=covered
    )


def undecided(token: Token) -> bool:
    """ "either Russian or Syrian warplanes", "Russian or Syrian jets": alternatives name no one
    ("the Jaysh al-Islam or Islam army" gives a second name, not a second side)."""
    return any(
        t.lower_ == "either" or (t.lower_ == "or" and t.dep_ == "cc" and t.head.dep_ == "amod")
        for t in token.subtree
    )


RELATIVE_PRONOUNS = words("that which who whom")


def is_relative(token: Token | None) -> bool:
    return token is not None and token.lower_ in RELATIVE_PRONOUNS and token.tag_ in ("WDT", "WP")


# nouns of a way or a line: where an act happens, never whom it hits
WHERE_NOUNS = words("border frontier front frontline street streets road roads outskirts outskirt")


# unrest and its repression named as a whole: "the crackdown killed 12", "the riots claimed
# five lives" name what happened, not who did it
UNREST_NOUNS = words(
    "crackdown repression suppression dispersal riot rioting unrest violence protest "
    "demonstration uprising upheaval turmoil"
)


# times of day and the like, which "at", "on" and "during" also take
TIME_NOUNS = words(
    "way time day night morning evening afternoon dawn dusk daybreak nightfall midnight noon "
    "midday sunrise sunset twilight weekend"
)


def can_be_actor(token: Token) -> bool:
    """Dates and bare numbers parsed as objects ("announced an offensive on Thursday")."""
    if lemma_of(token) in TIME_NOUNS or token.lower_ in TIME_NOUNS:
        return False  # "ambushed on his way home", "attacked at night", "at dawn"
    if lemma_of(token) in WHERE_NOUNS:
        return False  # "fighting on the disputed border", "an attack on the streets of Amman"
    hit = token.dep_ in ("dobj", "nsubjpass") and lemma_of(token.head) in HIT_LEMMAS
    if token.lower_ in REFLEXIVES or (lemma_of(token) in WEAPON_WORDS and not hit):
        return False  # "blew herself up", "fought with tanks" ("hit a car bomb" is a target)
    if any(c.lower_.endswith(("laden", "trapped")) or packed_with(c) for c in token.children):
        return False  # "two explosives-laden cars", "a car packed with explosives": bombs
    return token.ent_type_ not in ("DATE", "TIME", "PERCENT", "MONEY", "ORDINAL") and not (
        token.like_num and token.dep_ != "nsubjpass"
    )


PACKING_LEMMAS = frozenset({"pack", "load", "rig", "fill", "stuff", "lace", "wire", "cram"})
EXPLOSIVE_WORDS = DEVICE_WORDS | words("explosive explosives dynamite tnt shrapnel nails")


def packed_with(modifier: Token) -> bool:
    """ "a car packed with explosives", "a truck loaded with dynamite": the vehicle is the bomb."""
    return (
        modifier.dep_ == "acl"
        and lemma_of(modifier) in PACKING_LEMMAS
        and any(
            lemma_of(o) in EXPLOSIVE_WORDS or o.lower_ in EXPLOSIVE_WORDS
            for p in modifier.children
            if p.dep_ == "prep" and p.lower_ == "with"
            for o in p.children
        )
    )


def place_like(token: Token) -> bool:
    if lemma_of(token) in PLACE_OBJECT_WORDS or token.lower_ in PLACE_OBJECT_WORDS:
        return True
    if is_settlement(token) or named_by_place(token):
        return True  # "the port of Harardhere", "the Somali capital"
    ent = ent_at(token)
    return (ent is not None and ent.label_ in PLACE_LABELS) or gazetteer_place(token)


SITE_WORDS = words("port harbour harbor airport airfield base dam bridge mine oilfield site")


def named_by_place(token: Token) -> bool:
    """ "the port of Harardhere", "the airport of Kandahar": a site named by its place."""
    return lemma_of(token) in SITE_WORDS and any(
        o.dep_ == "pobj" and o.pos_ == "PROPN"
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
    )


def state_force(actor: dict | None) -> bool:
    """A state or its forces ("Russia bombed", "the US-led coalition bombing")."""
    return bool(actor) and (actor.get("kind") == "state" or actor.get("sector") in ("MIL", "GOV"))


def nonstate_force(actor: dict | None) -> bool:
    """A non-state armed side ("gunmen", "armed attackers", "IS"): no aircraft of its own."""
    if not actor:
        return False
    words = (actor.get("text") or "").lower().split()
    return (
        actor.get("kind") == "armed_group"
        or (
            actor.get("sector") in ("REB", "INS", "SEP", "UAF", "IMG", "CRM")
            and (not actor.get("country") or actor.get("kind") == "agent")  # "Syrian rebels"
        )
        or (not actor.get("sector") and bool(words) and words[-1] in AGENT_NOUNS | ARMED_MEN)
    )


# adjectives of size, order and force that a name dictionary may hold ("Major" the rank or
# the prime minister): "a major offensive" names no actor
SIZE_ADJECTIVES = words(
    "major minor big large huge massive new fresh renewed heavy fierce deadly bloody brutal "
    "first second third last latest final early late sustained coordinated general"
)


def actor_like(token: Token, referents: Referents) -> bool:
    if token.pos_ not in ("ADJ", "PROPN", "NOUN"):
        return False
    if token.pos_ == "ADJ" and token.is_lower and token.lower_ in SIZE_ADJECTIVES:
        return False
    ref = referents.actor(token)
    return ref["name"] is not None and ref.get("kind") != "agent" and not is_place_token(token)


def is_place_token(token: Token) -> bool:
    ent = ent_at(token)
    if ent is None:
        return False
    return ent.label_ in ("PLACE", "LOC", "FAC") or (
        ent.label_ == "GPE" and place_of(ent.text) is not None and token.dep_ == "pobj"
    )


def place_named_beside_doer(noun: Token, modifier: Token, effect: Token | None) -> bool:
    """ "Jihadists kill 30 villagers in Burkina Faso attack": a place name compounded before the
    event noun of an adjunct is where, when the verb of effect it hangs on (or hangs on that
    verb's object) has its own subject."""
    name = ent_at(modifier)
    if modifier.dep_ != "compound" or noun.dep_ != "pobj" or name is None:
        return False
    if name.label_ not in PLACE_LABELS and place_of(name.text) is None:
        return False  # ("in a Taliban attack": the doer's name)
    verb = effect or noun.head.head
    if verb.pos_ != "VERB":
        verb = verb.head  # "kill [30 villagers in X attack]"
    return lemma_of(verb) in EFFECT_LEMMAS and any(c.dep_ == "nsubj" for c in verb.children)


def not_its_doer(noun: Token, child: Token, effect: Token | None) -> bool:
    """ "a Scud missile": an unknown name before a weapon is its model; "Jihadists kill 30
    villagers in Burkina Faso attack": a place, when the clause's verb names its own doer."""
    if lemma_of(noun) in WEAPON_WORDS and child.pos_ == "PROPN" and actor_of(child.text) is None:
        return True
    return place_named_beside_doer(noun, child, effect)
