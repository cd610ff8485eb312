"""How a place phrase relates to the event's place: a name that only positions another place
(the anchor of a bearing or a distance), the named place of a site the event hits, and a
proper name the text itself calls a town by its apposition.

- "Togoga, a village west of Mekelle", "Suq al-Khamis, 40 km south of Tripoli", "the Mtoko
  tribal trust land, 140 km north-east of Salisbury": the event is in the place positioned, not
  in the anchor. An anchor that positions no other named place ("shelled positions north of
  Kabul", "a camp south of Tyre") is the only place given, and stays.
- "stormed the district headquarters of Mangalsen", "shelled the outskirts of X": a site hit by
  the event's verb is where its town is.
- "seized Bentiu, the capital of Unity state", "shelled Kurgan-Tyube, the main town of ...": a
  name the text calls a town or a capital is a place, whatever the model labelled it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.doc_memo import subtree_indices
from loaders.extraction.events.place_frames import named_area_hit
from loaders.extraction.events.syntax import clause_verb, words
from loaders.extraction.mentions import place_of
from loaders.extraction.place_mentions import (
    ACCESS_NOUNS,
    COMPASS_POINTS,
    PART_WORDS,
    SITE_NOUNS,
    TOWN_WORDS,
    of_a_town,
)
from loaders.extraction.place_objects import town_named_site

# what an apposition may call a settlement ("Bentiu, the capital of Unity state")
SETTLEMENT_WORDS = TOWN_WORDS | words("capital")
# sites whose "of" names the town they stand in ("the district headquarters of Mangalsen"),
# and settlements the "of" names ("raided the village of Tawila, killing ... and abducting")
SITE_OF_WORDS = (
    SITE_NOUNS
    | ACCESS_NOUNS
    | TOWN_WORDS
    | words("headquarters headquarter centre center square barracks")
)
# the words a bearing phrase hangs from on its way to the place it positions
BEARING_LINKS = ("appos", "npadvmod", "advmod", "amod", "compound", "dep", "prep", "pobj")


def bearing_of(ent: Span) -> Token | None:
    """The compass word whose "of" the span follows ("west of Mekelle"), or None."""
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in COMPASS_POINTS:
        return root.head.head
    return None


def positions_another(ent: Span, places: list[Span]) -> bool:
    """Whether the span is the anchor of a bearing that positions another of the places: the
    bearing phrase is apposed to that place ("Togoga, a village west of Mekelle") or set off by
    a comma right after it ("the Mtoko tribal trust land, 140 km north-east of Salisbury")."""
    bearing = bearing_of(ent)
    if bearing is None:
        return False
    others: set[int] = set()
    for place in places:
        if place.start == ent.start:
            continue
        others |= set(range(place.start, place.end))
        if place.root.dep_ in ("compound", "nmod"):
            others.add(place.root.head.i)  # "the Mtoko tribal trust land": the land
    current = bearing
    for _ in range(4):
        if current.dep_ not in BEARING_LINKS or current.head.i == current.i:
            break
        current = current.head
        if current.i in others:
            return True
    left = bearing.left_edge.i
    doc = ent.doc
    return left >= 2 and doc[left - 1].text == "," and doc[left - 2].i in others


def anchors_a_named_site(ent: Span, places: list[Span]) -> bool:
    """ "the Hostomel airfield near Kyiv": the town after "near" positions a facility named
    after its own town, which is where."""
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.lower_ not in ("near", "outside"):
        return False
    site = town_named_site(prep.head)
    return site is not None and any(p.start <= site.start < p.end for p in places)


def unanchored(places: list[Span]) -> list[Span]:
    """The places that are not anchors of another (all of them when each one is)."""
    kept = [
        e
        for e in places
        if not positions_another(e, places) and not anchors_a_named_site(e, places)
    ]
    return kept or places


def site_of_hit(ent: Span, trigger: Token) -> bool:
    """ "stormed the district headquarters of Mangalsen": the town of a site that is the object
    of the event's verb."""
    root = ent.root
    if root.dep_ == "poss":
        # "hit Mogadishu's Bakara market", "the shelling of Tuzla's main square": the town
        # that owns the thing hit
        site = root.head
        if site.dep_ == "pobj" and site.head.lower_ in ("of", "on") and site.head.head == trigger:
            return True
        return site.dep_ in ("dobj", "nsubjpass") and site.head.i in event_verbs(trigger)
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    site = root.head.head
    if site.lemma_.lower() not in SITE_OF_WORDS or site.dep_ not in ("dobj", "nsubjpass"):
        return False
    return site.head.i in event_verbs(trigger)


