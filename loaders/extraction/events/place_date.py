"""The place of an event: the locative phrase in its clause, the finest named place it holds."""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.doc_memo import subtree_indices
from loaders.extraction.events.place_anaphora import anaphoric_place
from loaders.extraction.events.place_anchors import (
    finer_in_own_clause,
    hit_there,
    in_other_event_phrase,
    is_country,
    quarter_of_town,
    unanchored,
)
from loaders.extraction.events.place_frames import (
    TAKEN_FROM_TYPES,
    in_speaker_phrase,
    named_area_hit,
    placed,
)
from loaders.extraction.events.raw import RawEvent
from loaders.extraction.events.speech_places import said_there
from loaders.extraction.events.syntax import clause_verb, words
from loaders.extraction.place_mentions import (
    ACCESS_NOUNS,
    AREA_WORDS,
    COMPASS_POINTS,
    TOWN_WORDS,
    named_as_town,
    place_spans,
    placed_by_the_text,
)
from loaders.extraction.place_objects import named_camp, town_named_site
from loaders.extraction.place_owners import owner_modifier
from loaders.extraction.referents import Referents, doc_ents, ent_at, place_of

LOCATIVE_PREPS = words(
    "in near at around outside across over on into inside throughout towards toward to "
    "outskirts north south east west off along within through between"
)
RETREAT_LEMMAS = words("withdraw retreat flee drive push expel oust evacuate abandon")


COUNTRY_LOCATIONS = True  # a country is kept as the location when nothing finer is named


def locate(
    trigger: Token,
    sentence: Span,
    referents: Referents,
    place_object: Token | None,
    event: RawEvent,
    also: Token | None = None,
) -> dict | None:
    doc = trigger.doc
    # "withdrew from Avdiivka", "drove IS out of Kismayo", "retreated from X after fighting"
    # ("seized the territory from Ukraine": who lost it, not where)
    retreat = event.type in TAKEN_FROM_TYPES or clause_verb(trigger).lemma_ in RETREAT_LEMMAS
    inside_roles: set[int] = set()
    for ref in (event.actor, event.target):
        if ref and ref.get("start") is not None:
            inside_roles |= {
                t.i for t in doc.char_span(ref["start"], ref["end"], alignment_mode="expand") or []
            }
    spans = place_spans(sentence, retreat)
    places = [
        e
        for e in spans
        # "Nairobi police" names who, not where; "a party member in Morocco" also where;
        # "a Baghdad police station" where the building hit stands
        if (
            e.start not in inside_roles
            or under_locative(e.root, retreat)
            or names_a_building(e.root)
            or hit_there(e, trigger)
        )
        and not in_other_description(e.root, trigger, also)
        # (a country named there still is the setting's: "hours after the coalition said it
        # would strike in Yemen")
        and not (in_other_event_phrase(e.root, trigger, also) and not is_country(e))
        and not owner_modifier(e)
        and not name_of_placed_thing(e)
    ]
    # "the home ministry in Kathmandu said", "diplomats in Islamabad said", "said in Geneva",
    # "told reporters in Moscow", "a statement issued in Nairobi": where the speaker was
    places = [
        e
        for e in places
        if not in_speaker_phrase(e.root, trigger) and not said_there(e.root, trigger, also)
    ]
    # "Togoga, a village west of Mekelle": the anchor of a bearing positions, it is not where
    places = unanchored(places)
    if place_object is not None:
        inside = [
            e for e in places if place_object.left_edge.i <= e.start <= place_object.right_edge.i
        ]
        own = [e for e in inside if e.start <= place_object.i < e.end]
        if own and (place_object.pos_ == "PROPN" or named_area_hit(own[0], trigger)):
            return placed(referents, own[0])  # "raided Gwoza in Borno state": Gwoza itself
        if inside:
            return placed(referents, best_place(inside, referents))
        if place_object.pos_ == "PROPN":  # "shelled Stepanakert": a town the gazetteer lacks
            named = ent_at(place_object)
            return placed(referents, named or doc[place_object.i : place_object.i + 1])
    if not places:
        return victims_place(spans, inside_roles, trigger, also, referents)
    located = [e for e in places if under_locative(e.root, retreat) or hit_there(e, trigger)]
    if trigger.pos_ == "NOUN" and also in (None, trigger):
        # "struck targets in Derna after the beheading of 21 Christians in Libya": a noun's
        # own phrase places it before the clause it sits in does
        own = subtree_indices(trigger)
        mine = [e for e in located if e.start in own]
        best = min(mine, key=lambda e: (fineness(e), e.start)) if mine else None
        if best is not None:
            # "attacks in Iraq, mostly in Anbar province, were carried out": the clause the
            # noun is the subject of may name a finer place than its own country
            return placed(referents, finer_in_own_clause(best, located, trigger) or best)
    scope: set[int] = set()
    for anchor in filter(None, (trigger, also, clause_verb(trigger))):
        scope |= subtree_indices(anchor)
    for pool in ([e for e in located if e.start in scope], located):
        if pool:
            # the finest place named wins ("the town of X in Y province"), then the nearest
            # (of two spans of one name, the longer: "Janaale town" over "Janaale")
            nearest = sorted(pool, key=lambda e: (fineness(e), abs(e.start - trigger.i), -len(e)))
            chosen = nearest[0]
            if is_country(chosen):
                # "in northern Syria" says little when the sentence names a town or province
                finer = [
                    e
                    for e in sorted(located, key=lambda e: abs(e.start - trigger.i))
                    if place_of(e.text) is not None and not is_country(e)
                ]
                chosen = finer[0] if finer else (chosen if COUNTRY_LOCATIONS else None)
            return placed(referents, chosen) if chosen is not None else None
    sites = [e for e in places if names_a_building(e.root)]
    if sites:
        return placed(referents, sites[0])
    return victims_place(spans, inside_roles, trigger, also, referents)


