"""The country a story is set in: where most of its places lie, else the state it names most,
else the country of the armed groups it names ("led by fighters of the Arakan Rohingya Salvation
Army"), else where the copy was filed. Unnamed soldiers, officials and people hit take it
(``referents.Referents.home_state``)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from loaders.extraction.actors.agents import agent_noun
from loaders.extraction.mentions import ACTOR_LABELS, actor_of, doc_ents
from loaders.extraction.place_datelines import dateline_place
from loaders.extraction.place_mentions import (
    reads_as_place,
    unlabelled_places,
)
from loaders.extraction.place_namesakes import story_countries, story_place
from loaders.extraction.place_owners import names_a_side, owner_modifier
from loaders.extraction.word_sets import words

NOT_PLACES = frozenset({"NORP", "PERSON", "ACTOR", "DATE", "TIME", "CARDINAL", "ORDINAL",
                        "QUANTITY", "MONEY", "PERCENT"})  # fmt: skip


def home_country(doc: Doc) -> str | None:
    """The country of Referents.home_state (a fact of the document: read once per document)."""
    counts: dict[str, int] = {}
    unlabelled = [span for s in doc.sents for span in unlabelled_places(s)]
    surnames = {e[-1].text for e in doc_ents(doc) if e.label_ == "PERSON" and len(e) > 1}
    for ent in [*doc_ents(doc), *unlabelled]:
        # as locations are read: a place label, or a name the gazetteer knows that the
        # model took for something else ("near Bamenda" as an ORG) or left unlabelled
        if names_a_side(ent) or owner_modifier(ent):
            continue  # "pro-Russia separatists", "a U.S. base" are not set in Russia or the U.S.
        if ent.label_ == "PERSON" and ent.text in surnames:
            continue  # "Mr. Arar" after "Maher Arar": the person again, not the Saudi town
        if ent.label_ not in NOT_PLACES or reads_as_place(ent):
            place = story_place(doc, ent.text)  # "near Songo" in a Mozambican story
            if place is not None and place.country and acts_as_side(ent, place.precision):
                continue  # "The United States ... said", "China's top diplomat": a side
            if place is not None and place.country:
                weight = 2 if place.precision == "country" and sets_the_scene(ent) else 1
                counts[place.country] = counts.get(place.country, 0) + weight
    tied = [c for c, n in counts.items() if n == max(counts.values())]
    voiced = [c for c in tied if c in story_countries(doc)] if len(tied) > 1 else []
    if voiced:  # "talks in Arusha ... killed 23 civilians in Bubanza province", said a
        return voiced[0]  # Burundian spokesman: places tied, the story's state voices decide
    # no place: the states and their people named ("Indonesian opposition leader"), those
    # told as sides next, then the armed groups; a people named as the ones hit ("beat two
    # Ethiopian migrants to death, Kenyan police said") only when nothing else is named: victims
    # are often strangers where the story happens
    passes = ((HOME_KINDS, False, False), (HOME_KINDS, True, False),
              (("armed_group",), True, False), (HOME_KINDS, True, True))  # fmt: skip
    for kinds, sides, hit in passes:
        if counts:
            break
        for ent in doc_ents(doc):
            actor = actor_of(ent.text) if ent.label_ in ACTOR_LABELS else None
            if actor is None or actor.kind not in kinds or not actor.country:
                continue
            if is_hit(ent) and not hit:
                continue
            if sides or not acts_as_side(ent, "country"):
                counts[actor.country] = counts.get(actor.country, 0) + 1
    if not counts and (filed := dateline_place(doc)) is not None and filed.country:
        counts[filed.country] = 1  # no place, no state named: where the copy was filed
    return max(counts, key=counts.__getitem__) if counts else None


def is_hit(ent: Span) -> bool:
    """ "beat two Ethiopian migrants", "Chinese workers were killed", "an attack on Chinese
    workers": a people named as the object of the act, not as who acts or speaks."""
    root = ent.root
    if root.dep_ in ("dobj", "nsubjpass"):
        return True
    return root.dep_ == "pobj" and root.head.lower_ in ("on", "against")


# actors that name a state or its people (not a company or a news agency: "Reuters")
HOME_KINDS = ("state", "agent")


def acts_as_side(ent: Span, precision: str) -> bool:
    """ "The United States ... said", "Beijing would suspend", "China's top diplomat": a state or
    its seat told as the doer of a verb or the owner of a person speaks or acts as a side; it is
    not where the story happens. Only a name the actor tables read as the state (ACTOR): a
    country the model labels a place ("Costa Rica said") keeps counting."""
    if ent.label_ != "ACTOR" or precision not in ("country", "city"):
        return False
    root = ent.root
    if root.dep_ == "nsubj":
        return True
    owned = root.head
    return (
        root.dep_ == "poss"
        and owned.lower_ not in PARTS
        and (owned.ent_type_ in ("PERSON", "ACTOR") or agent_noun(owned.lower_) is not None)
    )


# words between "in" and a country that say where in it ("in northern Burkina Faso")
QUARTERS = words(
    """north south east west northern southern eastern western central northeastern
    northwestern southeastern southwestern north-eastern north-western south-eastern
    south-western the"""
)
# nouns of a country's parts: "Burkina Faso's Yagha province" sets the scene in the country
PARTS = words("province region district state county capital north south east west")


def sets_the_scene(ent: Span) -> bool:
    """ "a night raid on the village of Solhan in northern Burkina Faso", "in Burkina Faso's
    Yagha province": a country told as where things happen outweighs a same-name town of
    another country ("Solhan" is also in Turkey); a country named as a side ("Russia
    attacked Kyiv") does not."""
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("'s", "’s"):
        # (not "Uganda's Yoweri Museveni": a person of the country)
        return any(t.lower_ in PARTS for t in doc[ent.end + 1 : ent.end + 4])
    start = ent.start
    while start > 0 and doc[start - 1].lower_ in QUARTERS:
        start -= 1
    return start > 0 and doc[start - 1].lower_ == "in"
