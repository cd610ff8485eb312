"""The toll verbs and their frames, one table: verbs whose object is lives ("claimed 12 lives",
"cost the lives of 2,000 people", "took the lives of 30"), verbs that leave or lose the dead
("left 6,000 people dead", "lost their lives"), and the clauses of an accident a participle of
dying hangs on ("a gas cylinder exploded, killing seven"). "lose" with counted people ("lost 14
soldiers") is a side's own dead: events/side_losses.py."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.syntax import lemma_of, prep_objects, words

LIFE_VERBS = frozenset({"claim", "cost", "take"})  # + "lives" / "the lives of"
LEFT_DEAD_VERBS = frozenset({"leave", "lose"})  # + "dead" / "their lives"
DEAD_WORDS = frozenset({"dead", "lives", "life"})
ACCIDENTS = words(
    "gas boiler fireworks firework methane chemical pipeline tanker cylinder dust accidental "
    "industrial transformer reactor propane"
)


def names_lives(verb: Token) -> bool:
    """ "claimed 12 lives", "claimed thousands of lives", "cost the lives of 2,000 people", "has
    taken the lives of 30" (the lives after a quantity's "of", or the verb's own object)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [o for c in objects for o in prep_objects(c, ("of",))]
    return any(lemma_of(o) in ("life", "lives") for o in objects)


def leaves_dead(token: Token) -> bool:
    """ "the typhoon left 6,000 people dead", "200 people lost their lives" """
    for child in token.children:
        if child.lower_ in DEAD_WORDS and child.dep_ in ("oprd", "acomp", "dobj", "xcomp", "ccomp"):
            return True
        if child.dep_ == "dobj" and any(
            g.lower_ == "dead" and g.dep_ in ("amod", "oprd") for g in child.children
        ):
            return True
    return False


BLOWING_UP = words("explode burst blow")
IMPACT_VERBS = words("hit strike ram smash slam plough plow")
VEHICLES = words(
    "train trains bus buses lorry lorries truck trucks car cars van minibus coach tram ferry "
    "boat ship vessel tanker vehicle taxi motorcycle locomotive"
)


def accident_clause(token: Token, cause_words: set[str]) -> bool:
    """ "A gas cylinder exploded in a restaurant, killing seven", "a passenger train hit a
    freight train, killing 280": the clause the participle of dying hangs on is an accident."""
    if token.dep_ != "advcl":
        return False
    head = lemma_of(token.head)
    if crashed(token.head) or any(crashed(c) for c in token.head.children if c.dep_ == "advcl"):
        return True  # "the plane crashed, killing all 224", "died when the plane crashed, killing"
    if head in BLOWING_UP:
        return bool(cause_words & ACCIDENTS)
    if head in IMPACT_VERBS and cause_words & VEHICLES:
        hit = [lemma_of(c) for c in token.head.children if c.dep_ == "dobj"]
        return bool(hit) and all(word in VEHICLES for word in hit)
    return False


AIRCRAFT = words("plane planes aircraft airliner helicopter helicopters jet jets glider")
WHEN_MARKS = frozenset({"when", "as", "after"})


def accident_cause(token: Token, accidents: frozenset[str]) -> Token | None:
    """The accident the dead of a clause with no doer died in: "was killed in a car accident",
    "died in a helicopter crash" (its "in" phrase), "were killed when a fire broke out", "died
    when the plane crashed" (its "when" clause). A killer named as subject or agent is read
    first (tolls._cause); this is asked only when there is none."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during"):
            for noun in prep.children:
                if noun.dep_ == "pobj" and lemma_of(noun) in accidents:
                    return noun
    for clause in token.children:
        if clause.dep_ != "advcl" or not any(c.lower_ in WHEN_MARKS for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        subject = subjects[0] if subjects else None
        if subject is not None and lemma_of(subject) in accidents:
            return subject  # "when a fire broke out"
        if crashed(clause):
            return clause  # "when the plane crashed"
    return None


CROWD_WORDS = words("crowd crowds protesters demonstrators marchers pedestrians worshippers")


def crashed(verb: Token) -> bool:
    """ "the plane crashed", "a bus crashed into a ravine": a craft or vehicle that crashed of
    itself, not one driven into a crowd (an attack when someone drove it)."""
    if lemma_of(verb) != "crash" or verb.tag_ == "VBN":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or not (subjects[0].lower_ in AIRCRAFT or subjects[0].lower_ in VEHICLES):
        return False
    hit = [o for p in verb.children if p.lower_ in ("into", "onto") for o in p.children]
    return not any(lemma_of(o) in CROWD_WORDS or o.lower_ in CROWD_WORDS for o in hit)
