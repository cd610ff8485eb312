"""Who an attack hits: the side that holds the positions hit, a place object that is where
and not whom, the armed opponents of a government the attacker props up."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span, Token

from loaders.extraction.actors import Actor, resolve_actor
from loaders.extraction.doc_memo import columns
from loaders.extraction.events.place_anchors import apposed_settlement
from loaders.extraction.events.syntax import children, lemma_of, words
from loaders.extraction.place_objects import named_camp
from loaders.extraction.referents import (
    Referents,
    actor_of,
    actor_ref,
    ent_at,
    noun_phrase,
    place_of,
)

# weapons and devices that explode or are fired: never the side that acts
# (not aircraft, guns or missiles, whose owner the words may name: "Turkish drones")
DEVICE_WORDS = words(
    "vest vests device devices explosive explosives mine mines landmine landmines ied ieds "
    "blast blasts explosion explosions bomb bombs grenade grenades"
)


WEAPON_WORDS = words(
    "missile missiles rocket rockets shell shells mortar mortars artillery tank tanks bomb "
    "bombs grenade grenades round rounds bullet bullets gun guns salvo salvos projectile "
    "projectiles munition munitions drone drones ammunition ammo rifle rifles pistol pistols "
    "firearm firearms weapon weapons knife knives machete machetes club clubs stick sticks "
    "stone stones rock rocks axe axes spear spears arrow arrows baton batons"
    " shot shots volley volleys burst bursts"  # "fired shots into the crowd": what was fired
)  # the arms of a street fight too: "fought with machetes", "fired live ammunition at"

# "strikes (were) aimed at propping up Assad", "raids to defend the regime"


BACKING_LEMMAS = frozenset({"prop", "shore", "bolster", "support", "defend", "protect", "save"})


PURPOSE_LEMMAS = frozenset({"aim", "design", "intend", "mean", "seek"})


def opponents_of_backed_government(
    subject: Token, referents: Referents, speaker: Actor | None
) -> dict | None:
    """Strikes whose stated purpose is to prop up a government hit that government's armed
    opponents: "80 to 90 percent of Russian strikes were aimed at propping up Assad" claims
    Russia is striking Syria's rebels. The target is inferred, so it has no words (offsets null).
    """
    if subject.dep_ == "pobj" and subject.head.lower_ == "of":
        subject = subject.head.head  # "90 percent of Russian strikes were aimed at..."
    purpose = subject.head if subject.dep_ in ("nsubj", "nsubjpass") else None
    if purpose is None or lemma_of(purpose) not in PURPOSE_LEMMAS:
        return None
    for backing in purpose.subtree:
        if lemma_of(backing) not in BACKING_LEMMAS or backing.pos_ != "VERB":
            continue
        backed = children(backing, "dobj")
        if not backed:
            continue
        government = referents.actor(backed[0], speaker)
        if government.get("sector") in ("GOV", "MIL") and government.get("country"):
            rebels = resolve_actor("rebels")  # as "Syrian rebels" resolves: the same entity
            if rebels is not None:
                opponents = dataclasses.replace(rebels, country=government["country"])
                return actor_ref(opponents, None, None, None)
    return None


SETTLEMENT_WORDS = words(
    "town city village hamlet area district neighbourhood neighborhood region province suburb "
    "suburbs countryside locality outskirts outskirt capital centre center heart slopes slope "
    "valley coast island islands enclave settlement township commune territory territories "
    "soil airspace edge"
)


# "a rebel training centre", "a refugee camp", "an army base district": a facility, not a place
FACILITY_MODIFIERS = words(
    "refugee military army rebel training detention command police recruitment health medical "
    "treatment insurgent militant terrorist guerrilla"
)
# an unnamed community attacked is its people ("attacked villages", "a Christian village")
COMMUNITY_WORDS = words("village villages hamlet hamlets")
# people gathered: "opened fire on a civil rights march", "fired into the crowd"
GATHERING_WORDS = words(
    "crowd crowds march marches rally rallies procession processions funeral funerals "
    "gathering gatherings congregation demonstration demonstrations protest protests"
    " party parties wedding weddings"  # "opened fire on a wedding party": its guests
)


def is_settlement(token: Token) -> bool:
    """A place as an object: "the town of Adigrat", "Kharkiv" (a town or province the
    gazetteer knows, not a country, which may be a state actor)."""
    if lemma_of(token) in SETTLEMENT_WORDS and not any(
        c.dep_ in ("compound", "amod") and _makes_facility(token, c) for c in token.children
    ):
        return not is_community(token)
    if lemma_of(token) in NAMED_AREA_SITES and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children
    ):
        return True  # "Kharg Island", "Jolo island": a named island or port is a place
    if named_camp(token):
        return True  # "shelled the Tel al-Zaatar camp": a camp of its own name is a settlement
    # ("Peshawar airport", "the Vaziani military base", "a Karen National Union base": a
    # facility, hit; the town that names it is where, as "a Baghdad police station")
    if lemma_of(token) in SITE_WORDS and any(
        o.dep_ == "pobj" and o.pos_ == "PROPN"
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
    ):
        return True  # "the Iranian port of Bandar Khomeini": the town of the port
    # "seized Bentiu, the capital of Unity state": the text calls the name a town
    return _is_named_settlement(token) or apposed_settlement(token)


SITE_WORDS = words("airport airfield airbase base port harbour harbor island dam bridge site")
NAMED_AREA_SITES = words("island islands port harbour harbor")


def _makes_facility(noun: Token, modifier: Token) -> bool:
    """ "a rebel training centre", "a refugee camp": a facility, whose holder is hit."""
    return lemma_of(modifier) in FACILITY_MODIFIERS


def is_community(token: Token) -> bool:
    """ "attacked villages", "a Christian village": an unnamed community, whose people are hit
    (a named one, "the village of Dablo", is where)."""
    if lemma_of(token) not in COMMUNITY_WORDS and token.lower_ not in COMMUNITY_WORDS:
        return False
    return not any(
        (c.dep_ == "prep" and c.lower_ == "of")
        or c.dep_ == "appos"
        or (c.pos_ == "PROPN" and c.ent_type_ != "NORP")  # "Dablo village"; not "Fulani"
        for c in token.children
    )


def _has_identity(token: Token) -> bool:
    """ "a Christian village", "Fulani hamlets": a community named by who lives there (a plain
    "village" gives way to the counted dead)."""
    return any(c.dep_ in ("amod", "compound") and c.text[:1].isupper() for c in token.children)


def _is_named_settlement(token: Token) -> bool:
    ent = ent_at(token)
    if ent is None or ent.label_ in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
        return False
    if any(c.dep_ == "amod" and c.lower_ in COMPASS for c in token.children):
        return True  # "northern Israel": a region of the country, not the state
    place = place_of(ent.text)
    # a capital standing for its government ("Riyadh") is, as an object of attack, a city
    actor = actor_of(ent.text)
    metonym = actor is not None and actor.kind == "state" and _is_capital_of(ent.text, actor)
    if place is None:
        # a named place the gazetteer lacks ("Stepanakert"), when no actor has that name
        return ent.label_ in ("GPE", "LOC", "FAC", "PLACE") and (actor is None or metonym)
    return place.precision in ("city", "site", "admin1") and (
        ent.label_ in ("GPE", "PLACE", "LOC", "FAC") or actor is None or metonym
    )


COMPASS = words(
    "northern southern eastern western northeastern northwestern southeastern southwestern "
    "central north south east west"
)
HOLDING_WORDS = words(
    "position positions base bases hideout hideouts camp camps stronghold strongholds post "
    "posts target targets headquarters depot depots convoy convoys checkpoint checkpoints "
    "outpost outposts fighter fighters unit units gathering gatherings hotbed hotbeds "
    "fortification fortifications den dens lair lairs facility facilities vehicle vehicles "
    "movement movements concentration concentrations axis axes route routes arsenal arsenals"
)
# "vehicles belonging to ISIL", "groups affiliated to Nusra": the holder after the participle
BELONGING_LEMMAS = frozenset({"belong", "affiliate", "link", "loyal"})
HOLDING_PARTICIPLES = frozenset({"hold", "control", "run", "occupy"})


def target_ref(token: Token, referents: Referents, speaker: Actor | None) -> dict:
    """The target of an attack; "rebel positions", "Hamas bases", "positions of the
    terrorists", "gatherings and positions of Nusra", "oil facilities held by IS": the side that
    holds them, before any other name of the phrase ("in Syria")."""
    if token.lower_ in ("who", "whom", "which", "that") and token.head.dep_ == "relcl":
        token = token.head.head  # "an elderly man, who had been attacked": the man
    ref = referents.actor(token, speaker)
    carried = carried_people(token)
    if carried is not None:  # "a bus carrying Hindu pilgrims": the pilgrims on board were hit
        people = referents.actor(carried, speaker)
        if people.get("sector"):
            whole = token.doc[token.left_edge.i : noun_phrase(carried).end]
            return {**people, "text": whole.text, "start": whole.start_char, "end": whole.end_char}
    if lemma_of(token) in HOLDING_WORDS:
        for holding in (token, *token.conjuncts):
            for child in _holder_words(holding):
                holder = referents.actor(child, speaker)
                if holder.get("name") is not None:
                    return {**holder, "text": ref["text"], "start": ref["start"], "end": ref["end"]}
    if ref.get("name") is None and (
        (is_community(token) and _has_identity(token))
        or lemma_of(token) in GATHERING_WORDS
        or token.lower_ in GATHERING_WORDS
    ):
        people = resolve_actor("civilians")
        home = referents.home_state()
        if people is not None:
            people = dataclasses.replace(people, country=home.country if home else None)
            return actor_ref(people, ref["text"], ref["start"], ref["end"])
    return ref


CARRYING_LEMMAS = frozenset({"carry", "transport", "ferry"})


def carried_people(token: Token) -> Token | None:
    """ "a minibus carrying Shiite pilgrims", "a truck transporting coffee pickers": whom the
    vehicle carried (the object of its participle)."""
    for child in token.children:
        if child.dep_ == "acl" and child.tag_ == "VBG" and lemma_of(child) in CARRYING_LEMMAS:
            objects = children(child, "dobj")
            if objects and objects[0].pos_ in ("NOUN", "PROPN"):
                return objects[0]
    return None


def _holder_words(holding: Token) -> list[Token]:
    """Words that may name who holds a holding: its modifiers (and theirs: "the terrorist groups
    movement axes"), "of X", "held by X", "belonging to X"."""
    modifiers = ("compound", "amod", "poss", "nmod")
    found = [c for c in holding.children if c.dep_ in modifiers]
    found += [
        g for c in list(found) if c.dep_ == "compound" for g in c.children if g.dep_ in modifiers
    ]
    for child in holding.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            found += children(child, "pobj")
        elif child.dep_ == "acl":  # "held by IS", "run by the group"
            for agent in children(child, "agent"):
                found += children(agent, "pobj")
        elif child.dep_ == "amod" and lemma_of(child) in HOLDING_PARTICIPLES:
            found += children(child, "npadvmod")  # "rebel-held positions", "IS-run depots"
    # "belonging to ISIL", however deep the parse hangs it ("vehicles equipped with machineguns
    # belonging to ISIL terrorists")
    for word in holding.subtree:
        if word.dep_ in ("acl", "amod") and lemma_of(word) in BELONGING_LEMMAS:
            for prep in children(word, "prep"):
                if prep.lower_ in ("to", "with"):
                    found += children(prep, "pobj")
    return found


def _is_capital_of(text: str, state: Actor) -> bool:
    """A name that resolves to a state without being the state's name or its people's."""
    name = text.lower().removeprefix("the ")
    return name != (state.name or "").lower() and not name.startswith(
        (state.name or "?").lower()[:4]
    )


# --- the other side, and objects the parse hides ------------------------------------------------

TWO_SIDED_VERBS = words("clash fight battle skirmish")
RETREAT_VERBS = words("flee withdraw retreat abandon evacuate surrender")
FIGHTING_NOUNS = words("fighting fight clash clashes battle battles skirmish skirmishes")


def second_side(subject: Token | None, verb: Token) -> Token | None:
    """ "Salvadoran soldiers and guerrillas fought", "militiamen and guerrillas clashed": the
    second of two sides joined as the subject of a two-sided verb is the one fought."""
    if subject is None or lemma_of(verb) not in TWO_SIDED_VERBS:
        return None
    sides = [c for c in subject.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    return sides[0] if sides else None


def side_fought_with(noun: Token) -> Token | None:
    """ "fighting with separatists", "clashes with the army": the side fought."""
    if lemma_of(noun) not in FIGHTING_NOUNS and noun.lower_ not in FIGHTING_NOUNS:
        return None
    sides = [
        o
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in ("with", "against")
        for o in c.children
        if o.dep_ == "pobj" and lemma_of(o) not in WEAPON_WORDS
    ]
    return sides[0] if sides else None


def fighting_under(verb: Token) -> Token | None:
    """The fighting noun in "(seized the town) after days of fighting with the army"."""
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ not in ("after", "following", "in", "amid"):
            continue
        for token in child.subtree:
            if token.pos_ in ("NOUN", "VERB") and side_fought_with(token) is not None:
                return token
    return None


def other_side_of_territory(verb: Token) -> Token | None:
    """Who lost the ground a capture took, or won the ground a retreat gave up: "after
    government troops fled" (the subject of a retreat), "after days of fighting with the army"
    (the side fought)."""
    for child in verb.children:
        if child.dep_ == "advcl" and lemma_of(child) in RETREAT_VERBS:
            subjects = [c for c in child.children if c.dep_ == "nsubj"]
            if subjects:
                return subjects[0]
    fighting = fighting_under(verb)
    return side_fought_with(fighting) if fighting is not None else None


def named_object(verb: Token) -> Token | None:
    """ "struck what New Delhi called a militant training camp": the thing so called."""
    for child in verb.children:
        if child.dep_ not in ("ccomp", "xcomp"):
            continue
        objects = [c for c in child.children if c.dep_ in ("dobj", "oprd")]
        if len(objects) == 2 and objects[0].lower_ == "what":
            return objects[1]
    return None


def armed_if_civilian(actor: dict | None, referents: Referents) -> dict | None:
    """ "kidnapped by two men", "a man opened fire": people who commit the violence are an
    unidentified armed group of the setting's country (as ACLED codes them), not civilians."""
    if not actor or actor.get("sector") != "CVL" or actor.get("kind") != "agent":
        return actor
    home = referents.home_state()
    country = actor.get("country") or (home.country if home else None)
    return {**actor, "name": "Unaffiliated armed groups", "sector": "UAF", "country": country}


WOUNDING_LEMMAS = frozenset({"wound", "injure", "hurt", "maim"})


def wounded_victims(verb: Token | None) -> Token | None:
    """ "shelled the town of Tartar, wounding three civilians", "a bomb exploded at a bus stop,
    wounding 20 people": with no one else named as hit, the counted wounded are whom the attack
    hit (the dead come as killing events of their own and are folded in)."""
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ in ("advcl", "conj", "xcomp") and lemma_of(child) in WOUNDING_LEMMAS:
            objects = children(child, "dobj")
            if objects and any(t.like_num for t in objects[0].subtree):
                return objects[0]
    return None


BODY_WORDS = words("body bodies corpse corpses remains")


def bodies_counted(sentence: Span) -> Token | None:
    """ "the hospital received the bodies of nine people", "40 bodies were brought in": the
    dead a hospital or a morgue counts are the dead of the event the sentence tells."""
    cols = columns(sentence.doc)  # a Token only for the few words that may be one
    for i in range(sentence.start, sentence.end):
        if cols.lemma[i] not in BODY_WORDS and cols.lower[i] not in BODY_WORDS:
            continue
        token = sentence.doc[i]
        owners = [
            o
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
            if o.dep_ == "pobj"
        ]
        if owners and any(t.like_num for t in owners[0].subtree):
            return owners[0]  # "the bodies of nine people"
        if any(c.like_num and c.dep_ == "nummod" for c in token.children):
            return token  # "40 bodies"
    return None


STATELESS_ARMED = frozenset({"IMG", "REB", "INS", "SEP", "UAF", "CRM"})


def placed_group(actor: dict | None, referents: Referents) -> dict | None:
    """ "Islamic State militants executed 15 men in Sirte": a transnational or stateless armed
    group acting takes the country of the setting for the act (ACLED's "Islamic State
    (Libya)"); the actor's own record keeps no country."""
    if not actor or actor.get("country") or actor.get("sector") not in STATELESS_ARMED:
        return actor
    home = referents.home_state()
    return {**actor, "country": home.country} if home is not None else actor
