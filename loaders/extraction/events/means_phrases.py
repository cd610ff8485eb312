"""The type deaths take from the strike their phrase names when the parse lost the noun: "At
least 14 civilians were killed in renewed government airstrikes on the town" (the small model
tags "airstrikes" a verb, so no strike event is built and the deaths stood as a `killing`).
The dead of a strike belong to it (tests/devset_world/README.md "The dead of a strike"): the
words after the death verb's own "in", "by", "during", "following" or "after", up to the next
preposition or comma, that name an air strike, a shelling or a missile attack give the type."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from loaders.extraction.events.role_parts import EFFECT_LEMMAS, MEANS_TYPES
from loaders.extraction.events.syntax import children, lemma_of, prep_objects, with_conjuncts, words
from loaders.extraction.events.triggers import Trigger, TriggerBook, cue_type

PHRASE_PREPS = words("in by during following after amid")
CAUSE_PREPS = ("following", "after", "amid")  # "killed following air raids": their cause
DEATH_LEMMAS = words("kill die")
STRIKE_TYPES = frozenset({"air_strike", "shelling", "missile_attack"})
# words that only name an attack once a cue tells its kind ("an air raid", "rocket attacks")
GENERIC_HEADS = words("attack raid assault operation")
STOPS = frozenset({"ADP", "PUNCT", "SCONJ", "PRON"})  # a hyphen does not end it ("US-led")
LONGEST = 6  # "renewed Syrian government and Russian airstrikes"


def strike_in_phrase(trigger: Token, book: TriggerBook, found: Collection[int]) -> str | None:
    """The strike type named in the death verb's phrase (module doc), else None; None too when
    a word of an "in" or "by" phrase is a trigger of its own (that event tells the deaths
    itself); a strike "after" or "following" which the deaths came is read as background, so
    the deaths carry its type."""
    if lemma_of(trigger) not in DEATH_LEMMAS or trigger.pos_ not in ("VERB", "AUX"):
        return None
    for verb in with_conjuncts(trigger):  # "killed and 15 wounded in a strike"
        for prep in children(verb, "prep"):
            if prep.lower_ not in PHRASE_PREPS:
                continue
            phrase = _phrase_after(prep)
            if prep.lower_ not in CAUSE_PREPS and any(t.i in found for t in phrase):
                return None  # "killed in an air strike": the strike tells its dead itself
            kind = _strike_kind(phrase, book)
            if kind is not None:
                return kind
    return None


def _phrase_after(prep: Token) -> list[Token]:
    phrase = []
    for token in prep.doc[prep.i + 1 : min(prep.i + 1 + LONGEST, prep.sent.end)]:
        if token.pos_ in STOPS and token.tag_ != "HYPH":
            break
        phrase.append(token)
    return phrase


def _strike_kind(phrase: list[Token], book: TriggerBook) -> str | None:
    """The strike a phrase names by a strike word read whatever its part of speech ("airstrikes"
    tagged a verb), refined by the phrase's cues ("missile strikes"); a generic attack word only
    with a cue ("air raids", "rocket attacks")."""
    for token in phrase:
        trigger = book.triggers.get(lemma_of(token)) or book.triggers.get(token.lower_)
        if trigger is None:
            continue
        refined = cue_type(phrase, trigger, book)
        kind = refined or (None if trigger.lemma in GENERIC_HEADS else trigger.type)
        if kind in STRIKE_TYPES:
            return kind
    return None


def strike_named(noun: Token, trigger: Trigger) -> bool:
    """A strike's own noun ("air raids", "shelling", "airstrikes") that deaths "following" or
    "after" it came from; a bare "raid" may be on the ground (its base type is the air strike,
    refined by its doers)."""
    if trigger.type not in STRIKE_TYPES:
        return False
    if trigger.lemma != "raid":
        return True
    return any(lemma_of(c) in ("air", "aerial") for c in children(noun, "compound", "amod"))


ATTACK_NOUNS = words("attack attacks")
RETOLD_TYPES = frozenset({"killing", "armed_clash"})  # what a bare attack noun is typed


def attack_told_before(event_trigger: Token, event_type: str) -> bool:
    """ "Two others were killed in a similar attack on al-Zahraa", "20 people were killed in the
    attacks on the Sukkari neighbourhood": deaths in a bare attack noun that is "similar" to
    the one told before, or that points back to it ("the attacks"), are of that attack's kind
    (the caller gives the kind of the last event told, when it is a strike or a bombing)."""
    if event_type not in RETOLD_TYPES:
        return False
    nouns = [event_trigger] + [
        o
        for p in children(event_trigger, "prep")
        if p.lower_ in ("in", "during")
        for o in children(p, "pobj")
    ]
    for noun in nouns:
        if noun.pos_ != "NOUN" or noun.lower_ not in ATTACK_NOUNS:
            continue
        mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "det", "compound")}
        if "similar" in mods or ("the" in mods and len(mods) == 1):
            return True
    return False


def means_behind(verb: Token, subject: Token | None, found: dict[int, Trigger]) -> Token | None:
    """The means noun an effect verb tells the deeds of ("killed by air strikes", "strikes that
    killed", "killed in clashes", "killed following air raids"), else None (events/roles.py
    builds the event from it)."""
    if lemma_of(verb) not in EFFECT_LEMMAS:
        return None
    # "were killed following air raids on a market": a strike the deaths came after caused them
    caused = prep_objects(verb, CAUSE_PREPS)
    candidates = [subject] if subject is not None else []
    if subject is not None and subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
        candidates.append(verb.head)
    candidates += prep_objects(verb, ("in", "by", "during"))  # "killed in the raids"
    candidates += [o for c in children(verb, "agent") for o in children(c, "pobj")]
    prepositional = {c.i for c in candidates if subject is None or c.i != subject.i}
    for candidate in candidates + caused:
        if candidate is not None and candidate.i in found and candidate.i != verb.i:
            trigger = found[candidate.i]
            if candidate in caused and not strike_named(candidate, trigger):
                continue  # "killed after clashes", "died after a raid": no strike named
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
