"""Type, actor and target of an event from the parse of its trigger (verb or means noun)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.actors import Actor
from loaders.extraction.events.casualties import add_casualties
from loaders.extraction.events.place_date import date_phrase, locate
from loaders.extraction.events.raw import RawEvent
from loaders.extraction.events.syntax import (
    children,
    is_passive,
    lemma_of,
    modifier_words,
    prep_objects,
    subject_of,
    words,
)
from loaders.extraction.events.targets import (
    WEAPON_WORDS,
    armed_if_civilian,
    fighting_under,
    is_settlement,
    named_object,
    opponents_of_backed_government,
    other_side_of_territory,
    second_side,
    side_fought_with,
    target_ref,
)
from loaders.extraction.events.triggers import PLACE_OBJECT_WORDS, Trigger, TriggerBook, cue_type
from loaders.extraction.referents import (
    PLACE_LABELS,
    Referents,
    ent_at,
    noun_phrase,
    place_of,
)

EFFECT_LEMMAS = frozenset(
    {"kill", "hit", "strike", "target", "destroy", "wound", "injure", "pound", "damage", "level"}
    | {"explode", "detonate"}  # "a car bomb exploded": the bomb names the event
)


HIT_LEMMAS = EFFECT_LEMMAS - {"explode", "detonate"}  # what they hit can be a weapon


MEANS_TYPES = frozenset({"air_strike", "shelling", "missile_attack", "bombing", "suicide_bombing"})


TERRITORY_TYPES = frozenset({"territory_capture", "territory_loss"})


AGENT_NOUNS = words("bomber bombers gunman gunmen attacker attackers assailant assailants")
REFLEXIVES = words("himself herself themselves itself myself ourselves yourself")
ARMED_MEN = words("men militants fighters rebels insurgents guerrillas raiders bandits")
STRIKE_TYPES = frozenset({"air_strike", "shelling", "missile_attack"})


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

    if is_verb:
        passive = children(token, "nsubjpass")
        if not passive and is_passive(token):
            # "... but was killed during a mission", headline "Iranian general killed"
            inherited = token.head if token.dep_ == "acl" else subject_of(token)
            passive = [inherited] if inherited is not None else []
        if passive or is_passive(token):
            target_token = passive[0] if passive else None
            agents = [o for c in children(token, "agent") for o in children(c, "pobj")]
            actor_token = agents[0] if agents else None
        else:
            actor_token = subject_of(token)
            objects = children(token, "dobj")
            target_token = objects[0] if objects else named_object(token)
        if lemma_of(token) == "die":
            target_token, actor_token = actor_token, None
        if trigger.type == "killing" or lemma_of(token) in (
            "kill",
            "execute",
            "behead",
            "massacre",
            "murder",
        ):
            victims = target_token
        # "killed by air strikes", "strikes that killed": the means noun names the event.
        means = means_behind(token, actor_token, found)
        if means is not None:
            return build_means(
                means, token, found[means.i], sentence, book, referents, speakers, found
            )
        if actor_token is not None:
            context += list(noun_phrase(actor_token))
        for obj in children(token, "dobj"):
            context += list(obj.subtree)
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
        losers = prep_objects(token, ("from",))
        target_token = losers[0] if losers else None
        if location_from_object is not None and not place_like(location_from_object):
            # "IS drove out rebels from nearby localities": the object is who lost the ground
            target_token, location_from_object = location_from_object, target_token
        if event_type == "territory_loss":
            winners = prep_objects(token, ("to",))
            target_token = winners[0] if winners else None
        if target_token is None:
            target_token = other_side_of_territory(token)  # "after government troops fled"
    elif target_token is not None and is_settlement(target_token):
        # "shelled the town of Adigrat", "shelled Kharkiv": the object is where, not whom
        location_from_object, target_token = target_token, None
    elif (
        target_token is not None
        and lemma_of(target_token) in WEAPON_WORDS
        and lemma_of(token) not in HIT_LEMMAS
    ):
        target_token = None  # "fired cruise missiles at a factory": the weapon is no target
    if event_type not in TERRITORY_TYPES and target_token is None:
        on = prep_objects(token, ("on", "against", "at", "toward", "towards"))
        if not on and event_type == "armed_clash":
            on = prep_objects(token, ("with",))  # "troops clashed with Nusra Front"
        target_token = on[0] if on else None
        if target_token is not None and is_settlement(target_token):
            location_from_object, target_token = target_token, None  # "fired at Riyadh"
        target_token = target_token or second_side(actor_token, token)
    if target_token is not None and not is_place_token(target_token) and can_be_actor(target_token):
        event.target = target_ref(target_token, referents, speaker)
    add_casualties(event, victims, token, effect)
    event.location = locate(token, sentence, referents, location_from_object, event)
    event.date_text = date_phrase(token, sentence)
    return event


def means_behind(verb: Token, subject: Token | None, found: dict[int, Trigger]) -> Token | None:
    if lemma_of(verb) not in EFFECT_LEMMAS:
        return None
    candidates = [subject] if subject is not None else []
    if subject is not None and subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
        candidates.append(verb.head)
    candidates += prep_objects(verb, ("in", "by", "during"))  # "killed in the raids"
    candidates += [o for c in children(verb, "agent") for o in children(c, "pobj")]
    prepositional = {c.i for c in candidates if subject is None or c.i != subject.i}
    for candidate in candidates:
        if candidate is not None and candidate.i in found and candidate.i != verb.i:
            trigger = found[candidate.i]
            if trigger.type in MEANS_TYPES or trigger.lemma in (
                "attack",
                "raid",
                "strike",
                "missile",
                "rocket",
            ):
                return candidate
            if candidate.i in prepositional and lemma_of(verb) in ("kill", "wound", "injure"):
                return candidate  # "killed in clashes", "killed during the fighting"
    return None


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
    actor = referents.actor(actor_token, speaker) if actor_token is not None else None
    actor = armed_if_civilian(actor, referents)
    if trigger.state_actor_type and state_force(actor) and event_type == trigger.type:
        event_type = trigger.state_actor_type
    if trigger.nonstate_actor_type and event_type == trigger.type and nonstate_force(actor):
        event_type = trigger.nonstate_actor_type
    inferred = trigger.type is None
    return RawEvent(
        event_type, token, sentence, actor=actor, inferred_type=inferred, tokens=covered
    )


def build_means(
    noun: Token,
    effect: Token | None,
    trigger: Trigger,
    sentence: Span,
    book: TriggerBook,
    referents: Referents,
    speakers: dict[int, object],
    found: dict[int, Trigger],
) -> RawEvent | None:
    speaker = speakers.get(noun.i)
    covered = {noun.i}
    subject_node = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "nsubj":
        subject_node = noun.head.head  # "the vast majority of Russian strikes have targeted"
    if (
        effect is None
        and subject_node.dep_ in ("nsubj", "nsubjpass")
        and lemma_of(subject_node.head) in EFFECT_LEMMAS
    ):
        effect = subject_node.head
    if effect is None and noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        effect = noun.head.head
    if (
        effect is None
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("in", "by", "during")
        and lemma_of(noun.head.head) in ("kill", "wound", "injure")
    ):
        effect = noun.head.head
    if effect is None:
        relcl = next(
            (c for c in noun.children if c.dep_ == "relcl" and lemma_of(c) in EFFECT_LEMMAS), None
        )
        effect = relcl
    effects = []
    if effect is not None:
        effects = [effect] + [c for c in effect.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        covered |= {e.i for e in effects}
    if noun.pos_ in ("VERB", "AUX"):
        return None
    # actor: possessor, nationality, "by X", else the subject of the verb that governs the noun
    actor_token = None
    for child in noun.children:
        if child.dep_ == "poss":
            actor_token = child
            break
    if actor_token is None:
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "nmod") and actor_like(child, referents):
                actor_token = child
                break
    if actor_token is None:
        by = prep_objects(noun, ("by", "from"))
        by = [b for b in by if not is_place_token(b)]
        actor_token = by[0] if by else None
    if actor_token is None and lemma_of(noun) in AGENT_NOUNS:
        actor_token = noun  # "a suicide bomber blew himself up": the bomber is the actor
    if actor_token is None and side_fought_with(noun) is not None:
        actor_token = fighting_side(noun, referents)  # "troops retreated after fighting with X"
    governor = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    if actor_token is None and governor is not None and governor.pos_ in ("VERB", "AUX"):
        actor_token = subject_of(governor)
    if (
        actor_token is None
        and effect is not None
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("in", "during", "with")
        and not is_passive(effect)
    ):
        actor_token = subject_of(effect)  # "Pakistani jets killed 20 militants in an air raid"
    context = modifier_words(noun)
    if actor_token is not None:
        context += list(noun_phrase(actor_token))
    if governor is not None and noun.dep_ == "dobj":
        subject = subject_of(governor)
        if subject is not None:
            context += list(noun_phrase(subject))
    event = typed_event(
        noun, trigger, context, sentence, book, referents, speaker, actor_token, covered
    )
    if event is None:
        return None
    event_type = event.type
    target_token = None
    between = prep_objects(noun, ("between",))
    if between:
        # "clashes between Jaish al-Islam and Faylaq al-Rahman": the two sides
        sides = [between[0], *between[0].conjuncts]
        if actor_token is None or actor_token.i == sides[0].i:
            actor_token = sides[0]
            actor = referents.actor(actor_token, speaker)
            event.actor = actor
        if len(sides) > 1:
            target_token = sides[1]
    on = [
        o
        for o in prep_objects(noun, ("on", "against"))
        if not is_place_token(o) and can_be_actor(o)
    ]
    if not on and governor is not None and noun.dep_ == "dobj":
        # "carried out new strikes overnight on IS targets"
        on = [o for o in prep_objects(governor, ("on", "against")) if not is_place_token(o)]
    if lemma_of(noun) in AGENT_NOUNS and noun.dep_ == "nsubj":
        # "a suicide bomber on a motorcycle rammed an army convoy": what the bomber hit
        on = children(noun.head, "dobj")
    if not on and effect is None and side_fought_with(noun) is not None:
        on = [side_fought_with(noun)]  # "two days of fighting with separatists"
    if not on and event_type == "abduction" and lemma_of(noun) == "hostage":
        on = [noun]  # "took more than 1,000 hostages": the hostages are who was taken
    if on:
        target_token = on[0]
    victims = None
    if event_type in ("killing", "execution") and not effects:
        owners = prep_objects(noun, ("of",))  # "the death of over 101 fighters"
        victims = owners[0] if owners else None
    for verb in effects:
        objects = children(verb, "dobj") or (
            children(verb, "nsubjpass") if verb == effect and noun.dep_ == "pobj" else []
        )
        if not objects and verb == effect and noun.dep_ == "pobj" and is_passive(verb):
            inherited = subject_of(verb)
            objects = [inherited] if inherited is not None else []
        if not objects and verb == effect and effect.dep_ == "relcl":
            objects = children(verb, "dobj")
        if objects:
            if lemma_of(verb) == "kill" and victims is None:
                victims = objects[0]
            if target_token is None and not is_place_token(objects[0]):
                target_token = objects[0]
    place_object = next(  # "air strikes against Raqa", "raids on the city of Raqa"
        (o for o in prep_objects(noun, ("on", "against")) if is_settlement(o)), None
    )
    if target_token is not None and is_settlement(target_token):
        place_object, target_token = target_token, None  # "missiles hit the capital of Berlin"
    if target_token is not None and can_be_actor(target_token) and event.target is None:
        event.target = target_ref(target_token, referents, speaker)
    if event.target is None and event_type in STRIKE_TYPES:
        event.target = opponents_of_backed_government(subject_node, referents, speaker)
    add_casualties(event, victims, effect or noun, effect)
    anchor = effect or noun
    event.location = locate(noun, sentence, referents, place_object, event, also=anchor)
    event.date_text = date_phrase(noun, sentence) or (
        date_phrase(anchor, sentence) if anchor != noun else None
    )
    return event


def fighting_side(noun: Token, referents: Referents) -> Token | None:
    """ "Government troops retreated from the town after two days of fighting with
    separatists": the armed subject of the clause the fighting is told in is one side."""
    verb = noun
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if fighting_under(verb) is None or fighting_under(verb).i != noun.i:
        return None
    subject = subject_of(verb)
    if subject is None:
        return None
    side = referents.actor(subject)
    return subject if side.get("sector") in ARMED_SECTORS else None


ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "SEP", "UAF", "IMG", "COP", "SPY"})


def can_be_actor(token: Token) -> bool:
    """Dates and bare numbers parsed as objects ("announced an offensive on Thursday")."""
    if lemma_of(token) in ("way", "time", "day", "night", "morning", "evening"):
        return False  # "ambushed on his way home", "attacked at night"
    hit = token.dep_ in ("dobj", "nsubjpass") and lemma_of(token.head) in HIT_LEMMAS
    if token.lower_ in REFLEXIVES or (lemma_of(token) in WEAPON_WORDS and not hit):
        return False  # "blew herself up", "fought with tanks" ("hit a car bomb" is a target)
    return token.ent_type_ not in ("DATE", "TIME", "PERCENT", "MONEY", "ORDINAL") and not (
        token.like_num and token.dep_ != "nsubjpass"
    )


def place_like(token: Token) -> bool:
    if lemma_of(token) in PLACE_OBJECT_WORDS or token.lower_ in PLACE_OBJECT_WORDS:
        return True
    ent = ent_at(token)
    return ent is not None and ent.label_ in PLACE_LABELS


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


def actor_like(token: Token, referents: Referents) -> bool:
    if token.pos_ not in ("ADJ", "PROPN", "NOUN"):
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
