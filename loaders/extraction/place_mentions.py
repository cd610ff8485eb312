"""Which spans of a sentence name a place: the model's place labels, names the gazetteer
knows whatever the model called them, names the text itself calls a town, and the place
phrases the model leaves unlabelled ("in Bago, a town north of Yangon", "the Somali capital").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.doc_memo import columns, remembered
from loaders.extraction.mentions import PLACE_LABELS, actor_of, doc_ents, ent_at, place_of
from loaders.extraction.place_datelines import is_dateline
from loaders.extraction.place_objects import ground_object, ground_object_span, town_named_site
from loaders.extraction.place_owners import names_a_side
from loaders.extraction.word_sets import words as _words


def lemma_of(token: Token) -> str:
    return token.lemma_.lower()


# natural features named by a proper noun before them ("the Guazapa volcano")
FEATURE_WORDS = _words(
    "volcano mountain mountains hill hills river valley lake forest desert "
    "district county municipality province region state governorate area"  # "Kupwara district"
)
TOWN_WORDS = _words(
    "town city village hamlet district neighbourhood neighborhood suburb quarter island islands "
    "port enclave settlement township commune locality kibbutz"
)
TOWN_ONLY = TOWN_WORDS - FEATURE_WORDS
PLACE_PREPOSITIONS = _words("in near at outside around inside")
# "withdrew from Avdiivka", "drove al-Shabaab out of Kismayo": where ground is lost
RETREAT_PREPOSITIONS = _words("from of")


def is_known_place(ent: Span) -> bool:
    """A name the gazetteer knows, whatever the model labelled it ("Kharkiv" as PERSON,
    "Adigrat" as NORP); a nationality only when it is a town's name, not a people's."""
    place = place_of(ent.text)
    if place is None:
        return False
    actor = actor_of(ent.text)
    if actor is not None and actor.kind != "state" and place.name.lower() != ent.text.lower():
        return False  # "Hamas" is the group, not the town of Hama the lookup comes near
    return ent.label_ != "NORP" or (place.precision != "country" and actor_of(ent.text) is None)


def named_as_town(ent: Span) -> bool:
    """ "the town of Khan Younis", "Bago, a town north of Yangon": a place by the text's own
    words, known to the gazetteer or not, whatever the model labelled it."""
    start = ent.start
    while (
        start > 0 and ent.doc[start - 1].dep_ == "compound" and ent.doc[start - 1].pos_ == "PROPN"
    ):
        start -= 1  # "the district of Dera [Ismail Khan]": the model's span may start late
    before = ent.doc[max(start - 2, 0) : start]
    if len(before) == 2 and before[0].lemma_ in TOWN_WORDS and before[1].lower_ == "of":
        # "the Kupwara district of Kashmir": a province or country after "of" contains the
        # district; a town's name after it ("the Jerusalem district of Abu Dis") is the place
        place = place_of(ent.text)
        if _own_name(before[0]) and place is not None and place.precision == "city":
            return False  # "the Hadba district of Tripoli": a quarter of the town after "of"
        island = before[0].lemma_ in ISLAND_WORDS  # "the islands of Guam": the islands named
        return island or place is None or place.precision not in ("admin1", "country")
    return any(  # "Bentiu, the capital of Unity state"
        c.dep_ == "appos" and c.lemma_ in TOWN_WORDS | {"capital"} and c.i > ent.root.i
        for c in ent.root.children
    )


def _own_name(town_word: Token) -> bool:
    """ "the Hadba district", "the Abu Salim district": a town word with a proper name of its
    own (a quarter or a village; not one a known province or country names)."""
    names = [
        c
        for c in town_word.children
        if _name_part(c)
        and (c.pos_ == "PROPN" or c.dep_ == "amod")  # "the Martissant district"
        and c.ent_type_ != "NORP"  # "the Chechen village of Bamut": who lives there
        and actor_of(c.text) is None
    ]
    if not names:
        return False
    place = place_of(town_word.doc[names[0].left_edge.i : names[-1].i + 1].text)
    return place is None or place.precision in ("city", "site")


AREA_WORDS = _words("province region state department governorate prefecture oblast county")
COMPASS_POINTS = _words(
    "north south east west northeast northwest southeast southwest north-east north-west "
    "south-east south-west"
)


def placed_by_the_text(ent: Span) -> bool:
    """A name the gazetteer lacks that the text places inside a province or a country it
    names next ("in Dahyan, in northern Saada province", "Tawila, North Darfur", "Solhan in
    Burkina Faso's Yagha province") or by its bearing from a known place ("Tajoura, east of
    Tripoli"): the text gives it as the finer place."""
    doc = ent.doc
    if ent.root.pos_ != "PROPN" and not (ent.root.is_title and not ent.root.is_sent_start):
        return False  # (a capitalised name the tagger took for a noun: "at Indelimane")
    i = ent.end + (ent.end < len(doc) and doc[ent.end].text == ",")
    bearing = False
    if i + 1 < len(doc) and doc[i].lower_ in COMPASS_POINTS and doc[i + 1].lower_ == "of":
        i, bearing = i + 2, True
    elif i < len(doc) and doc[i].lower_ == "in":
        i += 1
    area = False  # "in the eastern province of Arauca": the text calls it an area
    while i < len(doc) and (
        doc[i].lower_ == "the"
        or doc[i].lower_.removesuffix("ern") in COMPASS_POINTS
        or (
            doc[i].lemma_ in TOWN_WORDS | AREA_WORDS
            and i + 1 < len(doc)
            and doc[i + 1].lower_ == "of"
        )
    ):
        # "the city of Abidjan", "in the eastern province of Arauca"
        area = area or doc[i].lemma_ in AREA_WORDS
        i += 2 if doc[i].lemma_ in TOWN_WORDS | AREA_WORDS else 1
    end = i
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    if end == i:
        return False
    place = place_of(doc[i:end].text)
    if bearing:
        return place is not None and place.precision != "country"
    if area or (place is not None and place.precision in ("admin1", "country")):
        return True
    return end < len(doc) and doc[end].lemma_.lower() in AREA_WORDS


def after_place_preposition(ent: Span, retreat: bool = False) -> bool:
    """ "in Gao", "near Avdiivka" (and, for ground lost, "from Avdiivka"): a name the model
    took for a person or an organisation, but that follows a place preposition and names no
    known actor."""
    head = ent.root
    preps = PLACE_PREPOSITIONS | (RETREAT_PREPOSITIONS if retreat else frozenset())
    bearing = head.head.lower_ == "of" and head.head.head.lower_ in COMPASS_POINTS
    access = head.head.lower_ == "to" and lemma_of(head.head.head) in ACCESS_NOUNS
    return (
        ent.label_ in ("PERSON", "ORG", "NORP")
        and head.dep_ == "pobj"
        and (head.head.lower_ in preps or bearing or access)  # "north of Dong Ha"
        and actor_of(ent.text) is None
    )


def reads_as_place(ent: Span, retreat: bool = False) -> bool:
    return (
        ent.label_ in PLACE_LABELS
        or is_known_place(ent)
        or named_as_town(ent)
        or after_place_preposition(ent, retreat)
        or (ent.label_ in ("PERSON", "ORG") and ground_object_span(ent))  # "raided Chut Pyin"
    )


def unlabelled_places(sentence: Span) -> list[Span]:
    """Place phrases no entity covers: a proper name after a place preposition that the
    gazetteer knows or the text calls a town ("in Bago, a town north of Yangon"), and a
    country's capital named by its adjective or name ("in the Somali capital"). Once per
    sentence and document (doc_memo.py)."""
    key = ("unlabelled_places", sentence.start, sentence.end)
    return list(remembered(sentence.doc, key, lambda: _unlabelled_places(sentence)))


def _unlabelled_places(sentence: Span) -> list[Span]:
    found = []
    doc, words = sentence.doc, columns(sentence.doc)
    for i in range(sentence.start, sentence.end):
        if words.dep[i] not in NAMED_AREA_DEPS and words.lemma[i] != "capital":
            continue  # every reading below needs one or the other (or a pobj's conjunct)
        token = doc[i]
        town = lemma_of(token) in TOWN_ONLY | NAMED_SITES and not _names_another(token)
        named_area = lemma_of(token) in FEATURE_WORDS or town  # "Janaale town"
        listed = token.dep_ == "conj" and token.head.dep_ == "pobj"  # "in X and Y's Z district"
        # "shelled the Abu Salim district of Tripoli": a named quarter hit is where, too
        hit = token.dep_ in ("dobj", "nsubjpass") and lemma_of(token) in TOWN_WORDS | NAMED_SITES
        if named_area and (token.dep_ == "pobj" or listed or hit) and ent_at(token) is None:
            named = [
                c
                for c in token.children
                if _name_part(c)
                and (c.ent_type_ != "NORP" or actor_of(c.text) is None)  # not "the Kurdish area"
                and (
                    lemma_of(token) not in NAMED_SITES or actor_of(c.text) is None
                )  # "a FARC camp"
            ]
            if named:  # "on the slopes of the Guazapa volcano", "in the Nuba mountains"
                found.append(Span(token.doc, named[0].left_edge.i, token.i + 1, label="LOC"))
                continue
        if token.lemma_ == "capital" and token.dep_ in ("dobj", "pobj", "nsubjpass", "appos"):
            span = token.doc[token.left_edge.i : token.i + 1]  # "shelled the Bosnian capital"
            no_name = not any(c.dep_ == "appos" for c in token.children)
            if no_name and ent_at(token) is None and place_of(span.text) is not None:
                found.append(Span(token.doc, span.start, span.end, label="GPE"))
            continue
        if (site_name := town_named_site(token)) is not None and ent_at(site_name[0]) is None:
            found.append(Span(doc, site_name.start, site_name.end, label="GPE"))  # "Hostomel"
        if ent_at(token) is None and ground_object(token):  # "Troops raided Chut Pyin"
            found.append(Span(doc, _name_start(token), token.i + 1, label="GPE"))
            continue
        if ent_at(token) is not None or token.dep_ != "pobj":
            continue
        if _bare_name_placed(token):  # "attacked a post at Tetere", "radar sites near Hodeidah"
            found.append(Span(doc, _name_start(token), token.i + 1, label="GPE"))
            continue
        capitalised = token.pos_ == "PROPN" or (token.is_title and not token.is_sent_start)
        first = min(
            (c.i for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"),
            default=token.i,
        )  # "the district of Dera Ismail Khan"
        if capitalised and token.head.lower_ == "of" and named_as_town(doc[first : token.i + 1]):
            found.append(Span(token.doc, first, token.i + 1, label="GPE"))  # "village of Dablo"
        elif (token.pos_ == "PROPN" or token.is_title) and token.head.lower_ in PLACE_PREPOSITIONS:
            start = min(
                (c.i for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"),
                default=token.i,
            )
            span = Span(token.doc, start, token.i + 1, label="GPE")
            proper = token.pos_ == "PROPN" and (place_of(span.text) or named_as_town(span))
            placed = actor_of(span.text) is None and placed_by_the_text(span)
            if proper or _unknown_site(span) or placed:  # "in Dedebit in the Tigray region"
                found.append(span)
    return found


NAMED_AREA_DEPS = ("pobj", "conj", "dobj", "nsubjpass")


def _name_part(token: Token) -> bool:
    """A capitalised word naming an area ("the Nuba mountains"; "the Martissant district",
    whose unknown name the tagger may read as an adjective, though not a people's or a
    bearing's: "the Kurdish area", "the Northern district" are no names)."""
    if not token.text[:1].isupper() or token.is_sent_start:
        return False
    if token.dep_ == "compound":
        return True
    return (
        token.dep_ == "amod"
        and token.ent_type_ != "NORP"
        and token.lower_.removesuffix("ern") not in COMPASS_POINTS
        and actor_of(token.text) is None
    )


# a named site that is a settlement of its own ("the Barlonyo camp", "the Xaman farm")
NAMED_SITES = _words("camp farm estate plantation mine")


def _name_start(token: Token) -> int:
    return min(
        (c.i for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"),
        default=token.i,
    )


def _bare_name_placed(token: Token) -> bool:
    """A proper name no entity covers, after a preposition of place that hangs from the
    event's verb or a site ("attacked a police post at Tetere", "radar sites near Hodeidah",
    "outside Buea"): a place the gazetteer lacks, when no actor bears the name ("near" and
    "outside" place whatever they hang from)."""
    prep = token.head
    access = prep.lower_ == "to" and lemma_of(prep.head) in ACCESS_NOUNS  # "the entrance to X"
    if token.pos_ != "PROPN" or token.is_sent_start:
        return False
    if prep.lower_ not in PLACE_PREPOSITIONS and not access:
        return False
    name = token.doc[_name_start(token) : token.i + 1].text
    if actor_of(name) is not None or not name[:1].isupper():
        return False
    if prep.i > 0 and token.doc[prep.i - 1].pos_ == "PROPN":
        return False  # "al-Qaida in the Islamic Maghreb": a name that goes on after "in"
    if any(c.dep_ == "det" for c in token.children):
        return False  # "at the Pentagon", "in the Kremlin": an institution, not a town
    hangs = prep.head.pos_ == "VERB" or lemma_of(prep.head) in SITE_NOUNS
    return prep.lower_ in ("near", "outside", "around") or hangs or access


# nouns of a way in or along whose "to" places ("at the entrance to Bosaso", "the gates of")
ACCESS_NOUNS = _words("entrance entrances gate gates approach approaches road highway outskirts")


# "a Catholic church in Dablo", "a bus station in Kano": a site, then the name of where it is
SITE_NOUNS = _words(
    "church mosque temple market school hospital station camp base hotel village town city "
    "house home checkpoint prison jail bar restaurant mall stadium airport port bridge road "
    "highway office compound building rally wedding funeral post outpost garrison barracks"
)


def _unknown_site(span: Span) -> bool:
    """A proper name no entity covers, after "in" or "near" hanging from a site noun: the
    town the gazetteer lacks ("a church in Dablo"), when no actor bears the name."""
    prep = span.root.head
    return (
        prep.lower_ in ("in", "near", "outside", "at")
        and lemma_of(prep.head) in SITE_NOUNS
        and not span.root.is_sent_start
        and actor_of(span.text) is None
    )


def place_spans(sentence: Span, retreat: bool = False) -> list[Span]:
    """Every span of the sentence that names a place, in text order (never a dateline; once
    per sentence)."""
    key = ("place_spans", sentence.start, sentence.end, retreat)
    return list(remembered(sentence.doc, key, lambda: _place_spans(sentence, retreat)))


def _place_spans(sentence: Span, retreat: bool) -> list[Span]:
    named = [
        e
        for e in doc_ents(sentence.doc)
        if sentence.start <= e.start < sentence.end and reads_as_place(e, retreat)
    ]
    found = sorted(named + unlabelled_places(sentence), key=lambda e: e.start)
    found = [trimmed(e) for e in found]
    # a named place has a capital letter ("the metro's press section" names none)
    named = [e for e in found if any(t.text[:1].isupper() for t in e)]
    return [e for e in named if not is_dateline(e) and not names_a_side(e) and not is_descriptor(e)]


def trimmed(ent: Span) -> Span:
    """ "Kuthrike in": the model's span may run over a preposition or a comma after the name."""
    end = ent.end
    while end - 1 > ent.start and ent.doc[end - 1].pos_ in ("ADP", "PUNCT", "CCONJ", "DET"):
        end -= 1
    return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label_)


def is_descriptor(ent: Span) -> bool:
    """ "the Pacific island nation of Palau": a feature or town word modifying another noun
    describes it; the place is the name the phrase goes on to give."""
    root = ent.root
    if root.dep_ == "compound" and root.lemma_.lower() in TOWN_WORDS | FEATURE_WORDS:
        return root.head.lemma_.lower() in POLITY_NOUNS
    # "the tiny Caribbean nation of Saint Kitts", "its South Pacific islands of Guam": a
    # region modifying a polity or islands that the phrase then names
    head = root.head
    return (
        root.dep_ in ("compound", "amod", "nmod")
        and head.lemma_.lower() in POLITY_NOUNS | ISLAND_WORDS
        and any(
            o.pos_ == "PROPN"
            for c in head.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
        )
    )


ISLAND_WORDS = _words("island islands archipelago")


# what a feature word may describe ("the island nation", "the Gulf state of Qatar"; not "a New
# York City subway station", where the town is where the station stands)
POLITY_NOUNS = _words("nation state country republic kingdom territory emirate archipelago")


def _names_another(town: Token) -> bool:
    """ "the central Thai city of Chiang Mai": the town word introduces the name after it (not
    "the Cite Soleil neighbourhood of the Haitian capital": a quarter with a name of its own)."""
    if not any((c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "appos" for c in town.children):
        return False
    return not (town.lemma_ in PART_WORDS and _own_name(town) and of_a_town(town))


# words for a part of a town ("the Cite Soleil neighbourhood of the Haitian capital"); not a
# settlement's ("the French Riviera city of Nice" introduces the town)
PART_WORDS = _words("district neighbourhood neighborhood quarter suburb")


def of_a_town(town: Token) -> bool:
    """Whether the town word's "of" names a town ("of Port-au-Prince", "of the capital")."""
    for o in town.children:
        for obj in o.children if o.dep_ == "prep" and o.lower_ == "of" else ():
            place = place_of(town.doc[obj.left_edge.i : obj.i + 1].text)
            if obj.lemma_ == "capital" or (place is not None and place.precision == "city"):
                return True
    return False
