"""The trigger book (loaders/data/event_triggers.yaml): trigger lemmas, cue groups, needs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.tokens import Token

from loaders.extraction.events.place_anchors import apposed_settlement
from loaders.extraction.events.senses import Sense, read_senses
from loaders.extraction.events.shared_objects import coordinated_objects
from loaders.extraction.events.syntax import lemma_of, prep_objects, subject_of, words
from loaders.extraction.events.toll_verbs import LIFE_VERBS, names_lives
from loaders.extraction.place_objects import known_town_object
from loaders.extraction.referents import (
    PLACE_LABELS,
    ent_at,
    place_of,
)

TRIGGERS_FILE = Path(__file__).resolve().parents[2] / "data" / "event_triggers.yaml"


PLACE_OBJECT_WORDS = words(
    "control territory ground village town city area district base airport airbase "
    "hill neighbourhood neighborhood position positions outpost checkpoint locality "
    "region province countryside suburb road highway border crossing field island islands "
    "terminal port harbour harbor airfield barracks compound dam dams bridge bridges oilfield "
    "oilfields refinery post posts garrison garrisons headquarters stronghold strongholds camp "
    "camps fort fortress bunker trench trenches ridge heights valley pass enclave capital "
    "settlement hamlet front frontline station"
)
NOT_PLACES = frozenset({"ORG", "PERSON", "NORP", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"})
QUANTITY_WORDS = words(
    "swathe swathes part parts much most area areas half rest large number dozens scores "
    "handful series string ruin ruins remains rubble"
)


@dataclass(frozen=True)
class Trigger:
    lemma: str
    type: str | None
    pos: frozenset[str]
    refine: tuple[str, ...]
    needs: str | None
    state_actor_type: str | None
    nonstate_actor_type: str | None = None


@dataclass(frozen=True)
class TriggerBook:
    triggers: dict[str, Trigger]
    cue_groups: dict[str, frozenset[str]]
    cue_types: dict[str, str]
    governing_verbs: frozenset[str]
    senses: dict[str, tuple[Sense, ...]]  # trigger lemma -> its non-violent senses
    # the lemmas and forms a token must have to be looked up: every key, and the verb of every
    # phrasal key ("shoot down" is looked up on "shoot")
    lookup_words: frozenset[str] = frozenset()
    # the word classes of the ``classes`` section, "@class" names read in (lower-cased)
    classes: dict[str, frozenset[str]] = field(default_factory=dict)


# libyaml's parser when PyYAML has it (10x faster; same documents)
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_SafeLoader):  # type: ignore[misc,valid-type]
    """A safe loader that refuses a key given twice (YAML would keep the last silently) and
    reads "on", "off", "yes" and "no" as words (YAML 1.1 makes them booleans: "preps: {on:
    [stage]}" would be a cue "True stage")."""

    def construct_mapping(self, node, deep=False):  # noqa: ANN001, ANN201 - yaml's signature
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise ValueError(
                    f"event_triggers.yaml: {key!r} given twice ({key_node.start_mark})"
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


_UniqueKeyLoader.yaml_implicit_resolvers = {
    first: [r for r in resolvers if r[0] != "tag:yaml.org,2002:bool"]
    for first, resolvers in _SafeLoader.yaml_implicit_resolvers.items()
}
_UniqueKeyLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


@lru_cache(maxsize=4)
def load_triggers(path: str = str(TRIGGERS_FILE)) -> TriggerBook:
    content = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
    triggers = {}
    for lemma, spec in content["triggers"].items():
        triggers[lemma] = Trigger(
            lemma=lemma,
            type=spec.get("type"),
            pos=frozenset(spec.get("pos", ["VERB", "NOUN"])),
            refine=tuple(spec.get("refine", [])),
            needs=spec.get("needs"),
            state_actor_type=spec.get("state_actor_type"),
            nonstate_actor_type=spec.get("nonstate_actor_type"),
        )
    return TriggerBook(
        triggers=triggers,
        cue_groups={k: frozenset(w.lower() for w in v) for k, v in content["cues"].items()},
        cue_types=dict(content["cue_types"]),
        governing_verbs=frozenset(content.get("governing_verbs", [])),
        senses=read_senses(content),
        lookup_words=frozenset(triggers) | {key.split(" ")[0] for key in triggers if " " in key},
        classes=_word_classes(content.get("classes") or {}),
    )


def _word_classes(raw: dict[str, list]) -> dict[str, frozenset[str]]:
    """Every class with the classes it names read in ("hazards" holds "@disasters")."""

    def expand(name: str) -> frozenset[str]:
        out: set[str] = set()
        for word in raw[name]:
            word = str(word).strip()
            out |= expand(word[1:]) if word.startswith("@") else {word.lower()}
        return frozenset(out)

    return {name: expand(name) for name in raw}


def trigger_for(token: Token, book: TriggerBook) -> Trigger | None:
    found = triggers_for(token, book)
    return found[0] if found else None


def triggers_for(token: Token, book: TriggerBook) -> list[Trigger]:
    """The token's triggers, its phrasal verb's first ("shoot down": a verb and its particle
    name their own act), then its lemma's, then its form's: a form keyed apart names another
    event ("seize" a town is a capture, "seized" five guards an abduction; each trigger's needs
    decide)."""
    pos = (
        "VERB"
        if token.pos_ in ("VERB", "AUX")
        else "NOUN"
        if token.pos_ in ("NOUN", "PROPN")
        else None
    )
    if pos is None:
        return []
    found = []
    lemma = lemma_of(token)
    particles = [c.lower_ for c in token.children if c.dep_ == "prt"] if pos == "VERB" else []
    phrasal = [f"{lemma} {particle}" for particle in particles]
    for key in dict.fromkeys((*phrasal, lemma, token.lower_)):
        trigger = book.triggers.get(key)
        if trigger is not None and pos in trigger.pos:
            found.append(trigger)
    return found


DEATH_MANNER_WORDS = words("alive")  # "burned a family of five alive", "buried alive"
KILL_VERBS = words("kill murder slay execute die")


def to_death(token: Token) -> bool:
    """ "stabbed a shopkeeper to death", "hacked to death", "burned them alive": a verb of
    harm (stab, hack, beat, burn) that names a killing only with the death it caused."""
    near = list(token.children)
    near += [c for o in near if o.dep_ in ("dobj", "nsubjpass") for c in o.children]
    return any(
        (c.dep_ == "prep" and c.lower_ == "to" and any(lemma_of(o) == "death" for o in c.children))
        or c.lower_ in DEATH_MANNER_WORDS
        for c in near
    )


def _left_dead(token: Token) -> bool:
    """ "The crackdown left 12 people dead", "the riots claimed five lives": the noun as the
    subject of a verb that counts its dead (a running total is the tolls' to take)."""
    head = token.head
    if token.dep_ != "nsubj" or head.i == token.i:
        return False
    if lemma_of(head) == "leave":
        return any(d.lower_ in ("dead", "killed") for d in head.subtree)
    return lemma_of(head) in LIFE_VERBS and names_lives(head)  # "claimed / cost N lives"


def _shot_at_people(token: Token, book: TriggerBook) -> bool:
    """ "shot at them", "fired at the crowd", "shooting at fleeing Palestinians" (the participle
    read as the preposition's clause): live fire aimed at people (README "Unrest")."""
    aimed = prep_objects(token, ("at",))
    aimed += [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == "at"
        for c in p.children
        if c.dep_ == "pcomp"
        for o in c.children
        if o.dep_ == "dobj"
    ]
    hit = book.cue_groups.get("people", frozenset()) | book.classes.get("crowds", frozenset())
    return any(lemma_of(o) in hit or o.lower_ in hit or o.ent_type_ == "NORP" for o in aimed)


def _controls_a_place(control: Token) -> bool:
    """ "seized control of the town", "control of most of Helmand"; not "of the senate"."""
    held = prep_objects(control, ("of", "over"))
    held += [p for h in held if lemma_of(h) in QUANTITY_WORDS for p in prep_objects(h, ("of",))]
    if not held:
        return True  # "took control"
    return any(
        lemma_of(h) in PLACE_OBJECT_WORDS
        or (ent_at(h) is not None and ent_at(h).label_ in PLACE_LABELS)
        or (h.pos_ == "PROPN" and (h.ent_type_ not in NOT_PLACES or place_of(h.text)))
        for h in held
    )


def death_told(token: Token, book: TriggerBook) -> bool:
    """ "shot dead", "shot Ahmed", "stabbed to death": the harm named a death; "were shot and
    wounded", "shot two journalists" name a shooting, not its toll."""
    return _need_met(token, "object:dead|person", book) or to_death(token)


def needs_met(token: Token, trigger: Trigger, book: TriggerBook) -> bool:
    """Whether the words around ``token`` give what its trigger needs; ``a||b``: either,
    ``a&&b``: both."""
    if not trigger.needs:
        return True
    return any(
        all(_need_met(token, need, book) for need in option.split("&&"))
        for option in trigger.needs.split("||")
    )


def _need_met(token: Token, needs: str, book: TriggerBook) -> bool:
    if needs == "to_death":
        return to_death(token)
    if needs == "left_dead":
        return _left_dead(token)
    if needs.startswith("object_class:"):
        # "armed men seized five border guards", "snatched them": people taken, not a place
        group = book.cue_groups.get(needs.split(":", 1)[1], frozenset())
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        objects = objects or coordinated_objects(token)  # "torpedoed and sank the cruiser"
        return any(  # (not "seized Bentiu, the capital of Unity state": a town)
            lemma_of(o) in group
            or o.lower_ in group
            or (o.ent_type_ == "PERSON" and not apposed_settlement(o))
            for o in objects
        )
    if needs.startswith("of_class:"):
        # "the hijacking of a jetliner", "of 40 passengers", "of the Achille Lauro"; not "of
        # the debate", "of the party" (a group or a meeting taken over)
        group = book.cue_groups.get(needs.split(":", 1)[1], frozenset())
        return any(
            lemma_of(o) in group
            or o.lower_ in group
            or o.ent_type_ == "PERSON"
            or (o.pos_ == "PROPN" and o.ent_type_ not in ("ORG", "NORP", "GPE"))
            for o in prep_objects(token, ("of",))
        )
    if needs.startswith("subject_class:"):
        # "government troops fled", "the army abandoned its positions": an armed side's flight
        group = book.cue_groups.get(needs.split(":", 1)[1], frozenset())
        subject = subject_of(token)
        return subject is not None and (lemma_of(subject) in group or subject.lower_ in group)
    if needs.startswith("sentence_class:"):
        # "the bodies of seven men who had been abducted were found": a word of violence near
        group = book.cue_groups.get(needs.split(":", 1)[1], frozenset())
        return any(lemma_of(t) in group or t.lower_ in group for t in token.sent)
    if needs == "shot_people":
        # "were shot and wounded", "shot two journalists"; "shot and killed": the killing tells it
        told = [c for c in token.children if c.dep_ == "conj"]
        told += [token.head] if token.dep_ == "conj" else []
        return (_need_met(token, "object_class:people", book) or _shot_at_people(token, book)) and (
            not any(lemma_of(c) in KILL_VERBS for c in told)
        )
    if needs == "place_object":
        # "took over the town"; "Brussels takes over", "the vessel was taken over": no place
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [c for o in objects for c in o.children if c.dep_ == "conj"]  # "and an airport"
        objects += [  # "swathes of territory", "parts of the city"
            p for o in objects if lemma_of(o) in QUANTITY_WORDS for p in prep_objects(o, ("of",))
        ]
        for obj in objects:
            if lemma_of(obj) == "control" and not _controls_a_place(obj):
                continue  # "lost control of the senate"
            if lemma_of(obj) in PLACE_OBJECT_WORDS or obj.lower_ in PLACE_OBJECT_WORDS:
                return True
            if ent_at(obj) is not None and ent_at(obj).label_ in PLACE_LABELS:
                return True
            if apposed_settlement(obj):  # "seized Bentiu, the capital of Unity state"
                return True
            if known_town_object(obj):  # "captured Timbuktu", the name left unlabelled
                return True
            if _bare_name_taken_by_forces(token, obj, book):
                return True
        return False
    if needs.startswith("particle:"):
        # "drove out", "pulled back", and "drove X out of" (parsed as a preposition)
        particles = needs.split(":", 1)[1].split("|")
        return any(c.dep_ in ("prt", "prep") and c.lower_ in particles for c in token.children)
    if needs.startswith("not_head:"):
        # "was found hanged in his cell": found so, by no one named (often by his own hand)
        return lemma_of(token.head) not in needs.split(":", 1)[1].split("|")
    if needs.startswith("head:"):
        heads = needs.split(":", 1)[1].split("|")  # "took 1,000 hostages", "took them hostage"
        return lemma_of(token.head) in heads and token.head.i != token.i
    if needs.startswith("prep:"):
        words = needs.split(":", 1)[1].split("|")
        return any(c.dep_ == "prep" and c.lower_ in words for c in token.children)
    if needs.startswith("object:"):
        lemmas = needs.split(":", 1)[1].split("|")
        objects = [
            c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "oprd", "acomp", "advmod")
        ]
        objects += [m for c in objects for m in c.children if m.dep_ == "amod"]  # "shot dead two"
        return any(
            c.lemma_.lower() in lemmas or c.lower_ in lemmas or c.ent_type_ == "PERSON"
            for c in objects
        )
    if needs.startswith("modifier:"):
        group = book.cue_groups.get(needs.split(":", 1)[1], frozenset())
        return any(c.lower_ in group for c in token.children)
    if needs == "verb_object":
        # "jets rocketed rebel positions", "the village was rocketed"; "prices rocketed" and
        # "the walls were mortared with clay" (a builder's material): none
        deps = {c.dep_: c for c in token.children}
        built = "nsubjpass" in deps and any(c.lower_ == "with" for c in token.children)
        return token.pos_ == "VERB" and ("dobj" in deps or "nsubjpass" in deps) and not built
    if needs == "governed":
        if token.dep_ == "compound":
            return True
        head = token.head
        if token.dep_ == "dobj" and lemma_of(head) == "destroy":
            return False  # "destroyed seized rockets": the weapons were the thing destroyed
        return (
            token.dep_ in ("nsubj", "nsubjpass", "dobj") and lemma_of(head) in book.governing_verbs
        )
    return True


