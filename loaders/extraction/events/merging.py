"""Events of one sentence folded together: deaths into their host event, duplicate
mentions merged, missing actors carried over from context."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.doc_memo import subtree_indices
from loaders.extraction.events.raw import RawEvent
from loaders.extraction.events.role_parts import BATTLE_TYPES
from loaders.extraction.events.states import is_own_fighting
from loaders.extraction.events.syntax import introduces, lemma_of, stray_subject, words
from loaders.extraction.events.target_heads import (
    BUILDING_WORDS,
    bare_count,
    head_noun,
    prefers_victims,
    uncounted_group,
)
from loaders.extraction.events.toll_links import type_by_added_toll

FAMILIES = {
    "air_strike": "strike", "missile_attack": "strike", "shelling": "strike",
    "bombing": "bombing", "suicide_bombing": "bombing",
}  # fmt: skip


HOST_TYPES = frozenset({"armed_clash", "ground_offensive", "territory_capture", "territory_loss"})


CARRIER_NOUNS = frozenset({"campaign", "operation", "war", "raid", "strike", "offensive"})
INDEFINITE = words("a an")  # "a missile strike" is a strike of its own; "another" continues


def fold_killings(events: list[RawEvent]) -> list[RawEvent]:
    """ "Russia bombed a post, killing 200 fighters", "22 killed in a car bomb", "Dozens were
    killed as IS drove out rebels": the deaths are the casualties of the sentence's other event
    (the nearest), not an event of their own."""
    hosts = [e for e in events if FAMILIES.get(e.type) or e.type in HOST_TYPES]
    if not hosts:
        return events
    kept = []
    for event in events:
        if event.type != "killing" or event in hosts:
            kept.append(event)
            continue
        same_stance = [h for h in hosts if h.stance == event.stance]
        if not same_stance:
            kept.append(event)  # a killing that happened is no casualty of a threatened strike
            continue
        host = min(same_stance, key=lambda h: abs(h.trigger.i - event.trigger.i))
        if (host.killed is not None and event.killed is not None) or other_side(event, host):
            kept.append(event)
            continue
        host.killed = host.killed or event.killed
        host.injured = host.injured or event.injured
        two_sided = lemma_of(host.trigger) in ("clash", "fight", "fighting", "battle", "skirmish")
        better = (
            event.target
            and not bare_count(event.target)
            and prefers_victims(host.target)
            and not vague_victims(event)
        )
        if better and (not two_sided or not host.target):
            # "bombed a command post, killing 200 fighters"; "the army killed 15 insurgents in
            # clashes": the side killed is the one fought, unless the clash names its sides
            host.target = event.target
            if getattr(event, "victims", None) is not None:
                host.victims = event.victims  # type: ignore[attr-defined]  # (a twin may merge)
        host.actor = host.actor or event.actor
        host.location = host.location or event.location
        host.date_text = host.date_text or event.date_text
        host.tokens |= event.tokens
    return kept


VAGUE_HEADS = words("number handful series")


def vague_victims(event: RawEvent) -> bool:
    """ "killing a number of fighters": a vague quantity names no group that beats what was hit
    (a plain group, "killing militants", still does)."""
    victims = getattr(event, "victims", None)
    return victims is not None and victims.lower_ in VAGUE_HEADS


def other_side(killing: RawEvent, host: RawEvent) -> bool:
    """ "troops killed 14 villagers near Djibo, while jihadists ambushed a convoy": a killing
    whose own words name another actor than the host's is an event of its own."""
    stray = stray_subject(killing.trigger)
    if stray is not None and killing.trigger.head == host.trigger:
        return True  # "shelled the town and snipers shot dead a woman": two clauses, two doers
    if not (own_subject(killing.trigger) and own_subject(host.trigger)):
        # "fired a missile at Baghdad, killing eight", "an attack which claimed the lives of",
        # "ISIS kills 50 in an attack": the deaths of the other event
        return False
    mine, theirs = killing.actor or {}, host.actor or {}
    named = mine.get("text") and theirs.get("text") and mine.get("name") and theirs.get("name")
    return bool(named) and mine["name"] != theirs["name"]