def victims_place(
    spans: list[Span], roles: set[int], trigger: Token, also: Token | None, referents: Referents
) -> dict | None:
    """ "A reporter who went missing in Dagestan has been shot dead": an event that names no
    place of its own happened where the clause describing its victim or doer places them ("in",
    "near", "at"; not a journey's "to" or "from")."""
    for e in spans:
        clause = e.root
        while clause.dep_ != "relcl" and clause.head.i != clause.i:
            clause = clause.head
        own = e.root.dep_ == "pobj" and e.root.head.lower_ in ("in", "near", "at", "outside")
        # on the clause's verb, or on one site of it ("had taken refuge in a church at X"; not
        # "was in charge of efforts in X")
        site = e.root.head.head
        on_site = site.head.dep_ == "prep" and site.head.head.i == clause.i
        # "two men who tried to flee a checkpoint in Kandahar": the site the clause's verb names
        verb = site.head.head if site.head.dep_ == "xcomp" else site.head  # "tried to flee"
        on_site = on_site or (site.dep_ == "dobj" and verb.i == clause.i)
        near_verb = site.i == clause.i or on_site
        described = clause.dep_ == "relcl" and clause.head.i in roles and near_verb
        if own and described and in_other_description(e.root, trigger, also):
            return placed(referents, e)
    return anaphoric_place(trigger, also, referents)  # "fighting there", "occupied the town"


PRECISION_RANK = {"site": 0, "city": 0, "admin1": 1, "country": 3}
UNKNOWN_NAME_RANK = 1
# a named feature or region holds towns ("the Bekaa valley", "the Qandil mountains")
WIDE_FEATURES = words(
    "valley valleys mountains mountain hills range desert forest coast region plain plains "
    "delta basin highlands lowlands peninsula"
)


# a building or site named by the town it stands in ("a Baghdad police station")
BUILDING_HEADS = words(
    "station hotel market mosque church school hospital prison jail airport embassy base "
    "checkpoint compound office offices headquarters camp bazaar mall stadium restaurant "
    "beach street road highway square park bridge neighbourhood neighborhood "
    # a fuller class of facilities and homes a town's name modifies ("Hanoi rail yards")
    "home house houses residence yard yards depot port harbour harbor refinery plant factory "
    "mine dam farm cinema theatre theater university college cathedral temple shrine "
    "cemetery barracks garrison outpost terminal pier warehouse"
)


def names_a_building(token: Token) -> bool:
    head = token.head
    while token.dep_ == "compound" and head.dep_ == "compound" and head.head.i != head.i:
        head = head.head  # "a Baghdad police station": Baghdad -> police -> station
    return token.dep_ in ("compound", "nmod") and head.lemma_.lower() in BUILDING_HEADS


QUARTER_WORDS = TOWN_WORDS | words("favela slum township shantytown area zone camp")


