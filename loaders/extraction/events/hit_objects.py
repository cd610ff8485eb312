"""Objects an attack hits that the verb's own object does not give: the object of a purpose
("air strikes to destroy a convoy", "strikes ..., destroying five positions"), the facility an
act happened at ("a suicide bombing at a market"), and the building whose part is named ("at
the entrance of the store")."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.syntax import (
    children,
    lemma_of,
    participle_objects,
    prep_objects,
    words,
)
from loaders.extraction.events.target_heads import UNIT_WORDS
from loaders.extraction.events.targets import (
    FIGHTING_NOUNS,
    GATHERING_WORDS,
    HOLDING_WORDS,
    WEAPON_WORDS,
    WOUNDING_LEMMAS,
    carried_people,
    wounded_victims,
)

# verbs that say what the attack was meant to hit or did hit
HITTING_LEMMAS = frozenset(
    {"destroy", "hit", "target", "strike", "damage", "neutralize", "neutralise", "eliminate",
     "demolish", "flatten", "wipe", "knock", "disable"}
)  # fmt: skip

# a building or a site that an act happens at ("at a market", "at the hospital"; not an
# occasion, "at a rally", which is when); its people
# may still win as the counted dead (target_heads.prefers_victims)
FACILITY_WORDS = HOLDING_WORDS | words(
    "market markets bazaar school schools hospital hospitals clinic mosque mosques church "
    "churches temple shrine hotel restaurant cafe bar nightclub club store shop shops mall "
    "station stations office offices embassy consulate barracks prison jail stadium bus "
    "buses wedding university college academy building buildings factory plant refinery "
    "pipeline bridge airport airfield port harbour depot warehouse ministry palace parliament"
    " tomb tombs mausoleum cemetery graveyard monument memorial library museum theatre theater"
    " cinema supermarket pharmacy bakery courthouse synagogue cathedral chapel monastery"
    " seminary dormitory orphanage"
)

# a part of a building: the building is what is hit ("at the entrance of the store")
PART_WORDS = words("entrance entrances gate gates door doors front doorstep outside courtyard")


def purpose_objects(noun: Token) -> list[Token]:
    """ "carried out airstrikes to destroy an ISIL convoy" (the noun's purpose clause) and
    "carried out 17 air strikes, destroying or damaging five positions" (the participle on the
    verb that governs the noun): what they were meant to hit or hit."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    if noun.dep_ == "dobj":
        clauses += [c for c in noun.head.children if c.dep_ in ("advcl", "xcomp")]
    for clause in clauses:
        for verb in (clause, *clause.conjuncts):
            if lemma_of(verb) not in HITTING_LEMMAS:
                continue
            objects = children(verb, "dobj")
            if objects:
                return objects
    return []


def facility_at(word: Token) -> list[Token]:
    """ "the suicide bombing at a market", "blew himself up at the entrance of the store": the
    facility an act happened at, when no other object was hit."""
    found = []
    for place in prep_objects(word, ("at", "outside", "inside")):
        whole = building_of_part(place)
        if lemma_of(whole) in FACILITY_WORDS or whole.lower_ in FACILITY_WORDS:
            found.append(whole)
    return found


def building_of_part(token: Token) -> Token:
    """ "the entrance of the store": the store."""
    if lemma_of(token) in PART_WORDS or token.lower_ in PART_WORDS:
        owners = prep_objects(token, ("of", "to"))
        if owners:
            return owners[0]
    return token


DEATH_STATES = words("dead killed")
# a vehicle or a building hit, which gives way to the people an act left dead ("ripped through
# a minibus, leaving nine passengers dead": the passengers; a side's base or camp stays)
THING_WORDS = words(
    "bus buses minibus car cars vehicle vehicles truck trucks van train boat building buildings "
    "house houses home homes market markets station hotel mosque church school hospital office"
)
# what an act hits that is not people: things, buildings, facilities, a side's holdings, units
NOT_PEOPLE = (THING_WORDS | FACILITY_WORDS | UNIT_WORDS) - words("fighter fighters")


def gives_way_to_dead(target: Token | None, dead: Token) -> bool:
    """Whether the people an act left dead are its target rather than what it names as hit:
    a thing, a building, a side's holding or a unit ("an attack on an army barracks left 14
    soldiers dead": the soldiers, as target_heads.prefers_victims decides for a folded toll);
    people or a gathering named as hit stay ("opened fire on a wedding party, killing nine")."""
    if target is None or target.i == dead.i:
        return True
    if dead.pos_ == "NUM" or dead.like_num:
        return False  # "raided a camp, killing 12": a number names nobody; the camp was hit
    head = lemma_of(target)
    if head in GATHERING_WORDS or target.lower_ in GATHERING_WORDS:
        return False
    if carried_people(target) is not None:
        return False  # "ambushed a truck carrying coffee pickers": the people on board
    return head in NOT_PEOPLE or target.lower_ in NOT_PEOPLE


def left_dead(verb: Token | None) -> Token | None:
    """ "exploded ..., leaving at least 44 people dead", "the attacks have left a baby and two
    civilians dead": the people an act left dead are its victims (and its toll)."""
    if verb is None:
        return None
    leaves = [verb] if lemma_of(verb) == "leave" else []
    leaves += [
        c for c in verb.children if c.dep_ in ("advcl", "conj", "xcomp") and lemma_of(c) == "leave"
    ]
    for leave in leaves:
        for state in leave.children:  # "leaving [44 people dead]": a small clause
            if state.dep_ in ("ccomp", "xcomp", "oprd") and state.lower_ in DEATH_STATES:
                subjects = children(state, "nsubj")
                if subjects:
                    return subjects[0]
        states = [t for t in leave.subtree if t.lower_ in DEATH_STATES]
        for obj in children(leave, "dobj"):  # "left a baby and two civilians dead"
            if any(t.dep_ in ("amod", "oprd", "acomp") for t in states):
                return obj
            if obj.lower_ in DEATH_STATES and any(c.like_num for c in obj.children):
                return obj  # "leaving 12 dead": the count hangs on "dead"
    return None


def dead_before(anchor: Token) -> Token | None:
    """ "at least 90 people are dead after a gun battle erupted", "five were dead after gunmen
    attacked a bus": the people a copula counts dead, before the "after" that tells the act."""
    node = anchor.head if anchor.dep_ == "nsubj" and anchor.pos_ == "NOUN" else anchor
    if node.dep_ == "advcl" and "after" in (m.lower_ for m in children(node, "mark")):
        holder = node.head
    elif node.dep_ == "pobj" and node.head.lower_ == "after":
        holder = node.head.head
    else:
        return None
    while holder.dep_ == "conj" and lemma_of(holder) != "be":
        holder = holder.head  # "are dead and more than 700 wounded after ..."
    if lemma_of(holder) != "be" or not any(
        c.dep_ == "acomp" and c.lower_ in DEATH_STATES for c in holder.children
    ):
        return None
    subjects = children(holder, "nsubj")
    return subjects[0] if subjects else None


def with_left_dead(
    target: Token | None, victims: Token | None, dead: Token | None
) -> tuple[Token | None, Token | None]:
    """The (target, victims) of an act once the people it left dead are known: its victims and
    target when what it names as hit gives way to them ("ripped through a minibus, leaving nine
    passengers dead"); else, or for a bare count ("leaving 12 dead", which names nobody), the
    target found stays and the dead give only the toll ("fought rebels ..., leaving 40
    dead")."""
    if dead is None or dead.lower_ in DEATH_STATES or not gives_way_to_dead(target, dead):
        return target, victims  # the count alone: casualties.add_casualties reads it
    return dead, victims or dead


def without_death_word(ref: dict | None) -> dict | None:
    """ "shot dead two policemen": the parse may hang "dead" on the victims; it is no part
    of their name."""
    text = (ref or {}).get("text") or ""
    if not text.lower().startswith("dead ") or ref is None:
        return ref
    start = ref.get("start")
    return {**ref, "text": text[5:], "start": start + 5 if start is not None else None}


def antecedent_of_part(verb: Token, target: Token | None) -> Token | None:
    """ "flew over a group of rebel fighters and a journalist, killing six of them": a count of
    "them" is a part of the object of the clause the participle hangs on."""
    if target is None or not target.like_num:
        return target
    if not any(o.lower_ in ("them", "whom") for o in prep_objects(target, ("of",))):
        return target
    head = verb.head if verb.dep_ in ("advcl", "conj", "xcomp") else None
    if head is None:
        return target
    # "opened fire on a minibus carrying pilgrims, killing nine of them": the fire or the
    # rounds are no one; whom they were fired on are
    aims = ("on", "at", "against", "into")
    objects = children(head, "dobj") + prep_objects(head, aims) + participle_objects(head, aims)
    objects = [o for o in objects if lemma_of(o) not in SHOT_WORDS]
    if not objects:
        return target
    carried = [  # "a minibus carrying Shiite pilgrims, killing nine of them": the pilgrims
        o
        for c in objects[0].children
        if c.dep_ == "acl" and lemma_of(c) in CARRY_VERBS
        for o in children(c, "dobj")
    ]
    return carried[0] if carried else objects[0]


CARRY_VERBS = words("carry transport ferry")


SHOT_WORDS = WEAPON_WORDS | words("fire gunfire shot shots volley volleys burst bursts barrage")


PERSONAL_PRONOUNS = words("he him she her they them")


def antecedent_of_pronoun(target: Token | None) -> Token | None:
    """ "A leader was killed when assailants gunned him down", "The priest had been leading a
    group when he was killed": a personal pronoun hit names the subject of the clause its own
    clause hangs on, told before it."""
    if target is None or target.lower_ not in PERSONAL_PRONOUNS:
        return target
    current = target.head  # the pronoun's own verb
    for _ in range(6):
        if current.head.i == current.i:
            break
        # (not across coordination: "shot dead a tapper and beheaded him" is one act told
        # twice, which merging.merge_same_victims folds; the shared subject is the doers)
        if current.dep_ not in ("advcl", "relcl", "ccomp", "xcomp", "pcomp", "pobj", "prep"):
            return target
        current = current.head
        subjects = [
            s
            for s in children(current, "nsubj", "nsubjpass")
            if s.i < target.i and s.pos_ in ("NOUN", "PROPN")
        ]
        if subjects:
            return subjects[0]
    return target


MAIN_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj"})


def main_verb_victims(effects: list[Token], victims: Token | None, noun: Token) -> bool:
    """ "Police killed 25 people in a raid against drug traffickers", "an air strike on a
    wedding party killed 30 guests", "two civilians were killed in an attack on a convoy": when
    the killing is the clause's own verb, the people it killed are whom the event hit, before
    what the event noun's frame names. Not a bare count ("killed nine": nobody named), nor the
    dead of a fight between two sides ("22 fighters were killed in clashes between X and Y")."""
    if victims is None or victims.head not in effects or victims.dep_ not in VICTIM_DEPS:
        return False
    verb = victims.head
    if lemma_of(verb) not in ("kill", "massacre", "murder", "slay"):
        return False
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head  # "killed and wounded hundreds": the clause's first verb
    if top.dep_ not in MAIN_CLAUSE_DEPS:
        return False  # "..., killing 30 guests": a participle adds the toll to the act told
    if victims.dep_ == "nsubjpass" and (
        lemma_of(noun) in FIGHTING_NOUNS or noun.lower_ in FIGHTING_NOUNS
    ):
        return False
    return not (victims.pos_ == "NUM" or victims.like_num)


VICTIM_DEPS = frozenset({"dobj", "nsubjpass"})


HURT_STATES = words("wounded injured hurt maimed")


def hit_or_hurt(target: Token | None, verbs: list[Token | None]) -> Token | None:
    """The target, or, when nothing is named as hit, the people the act wounded: "a bomb
    exploded ..., wounding 20 people", "opened fire, wounding four", "the attack left three
    soldiers wounded" (README "Who was hit": the wounded never replace what was hit)."""
    if target is not None:
        return target
    return next((h for v in verbs if v is not None and (h := _hurt_by(v)) is not None), None)


def _hurt_by(verb: Token) -> Token | None:
    found = wounded_victims(verb)
    if found is not None:
        return found
    counted = [o for o in children(verb, "dobj") if any(t.like_num for t in o.subtree)]
    if lemma_of(verb) in WOUNDING_LEMMAS and counted:
        return counted[0]  # "wounded 14 people"
    if lemma_of(verb) == "leave" and counted:
        states = [t for t in verb.subtree if t.lower_ in HURT_STATES]
        if any(t.dep_ in ("amod", "oprd", "acomp", "ccomp", "xcomp", "advcl") for t in states):
            return counted[0]  # "left three soldiers wounded"
    return None


CAUSING_LEMMAS = words("result cause lead leave")  # "resulting in 200 deaths", "causing 35 deaths"
DEATH_NOUNS = words("death deaths fatality fatalities")


def deaths_caused(anchor: Token) -> Token | None:
    """ "launched airstrikes ..., resulting in more than 200 civilian deaths", "exploded,
    causing at least 35 deaths": the deaths a clause of consequence counts (the death noun, or
    the people of "the deaths of 12 civilians")."""
    holders = [anchor] + ([anchor.head] if anchor.pos_ == "NOUN" else [])
    for holder in holders:
        for clause in holder.children:
            if (
                clause.dep_ not in ("advcl", "conj", "xcomp")
                or lemma_of(clause) not in CAUSING_LEMMAS
            ):
                continue
            for noun in [*children(clause, "dobj"), *prep_objects(clause, ("in", "to"))]:
                if noun.lower_ in DEATH_NOUNS and any(
                    c.like_num or c.dep_ == "prep" for c in noun.children
                ):
                    owners = prep_objects(noun, ("of",))
                    return owners[0] if owners else noun
    return None
