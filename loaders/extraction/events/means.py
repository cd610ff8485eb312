"""Events a noun names ("Russian strikes on Aleppo killed 20", "a suicide bomber rammed a
convoy", "two days of fighting with separatists"): actor, target, casualties, place, date."""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.events.casualties import add_casualties
from loaders.extraction.events.event_dates import date_phrase
from loaders.extraction.events.hit_objects import (
    facility_at,
    gives_way_to_dead,
    hit_or_hurt,
    left_dead,
    main_verb_victims,
    purpose_objects,
    with_left_dead,
)
from loaders.extraction.events.noun_agents import aimed_at, passive_doer, performer
from loaders.extraction.events.place_date import locate
from loaders.extraction.events.raw import RawEvent
from loaders.extraction.events.reporters import doer_not_reporter
from loaders.extraction.events.role_parts import (
    AGENT_NOUNS,
    ARMED_SECTORS,
    EFFECT_LEMMAS,
    RAM_VERBS,
    STRIKE_TYPES,
    actor_like,
    can_be_actor,
    is_place_token,
    not_its_doer,
    typed_event,
)
from loaders.extraction.events.syntax import (
    children,
    is_passive,
    lemma_of,
    modifier_words,
    participle_objects,
    prep_objects,
    subject_of,
)
from loaders.extraction.events.target_heads import bare_count
from loaders.extraction.events.targets import (
    DEVICE_WORDS,
    WEAPON_WORDS,
    bodies_counted,
    fighting_under,
    is_settlement,
    opponents_of_backed_government,
    second_side,
    side_fought_with,
    target_ref,
)
from loaders.extraction.events.triggers import Trigger, TriggerBook
from loaders.extraction.events.weapon_fire import volley_of
from loaders.extraction.mentions import AIRCRAFT
from loaders.extraction.referents import Referents, noun_phrase

