"""Fighting told only as the time frame of another event of its clause: "troops shelled militant
positions as fighting entered its second week", "jets bombed rebel camps while fighting raged
near the airport". The clause says the war goes on (a state, as "control"), it tells no clash
of its own: the fight folds into the event it frames, giving it the side fought with when that
names none. The fight that won or lost a place ("retook the town after a day of fighting") is
a clash of its own (README coding rule, `states.is_own_fighting`) and is not touched here; nor is
a fight with its own toll, owner or name, nor one framing a killing (the fight may be the
killing's own event: "five soldiers were killed as fighting raged"). A fight that frames a
clause telling no violence at all ("agreed to concessions as clashes continued") is dropped:
the war going on, a state (README "Fights as frame or as means")."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.raw import RawEvent
from loaders.extraction.events.role_parts import BATTLE_TYPES
from loaders.extraction.events.states import FIGHT_NOUNS, is_own_fighting
from loaders.extraction.events.syntax import lemma_of, words

BARE_FIGHTS = FIGHT_NOUNS | words("fighting gunfire combat")
HOST_TYPES = frozenset(
    {
        "territory_capture",
        "territory_loss",
        "air_strike",
        "shelling",
        "missile_attack",
        "bombing",
        "ground_offensive",
    }
)
# "as fighting entered its third day", "while clashes raged": the fight goes on around the event
ONGOING_VERBS = words("enter rage continue intensify drag escalate spread grind")
FRAME_MARKS = words("as while")


def _bare(noun: Token) -> bool:
    """No owner, no "the", no name, no relative clause: "as fighting raged", not "as the battle
    of Mosul entered its second month" (that one is named, an event told elsewhere)."""
    return not any(
        (c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an"))
        or c.pos_ == "PROPN"
        or c.dep_ == "relcl"
        for c in noun.children
    )


def framed_verb(noun: Token) -> Token | None:
    """The verb a bare fight noun frames in time ("as fighting entered its third day"), or None."""
    if lemma_of(noun) not in BARE_FIGHTS or not _bare(noun) or noun.dep_ != "nsubj":
        return None
    clause = noun.head
    if clause.dep_ != "advcl" or lemma_of(clause) not in ONGOING_VERBS:
        return None
    if not any(c.dep_ == "mark" and c.lower_ in FRAME_MARKS for c in clause.children):
        return None
    return clause.head


def _host(fight: RawEvent, events: list[RawEvent]) -> RawEvent | None:
    if fight.type not in BATTLE_TYPES or fight.killed is not None or fight.injured is not None:
        return None
    verb = framed_verb(fight.trigger)
    if verb is None:
        return None
    return next(
        (
            e
            for e in events
            if e is not fight
            and e.type in HOST_TYPES
            and e.stance == fight.stance
            and (e.trigger.i == verb.i or verb.i in e.tokens)
        ),
        None,
    )


def fold_ongoing_fights(events: list[RawEvent]) -> list[RawEvent]:
    """Events of one sentence without the fights that only frame another event in time."""
    kept: list[RawEvent] = []
    for event in events:
        host = _host(event, events)
        if host is None and _frames_no_violence(event, events):
            continue  # "agreed to concessions as violent clashes continued": the war goes on
        if host is None:
            kept.append(event)
            continue
        if host.target is None and event.target is not None:
            host.target = event.target
        host.tokens |= event.tokens | {event.trigger.i}
    return kept


def _frames_no_violence(fight: RawEvent, events: list[RawEvent]) -> bool:
    """A bare fight that only frames a clause telling no violent event ("officials agreed to
    concessions as violent clashes continued in the capital")."""
    if fight.type not in BATTLE_TYPES or fight.killed is not None or fight.injured is not None:
        return False
    verb = framed_verb(fight.trigger)
    return verb is not None and not any(
        e is not fight and (e.trigger.i == verb.i or verb.i in e.tokens) for e in events
    )


SPANS = words("day night week month hour")  # "after two days of fighting"


def _place_won_by(noun: Token) -> Token | None:
    """The capture or retreat verb a fight won or lost the place for, or None."""
    if is_own_fighting(noun):
        return noun.head.head  # "seized the airfield after a fierce battle"
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or lemma_of(prep.head) not in SPANS:
        return None
    span = prep.head  # "retook the town after a day of fighting"
    if span.dep_ == "pobj" and span.head.lower_ in ("after", "following") and _bare(noun):
        return span.head.head
    return None


def own_fight_sides(events: list[RawEvent]) -> None:
    """ "Somali forces retook the town from al-Shabaab after a day of fighting": the fight that
    won the place is a clash of its own (README coding rule) between the capture's sides; it
    takes the capture's doers, and its foes when it names none ("with the Taliban" wins)."""
    for fight in events:
        if fight.type not in BATTLE_TYPES or fight.actor is not None:
            continue
        verb = _place_won_by(fight.trigger)
        if verb is None:
            continue
        host = next(
            (
                e
                for e in events
                if e is not fight and e.stance == fight.stance and e.trigger == verb
            ),
            None,
        )
        if host is not None and host.type.startswith("territory"):
            fight.actor = host.actor
            fight.target = fight.target or host.target
