"""Type, actor and target of an event from the parse of its trigger verb; a means noun's
events are built in ``means``."""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.events.casualties import add_casualties
from loaders.extraction.events.event_dates import date_phrase
from loaders.extraction.events.governing_dates import governing_year
from loaders.extraction.events.hit_objects import (
    antecedent_of_part,
    antecedent_of_pronoun,
    building_of_part,
    facility_at,
    hit_or_hurt,
    left_dead,
    with_left_dead,
    without_death_word,
)
from loaders.extraction.events.means import build_means
from loaders.extraction.events.means_phrases import means_behind
from loaders.extraction.events.noun_agents import launched_from
from loaders.extraction.events.place_date import locate
from loaders.extraction.events.raw import RawEvent
from loaders.extraction.events.role_parts import (
    HIT_LEMMAS,
    RAM_VERBS,
    REFLEXIVES,
    TERRITORY_TYPES,
    UNREST_NOUNS,
    can_be_actor,
    is_place_token,
    place_like,
    typed_event,
)
from loaders.extraction.events.shared_objects import shared_object
from loaders.extraction.events.syntax import (
    children,
    is_passive,
    lemma_of,
    modifier_words,
    participle_objects,
    prep_objects,
    subject_of,
    words,
)
from loaders.extraction.events.target_heads import bare_count
from loaders.extraction.events.targets import (
    DEVICE_WORDS,
    WEAPON_WORDS,
    bodies_counted,
    is_settlement,
    named_object,
    other_side_of_territory,
    second_side,
    target_ref,
)
from loaders.extraction.events.triggers import Trigger, TriggerBook, death_told, to_death
from loaders.extraction.place_objects import ground_object, known_town_object
from loaders.extraction.referents import Referents, noun_phrase

# verbs whose passive subject is the weapon, not the target ("rockets were fired")
LAUNCH_VERBS = frozenset({"fire", "launch", "drop", "lob", "hurl"})
# verbs whose object is what was hit, whose words say nothing of the kind of attack ("attacked
# an army post" is no ground offensive, "attacked an air base" no air strike)
TARGET_OBJECT_VERBS = frozenset({"attack", "assault", "ambush", "storm", "raid"})
# verbs of hurting by hand that name a death only "to death" (README "Unrest")
WOUNDING_VERBS = frozenset(
    {"stab", "knife", "hack", "club", "batter", "kick", "stone", "bludgeon", "beat"}
)