def own_subject(verb: Token) -> bool:
    """A clause of its own: a verb with a subject that is no relative pronoun."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.lower_ not in ("which", "that", "who") for c in verb.children
    )


def inherit_actor(
    event: RawEvent, same_sentence: list[RawEvent], earlier: list[RawEvent], number: int
) -> None:
    """Fill a missing actor from context: a participle continues its sentence's last event
    ("bombed a post, killing..."); "the raids", "Strikes on Aleppo", "the campaign" continue
    the last strike of the previous sentences. Inherited actors lower the confidence."""
    if event.actor is not None and event.actor.get("name") is not None:
        return
    trigger = event.trigger
    if trigger.tag_ == "VBG" and trigger.dep_ in ("advcl", "conj", "xcomp") and same_sentence:
        previous = same_sentence[-1]
        event.actor = previous.actor
        event.location = event.location or previous.location
        event.inherited = True  # type: ignore[attr-defined]
        return
    family = FAMILIES.get(event.type)
    subject_words = {t.lemma_.lower() for t in (event.actor and [trigger]) or []}
    carried = (
        trigger.pos_ == "NOUN"
        or subject_words & CARRIER_NOUNS
        or (
            event.actor is not None
            and event.actor.get("text", "").split()[-1:]
            and event.actor["text"].split()[-1].lower().rstrip("s") in CARRIER_NOUNS
        )
    )
    if family is None or not carried or introduces(trigger, INDEFINITE):
        return  # "In Odesa, a missile strike killed three" ("another strike": the same side's)
    for previous in reversed(earlier + same_sentence):
        if number - getattr(previous, "sentence_number", number) > 3:
            break
        if FAMILIES.get(previous.type) == family and previous.actor and previous.actor.get("name"):
            event.actor = {**previous.actor, "text": None, "start": None, "end": None}
            event.inherited = True  # type: ignore[attr-defined]
            return


def same_or_unknown_actor(one: RawEvent, other: RawEvent) -> bool:
    if one.trigger.i == other.trigger.i:
        return True  # one means noun told twice ("a car bomb exploded ..., killing 12")
    for noun, verb in ((one.trigger, other.trigger), (other.trigger, one.trigger)):
        phrase = noun.head if noun.dep_ == "compound" else noun  # "two mortar rounds"
        if noun.pos_ == "NOUN" and verb.pos_ == "VERB" and _fired_by(phrase, verb):
            return True  # "rockets were fired": the weapon and the verb that fired it
        if noun.pos_ == "NOUN" and verb.dep_ == "acl" and verb.head.i == noun.i:
            return True  # "a rocket fired from Gaza landed": the participle of the weapon
    for head, clause in ((one.trigger, other.trigger), (other.trigger, one.trigger)):
        if _result_clause(clause, head):
            return True  # "a driver mowed down worshippers, killing one man": one act
    names = [e.actor.get("name") if e.actor else None for e in (one, other)]
    if None in names:
        return names != [None, None] or one.type in ("armed_clash", "ground_offensive")
    return names[0] == names[1]


QUANTITY_LINKS = frozenset({"pobj", "conj", "compound", "prep", "nummod", "quantmod"})


def _fired_by(phrase: Token, verb: Token) -> bool:
    """The weapon is the verb's object, directly or inside a quantity or a coordination:
    "rockets were fired", "fired tens of rocket and mortar shells", "fired a barrage of
    shells" (one act: the firing and what was fired)."""
    if phrase.head.i == verb.i:
        return True
    node = phrase
    for _ in range(4):
        if node.head.i == verb.i:
            return node.dep_ in ("dobj", "nsubjpass")
        if node.dep_ not in QUANTITY_LINKS or node.head.i == node.i:
            return False
        node = node.head
    return False


def _result_clause(clause: Token, head: Token) -> bool:
    """ "mowed down worshippers, killing one man", "was killed when assailants gunned him
    down": a subjectless -ing clause or a "when" clause of a killing tells the same act."""
    if clause.dep_ != "advcl" or clause.head.i != head.i:
        return False
    children = list(clause.children)
    if clause.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
        return True
    return lemma_of(head) in ("kill", "die") and any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in children
    )


def _same_victims(one: RawEvent, other: RawEvent) -> bool:
    """ "Three priests who were burned to death ... were murdered by their compatriots": two
    verbs of killing with the same victims and the same count tell one killing."""
    texts = [((e.target or {}).get("text") or "").lower() for e in (one, other)]
    return (
        {one.type, other.type} <= FAMILY_OF_VICTIMS
        and bool(texts[0])
        and texts[0] == texts[1]
        and one.killed == other.killed
    )


def _same_span(actor: dict | None, target: dict | None) -> bool:
    start = (actor or {}).get("start")
    return start is not None and start == (target or {}).get("start")


def merge_duplicates(events: list[RawEvent]) -> list[RawEvent]:
    """Two mentions of one event in a sentence become one: same type and the same named actor,
    or one of them with no actor ("attacked a town, sparking fighting")."""
    kept: list[RawEvent] = []
    for event in events:
        twin = next(
            (
                k
                for k in kept
                if (k.type == event.type or _fight_told_again(k, event))
                and k.stance == event.stance
                and (same_or_unknown_actor(k, event) or _same_victims(k, event))
                and not (k.killed and event.killed and k.killed != event.killed)
                and not (k.date_text and event.date_text and k.date_text != event.date_text)
            ),
            None,
        )
        if twin is None:
            kept.append(event)
            continue
        if _counted_victims(event) and not twin.killed and _victims_win(twin.target, event.target):
            twin.target = event.target  # "bombers struck a market, killing 30 people"
        if twin.type != event.type:
            twin.type = "armed_clash"  # the fight's own words ("exchanging gunfire") say two-sided
        for name in ("actor", "target", "location", "date_text", "killed", "injured"):
            if getattr(twin, name) is None:
                setattr(twin, name, getattr(event, name))
        if _same_span(twin.actor, twin.target):
            twin.target = None  # "Rebels attacked Adre and were repelled": the doer is no target
        twin.tokens |= event.tokens
    return kept


