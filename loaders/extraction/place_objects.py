"""A proper name that a verb of assault on ground takes as its object is a place, whatever the
model labelled it ("Troops raided Chut Pyin", "Soldiers attacked Maung Gyi Taung at dawn,
killing 40 people", "Army patrols entered Plan de Sánchez"): the model leaves many a village
unlabelled or takes it for a person or an organisation, and no gazetteer lists it.

The verb decides, not a list of names: ground is raided, overrun, stormed, shelled, razed,
besieged, occupied or entered, never a person; a name attacked, ambushed, hit, captured or
seized may be a person or a body, so it is a place only when the clause names its victims
apart ("attacked X, killing 40 people": the dead are not X). A name that bears a known actor,
a title ("President X") or a word of an institution ("X University", "the X Party") is whom.
A camp with a name of its own that no armed group bears ("the Tel al-Zaatar camp in east
Beirut") is a settlement too, finer than the town it lies in.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.mentions import TITLE_WORDS, actor_of, place_of
from loaders.extraction.word_sets import words as _words

# verbs whose object is ground, never a person ("raided Chut Pyin", "overran Kalehe")
GROUND_VERBS = _words(
    "raid overrun storm shell bombard pound raze torch besiege encircle surround occupy invade "
    "sack loot pillage infiltrate retake recapture liberate blockade enter"
)
# verbs whose object may be a person or a body ("attacked the governor", "seized Abu X")
PERSON_OR_GROUND_VERBS = _words("attack ambush hit strike target capture seize")
# words that make a name an institution's or a building's, not a settlement's
INSTITUTION_WORDS = _words(
    "university college school academy institute bank company corporation party ministry "
    "council assembly parliament congress court hospital clinic church mosque temple "
    "cathedral synagogue station base camp office embassy consulate hotel club stadium "
    "airport airline agency front army movement brigade battalion regiment militia force "
    "forces group union league committee federation association foundation house palace "
    "newspaper radio television tv times post news network"
)


def _verb_lemma(token: Token) -> str:
    return token.lemma_.lower()


def name_span(token: Token) -> Span:
    """The proper name a token heads: its proper-noun compounds before it ("Maung Gyi Taung")."""
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound":
        previous = token.doc[start - 1]
        if previous.pos_ != "PROPN" or previous.head.i != token.i:
            break
        start -= 1
    return token.doc[start : token.i + 1]


# counts without a number's digits ("hundreds of villagers were killed when ...")
COUNT_NOUNS = _words("dozens hundreds scores thousands")


def _victims_apart(verb: Token, name: Token) -> bool:
    """The clause counts its victims outside the object and the doers ("attacked X at dawn,
    killing 40 people", "raided X and killed at least 130 villagers", "Hundreds of villagers
    were killed when soldiers attacked X")."""
    skipped = {t.i for t in name.subtree}
    skipped |= {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    clause = verb
    while clause.dep_ in ("advcl", "conj") and clause.head.i != clause.i:
        clause = clause.head  # the clause the "when" or "and" clause belongs to
    return any(
        (
            t.dep_ == "nummod"
            and t.head.pos_ == "NOUN"
            and t.head.i not in skipped
            and t.ent_type_ not in ("DATE", "TIME")  # "after 11 days of fighting": no one
        )
        or t.lower_ in COUNT_NOUNS
        for t in clause.subtree
        if t.i not in skipped
    )


# verbs of taking, whose object is ground once the event is typed as taking it
TAKING_VERBS = _words("capture seize take")


def ground_object(token: Token, taken: bool = False) -> bool:
    """Whether a proper noun is the object of a verb of assault on ground and names a place
    (``taken``: the event is already read as a capture, "Abkhaz forces captured Sukhumi")."""
    if token.pos_ != "PROPN" or token.dep_ not in ("dobj", "nsubjpass") or token.is_sent_start:
        return False
    verb = token.head
    lemma = _verb_lemma(verb)
    if verb.pos_ != "VERB" or lemma not in GROUND_VERBS | PERSON_OR_GROUND_VERBS | TAKING_VERBS:
        return False
    if any(c.dep_ in ("det", "poss", "case") for c in token.children):
        return False  # "attacked the Pentagon", "stormed Smith's house": a body or a building
    name = name_span(token)
    if not name.text[:1].isupper() or actor_of(name.text) is not None:
        return False
    if any(t.lower_ in TITLE_WORDS or t.lower_ in INSTITUTION_WORDS for t in name):
        return False  # "attacked President X", "stormed Garissa University College"
    if token.ent_type_ in ("NORP", "DATE", "TIME", "CARDINAL", "MONEY", "ORDINAL"):
        return False
    if lemma in GROUND_VERBS or (taken and lemma in TAKING_VERBS):
        return True
    return lemma in PERSON_OR_GROUND_VERBS and _victims_apart(verb, token)


def ground_object_span(ent: Span) -> bool:
    """An entity span whose head is such an object ("Maung Gyi Taung" taken for a PERSON)."""
    return ent.root.i == ent[-1].i and ground_object(ent.root)


def known_town_object(token: Token) -> bool:
    """A proper-noun object the gazetteer knows as a town or a province and no actor bears
    ("captured Timbuktu", "captured Sukhumi" taken for a person): ground, not whom."""
    if token.pos_ != "PROPN" or any(c.dep_ in ("det", "poss") for c in token.children):
        return False
    name = name_span(token).text
    place = place_of(name)
    return place is not None and place.precision in ("city", "admin1") and actor_of(name) is None


def named_camp(token: Token) -> bool:
    """ "the Tel al-Zaatar camp", "the Barlonyo camp for displaced people": a camp with a name
    of its own that no armed group bears is a settlement, the finer place than the town it lies
    in or near ("a FARC camp", "a Karen National Union camp" are the group's, hit)."""
    if token.lemma_.lower() != "camp":
        return False
    names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not names:
        return False
    name = token.doc[names[0].left_edge.i : names[-1].i + 1].text
    place = place_of(name)
    return actor_of(name) is None and (place is None or place.precision != "country")


# facilities that take the name of the town they serve ("the Hostomel airfield", "Kajaki dam")
TOWN_NAMED_SITES = _words("airport airfield airbase dam port harbour harbor bridge mine oilfield")


def town_named_site(token: Token) -> Span | None:
    """ "seized the Hostomel airfield near Kyiv": a facility named by a proper name no actor
    bears, that a "near" or "outside" then positions, is in the town of its own name; the town
    after "near" is only the anchor. The name's span, or None."""
    if token.lemma_.lower() not in TOWN_NAMED_SITES:
        return None
    if not any(c.dep_ == "prep" and c.lower_ in ("near", "outside") for c in token.children):
        return None
    names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not names or names[-1].i != token.i - 1:
        return None
    span = token.doc[names[0].i : token.i]
    return span if actor_of(span.text) is None and not span[0].is_sent_start else None