def build_event(
    token: Token,
    trigger: Trigger,
    sentence: Span,
    book: TriggerBook,
    referents: Referents,
    speakers: dict[int, object],
    found: dict[int, Trigger],
) -> RawEvent | None:
    speaker = speakers.get(token.i)
    is_verb = token.pos_ in ("VERB", "AUX")
    context = modifier_words(token)
    actor_token: Token | None = None
    target_token: Token | None = None
    victims: Token | None = None
    effect: Token | None = None
    covered = {token.i}
    reflexive = False

    if is_verb and token.tag_ == "VBG" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        # "Fighting between the army and the RSF killed 56": a gerund names the event as a noun
        return build_means(token, None, trigger, sentence, book, referents, speakers, found)
    if is_verb:
        passive = children(token, "nsubjpass")
        shared = token.dep_ == "conj" and is_passive(token.head)  # "were shot and killed"
        if shared and not children(token, "nsubj", "dobj"):
            passive = passive or children(token.head, "nsubjpass")  # (the parse may say VBD)
        if not passive and is_passive(token):
            # "... but was killed during a mission", headline "Iranian general killed"
            inherited = token.head if token.dep_ == "acl" else subject_of(token)
            passive = [inherited] if inherited is not None else []
        if passive or is_passive(token):
            target_token = passive[0] if passive else None
            if target_token is not None and token.dep_ == "acl" and is_means(target_token):
                target_token = None  # "a device detonated at a station": the weapon, not hit
            agents = [o for c in children(token, "agent") for o in children(c, "pobj")]
            if not agents and shared:
                # "was shot by gunmen and killed": the coordinated passive shares its agent
                agents = [o for c in children(token.head, "agent") for o in children(c, "pobj")]
                target_token = target_token or next(iter(children(token.head, "nsubjpass")), None)
            agents = agents or _agents_of_conjuncts(token)
            actor_token = agents[0] if agents else when_doer(token)
            sender = launched_from(actor_token) if actor_token is not None else None
            if sender is not None and actor_token is not None:
                # "killed by a missile fired from a drone": one strike, the firing included
                covered |= {actor_token.i, sender.head.head.i}
                actor_token = sender
        else:
            actor_token = subject_of(token)
            if actor_token is not None and actor_token.lower_ == "who" and token.dep_ == "relcl":
                actor_token = token.head  # "fighters ... who killed six people": the fighters
            if actor_token is not None and lemma_of(actor_token) in UNREST_NOUNS:
                actor_token = None  # "the crackdown killed 12 people": no doer named
            if (
                actor_token is not None
                and actor_token.dep_ == "dobj"
                and lemma_of(actor_token) in WEAPON_WORDS
            ):  # "police used live ammunition to disperse the crowd, killing three": the user
                actor_token = subject_of(actor_token.head) or actor_token
            objects = children(token, "dobj") or _object_taken_for_speaker(token)
            target_token = objects[0] if objects else named_object(token)
            if target_token is None and relative_object(token, actor_token):
                target_token = token.head  # "release the 20 teachers they abducted": them
            into = prep_objects(token, ("into",)) if lemma_of(token) in RAM_VERBS else []
            if into:
                target_token = into[0]  # "rammed a truck into the Central Bank": the bank
            if target_token is not None and lemma_of(target_token) in COGNATE_OBJECTS:
                target_token = None  # "fought fierce battles": the fight is no side
            reflexive = target_token is not None and target_token.lower_ in REFLEXIVES
            if reflexive:
                target_token = None  # "blew himself up (at a checkpoint)": what is hit follows
        if lemma_of(token) == "die":
            target_token, actor_token = actor_token, None
        if trigger.type in ("killing", "execution") or lemma_of(token) in (
            "kill",
            "execute",
            "behead",
            "massacre",
            "murder",
        ):
            victims = target_token
            if lemma_of(token) == "shoot" and not death_told(token, book):
                victims = None  # "two journalists were shot and wounded": nobody dead
            if lemma_of(token) in WOUNDING_VERBS and not to_death(token):
                victims = None  # "stabbed an Israeli soldier": hurt, no one said dead
            if any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children) and not (
                to_death(token)
            ):
                victims = None  # "beat up two journalists": hurt, not killed
            if target_token is None or target_token.pos_ == "NUM":  # "killed 28 and wounded 30 X"
                target_token = shared_object(token) or target_token
        # "killed by air strikes", "strikes that killed": the means noun names the event.
        means = means_behind(token, actor_token, found)
        if means is not None:
            return build_means(
                means, token, found[means.i], sentence, book, referents, speakers, found
            )
        if actor_token is not None and actor_token.i in found and actor_token.pos_ == "NOUN":
            context += list(noun_phrase(actor_token))  # "the attack claimed 12 lives": its type
            actor_token = None  # an event noun is what happened, not who did it
        if actor_token is not None:
            context += list(noun_phrase(actor_token))
        launched = children(token, "nsubjpass") if lemma_of(token) in LAUNCH_VERBS else []
        for obj in children(token, "dobj") or launched:
            if lemma_of(token) not in TARGET_OBJECT_VERBS:
                context += list(obj.subtree)  # "rockets were fired": what was fired says the type
        for means in prep_objects(token, ("with",)):
            # "struck the city with a missile": what it was hit with, a weapon (not a side:
            # "exchanged fire with Israeli tanks"), beside no small arms ("mortars and rifles")
            told = list(means.subtree)
            weapon = lemma_of(means) in (WEAPON_WORDS | DEVICE_WORDS) - VEHICLE_WEAPONS
            if weapon and not any(lemma_of(t) in SMALL_ARMS for t in told):
                context += told
    else:
        return build_means(token, None, trigger, sentence, book, referents, speakers, found)

    event = typed_event(
        token, trigger, context, sentence, book, referents, speaker, actor_token, covered
    )
    if event is None:
        return None
    event_type = event.type
    location_from_object = None
    if event_type in TERRITORY_TYPES:
        location_from_object = target_token
        losers = prep_objects(token, ("from",)) or (  # "took the town of Kidal from rebels"
            prep_objects(target_token, ("from",)) if target_token is not None else []
        )
        target_token = losers[0] if losers else None
        if (
            location_from_object is not None
            and not place_like(location_from_object)
            and not ground_object(location_from_object, taken=True)  # "captured Sukhumi"
            and not known_town_object(location_from_object)
        ):
            # "IS drove out rebels from nearby localities": the object is who lost the ground
            target_token, location_from_object = location_from_object, target_token
        if event_type == "territory_loss":
            winners = prep_objects(token, ("to",))
            target_token = winners[0] if winners else None
        if target_token is None:
            target_token = other_side_of_territory(token)  # "after government troops fled"
    elif target_token is not None and (
        is_settlement(target_token) or unknown_name_hit(token, target_token, referents)
    ):
        # "shelled the town of Adigrat", "shelled Kharkiv": the object is where, not whom
        location_from_object, target_token = target_token, None
    elif (
        target_token is not None
        and lemma_of(target_token) in WEAPON_WORDS
        and lemma_of(token) not in HIT_LEMMAS
    ):
        target_token = None  # "fired cruise missiles at a factory": the weapon is no target
    target_token = antecedent_of_part(token, target_token)  # "killing six of them": them
    target_token = antecedent_of_pronoun(target_token)  # "gunned him down": the leader killed
    if event_type not in TERRITORY_TYPES and target_token is None:
        # "fired rockets into La Moneda palace", "fired into the crowd": what is hit
        aims = ("on", "against", "at", "toward", "towards", "into")
        on = prep_objects(token, aims) + participle_objects(token, aims)
        on = [o for o in on if can_be_actor(o)]  # not "on Monday"
        if reflexive:  # "blew herself up at a rally": at an occasion is when, not whom
            on = [o for o in on if o.head.lower_ != "at"]
        # "fired at Riyadh", "clashed with X on the island of Jolo": a place is where
        settlements = [o for o in on if is_settlement(o)]
        on = [o for o in on if not is_settlement(o)]
        if event_type == "armed_clash":
            # "clashed with police at the factory gates": the side fought beats where
            on = [o for o in prep_objects(token, ("with",)) if can_be_actor(o)] or on
        on = on or facility_at(token)  # "blew himself up at the entrance of a store"
        target_token = building_of_part(on[0]) if on else None
        if target_token is None and settlements:
            location_from_object = location_from_object or settlements[0]
        target_token = target_token or second_side(actor_token, token)
    # "gunmen attacked the village, leaving 12 people dead"
    target_token, victims = with_left_dead(target_token, victims, left_dead(token))
    if event_type not in TERRITORY_TYPES:  # "attacked a convoy, wounding three soldiers"
        target_token = hit_or_hurt(target_token, [token])
    if target_token is not None and not is_place_token(target_token) and can_be_actor(target_token):
        event.target = without_death_word(target_ref(target_token, referents, speaker))
    if event.target is not None and bare_count(event.target):
        event.target = None  # "nine were killed": a number names nobody
    add_casualties(event, victims, token, effect)
    if event.killed is None and (dead := bodies_counted(sentence)) is not None:
        add_casualties(event, dead, token, effect)  # "a hospital received 9 bodies"
        event.target = event.target or target_ref(dead, referents, speaker)
    event.location = locate(token, sentence, referents, location_from_object, event)
    event.date_text = date_phrase(token, sentence) or governing_year(token)  # "In 2007, ... after"
    return event