def name_of_placed_thing(ent: Span) -> bool:
    """ "the Santa Cruz cemetery in Dili", "an Ariana Grande concert in Manchester": a name
    modifying a thing the text then places "in" a named place is the thing's name; the place
    after it is where."""
    head = ent.root
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    if head.i == ent.root.i or head.lemma_.lower() in QUARTER_WORDS:
        return False  # "the Jacarezinho favela in Rio": a quarter of the town is finer
    if town_named_site(head) is not None:
        return False  # "the Hostomel airfield near Kyiv": the airfield's town
    return any(
        o.pos_ == "PROPN" and not _wide_area(o)  # "the Kamituga mine in South Kivu": the town
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in ("in", "near", "outside")
        for o in c.children
        if o.dep_ == "pobj"
    )


def _wide_area(token: Token) -> bool:
    """A province, a region or a country: wider than any name placed in it."""
    name = token.doc[token.left_edge.i : token.i + 1].text
    place = place_of(name) or place_of(token.text)
    wide = place is not None and place.precision in ("admin1", "country")
    return wide or token.lemma_.lower() in AREA_WORDS


def possessed_by_town(ent: Span) -> bool:
    """ "Mogadishu's Hodan district", "Baghdad's Green Zone": a part of a town or province the
    text names by its owner is finer than the owner."""
    doc = ent.doc
    named_area = ent.root.lemma_ in TOWN_WORDS and ent[0].pos_ == "PROPN"  # "Makki district"
    if ent.root.pos_ != "PROPN" and not named_area:
        return False  # "Bangkok's busiest international airport": the town is the name
    if ent.start < 2 or doc[ent.start - 1].lower_ not in ("'s", "’s"):
        return False
    owner_ent = next((e for e in doc_ents(doc) if e.end == ent.start - 1), None)
    owner = (
        place_of(doc[ent.start - 2].text)
        or place_of(doc[doc[ent.start - 2].left_edge.i : ent.start - 1].text)
        or (place_of(owner_ent.text) if owner_ent is not None else None)
    )  # "Jammu and Kashmir's Anantnag district"
    return owner is not None and owner.precision in ("city", "site", "admin1")


def fineness(ent: Span) -> float:
    """-1 for a name the text calls a town ("the village of Dablo in Centre-Nord region", "the
    Jerusalem district of Abu Dis"), 0 for a town or site the gazetteer knows or a district of a
    province, 1 for a province or a name the gazetteer does not know, 3 for a country."""
    if named_as_town(ent) or possessed_by_town(ent) or placed_in_town(ent):
        return -1
    if named_camp(ent.root):
        return -1  # "the Barlonyo camp near Lira": a settlement of its own
    if ent.root.dep_ == "compound" and town_named_site(ent.root.head) is not None:
        return -1  # "the Hostomel airfield near Kyiv": the town the airfield is named after
    if ent.root.lemma_.lower() in WIDE_FEATURES:
        return 1  # "in the Bekaa valley near Baalbek": the town is finer than its valley
    place = place_of(ent.text)
    if place is not None:
        return PRECISION_RANK.get(place.precision, 2)
    if ent.root.lemma_ in TOWN_WORDS - SUBDIVISIONS:
        return -1  # "Lower Shabelle region's Janaale town": the text calls it a town
    if ent.root.lemma_ in SUBDIVISIONS:
        # "Arghandab district of Kandahar province", "the Kupwara district in Kashmir": a
        # district inside the province named after it is finer than that province
        after = ent.doc[ent.end : ent.end + 1]
        if after and after[0].lower_ == "of" and quarter_of_town(ent):
            return -1  # "the Martissant district of Port-au-Prince": a quarter of the town
        return 0 if after and after[0].lower_ in ("of", "in") else 1
    if placed_by_the_text(ent) or names_a_subdivision(ent):
        return -1
    # a name no table knows is most often a village or a quarter, but may be a wider area the
    # tables lack: as fine as a province or a valley (the nearer wins), finer than a country
    return UNKNOWN_NAME_RANK


def names_a_subdivision(ent: Span) -> bool:
    """ "Zurmi local government area of Zamfara state": the name of a district that the text
    places in a wider area is finer than that area."""
    head = ent.root.head
    if ent.root.dep_ not in ("compound", "nmod") or head.lemma_ not in SUBDIVISIONS:
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("of", "in") for c in head.children)


SUBDIVISIONS = words("district county municipality area")  # "Zurmi local government area"


