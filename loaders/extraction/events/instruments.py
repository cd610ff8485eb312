"""The type an event takes from the weapon its clause names: "A landmine killed a woman" is a
bombing, "attackers hurled grenades at a bar, killing two" a bombing, "a mortar round killed
three children" a shelling, "a drone killed a commander" an air strike. A killing told with
its instrument is an attack of that instrument's kind (the coding rules: blast or mine =
bombing; rockets, mortars = shelling; missiles = missile attack; aircraft = air strike)."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.syntax import children, lemma_of, words
from loaders.extraction.events.targets import DEVICE_WORDS, WEAPON_WORDS
from loaders.extraction.events.triggers import TriggerBook, needs_met, trigger_for
from loaders.extraction.mentions import AIRCRAFT

# the heads that name a weapon or a device used (its compounds and adjectives tell the kind:
# "a roadside bomb", "a mortar round", "cruise missiles")
INSTRUMENT_HEADS = WEAPON_WORDS | DEVICE_WORDS | AIRCRAFT

# the cue groups that name an instrument's kind, the most specific first ("a suicide car
# bomb" is a suicide bombing; "a missile fired from a drone" names the missile)
KIND_GROUPS = ("suicide", "missile", "air", "shelling", "explosive")

# the kinds of event an instrument may retype: the generic ones told by the effect alone; a
# fight only by a missile ("shot down an airliner with a missile"), as a fight "with machetes"
# or "with tanks" stays a fight
RETYPED = frozenset({"killing"})
RETYPED_BY_MISSILE = frozenset({"armed_clash"})

# verbs that use an instrument on a target: "hurled grenades", "fired rockets", "planted a bomb"
USE_VERBS = words("hurl throw lob toss fire launch plant detonate set explode lay drop use")


def instrument_type(trigger: Token, event_type: str, book: TriggerBook) -> str | None:
    """The type the trigger's instrument gives, else None: the subject of the killing verb
    ("a landmine killed"), its "with" object ("killed him with a bomb"), or the object of the
    verb of use the killing participle continues ("hurled grenades ..., killing two")."""
    if event_type not in RETYPED | RETYPED_BY_MISSILE:
        return None
    for instrument in instruments(trigger):
        if any(_own_event(t, book) for t in instrument.subtree):
            return None  # "a mortar round killed three": the mortar names its own event
        kind = instrument_kind(instrument, book)
        if event_type in RETYPED_BY_MISSILE and kind != book.cue_types.get("missile"):
            continue
        if kind is not None:
            return kind
    return None


def _own_event(token: Token, book: TriggerBook) -> bool:
    """A trigger whose needs hold ("a mortar round killed": the round was fired); "with a
    missile" names how, no event of its own."""
    found = trigger_for(token, book)
    return found is not None and needs_met(token, found, book)


def instruments(trigger: Token) -> list[Token]:
    found = children(trigger, "nsubj")
    found += [o for p in children(trigger, "prep") if p.lower_ == "with" for o in p.children]
    head = trigger.head
    if trigger.dep_ in ("advcl", "conj", "xcomp") and lemma_of(head) in USE_VERBS:
        found += children(head, "dobj")
    return [t for t in found if lemma_of(t) in INSTRUMENT_HEADS or t.lower_ in INSTRUMENT_HEADS]


def instrument_kind(instrument: Token, book: TriggerBook) -> str | None:
    """The kind a weapon's own words tell: its head and the words that modify it."""
    named = {instrument.lower_, lemma_of(instrument)}
    for child in instrument.children:
        if child.dep_ in ("compound", "amod", "nmod"):
            named |= {child.lower_, lemma_of(child), *child.lower_.split("-")}
    for group in KIND_GROUPS:
        if named & book.cue_groups.get(group, frozenset()):
            return book.cue_types.get(group)
    if named & DEVICE_WORDS:
        return book.cue_types.get("explosive")  # "a bomb", "grenades": a device that explodes
    return None