# arms of a fight at close range: beside them a heavier weapon names no strike of its own
SMALL_ARMS = words("rifle gun pistol machine-gun machinegun kalashnikov ak-47 knife machete")
VEHICLE_WEAPONS = words("tank tanks drone drones")  # may be the other side of a fight


def relative_object(verb: Token, subject: Token | None) -> bool:
    """ "the 20 teachers they abducted", "the village the army shelled": a relative clause
    with its own subject and no object is about the noun it modifies, which is what was hit."""
    return (
        verb.dep_ == "relcl"
        and subject is not None
        and subject.i != verb.head.i
        and subject.lower_ not in ("who", "that", "which")
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
        and verb.head.pos_ in ("NOUN", "PROPN")
    )


# what the doer did in "X was killed when gunmen stormed / opened fire / gunned him down" (not
# "hit" or "struck": "when their vehicle hit a mine", "when a train hit a truck" name no doer)
DOING_VERBS = frozenset(
    {"gun", "shoot", "open", "attack", "ambush", "storm", "raid", "stab", "hack", "fire",
     "detonate", "bomb", "shell", "throw", "hurl", "kidnap", "abduct", "behead", "drag"}
)  # fmt: skip
VEHICLE_WORDS = frozenset(
    {"vehicle", "car", "truck", "bus", "train", "convoy", "boat", "plane", "helicopter", "van"}
)


