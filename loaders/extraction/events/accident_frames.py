"""Harm an accident or a disaster did: "the plane crashed, killing all 224 aboard", "a train
derailed and slammed into a bridge, killing 96", "four people were killed when a fire broke
out", "a powerful earthquake killed 225 people", "explosions ripped through a warehouse storing
chemicals". A death, a wound or a blast told by such a frame names no violent event (README
"Rules worth knowing"; the disaster's or the accident's toll is a toll), unless the sentence
names an attacker, a weapon or an attack ("a bomb on board", "shot down", "rammed").

The frame is read from the parse, by word classes (event_triggers.yaml `cues`):
- the mishap: a verb of accidental movement or failure (crash, derail, capsize, collapse ...)
  whose subject is a vehicle, a craft, an aircraft or a building; or any verb whose subject is
  a blaze or a natural or accidental disaster ("a fire broke out", "floods swept away");
- its link to the harm: the harm participle hangs on it ("crashed, killing"), the harm verb
  has it as its when/after/as clause ("were killed when ... overturned"), or the harm verb's
  own doer is the disaster ("an earthquake killed", "flooding that has killed");
- an explosion or a blast of the trigger itself, in a sentence naming hazardous goods or a
  workplace of them (gas, chemicals, fireworks, a mine) and no weapon."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from loaders.extraction.doc_memo import columns, sentence_bounds
from loaders.extraction.events.syntax import lemma_of, words
from loaders.extraction.events.triggers import TriggerBook

HARM = words("kill die dead death injure wound burn perish drown claim leave toll")
BLASTS = words("explosion blast explode fire blaze")
# a vehicle, craft or structure that crashes, sinks or falls by mishap
MISHAP_VERBS = words(
    "crash crash-land derail capsize sink collide overturn plunge topple skid flip veer "
    "collapse slam smash tumble cave ground founder plummet"
)
# aircraft named by their makers or models ("a Garuda Airbus", "a Tupolev")
AIRCRAFT_MAKES = words(
    "airbus boeing tupolev antonov ilyushin yakovlev cessna fokker embraer bombardier "
    "dc-10 dc-9 md-80 atr concorde airliner airliners jetliner flight flights"
)
STRUCTURES = words(
    "building buildings bridge bridges roof roofs wall walls dam dams tower towers block "
    "blocks ceiling stand stands stadium scaffolding crane cranes mine mines tunnel tunnels "
    "school schools hotel hotels house houses home homes factory factories temple church "
    "mosque hall market complex structure floor floors balcony shaft pit"
)
# any verb of a blaze or a natural disaster ("a fire broke out", "fire swept through")
BLAZES = words("fire fires blaze blazes inferno flames flame")
BLAZE_VERBS = words(
    "sweep break engulf gut rage spread tear rip destroy devastate burn consume erupt start "
    "race raze ravage"
)
# the word classes and cue groups of event_triggers.yaml read here
MOVER_CLASSES = ("vehicles", "craft", "aircraft")
HAZARD_CLASS = "accidents"
DISASTER_CLASS = "disasters"
# workplaces of hazardous goods (not "mine": a landmine is a weapon)
HAZARD_SETTINGS = words("chemicals fireworks refinery warehouse coal colliery")
# an attacker, a weapon or an attack anywhere in the sentence keeps the violent sense
VIOLENCE = words(
    "shoot shot gun gunman gunmen gunfire bomb bomber bombers bombing explosive explosives "
    "ied device grenade missile missiles rocket rockets shell shelling mortar artillery drone "
    "airstrike strike attack attacker attackers assailant assailants militant militants rebel "
    "rebels insurgent insurgents terrorist terrorists terror hijack hijacker hijackers ram "
    "plough plow mow sabotage saboteur arson arsonist arsonists deliberately intentionally "
    "suicide detonate landmine jihadist jihadists gunship warplane mob assault raid sniper "
    "blow dynamite"
)
WHEN_MARKS = words("when after as while")


def caused_by_accident(token: Token, book: TriggerBook) -> bool:
    """The trigger tells harm done by an accident or a natural disaster, not by people."""
    lemma = lemma_of(token)
    if lemma not in HARM and lemma not in BLASTS:
        return False
    if _names_violence(token):
        return False
    classes = _classes(book)
    _movers, disasters, hazards = classes
    if lemma in BLASTS:
        return _accidental_blast(token, hazards)
    for cause in _causes(token):
        if _is_mishap(cause, classes):
            return True
    doer = _doer(token)
    return doer is not None and _is_disaster_noun(doer, disasters)


def _names_violence(token: Token) -> bool:
    start, end = sentence_bounds(token)
    cols = columns(token.doc)
    return any(cols.lemma[i] in VIOLENCE or cols.lower[i] in VIOLENCE for i in range(start, end))


def _accidental_blast(token: Token, hazards: frozenset[str]) -> bool:
    """An explosion, blast or fire in a sentence about hazardous goods or their workplace."""
    if lemma_of(token) in BLAZES:
        return _spreads(token)  # "a fire swept through", not "opened fire" or "came under fire"
    start, end = sentence_bounds(token)
    cols = columns(token.doc)
    return any(cols.lemma[i] in hazards or cols.lower[i] in hazards for i in range(start, end))


def _spreads(noun: Token) -> bool:
    """A blaze that a verb of spreading or burning tells ("a fire swept through a nightclub",
    "fire gutted the tower")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    verbs = [noun.head] if noun.dep_ == "nsubj" else []
    verbs += [c for c in noun.children if c.dep_ == "acl"]
    return any(lemma_of(v) in BLAZE_VERBS for v in verbs)


