"""A raid or a storming on the ground is how the killing, abduction or fight of its sentence was
done, not an event beside it: "militants slit the throats of 17 villagers in a night raid",
"gunmen who stormed a wedding party killed 14 guests", "gunmen stormed a hotel and took 170
people hostage", "troops raided a plantation where insurgents hid, and a firefight left four
dead". The sentence tells one event, typed by its violence (README coding rule on raids): the
raid folds into it and gives it the doers and the place it lacks. An air raid ("jets killed 20
in a raid", "an air raid killed five") keeps its type: its words name aircraft."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from loaders.extraction.events.raw import RawEvent
from loaders.extraction.events.syntax import lemma_of, prep_objects, words
from loaders.extraction.events.triggers import load_triggers

RAID_WORDS = words("raid storm")
VIOLENCE = frozenset({"killing", "abduction", "execution", "armed_clash"})
# cue groups whose words make a raid an air, missile or artillery strike (event_triggers.yaml)
STRIKE_CUES = ("air", "missile", "shelling")
BOMBING_RAID = words("bomb bombing")  # "a bombing raid": aircraft dropped the bombs


@lru_cache(maxsize=1)
def _strike_words() -> frozenset[str]:
    groups = load_triggers().cue_groups
    return frozenset().union(*(groups.get(name, frozenset()) for name in STRIKE_CUES))


def _names_a_strike(tokens: list[Token]) -> bool:
    cues = _strike_words() | BOMBING_RAID
    return any(t.lower_ in cues or lemma_of(t) in cues for t in tokens)


def _raid_words(raid: RawEvent) -> list[Token]:
    """The raid's own modifiers ("an air raid", "a night raid") and, for a verb, its subject."""
    trigger = raid.trigger
    return [
        t
        for c in trigger.children
        if c.dep_ in ("amod", "compound", "nsubj", "nmod", "agent")
        for t in c.subtree
    ]


def _actor_words(event: RawEvent) -> list[str]:
    return ((event.actor or {}).get("text") or "").lower().split()


def is_ground_raid(raid: RawEvent) -> bool:
    return lemma_of(raid.trigger) in RAID_WORDS and not _names_a_strike(_raid_words(raid))


def _violence_of(raid: RawEvent, events: list[RawEvent]) -> RawEvent | None:
    cues = _strike_words()
    found = [
        e
        for e in events
        if e is not raid
        and e.type in VIOLENCE
        and e.stance == raid.stance
        and lemma_of(e.trigger) not in RAID_WORDS
        and not any(w.rstrip("s") in cues or w in cues for w in _actor_words(e))
    ]
    if not found:
        return None
    return min(found, key=lambda e: abs(e.trigger.i - raid.trigger.i))


def fold_ground_raids(events: list[RawEvent]) -> list[RawEvent]:
    """Events of one sentence without the ground raids told as the means of its violence."""
    folded: set[int] = set()
    for raid in events:
        if not is_ground_raid(raid):
            continue
        violence = _violence_of(raid, events)
        if violence is None or id(violence) in folded:
            continue
        folded.add(id(raid))
        if raid.location is not None:
            violence.location = raid.location  # "raided the village of Tawila in North Darfur"
        for name in ("actor", "date_text"):
            if getattr(violence, name) is None:
                setattr(violence, name, getattr(raid, name))
        if violence.target is None and raid.target is not None:
            violence.target = raid.target  # "stormed a rebel camp, killing nine": nobody named
            violence.victims = None  # type: ignore[attr-defined]  # (the camp's holder decides)
        violence.tokens |= raid.tokens | {raid.trigger.i}
    return [e for e in events if id(e) not in folded]


# a raid on a police or army post, told with no word of aircraft or guns anywhere in its
# sentence, is an attack on the ground ("A raid on a police station in Ayacucho left five
# officers dead"): a clash with the post's defenders, not an air strike (the default of a bare
# "raid", which the Syrian copy uses for air raids on towns)
POST_HOLDERS = words("police army military gendarmerie security border")
POSTS = words(
    "station stations post posts checkpoint checkpoints barracks outpost outposts headquarters "
    "garrison"
)


def _hits_a_post(words_: list[Token]) -> bool:
    named = {lemma_of(t) for t in words_} | {t.lower_ for t in words_}
    return bool(named & POST_HOLDERS and named & POSTS)


def type_posts_overrun(events: list[RawEvent]) -> list[RawEvent]:
    """ "FARC guerrillas overran the police station in Mitu, killing 37 policemen": a police or
    army post taken with its defenders killed is an attack on the post (README "Types"), not a
    territory capture; a post taken with no deaths told ("seized two army posts") stays one."""
    for event in events:
        if event.type != "territory_capture" or event.killed is None:
            continue
        taken = [t for o in event.trigger.children if o.dep_ == "dobj" for t in o.subtree]
        if _hits_a_post(taken):
            event.type = "armed_clash"
    return events


def type_raids_on_posts(events: list[RawEvent]) -> list[RawEvent]:
    for event in events:
        trigger = event.trigger
        if event.type != "air_strike" or lemma_of(trigger) != "raid" or event.actor is not None:
            continue
        if _names_a_strike(list(trigger.sent)):
            continue
        if _hits_a_post([t for o in prep_objects(trigger, ("on", "against")) for t in o.subtree]):
            event.type = "armed_clash"
    return events