def when_doer(verb: Token) -> Token | None:
    """ "A leader was killed when assailants on motorbikes gunned him down": the subject of the
    "when" clause telling the deed is who did the passive's act."""
    for clause in children(verb, "advcl"):
        marks = {c.lower_ for c in clause.children if c.dep_ in ("advmod", "mark")}
        subjects = children(clause, "nsubj")
        if "when" in marks and subjects and lemma_of(clause) in DOING_VERBS:
            doer = subjects[0]
            owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in doer.children)
            vehicle = lemma_of(doer) in VEHICLE_WORDS
            pronoun = doer.lower_ in ("he", "she", "it", "they", "who")
            if not (pronoun or owned or vehicle or is_means(doer)):
                return doer  # not "when a shell struck a house": the weapon names the event

    return None


def is_means(token: Token) -> bool:
    return lemma_of(token) in WEAPON_WORDS or lemma_of(token) in MEANS_NOUNS


MEANS_NOUNS = frozenset(
    {"blast", "explosion", "bomb", "shell", "strike", "airstrike", "raid", "attack", "mine",
     "device", "ied", "explosive", "explosives", "landmine", "charge"}
)  # fmt: skip


COGNATE_OBJECTS = frozenset({"battle", "fight", "clash", "war", "skirmish", "gunfight"})
GROUND_ASSAULTS = frozenset({"attack", "raid", "storm", "overrun"})
AREA_VERBS = frozenset({"shell", "bombard", "pound", "bomb", "strike", "hit", "blitz"}) | (
    GROUND_ASSAULTS  # "rebels attacked Kauda": a town
)


def unknown_name_hit(verb: Token, target: Token, referents: Referents) -> bool:
    """ "Azerbaijani forces shelled Stepanakert": a proper name no actor bears, shelled or
    bombed, is a place the gazetteer lacks (attacked or stormed, only one the model calls a
    place: "attacked Garissa University College" is whom)."""
    if lemma_of(verb) not in AREA_VERBS or target.pos_ != "PROPN":
        return False
    if lemma_of(verb) in GROUND_ASSAULTS and target.ent_type_ not in ("GPE", "LOC"):
        return ground_object(target)  # "raided Chut Pyin", unlabelled or taken for a person
    found = referents.actor(target)
    # the model takes many a town for a person; a one-word "person" shelled is a town
    return found.get("name") is None or (
        found.get("kind") == "person" and len(target.doc[target.left_edge.i : target.i + 1]) == 1
    )


SAYING = frozenset({"say", "report", "tell", "add", "state", "confirm"})


def _object_taken_for_speaker(token: Token) -> list[Token]:
    """ "killing at least 14 people, a doctor at the local clinic said": the parser may take
    the counted victims for the subject of the verb of saying, with the speaker hung on them as
    an apposition; they are the participle's object."""
    if token.tag_ != "VBG" and token.dep_ != "ccomp":
        return []  # "rebels killed 300 villagers in X, Human Rights Watch said": also a ccomp
    for later in token.doc[token.i + 1 : min(token.i + 6, token.sent.end)]:
        if later.pos_ not in ("NOUN", "PROPN") or (
            later.lower_ == "death" and later.head.lower_ == "to"
        ):
            continue  # "hacked to death 14 peasants"
        said = later.head
        spoken = later.dep_ == "nsubj" and said.lemma_.lower() in SAYING and said.i > later.i
        speaker = any(c.dep_ == "appos" for c in later.children) or any(
            c.dep_ == "nsubj" and c.i > later.i for c in said.children
        )  # the speaker hung on them, or a second subject of the verb of saying
        if spoken and speaker and (token.tag_ == "VBG" or token.head == said):
            return [later]
        return []
    return []


def _agents_of_conjuncts(token: Token) -> list[Token]:
    """ "was shot and wounded by gunmen": the agent hangs on the last participle of the pair and
    belongs to both (a conjunct with its own subject is a clause of its own)."""
    return [
        pobj
        for conj in children(token, "conj")
        if conj.tag_ == "VBN" and not children(conj, "nsubj", "nsubjpass")
        for agent in children(conj, "agent")
        for pobj in children(agent, "pobj")
    ]