def cue_type(words: list[Token], trigger: Trigger, book: TriggerBook) -> str | None:
    lowered = {w.lower_ for w in words} | {lemma_of(w) for w in words}
    lowered |= {w[:-1] for w in lowered if w.endswith("s")}  # "Rockets" read as a name
    hyphenated = {part for w in words for part in w.lower_.split("-")}
    for group in trigger.refine:
        if (lowered | hyphenated) & book.cue_groups.get(group, frozenset()):
            return book.cue_types[group]
    return None


def _bare_name_taken_by_forces(verb: Token, obj: Token, book: TriggerBook) -> bool:
    """ "Armenian forces seize Shusha", "rebels seized Aguelhok": a one-word name taken by an
    armed side is a place whatever label the small model guessed for a town it does not know
    (it says PERSON, NORP or ORG); a person taken has a title or a second name ("seized John
    Smith")."""
    subject = subject_of(verb)
    if subject is None or obj.pos_ != "PROPN" or obj.ent_type_ == "PERSON" and obj.ent_iob_ != "B":
        return False
    forces = book.cue_groups.get("forces", frozenset())
    if lemma_of(subject) not in forces and subject.lower_ not in forces:
        return False
    ent = ent_at(obj)
    one_word = ent is None or len(ent) == 1
    return one_word and not any(c.dep_ in ("compound", "flat", "det", "poss") for c in obj.children)