def event_verbs(trigger: Token) -> set[int]:
    """The trigger, its clause's verb and, for a participle or a clause of result ("stormed the
    post, killing 49"), the verb it hangs from."""
    verb = clause_verb(trigger)
    found = {trigger.i, verb.i}
    for _ in range(3):  # "raided X, killing 75 people and abducting 41": up the chain
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.pos_ != "VERB":
            break
        verb = verb.head
        found.add(verb.i)
    return found


def apposed_settlement(token: Token) -> bool:
    """ "Bentiu, the capital of Unity state", "Kurgan-Tyube, the main town of ...": a proper
    name whose apposition calls it a town, a village or a capital."""
    return token.pos_ == "PROPN" and any(
        c.dep_ == "appos" and c.lemma_.lower() in SETTLEMENT_WORDS and c.i > token.i
        for c in token.children
    )


def named_settlement_hit(ent: Span, trigger: Token) -> bool:
    """A name the text calls a settlement, the object of the event's verb: where it happened."""
    root = ent.root
    if root.dep_ not in ("dobj", "nsubjpass") or not apposed_settlement(root):
        return False
    return root.head.i in event_verbs(trigger)


def quarter_of_town(ent: Span) -> bool:
    """ "the Martissant district of Port-au-Prince", "the X quarter of the capital": a named
    part of the town the "of" after it names."""
    return ent.root.lemma_.lower() in PART_WORDS and of_a_town(ent.root)


# a phrase or clause dating the event by another one ("two days after the bombing at Kabul
# airport", "since the massacre in Srebrenica", "on the anniversary of the Beslan siege", "weeks
# after he was kidnapped west of Cairo")
OTHER_EVENT_PREPS = words("after since before until following")
OTHER_EVENT_NOUNS = words("anniversary commemoration memory")


def in_other_event_phrase(token: Token, trigger: Token, also: Token | None = None) -> bool:
    """Whether a place sits in a phrase that dates the event by another event: that event's
    place, not this one's (the trigger itself not inside the phrase)."""
    anchors = {trigger.i} | ({also.i} if also is not None else set())
    current = token
    for _ in range(10):
        if current.i in anchors or current.head.i == current.i:
            return False
        if any(current.left_edge.i <= i <= current.right_edge.i for i in anchors):
            return False  # the event itself is told inside the phrase
        if current.lemma_.lower() in OTHER_EVENT_NOUNS and current.pos_ == "NOUN":
            return True
        dating = current.dep_ == "prep" and current.lower_ in OTHER_EVENT_PREPS
        if dating and any(
            o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in current.children
        ):
            return True
        # "weeks after he was kidnapped west of Cairo": a clause dating it by another event
        if current.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in OTHER_EVENT_PREPS for c in current.children
        ):
            return True
        current = current.head
    return False


def is_country(ent: Span) -> bool:
    place = place_of(ent.text)
    return place is not None and place.precision == "country"


def finer_in_own_clause(best: Span, located: list[Span], noun: Token) -> Span | None:
    """A place finer than a country that the clause of a subject noun names."""
    subject = noun
    for _ in range(4):  # "a number of attacks in Iraq": the phrase's head is the subject
        if subject.dep_ not in ("pobj", "prep"):
            break
        subject = subject.head
    if not is_country(best) or subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = subtree_indices(subject.head)
    finer = [e for e in located if e.start in clause and not is_country(e)]
    return min(finer, key=lambda e: abs(e.start - noun.i)) if finer else None


def hit_there(ent: Span, trigger: Token) -> bool:
    """A named place the event's verb hits: a settlement or quarter ("attacked the Barlonyo
    camp", "shelled Kurgan-Tyube, the main town of ...") or the town of a site ("stormed the
    district headquarters of Mangalsen")."""
    return (
        named_area_hit(ent, trigger)
        or named_settlement_hit(ent, trigger)
        or site_of_hit(ent, trigger)
    )