def _causes(token: Token) -> Iterator[Token]:
    """The clauses that may tell how the harm came: the verb a harm participle hangs on
    ("crashed, killing"), with the verbs it is coordinated with ("derailed and slammed"), and a
    when/after clause of the harm verb, of the verb its participle hangs on ("died when the
    plane crashed, killing all 224") or of a verb coordinated with it ("were killed and dozens
    wounded when a fire broke out")."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    anchors = list(_with_conjuncts(verb))
    if token.dep_ == "advcl" and token.tag_ == "VBG":
        hung_on = list(_with_conjuncts(token.head))
        yield from hung_on
        anchors += hung_on
    elif verb.dep_ == "conj" and verb.head.i < verb.i:
        yield verb.head  # "the ship ran aground, and 32 people died": the clause before
    for anchor in anchors:
        for child in anchor.children:
            if child.dep_ == "advcl" and any(
                m.dep_ in ("mark", "advmod") and m.lower_ in WHEN_MARKS for m in child.children
            ):
                yield from _with_conjuncts(child)


def _with_conjuncts(verb: Token) -> Iterator[Token]:
    yield verb
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
        yield first
    for child in verb.children:
        if child.dep_ == "conj":
            yield child


def _is_mishap(verb: Token, classes: Classes) -> bool:
    movers, disasters, hazards = classes
    subject = _subject(verb)
    if subject is None and _described(verb):
        subject = verb.head  # "A fire swept through a nightclub, killing 242" parsed as a title
        suffered = verb.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in verb.children)
        if suffered and not _is_disaster_noun(subject, disasters):
            return False  # "homes buried by mud": the noun suffered, it did nothing
    if subject is None:
        return False
    if _is_disaster_noun(subject, disasters):
        return True  # "a fire broke out", "floods swept away villages"
    if lemma_of(subject) in BLASTS and _accidental_blast(subject, hazards):
        return True  # "explosions ripped through a warehouse storing chemicals, killing 50"
    aground = any(c.lower_ == "aground" for c in verb.children)  # "ran aground"
    if lemma_of(verb) not in MISHAP_VERBS and not aground:
        return False
    if any(c.dep_ in ("agent", "nsubjpass", "auxpass") for c in verb.children):
        return False  # "a truck was crashed into the crowd": someone drove it
    return lemma_of(subject) in movers or subject.lower_ in movers


def _subject(verb: Token) -> Token | None:
    current = verb
    for _ in range(3):
        for child in current.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if current.dep_ != "conj" or current.head.i == current.i:
            return None
        current = current.head  # "derailed and slammed": the first verb's subject
    return None


def _described(verb: Token) -> bool:
    """A verb parsed as a modifier of the noun before it, with no doer of its own."""
    return (
        verb.dep_ == "acl"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _doer(token: Token) -> Token | None:
    """The harm verb's subject ("an earthquake killed"), the noun a participle with an object
    describes ("a powerful earthquake killed at least 225", parsed as a modifier), or the noun
    a relative clause hangs on ("flooding that has killed several persons")."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    if token.dep_ == "acl" and any(c.dep_ == "dobj" for c in token.children):
        return token.head
    for child in token.children:
        if child.dep_ == "nsubj":
            if child.lower_ in ("that", "which") and token.dep_ == "relcl":
                return token.head
            return child
    return None


def _is_disaster_noun(noun: Token, disasters: frozenset[str]) -> bool:
    return lemma_of(noun) in disasters or lemma_of(noun) in BLAZES or noun.lower_ in disasters


Classes = tuple[frozenset[str], frozenset[str], frozenset[str]]
_READ: dict[int, tuple[TriggerBook, Classes]] = {}  # by book (a book holds dicts: no hash)


def _classes(book: TriggerBook) -> Classes:
    """Movers (vehicles, craft, aircraft, buildings), disasters, hazardous goods."""
    kept = _READ.get(id(book))
    if kept is not None and kept[0] is book:
        return kept[1]
    groups = {**book.cue_groups, **book.classes}
    movers = AIRCRAFT_MAKES | STRUCTURES
    for name in MOVER_CLASSES:
        movers |= groups.get(name, frozenset())
    hazards = groups.get(HAZARD_CLASS, frozenset()) | HAZARD_SETTINGS
    read = (movers, groups.get(DISASTER_CLASS, frozenset()), hazards)
    _READ[id(book)] = (book, read)
    return read