PLURAL_PRONOUNS = words("they them")


def _fight_told_again(first: RawEvent, later: RawEvent) -> bool:
    """ "members of the armed forces started to attack soldiers ..., they are now exchanging
    gunfire": a battle whose doers are "they", after another battle in the same sentence, is
    that fight told again."""
    actor = ((later.actor or {}).get("text") or "").lower()
    if not {first.type, later.type} <= BATTLE_TYPES:
        return False
    # "attacked an army position and took the town after heavy fighting": that attack's fight
    return actor in PLURAL_PRONOUNS or (not actor and is_own_fighting(later.trigger))


FAMILY_OF_VICTIMS = frozenset({"killing", "execution"})


def merge_same_victims(events: list[RawEvent]) -> list[RawEvent]:
    """ "shot dead a rubber tapper and beheaded him": a second verb of killing, coordinated with
    the first and done to "him", "her" or "them" by the same doers, is one act told twice."""
    kept: list[RawEvent] = []
    for event in events:
        words = ((event.target or {}).get("text") or "").lower()
        host = next(
            (
                k
                for k in kept
                if words in ("him", "her", "them")
                and event.trigger.dep_ == "conj"
                and event.trigger.head.i == k.trigger.i
                and {k.type, event.type} <= FAMILY_OF_VICTIMS
                and k.stance == event.stance
                and same_or_unknown_actor(k, event)
            ),
            None,
        )
        if host is None:
            kept.append(event)
            continue
        host.tokens |= event.tokens
    return kept


def _counted_victims(event: RawEvent) -> bool:
    """A mention whose target is the counted group it was read from ("killing 30 people")."""
    victims = getattr(event, "victims", None)
    target = event.target
    if event.killed is None or victims is None or target is None or bare_count(target):
        return False
    start, end = target.get("start"), target.get("end")
    return start is not None and end is not None and start <= victims.idx < end


def _victims_win(target: dict | None, victims: dict | None) -> bool:
    """Counted victims beat a thing hit; a side's holding ("an army convoy") gives way to
    fighters killed, not to "47 people" (who may be anyone near it)."""
    if not prefers_victims(target):
        return False
    building = head_noun(target) in BUILDING_WORDS
    if target is not None and uncounted_group(target):
        return True
    holding = target is not None and target.get("sector") is not None and not building
    return not holding or (victims or {}).get("sector") not in ("CVL", None)


def refers_back(noun: Token) -> bool:
    """ "the attack", "this assault": a definite noun of attack names an act told before."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children
    )


def fold_next_sentence_toll(previous: list[RawEvent], events: list[RawEvent]) -> list[RawEvent]:
    """ "A bomb ripped through a bus station in Guwahati. Nine people were killed.": deaths
    told with no doer, no means and no place of their own in the sentence right after an
    attack that gave no toll are that attack's casualties (and its victims), not an event."""
    hosts = [h for h in previous if FAMILIES.get(h.type) or h.type in HOST_TYPES]
    if not hosts or len(events) != 1:
        return events
    # an act over a change of hands ("attacked an army position ... and took the town"): the
    # deaths are the attack's
    acts = [h for h in hosts if h.type not in ("territory_capture", "territory_loss")]
    event, host = events[0], (acts or hosts)[-1]
    bare = (
        event.type == "killing"
        and event.actor is None
        and event.killed is not None
        and (event.killed.low or 0) > 1  # a counted toll, not one named person's death
        and host.killed is None
        and event.stance == host.stance
        and (event.location is None or event.location == host.location)
        and not _has_means(event.trigger)
    )
    if not bare:
        return events
    host.killed, host.injured = event.killed, host.injured or event.injured
    low = event.killed.low if event.killed is not None else None
    host.type = type_by_added_toll(host.type, host.trigger, low, event.target)
    if event.target and not bare_count(event.target) and prefers_victims(host.target):
        host.target = event.target
    return []


def _has_means(verb: Token) -> bool:
    """ "killed in an air strike", "killed by gunmen": the deaths name their own act."""
    return any(
        c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("in", "by", "during", "when"))
        for c in verb.children
    ) or any(c.dep_ == "advcl" for c in verb.children)


def share_places(events: list[RawEvent]) -> None:
    """ "seized the port town of Mocimboa da Praia after days of fighting with the army": an
    event told inside another event's clause, with no place of its own, happened where that
    event did."""
    for event in events:
        if event.location is not None:
            continue
        for host in events:
            if host is event or host.location is None or host.stance != event.stance:
                continue
            if event.trigger.i in subtree_indices(host.trigger):
                event.location = host.location
                break