def placed_in_town(ent: Span) -> bool:
    """ "the Sultanahmet district, an affluent area on the European side of Istanbul": a
    quarter whose apposition places it in a town the gazetteer knows is finer than the town."""
    noun = ent.root
    if noun.dep_ == "compound" and noun.head.lemma_ in TOWN_WORDS:
        noun = noun.head  # "Sultanahmet" of "the Sultanahmet district"
    if noun.lemma_ not in TOWN_WORDS:
        return False
    return any(c.dep_ == "appos" and _holds_a_town(c) for c in noun.children)


def _holds_a_town(appos: Token) -> bool:
    """An apposition that places a district in a town the gazetteer knows."""
    return any(
        t.pos_ == "PROPN" and (p := place_of(t.text)) is not None and p.precision == "city"
        for t in appos.subtree
    )


def best_place(ents: list[Span], referents: Referents) -> Span:
    """The finest of the places inside an object ("a checkpoint in Arghandab district of
    Kandahar province": the district), the first of equals."""
    return min(ents, key=lambda e: (fineness(e), e.start))


def in_other_description(token: Token, trigger: Token, also: Token | None) -> bool:
    """ "an official who had returned from a trip to Mogadishu": a place in a relative clause
    describing someone says where they went, not where the event happened (a participle's
    place, "a truck carrying coffee pickers near Jinotega", and a "which" clause, "a car bomb
    which took place in al-Tadamun", are usually the event's)."""
    anchors = {trigger.i} | ({also.i} if also is not None else set())
    current = token
    for _ in range(12):
        if current.i in anchors or current.head.i == current.i:
            return False
        if current.dep_ == "relcl" and current.head.pos_ in ("NOUN", "PROPN"):
            who = any(t.lower_ in ("who", "whom", "whose") for t in current.children)
            if who and attackers_deed(current, trigger):
                return False  # "Gunmen who stormed a bus station in Kano opened fire"
            return who and current.head.i not in anchors
        current = current.head
    return False


# what attackers do on their way to the act the clause tells
ASSAULT_VERBS = words("storm attack raid overrun ambush enter invade seize surround burst")


def attackers_deed(relcl: Token, trigger: Token) -> bool:
    """A "who" clause on the subject of the event's own clause telling how the attackers came
    ("Gunmen who stormed a bus station in Kano opened fire"): its place is the event's."""
    subject = relcl.head
    verb = clause_verb(trigger)
    return (
        subject.dep_ == "nsubj"
        and subject.head.i in (verb.i, trigger.i)
        and relcl.lemma_.lower() in ASSAULT_VERBS
    )


def _not_a_motion(prep: Token) -> bool:
    """ "according to the Press Association of Northern Ireland", "aid to Bosnia's people",
    "talks over the border": "to" and "over" place only a motion or an act of a verb."""
    if prep.lower_ not in ("to", "over") or prep.head.lower_ in ("close", "near", "next"):
        return False  # "close to the city of Aleppo" places
    if prep.lower_ == "to" and prep.head.lemma_.lower() in ACCESS_NOUNS:
        return False  # "at the entrance to Bosaso": the town is where
    return prep.head.pos_ not in ("VERB", "AUX") or prep.head.lower_ == "according"


def under_locative(token: Token, retreat: bool = False) -> bool:
    """Whether a place name sits in a locative phrase ("in the town of X", "on the outskirts
    of the city of X"); for ground lost or won, also "from X" and "out of X"."""
    current = token
    for _ in range(7):
        if current.dep_ == "pobj" and current.head.lower_ in LOCATIVE_PREPS:
            return not _not_a_motion(current.head)
        bearing = current.head.lower_ == "of" and current.head.head.lower_ in COMPASS_POINTS
        if current.dep_ == "pobj" and bearing:
            return True  # "a camp south of Tyre", "a firebase north of Dong Ha"
        if (
            current.dep_ == "pobj"
            and current.head.lower_ == "of"
            and current.head.head.lower_
            in (
                "outside",
                "inside",
            )
        ):
            return True  # "shot two protesters outside of Nairobi's airport"
        if retreat and current.dep_ == "pobj" and current.head.lower_ == "from":
            return True
        distance = current.head.lower_ == "from" and current.head.head.lower_ in ("away", "far")
        if current.dep_ == "pobj" and distance:
            return True  # "a quarter mile away from the village of X": a distance
        if retreat and current.dep_ == "pobj" and current.head.head.lower_ == "out":
            return True  # "drove al-Shabaab out of the port of Kismayo"
        if current.dep_ in ("compound", "amod", "appos", "conj", "pobj", "nmod", "poss", "prep"):
            if current.head.i == current.i:
                return False
            current = current.head
            continue
        return False
    return False