AIMED_PREPS = ("on", "against", "at", "into", "toward", "towards")


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
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_.startswith("nsubj"):
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
        and lemma_of(noun.head.head) in ("kill", "wound", "injure", "die")
    ):
        effect = noun.head.head
    if effect is None:
        relcl = next(
            (c for c in noun.children if c.dep_ == "relcl" and lemma_of(c) in EFFECT_LEMMAS), None
        )
        effect = relcl
    if effect is None and subject_node.dep_ == "nsubj" and left_dead(subject_node.head):
        effect = subject_node.head  # "the attacks have left a baby and two civilians dead"
    effects = []
    if effect is not None:
        effects = [effect] + [c for c in effect.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        covered |= {e.i for e in effects}
    if noun.pos_ in ("VERB", "AUX") and noun.tag_ != "VBG":
        return None  # a gerund, "Fighting between X and Y", is read as a noun
    # actor: possessor, nationality, "by X", else the subject of the verb that governs the noun
    actor_token = None
    for child in noun.children:
        if child.dep_ == "poss" and can_be_actor(child) and not _dated(child):
            actor_token = child  # not "Tuesday's suicide bombing"
            break
    if actor_token is None:
        for child in noun.children:
            modifier = child.dep_ in ("amod", "compound", "nmod")
            if modifier and actor_like(child, referents) and not not_its_doer(noun, child, effect):
                actor_token = child
                break
    if actor_token is None:
        actor_token = armed_modifier(noun, referents)  # "a large-scale rebel offensive"
    if actor_token is None:
        by = prep_objects(noun, ("by", "from"))
        if not by and effect is not None and noun.dep_ == "pobj" and lemma_of(effect) == "die":
            by = prep_objects(effect, ("by",))  # "died in an air raid by the air force"
        by = [b for b in by if not is_place_token(b)]
        actor_token = by[0] if by else None
    if actor_token is None:
        actor_token = passive_doer(noun, effect, set(found))  # "killed by gunmen in an attack"
    under_fire = came_under(noun)
    if actor_token is None and under_fire is not None:
        # "soldiers came under fire from FARC guerrillas": the fire comes from the actor
        fromwhom = prep_objects(noun, ("from",)) or prep_objects(under_fire, ("from",))
        actor_token = fromwhom[0] if fromwhom else None
    if actor_token is None:
        actor_token = performer(noun) or (  # "an attack carried out by the insurgents"
            performer(subject_node) if subject_node is not noun else None
        )  # "a number of attacks were carried out by Isil"
    if actor_token is None and lemma_of(noun) in AGENT_NOUNS:
        actor_token = noun  # "a suicide bomber blew himself up": the bomber is the actor
    if actor_token is None and side_fought_with(noun) is not None:
        actor_token = fighting_side(noun, referents)  # "troops retreated after fighting with X"
        if (
            actor_token is None
            and effect is not None
            and (is_passive(effect) or lemma_of(effect) == "die")
        ):
            actor_token = side_fought_with(noun)  # "six were killed in clashes with troops"
    governor = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    governed = False  # the actor is only the subject of the verb the noun is the object of
    if (
        actor_token is None
        and governor is not None
        and governor.pos_ in ("VERB", "AUX")
        and lemma_of(governor) not in REACTION_VERBS
    ):
        actor_token = subject_of(governor)  # not "the president condemned the killing"
        governed = actor_token is not None
    if (
        actor_token is None
        and effect is not None
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("in", "during", "with")
        and not is_passive(effect)
        and lemma_of(effect) != "die"  # "two people died in the clashes": the dead
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
    between = prep_objects(volley_of(noun), ("between",))  # "an exchange of fire between"
    if between:
        # "clashes between Jaish al-Islam and Faylaq al-Rahman": the two sides
        sides = [between[0], *between[0].conjuncts]
        if actor_token is None or actor_token.i == sides[0].i or governed:
            # "The operation follows clashes between militants and Congolese forces": the sides
            actor_token = sides[0]
            actor = referents.actor(actor_token, speaker, as_doer=True)
            event.actor = doer_not_reporter(actor, actor_token, referents)
        if len(sides) > 1:
            target_token = sides[1]
    on = [
        o
        for o in prep_objects(noun, ("on", "against"))
        if not is_place_token(o) and can_be_actor(o)
    ]
    if not on and governor is not None and noun.dep_ == "dobj":
        # "carried out new strikes overnight on IS targets"
        # "opened fire at the protesters", "fire on striking workers": the light verb's aim
        aims = prep_objects(governor, AIMED_PREPS) + participle_objects(governor, ("on",))
        on = [o for o in aims if not is_place_token(o)]
    if not on:
        on = aimed_at(noun)  # "a grenade that was hurled at the parliament building"
    if not on:
        on = purpose_objects(noun)  # "carried out airstrikes to destroy a convoy"
    if not on and noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
        # "a roadside bomb tore through a bus", "a blast ripped through a market": what it hit
        on = [o for o in prep_objects(noun.head, ("through",)) if not is_place_token(o)]
    if lemma_of(noun) in AGENT_NOUNS and noun.dep_ == "nsubj":
        # "a suicide bomber on a motorcycle rammed an army convoy": what the bomber hit;
        # "bombers drove two vehicles into a base": what the vehicles were driven into
        into = prep_objects(noun.head, ("into",)) if lemma_of(noun.head) in RAM_VERBS else []
        on = into or [o for o in children(noun.head, "dobj") if can_be_actor(o)]
        on = on or facility_at(noun.head)  # "blew himself up at the entrance of a store"
    if not on and effect is None and side_fought_with(noun) is not None:
        on = [side_fought_with(noun)]  # "two days of fighting with separatists"
    if not on and under_fire is not None and subject_of(under_fire) is not None:
        on = [subject_of(under_fire)]  # "the convoy came under attack": the convoy is hit
    if not on and event_type == "abduction" and lemma_of(noun) == "hostage":
        taken = [o for o in children(noun.head, "dobj", "nsubjpass") if o.i < noun.i]
        # "taking guests hostage": the guests; "took more than 1,000 hostages": the hostages
        on = taken[-1:] or [noun]
    on = [o for o in on if can_be_actor(o)]  # not "On Wednesday"
    if on:
        target_token = on[0]
    elif governor is not None and noun.dep_ == "dobj":
        # "Soviet troops and Afghan rebels fought fierce battles": the second side
        target_token = second_side(subject_of(governor), governor) or target_token
    victims = None
    if event_type in ("killing", "execution") and not effects:
        owners = prep_objects(noun, ("of",))  # "the death of over 101 fighters"
        victims = owners[0] if owners else None
        # "the killing of a senior cleric", "the murder of a judge ... on a motorbike": the
        # people a killing noun names as killed are whom it hit, before any "on" of its frame
        target_token = victims or target_token
    for verb in effects:
        objects = children(verb, "dobj") or (
            children(verb, "nsubjpass") if verb == effect and noun.dep_ == "pobj" else []
        )
        if not objects and verb == effect and noun.dep_ == "pobj" and is_passive(verb):
            inherited = subject_of(verb)
            objects = [inherited] if inherited is not None else []
        if not objects and verb == effect and effect.dep_ == "relcl":
            # "which killed 15", "the bombing, in which 23 people were killed"
            passive = [s for s in children(verb, "nsubjpass") if s.lower_ not in ("which", "that")]
            objects = children(verb, "dobj") or passive
        if objects:
            if lemma_of(verb) == "kill" and victims is None:
                victims = objects[0]
            if target_token is None and not is_place_token(objects[0]):
                target_token = objects[0]
    if main_verb_victims(effects, victims, noun):
        target_token = victims  # "killed eight village guards in an attack on a hamlet"
    if (
        victims is not None
        and target_token is not None
        and gives_way_to_dead(target_token, victims)
    ):
        target_token = victims  # "shells struck a hospital, killing 64 patients": the patients
    # "a car bomb exploded ..., leaving at least 44 people dead"
    target_token, victims = with_left_dead(target_token, victims, left_dead(effect))
    if target_token is None and not effects:
        at = [o for o in facility_at(noun) if can_be_actor(o) and not is_settlement(o)]
        target_token = at[0] if at else None  # "the suicide bombing at a market in X"
    place_object = next(  # "air strikes against Raqa", "the bombardment of Kramatorsk"
        (o for o in prep_objects(noun, ("on", "against", "of")) if is_settlement(o)), None
    )
    if target_token is not None and is_settlement(target_token):
        place_object, target_token = target_token, None  # "missiles hit the capital of Berlin"
    # "a bomb exploded ..., wounding 20 people", "mortar fire on a market wounded 14 people"
    target_token = hit_or_hurt(target_token, [*effects, governor, noun.head])
    if target_token is not None and can_be_actor(target_token) and event.target is None:
        event.target = target_ref(target_token, referents, speaker)
    if event.target is None and event_type in STRIKE_TYPES:
        event.target = opponents_of_backed_government(subject_node, referents, speaker)
    if event.target is not None and bare_count(event.target):
        event.target = None  # "nine were killed": a number names nobody
    add_casualties(event, victims, effect or noun, effect)
    if event.killed is None and (dead := bodies_counted(sentence)) is not None:
        add_casualties(event, dead, effect or noun, effect)  # "a hospital received 9 bodies"
        event.target = event.target or target_ref(dead, referents, speaker)
    anchor = effect or noun
    event.location = locate(noun, sentence, referents, place_object, event, also=anchor)
    event.date_text = date_phrase(noun, sentence) or (
        date_phrase(anchor, sentence) if anchor != noun else None
    )
    return event


def came_under(noun: Token) -> Token | None:
    """The verb of "came / was under fire (attack, shelling)": its subject is who is hit."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under":
        return None
    verb = noun.head.head
    return verb if lemma_of(verb) in ("come", "be", "remain") else None


def _dated(token: Token) -> bool:
    """ "Tuesday's bombing", "Wednesday night's strike": a time owns no event."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree)


# who speaks of an event, reacts to it or resists it does not do it
REACTION_VERBS = frozenset(
    {"condemn", "denounce", "deplore", "mourn", "investigate", "protest", "criticise",
     "criticize", "decry", "report", "witness", "survive", "fear", "remember", "commemorate",
     "repel", "repulse", "resist", "thwart", "foil", "prevent", "fend", "counter",
     "withstand", "escape", "flee",
     # nor who perceives or recounts it ("witnesses who heard the explosion", "saw the attack")
     "hear", "see", "watch", "film", "photograph", "record", "describe", "recount", "recall",
     "document", "feel", "notice", "detect",
     # nor who judges, blames or checks it ("the spokesman slammed the air strikes")
     "slam", "blast", "lambast", "castigate", "censure", "rebuke", "lament", "regret", "blame",
     "probe", "verify", "dispute", "question", "doubt", "monitor"}
)  # fmt: skip
BLAME_WORDS = frozenset({"terrorist", "terror", "criminal", "cowardly", "barbaric"})
# modifiers that name the doer by its kind ("rebel offensive", "militant attack", "army raid")
DOER_SECTORS = frozenset({"REB", "INS", "SEP", "UAF", "MIL", "COP", "CRM", "IMG"})


def armed_modifier(noun: Token, referents: Referents) -> Token | None:
    """ "a large-scale rebel offensive", "an insurgent attack": an armed kind of doer written
    before the event noun, with no name of its own, is the actor (its country from the story)."""
    for child in noun.children:
        if child.dep_ not in ("amod", "compound", "nmod") or child.pos_ not in ("NOUN", "ADJ"):
            continue
        if lemma_of(child) in BLAME_WORDS:
            continue  # "a terrorist attack" says what the act was called, not who did it
        if child.lower_ in AIRCRAFT or lemma_of(child) in WEAPON_WORDS | DEVICE_WORDS:
            continue
        found = referents.actor(child)
        if found.get("sector") in DOER_SECTORS and len(noun_phrase(child)) == 1:
            return child
    return None


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
