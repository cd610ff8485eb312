"""Habits and kinds told in the grammar of a sentence, not events of the news: the simple
present of a verb ("Drones strike at night", "the army fights the rebels in the hills"), the
perfect of habit ("rebels have long attacked convoys"), a habit of the verb that governs the
trigger ("insurgents often use roadside bombs to attack patrols") and a kind named by "such"
("fighters killed in such clashes"). Wire copy tells its events in the past; a headline (which
drops tense), a question, a condition and a present dated by a day of the news ("Rebels attack
Goma on Monday") keep theirs."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.repeats import day_dated
from loaders.extraction.events.states import full_sentence
from loaders.extraction.events.syntax import is_headline, words

PRESENT_TAGS = frozenset({"VBZ", "VBP"})
HABITUAL_ADVERBS = words(
    "often frequently regularly routinely usually sometimes occasionally typically generally "
    "rarely seldom habitually commonly traditionally"
)
# the verbs a habit passes down from: "often use bombs to attack", "regularly try to ambush"
GOVERNED_DEPS = frozenset({"xcomp", "advcl"})
# "have long attacked", "have for years shelled": a perfect of habit
LONG_ADVERBS = words("long")
TIMES_OF_DAY = words("night dawn dusk nightfall daybreak daytime evening evenings nights")


def is_generic_present(token: Token) -> bool:
    """A verb trigger in the bare simple present with no day of the news."""
    if _long_perfect(token) or _such_kind(token) or _habit_above(token) or _used_to(token):
        return True
    if token.pos_ != "VERB":
        return False  # "roadside bombs kill ...": a noun's present is left alone ("clashes
    verb = token  # erupt in the north" leads a wire story)
    if verb.tag_ not in PRESENT_TAGS or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg", "mark") for c in verb.children):
        return False  # "has attacked", "does not attack", "if the army attacks": read elsewhere
    if verb.sent[-1].text == "?" or verb.sent[-2:-1].text == "?":
        return False  # "What if the army shells the town?": a question, left open
    if is_headline(verb.sent) or not full_sentence(verb):
        return False
    return not day_dated(verb) or _only_time_of_day(verb)


def _only_time_of_day(verb: Token) -> bool:
    """ "strike at night", "attack at dawn": a time of any day, the habit's, not the news'."""
    times = [
        t
        for c in verb.children
        if c.dep_ in ("prep", "npadvmod", "advmod")
        for t in c.subtree
        if t.ent_type_ in ("DATE", "TIME")
    ]
    return bool(times) and all(t.lower_ in TIMES_OF_DAY for t in times)


def _such_kind(token: Token) -> bool:
    """ "in such clashes", "the second such killing this month", "fighters killed in such
    clashes": a kind, told elsewhere if at all."""
    if token.pos_ not in ("NOUN", "VERB"):
        return False
    means = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children]
    return any(
        c.dep_ in ("amod", "det", "predet") and c.lower_ == "such"
        for noun in (token, *means)
        for c in noun.children
    )


def _habit_above(token: Token) -> bool:
    """A habitual adverb on the verb that governs the trigger's infinitive."""
    verb = token if token.pos_ == "VERB" else token.head
    if verb.dep_ not in GOVERNED_DEPS or verb.head.i == verb.i or verb.pos_ != "VERB":
        return False
    return any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in verb.head.children)


def _long_perfect(token: Token) -> bool:
    """ "Rebels have long attacked convoys on this highway" """
    if token.pos_ != "VERB":
        return False
    perfect = any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in token.children)
    return perfect and any(c.dep_ == "advmod" and c.lower_ in LONG_ADVERBS for c in token.children)


def _used_to(token: Token) -> bool:
    """ "Militants used to attack convoys on this road": a past habit ("used drones to attack"
    is a means, with an object of its own)."""
    verb = token if token.pos_ == "VERB" else token.head
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lower_ == "used"
        and not any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in head.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )
