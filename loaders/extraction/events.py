"""Events: trigger words, their roles from the dependency parse, place, date and casualties.

A trigger (``loaders/data/event_triggers.yaml``) is a verb or noun lemma that names a type of
event ("strike", "seize", "killed"). Its roles come from the parse:
- verbs: actor = subject (the antecedent for "that/which", the head verb's subject for a
  participle or conjunct), target = object or "on/against X"; in the passive the subject is the
  target and "by X" the actor ("was killed by IS");
- nouns: actor = possessor, nationality or "by X" ("Russian strikes", "its raids", "strikes by
  Russian jets"), else the subject of the verb whose object it is ("French warplanes carried
  out new strikes"); target = "on/against X", or the object of the verb it is the subject of;
- a means noun that is the subject of an effect verb ("Strikes on Aleppo killed some 100
  militants", "raids that killed...", "killed by air strikes") is one event, of the noun's type,
  with the verb's object as target and casualties;
- territory: the object is the place taken, "from X" the side that lost it.
- "clashes between X and Y": X is the actor, Y the target; "clashed with Y": Y the target.
Not emitted: planned or hypothetical events (would/could/may, "plans to", "threatened to",
"vowed to", an infinitive of purpose, "if"), negated ones ("did not kill"), a war's running toll
("320,000 killed since the conflict began"), participles that describe someone ("groups
fighting the government") and a page's dated headline opening the text ("Sat Jul 26 2014 ISIL
Terrorists Execute 50 ...": its story tells the events again). Within a sentence, deaths are
the casualties of its other event ("bombed a post, killing 200 fighters", "22 killed in a car
bomb"), and two mentions of one event (same type, same or unknown actor) are merged.

Casualties: the victims of a killing (object, or passive subject) give ``killed``; "wounding"/
"injured" beside it give ``injured`` (rules in quantities.py). A killing with several counted
victim groups ("killing two senior field commanders and some 200 fighters") keeps the largest.

Confidence (0..1): 0.4, +0.2 for a verb trigger (a noun names an event less surely), +0.15 for
a named actor, +0.1 for a named target, +0.1 for a resolved place, +0.05 for a date phrase,
-0.1 when the type was inferred from context (a trigger whose type needs a cue), -0.1 when the
actor was carried over from an earlier event ("the raids", "the campaign"); within 0.05..0.95.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.tokens import Doc, Span, Token

from loaders.extraction.actors import Actor, resolve_actor
from loaders.extraction.claims import SAY_LEMMAS
from loaders.extraction.quantities import Count, parse_count
from loaders.extraction.referents import (
    PLACE_LABELS,
    Referents,
    actor_ref,
    doc_ents,
    ent_at,
    noun_phrase,
    place_of,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


TRIGGERS_FILE = Path(__file__).resolve().parent.parent / "data" / "event_triggers.yaml"
MODALS = frozenset(
    {"would", "could", "might", "may", "should", "will", "shall", "can", "must", "'d", "'ll"}
)
INTENT_VERBS = _words(
    "plan threaten vow pledge intend want seek aim try attempt promise prepare expect "
    "hope refuse fail decide agree order urge call need propose mean wish"
)
INTENT_NOUNS = _words("plan threat bid attempt intention call order")
LOCATIVE_PREPS = _words(
    "in near at around outside across over on into inside throughout towards toward to "
    "outskirts north south east west off along within"
)
COUNTRY_LOCATIONS = True  # a country is kept as the location when nothing finer is named
WOUND_LEMMAS = frozenset({"wound", "injure", "hurt"})
MEANS_TYPES = frozenset({"air_strike", "shelling", "missile_attack", "bombing", "suicide_bombing"})
EFFECT_LEMMAS = frozenset(
    {"kill", "hit", "strike", "target", "destroy", "wound", "injure", "pound", "damage", "level"}
)
TERRITORY_TYPES = frozenset({"territory_capture", "territory_loss"})
PLACE_OBJECT_WORDS = _words(
    "control territory ground village town city area district base airport airbase "
    "hill neighbourhood neighborhood position positions outpost checkpoint locality "
    "region province countryside suburb road highway border crossing field"
)


@dataclass(frozen=True)
class Trigger:
    lemma: str
    type: str | None
    pos: frozenset[str]
    refine: tuple[str, ...]
    needs: str | None
    state_actor_type: str | None


@dataclass(frozen=True)
class TriggerBook:
    triggers: dict[str, Trigger]
    cue_groups: dict[str, frozenset[str]]
    cue_types: dict[str, str]
    governing_verbs: frozenset[str]


@lru_cache(maxsize=4)
def load_triggers(path: str = str(TRIGGERS_FILE)) -> TriggerBook:
    content = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    triggers = {}
    for lemma, spec in content["triggers"].items():
        triggers[lemma] = Trigger(
            lemma=lemma,
            type=spec.get("type"),
            pos=frozenset(spec.get("pos", ["VERB", "NOUN"])),
            refine=tuple(spec.get("refine", [])),
            needs=spec.get("needs"),
            state_actor_type=spec.get("state_actor_type"),
        )
    return TriggerBook(
        triggers=triggers,
        cue_groups={k: frozenset(w.lower() for w in v) for k, v in content["cues"].items()},
        cue_types=dict(content["cue_types"]),
        governing_verbs=frozenset(content.get("governing_verbs", [])),
    )


@dataclass
class RawEvent:
    type: str
    trigger: Token
    sentence: Span
    actor: dict | None = None
    target: dict | None = None
    location: dict | None = None
    date_text: str | None = None
    killed: Count | None = None
    injured: Count | None = None
    inferred_type: bool = False
    tokens: set[int] = field(default_factory=set)  # tokens the event covers (trigger + absorbed)

    def confidence(self) -> float:
        score = 0.4
        score += 0.2 if self.trigger.pos_ in ("VERB", "AUX") or len(self.tokens) > 1 else 0.0
        score += 0.15 if self.actor and is_named_ref(self.actor) else 0.0
        score += 0.1 if self.target and is_named_ref(self.target) else 0.0
        score += 0.1 if self.location and self.location["name"] else 0.0
        score += 0.05 if self.date_text else 0.0
        score -= 0.1 if self.inferred_type else 0.0
        score -= 0.1 if getattr(self, "inherited", False) else 0.0
        return round(min(max(score, 0.05), 0.95), 2)


def is_named_ref(ref: dict) -> bool:
    return ref.get("name") is not None and ref.get("kind") != "agent"


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _trigger_for(token: Token, book: TriggerBook) -> Trigger | None:
    pos = (
        "VERB"
        if token.pos_ in ("VERB", "AUX")
        else "NOUN"
        if token.pos_ in ("NOUN", "PROPN")
        else None
    )
    if pos is None:
        return None
    for key in (_lemma(token), token.lower_):
        trigger = book.triggers.get(key)
        if trigger is not None and pos in trigger.pos:
            return trigger
    return None


def find_events(doc: Doc, referents: Referents, speakers: dict[int, object]) -> list[RawEvent]:
    """Events in text order. ``speakers`` maps a token index to the claimant whose claim covers
    it (for "its", "their" inside a claim)."""
    book = load_triggers()
    events: list[RawEvent] = []
    for number, sentence in enumerate(doc.sents):
        if number == 0 and _is_dated_headline(sentence):
            continue
        found: dict[int, Trigger] = {}
        for token in sentence:
            trigger = _trigger_for(token, book)
            if trigger is not None and _needs_met(token, trigger, book):
                found[token.i] = trigger
        absorbed: set[int] = set()
        in_sentence: list[RawEvent] = []
        for index in sorted(found):
            token = doc[index]
            if index in absorbed or _is_modifier_of_trigger(token, found):
                continue
            if _is_hypothetical(token) or _is_negated(token) or _is_descriptive(token):
                continue
            if _is_cumulative(token):
                continue
            event = _build(token, found[index], sentence, book, referents, speakers, found)
            if event is None:
                continue
            event.sentence_number = number  # type: ignore[attr-defined]
            absorbed |= event.tokens
            _inherit(event, in_sentence, events, number)
            if event.target and event.actor and event.target.get("name") == event.actor.get("name"):
                event.target = None  # "our missiles hit their target": not a target of its own
            in_sentence.extend(_split_by_victims(event, referents))
        events.extend(_merge_duplicates(_fold_killings(in_sentence)))
    return events


def _fold_killings(events: list[RawEvent]) -> list[RawEvent]:
    """ "Russia bombed a post, killing 200 fighters", "22 killed in a car bomb", "Dozens were
    killed as IS drove out rebels": the deaths are the casualties of the sentence's other event
    (the nearest), not an event of their own."""
    hosts = [e for e in events if FAMILIES.get(e.type) or e.type in HOST_TYPES]
    if not hosts:
        return events
    kept = []
    for event in events:
        if event.type != "killing" or event in hosts:
            kept.append(event)
            continue
        host = min(hosts, key=lambda h: abs(h.trigger.i - event.trigger.i))
        if host.killed is not None and event.killed is not None:
            kept.append(event)
            continue
        host.killed = host.killed or event.killed
        host.injured = host.injured or event.injured
        if host.target is None or (host.target.get("name") is None and event.target):
            host.target = event.target  # "bombed a command post, killing 200 fighters"
        host.actor = host.actor or event.actor
        host.location = host.location or event.location
        host.date_text = host.date_text or event.date_text
        host.tokens |= event.tokens
    return kept


def _is_headline(sentence: Span) -> bool:
    """A short line with no full stop ("Iranian general killed", "Moscow denies missile crash")."""
    words = [t for t in sentence if not t.is_space]
    return 0 < len(words) <= 8 and not words[-1].is_punct


def _is_dated_headline(sentence: Span) -> bool:
    """ "Sat Jul 26 2014 ISIL Terrorists Execute 50 Captive Syrian Troops in Raqqa.": a page's
    date and headline, which the story's own sentences tell again."""
    first = next((t for t in sentence if not t.is_space), None)
    if first is None or first.ent_type_ not in ("DATE", "TIME") and not first.like_num:
        return False
    words = [
        t for t in sentence if t.is_alpha and len(t) > 3 and t.ent_type_ not in ("DATE", "TIME")
    ]
    capitalised = sum(1 for t in words if t.text[:1].isupper())
    return len(words) >= 3 and capitalised / len(words) >= 0.6


def _is_cumulative(token: Token) -> bool:
    """ "More than 320,000 people have been killed since the conflict began": a war's running
    toll, not an event."""
    verb = _clause_verb(token)
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    for child in (*verb.children, *token.children, *(g for c in clauses for g in c.children)):
        if child.lower_ == "since" and child.dep_ in ("prep", "mark"):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in ("over", "in")
            and any(
                g.lemma_.lower() in ("year", "month") and any(n.like_num for n in g.children)
                for g in child.children
            )
        ):
            return True  # "in over three years of turmoil"
    return False


def _is_descriptive(token: Token) -> bool:
    """ "groups fighting against the government", "a coalition fighting IS": a participle that
    describes who someone is, not an event that happened."""
    return token.pos_ == "VERB" and token.tag_ == "VBG" and token.dep_ == "acl"


def _is_modifier_of_trigger(token: Token, found: dict[int, Trigger]) -> bool:
    if token.dep_ == "compound" and token.head.i in found:
        return True  # "missile strike": the head names the event
    # "captured five villages in its northern offensive": the noun frames the verb's event
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in ("in", "during", "amid")
        and token.head.head.i in found
        and token.head.head.pos_ in ("VERB", "AUX")
    )


FAMILIES = {
    "air_strike": "strike", "missile_attack": "strike", "shelling": "strike",
    "bombing": "bombing", "suicide_bombing": "bombing",
}  # fmt: skip
HOST_TYPES = frozenset({"armed_clash", "ground_offensive", "territory_capture", "territory_loss"})
CARRIER_NOUNS = frozenset({"campaign", "operation", "war", "raid", "strike", "offensive"})


def _inherit(
    event: RawEvent, same_sentence: list[RawEvent], earlier: list[RawEvent], number: int
) -> None:
    """Fill a missing actor from context: a participle continues its sentence's last event
    ("bombed a post, killing..."); "the raids", "Strikes on Aleppo", "the campaign" continue
    the last strike of the previous sentences. Inherited actors lower the confidence."""
    if event.actor is not None and event.actor.get("name") is not None:
        return
    trigger = event.trigger
    if trigger.tag_ == "VBG" and trigger.dep_ in ("advcl", "conj", "xcomp") and same_sentence:
        previous = same_sentence[-1]
        event.actor = previous.actor
        event.location = event.location or previous.location
        event.inherited = True  # type: ignore[attr-defined]
        return
    family = FAMILIES.get(event.type)
    subject_words = {t.lemma_.lower() for t in (event.actor and [trigger]) or []}
    carried = (
        trigger.pos_ == "NOUN"
        or subject_words & CARRIER_NOUNS
        or (
            event.actor is not None
            and event.actor.get("text", "").split()[-1:]
            and event.actor["text"].split()[-1].lower().rstrip("s") in CARRIER_NOUNS
        )
    )
    if family is None or not carried:
        return
    for previous in reversed(earlier + same_sentence):
        if number - getattr(previous, "sentence_number", number) > 3:
            break
        if FAMILIES.get(previous.type) == family and previous.actor and previous.actor.get("name"):
            event.actor = {**previous.actor, "text": None, "start": None, "end": None}
            event.inherited = True  # type: ignore[attr-defined]
            return


def _same_or_unknown_actor(one: RawEvent, other: RawEvent) -> bool:
    names = [e.actor.get("name") if e.actor else None for e in (one, other)]
    if None in names:
        return names != [None, None] or one.type in ("armed_clash", "ground_offensive")
    return names[0] == names[1]


def _merge_duplicates(events: list[RawEvent]) -> list[RawEvent]:
    """Two mentions of one event in a sentence become one: same type and the same named actor,
    or one of them with no actor ("attacked a town, sparking fighting")."""
    kept: list[RawEvent] = []
    for event in events:
        twin = next(
            (
                k
                for k in kept
                if k.type == event.type
                and _same_or_unknown_actor(k, event)
                and not (k.killed and event.killed)
                and not (k.date_text and event.date_text and k.date_text != event.date_text)
            ),
            None,
        )
        if twin is None:
            kept.append(event)
            continue
        for name in ("target", "location", "date_text", "killed", "injured"):
            if getattr(twin, name) is None:
                setattr(twin, name, getattr(event, name))
        twin.tokens |= event.tokens
    return kept


def _needs_met(token: Token, trigger: Trigger, book: TriggerBook) -> bool:
    needs = trigger.needs
    if not needs:
        return True
    if needs == "place_object":
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [
            p for c in token.children if c.dep_ == "prt" and c.lower_ in ("over",) for p in [c]
        ]
        for obj in objects:
            if obj.dep_ == "prt":
                return True
            if _lemma(obj) in PLACE_OBJECT_WORDS or obj.lower_ in PLACE_OBJECT_WORDS:
                return True
            if ent_at(obj) is not None and ent_at(obj).label_ in PLACE_LABELS:
                return True
        return False
    if needs.startswith("particle:"):
        word = needs.split(":", 1)[1]
        return any(c.dep_ == "prt" and c.lower_ == word for c in token.children)
    if needs.startswith("prep:"):
        words = needs.split(":", 1)[1].split("|")
        return any(c.dep_ == "prep" and c.lower_ in words for c in token.children)
    if needs.startswith("object:"):
        lemmas = needs.split(":", 1)[1].split("|")
        return any(
            c.lemma_.lower() in lemmas or c.lower_ in lemmas or c.ent_type_ == "PERSON"
            for c in token.children
            if c.dep_ in ("dobj", "nsubjpass", "oprd", "acomp", "advmod")
        )
    if needs.startswith("modifier:"):
        group = book.cue_groups.get(needs.split(":", 1)[1], frozenset())
        return any(c.lower_ in group for c in token.children)
    if needs == "governed":
        if token.dep_ == "compound":
            return True
        head = token.head
        return token.dep_ in ("nsubj", "nsubjpass", "dobj") and _lemma(head) in book.governing_verbs
    return True


def _clause_verb(token: Token) -> Token:
    """The verb whose clause a token sits in (the token itself for a verb)."""
    current = token
    while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
        current = current.head
    return current


def _is_hypothetical(token: Token) -> bool:
    # "plans for an offensive", "threat of strikes"
    if (
        token.pos_ in ("NOUN", "PROPN")
        and token.dep_ == "pobj"
        and _lemma(token.head.head) in INTENT_NOUNS
    ):
        return True
    verb = _clause_verb(token)
    seen = 0
    while seen < 4:
        seen += 1
        for child in verb.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in MODALS:
                return True
            if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
                return True
        if verb.dep_ == "xcomp" and _lemma(verb.head) in INTENT_VERBS:
            return True
        if verb.dep_ in ("advcl", "acl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
        ):
            return True  # "launched an attack to recapture land": purpose, not yet done
        if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
            continue
        break
    return False


def _is_negated(token: Token) -> bool:
    verb = _clause_verb(token)
    for candidate in (token, verb):
        if any(c.dep_ == "neg" for c in candidate.children):
            return True
    return token.dep_ == "pcomp" and token.head.lower_ == "without"


def _cue_type(words: list[Token], trigger: Trigger, book: TriggerBook) -> str | None:
    lowered = {w.lower_ for w in words} | {_lemma(w) for w in words}
    hyphenated = {part for w in words for part in w.lower_.split("-")}
    for group in trigger.refine:
        if (lowered | hyphenated) & book.cue_groups.get(group, frozenset()):
            return book.cue_types[group]
    return None


def _modifier_words(token: Token) -> list[Token]:
    words = []
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod", "npadvmod", "poss", "nummod"):
            words.extend(child.subtree)
    if token.i > 0:
        words.append(token.doc[token.i - 1])
    return words


def _is_passive(verb: Token) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    if _is_headline(verb.sent) and verb.tag_ in ("VBD", "VBN") and not _children(verb, "dobj"):
        return True  # "Iranian general killed": headlines drop the auxiliary
    if verb.tag_ != "VBN" or _children(verb, "dobj"):
        return False
    auxiliaries = {c.lemma_.lower() for c in verb.children if c.dep_ == "aux"}
    return "have" not in auxiliaries and verb.dep_ in ("ROOT", "conj", "acl")


def _subject(verb: Token) -> Token | None:
    current = verb
    for _ in range(4):
        for child in current.children:
            if child.dep_ in ("nsubj", "csubj"):
                return child
        if (
            current.dep_ in ("conj", "xcomp", "advcl", "acl", "ccomp")
            and current.head.i != current.i
        ):
            if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
                return None
            if _lemma(current.head) in SAY_LEMMAS:
                return None  # the speaker is not the actor of what is said
            current = current.head
            continue
        break
    return None


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    return [
        obj
        for child in token.children
        if child.dep_ == "prep" and child.lower_ in preps
        for obj in child.children
        if obj.dep_ == "pobj"
    ]


def _build(
    token: Token,
    trigger: Trigger,
    sentence: Span,
    book: TriggerBook,
    referents: Referents,
    speakers: dict[int, object],
    found: dict[int, Trigger],
) -> RawEvent | None:
    speaker = speakers.get(token.i)
    is_verb = token.pos_ in ("VERB", "AUX")
    context = _modifier_words(token)
    actor_token: Token | None = None
    target_token: Token | None = None
    victims: Token | None = None
    effect: Token | None = None
    covered = {token.i}

    if is_verb:
        passive = _children(token, "nsubjpass")
        if not passive and _is_passive(token):
            # "... but was killed during a mission", headline "Iranian general killed"
            inherited = token.head if token.dep_ == "acl" else _subject(token)
            passive = [inherited] if inherited is not None else []
        if passive or _is_passive(token):
            target_token = passive[0] if passive else None
            agents = [o for c in _children(token, "agent") for o in _children(c, "pobj")]
            actor_token = agents[0] if agents else None
        else:
            actor_token = _subject(token)
            objects = _children(token, "dobj")
            target_token = objects[0] if objects else None
        if _lemma(token) == "die":
            target_token, actor_token = actor_token, None
        if trigger.type == "killing" or _lemma(token) in (
            "kill",
            "execute",
            "behead",
            "massacre",
            "murder",
        ):
            victims = target_token
        # "killed by air strikes", "strikes that killed": the means noun names the event.
        means = _means_behind(token, actor_token, found)
        if means is not None:
            return _build_means(
                means, token, found[means.i], sentence, book, referents, speakers, found
            )
        if actor_token is not None:
            context += list(noun_phrase(actor_token))
        for obj in _children(token, "dobj"):
            context += list(obj.subtree)
    else:
        return _build_means(token, None, trigger, sentence, book, referents, speakers, found)

    event = _typed_event(
        token, trigger, context, sentence, book, referents, speaker, actor_token, covered
    )
    if event is None:
        return None
    event_type = event.type
    location_from_object = None
    if event_type in TERRITORY_TYPES:
        location_from_object = target_token
        losers = _prep_objects(token, ("from",))
        target_token = losers[0] if losers else None
        if location_from_object is not None and not _place_like(location_from_object):
            # "IS drove out rebels from nearby localities": the object is who lost the ground
            target_token, location_from_object = location_from_object, target_token
        if event_type == "territory_loss":
            winners = _prep_objects(token, ("to",))
            target_token = winners[0] if winners else None
    elif target_token is None:
        on = _prep_objects(token, ("on", "against"))
        if not on and event_type == "armed_clash":
            on = _prep_objects(token, ("with",))  # "troops clashed with Nusra Front"
        target_token = on[0] if on else None
    if (
        target_token is not None
        and not _is_place_token(target_token)
        and _can_be_actor(target_token)
    ):
        event.target = referents.actor(target_token, speaker)
    _add_casualties(event, victims, token, effect)
    event.location = _location(token, sentence, referents, location_from_object, event)
    event.date_text = _date_phrase(token, sentence)
    return event


def _means_behind(verb: Token, subject: Token | None, found: dict[int, Trigger]) -> Token | None:
    if _lemma(verb) not in EFFECT_LEMMAS:
        return None
    candidates = [subject] if subject is not None else []
    if subject is not None and subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
        candidates.append(verb.head)
    candidates += _prep_objects(verb, ("in", "by", "during"))  # "killed in the raids"
    candidates += [o for c in _children(verb, "agent") for o in _children(c, "pobj")]
    prepositional = {c.i for c in candidates if subject is None or c.i != subject.i}
    for candidate in candidates:
        if candidate is not None and candidate.i in found and candidate.i != verb.i:
            trigger = found[candidate.i]
            if trigger.type in MEANS_TYPES or trigger.lemma in (
                "attack",
                "raid",
                "strike",
                "missile",
                "rocket",
            ):
                return candidate
            if candidate.i in prepositional and _lemma(verb) in ("kill", "wound", "injure"):
                return candidate  # "killed in clashes", "killed during the fighting"
    return None


def _typed_event(
    token: Token,
    trigger: Trigger,
    context: list[Token],
    sentence: Span,
    book: TriggerBook,
    referents: Referents,
    speaker: Actor | None,
    actor_token: Token | None,
    covered: set[int],
) -> RawEvent | None:
    """The event a trigger starts, once its type is settled: a generic trigger ("attack")
    takes its type from cue words around it (else in the sentence); a state actor may change
    it (``state_actor_type``). None when no type can be told."""
    event_type = trigger.type
    if trigger.type is None or trigger.refine:
        refined = _cue_type(context, trigger, book)
        if refined is None and trigger.type is None:
            refined = _cue_type(list(sentence), trigger, book)
        event_type = refined or event_type
    if event_type is None:
        return None
    actor = referents.actor(actor_token, speaker) if actor_token is not None else None
    if trigger.state_actor_type and _state_force(actor) and event_type == trigger.type:
        event_type = trigger.state_actor_type
    inferred = trigger.type is None
    return RawEvent(
        event_type, token, sentence, actor=actor, inferred_type=inferred, tokens=covered
    )


def _build_means(
    noun: Token,
    effect: Token | None,
    trigger: Trigger,
    sentence: Span,
    book: TriggerBook,
    referents: Referents,
    speakers: dict[int, object],
    found: dict[int, Trigger],
) -> RawEvent | None:
    speaker = speakers.get(noun.i)
    covered = {noun.i}
    subject_node = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "nsubj":
        subject_node = noun.head.head  # "the vast majority of Russian strikes have targeted"
    if (
        effect is None
        and subject_node.dep_ in ("nsubj", "nsubjpass")
        and _lemma(subject_node.head) in EFFECT_LEMMAS
    ):
        effect = subject_node.head
    if effect is None and noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        effect = noun.head.head
    if (
        effect is None
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("in", "by", "during")
        and _lemma(noun.head.head) in ("kill", "wound", "injure")
    ):
        effect = noun.head.head
    if effect is None:
        relcl = next(
            (c for c in noun.children if c.dep_ == "relcl" and _lemma(c) in EFFECT_LEMMAS), None
        )
        effect = relcl
    effects = []
    if effect is not None:
        effects = [effect] + [c for c in effect.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        covered |= {e.i for e in effects}
    if noun.pos_ in ("VERB", "AUX"):
        return None
    # actor: possessor, nationality, "by X", else the subject of the verb that governs the noun
    actor_token = None
    for child in noun.children:
        if child.dep_ == "poss":
            actor_token = child
            break
    if actor_token is None:
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "nmod") and _actor_like(child, referents):
                actor_token = child
                break
    if actor_token is None:
        by = _prep_objects(noun, ("by", "from"))
        by = [b for b in by if not _is_place_token(b)]
        actor_token = by[0] if by else None
    governor = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    if actor_token is None and governor is not None and governor.pos_ in ("VERB", "AUX"):
        actor_token = _subject(governor)
    context = _modifier_words(noun)
    if actor_token is not None:
        context += list(noun_phrase(actor_token))
    if governor is not None and noun.dep_ == "dobj":
        subject = _subject(governor)
        if subject is not None:
            context += list(noun_phrase(subject))
    event = _typed_event(
        noun, trigger, context, sentence, book, referents, speaker, actor_token, covered
    )
    if event is None:
        return None
    event_type = event.type
    target_token = None
    between = _prep_objects(noun, ("between",))
    if between:
        # "clashes between Jaish al-Islam and Faylaq al-Rahman": the two sides
        sides = [between[0], *between[0].conjuncts]
        if actor_token is None or actor_token.i == sides[0].i:
            actor_token = sides[0]
            actor = referents.actor(actor_token, speaker)
            event.actor = actor
        if len(sides) > 1:
            target_token = sides[1]
    on = [o for o in _prep_objects(noun, ("on", "against")) if not _is_place_token(o)]
    if not on and governor is not None and noun.dep_ == "dobj":
        # "carried out new strikes overnight on IS targets"
        on = [o for o in _prep_objects(governor, ("on", "against")) if not _is_place_token(o)]
    if on:
        target_token = on[0]
    victims = None
    if event_type in ("killing", "execution") and not effects:
        owners = _prep_objects(noun, ("of",))  # "the death of over 101 fighters"
        victims = owners[0] if owners else None
    for verb in effects:
        objects = _children(verb, "dobj") or (
            _children(verb, "nsubjpass") if verb == effect and noun.dep_ == "pobj" else []
        )
        if not objects and verb == effect and noun.dep_ == "pobj" and _is_passive(verb):
            inherited = _subject(verb)
            objects = [inherited] if inherited is not None else []
        if not objects and verb == effect and effect.dep_ == "relcl":
            objects = _children(verb, "dobj")
        if objects:
            if _lemma(verb) == "kill" and victims is None:
                victims = objects[0]
            if target_token is None and not _is_place_token(objects[0]):
                target_token = objects[0]
    if target_token is not None and _can_be_actor(target_token) and event.target is None:
        event.target = referents.actor(target_token, speaker)
    if event.target is None and event_type in STRIKE_TYPES:
        event.target = _opponents_of_backed_government(subject_node, referents, speaker)
    _add_casualties(event, victims, effect or noun, effect)
    anchor = effect or noun
    event.location = _location(noun, sentence, referents, None, event, also=anchor)
    event.date_text = _date_phrase(noun, sentence) or (
        _date_phrase(anchor, sentence) if anchor != noun else None
    )
    return event


STRIKE_TYPES = frozenset({"air_strike", "shelling", "missile_attack"})
# "strikes (were) aimed at propping up Assad", "raids to defend the regime"
BACKING_LEMMAS = frozenset({"prop", "shore", "bolster", "support", "defend", "protect", "save"})
PURPOSE_LEMMAS = frozenset({"aim", "design", "intend", "mean", "seek"})


def _opponents_of_backed_government(
    subject: Token, referents: Referents, speaker: Actor | None
) -> dict | None:
    """Strikes whose stated purpose is to prop up a government hit that government's armed
    opponents: "80 to 90 percent of Russian strikes were aimed at propping up Assad" claims
    Russia is striking Syria's rebels. The target is inferred, so it has no words (offsets null).
    """
    if subject.dep_ == "pobj" and subject.head.lower_ == "of":
        subject = subject.head.head  # "90 percent of Russian strikes were aimed at..."
    purpose = subject.head if subject.dep_ in ("nsubj", "nsubjpass") else None
    if purpose is None or _lemma(purpose) not in PURPOSE_LEMMAS:
        return None
    for backing in purpose.subtree:
        if _lemma(backing) not in BACKING_LEMMAS or backing.pos_ != "VERB":
            continue
        backed = _children(backing, "dobj")
        if not backed:
            continue
        government = referents.actor(backed[0], speaker)
        if government.get("sector") in ("GOV", "MIL") and government.get("country"):
            rebels = resolve_actor("rebels")  # as "Syrian rebels" resolves: the same entity
            if rebels is not None:
                opponents = dataclasses.replace(rebels, country=government["country"])
                return actor_ref(opponents, None, None, None)
    return None


def _can_be_actor(token: Token) -> bool:
    """Dates and bare numbers parsed as objects ("announced an offensive on Thursday")."""
    return token.ent_type_ not in ("DATE", "TIME", "PERCENT", "MONEY", "ORDINAL") and not (
        token.like_num and token.dep_ != "nsubjpass"
    )


def _place_like(token: Token) -> bool:
    if _lemma(token) in PLACE_OBJECT_WORDS or token.lower_ in PLACE_OBJECT_WORDS:
        return True
    ent = ent_at(token)
    return ent is not None and ent.label_ in PLACE_LABELS


def _state_force(actor: dict | None) -> bool:
    """A state or its forces ("Russia bombed", "the US-led coalition bombing")."""
    return bool(actor) and (actor.get("kind") == "state" or actor.get("sector") in ("MIL", "GOV"))


def _actor_like(token: Token, referents: Referents) -> bool:
    if token.pos_ not in ("ADJ", "PROPN", "NOUN"):
        return False
    ref = referents.actor(token)
    return ref["name"] is not None and ref.get("kind") != "agent" and not _is_place_token(token)


def _is_place_token(token: Token) -> bool:
    ent = ent_at(token)
    if ent is None:
        return False
    return ent.label_ in ("PLACE", "LOC", "FAC") or (
        ent.label_ == "GPE" and place_of(ent.text) is not None and token.dep_ == "pobj"
    )


def _add_casualties(
    event: RawEvent, victims: Token | None, anchor: Token, effect: Token | None
) -> None:
    if victims is not None:
        event.killed = _count_of(victims)
        event.victims = victims  # type: ignore[attr-defined]
    for verb in {anchor, *(anchor.children)}:
        if _lemma(verb) in WOUND_LEMMAS:
            objects = _children(verb, "dobj", "nsubjpass")
            if objects:
                event.injured = _count_of(objects[0])
    for child in anchor.children:
        if child.dep_ in ("conj", "advcl") and _lemma(child) in WOUND_LEMMAS:
            objects = _children(child, "dobj", "nsubjpass")
            if objects:
                event.injured = _count_of(objects[0])


def _count_of(head: Token) -> Count | None:
    doc = head.doc
    if head.lemma_.lower() in ("life", "lives", "death"):  # "claimed the lives of 8 persons"
        owners = _prep_objects(head, ("of",))
        if owners:
            head = owners[0]
    left = head.left_edge.i
    words = " ".join(t.text for t in doc[left : head.i + 1] if t.ent_type_ not in DATE_LABELS)
    count = parse_count(words)
    if count is None:
        # "16 IS jihadists": the number may hang off a word the parser split from the phrase
        before = doc[max(left - 3, 0) : left]
        number = [
            t
            for t in before
            if (t.like_num and t.ent_type_ not in DATE_LABELS)
            or t.lower_ in ("dozens", "hundreds", "scores")
        ]
        if number:
            count = parse_count(doc[number[0].i : head.i + 1].text)
    person = head.lower_ in ("he", "she", "him", "her") or head.ent_type_ == "PERSON"
    singular = head.tag_ in ("NN", "NNP") and head.lower_ not in ("people", "one")
    if count is None and (person or (singular and head.pos_ == "NOUN")):
        people = 1 + sum(1 for c in head.conjuncts if c.tag_ in ("NN", "NNP", "PRP"))
        return Count(people, people)  # "he and his wife were executed": 2
    return count


def _split_by_victims(event: RawEvent, referents: Referents) -> list[RawEvent]:
    """Several counted victim groups ("killing two senior field commanders and some 200
    fighters"): the largest count is the event's, as the dev set codes it."""
    victims: Token | None = getattr(event, "victims", None)
    if event.type != "killing" or victims is None:
        return [event]
    groups = [victims, *[c for c in victims.conjuncts if c.i > victims.i]]
    if len(groups) < 2:
        return [event]
    counted = []
    for group in groups:
        start = group.left_edge.i if group == victims else _conj_start(group)
        count = parse_count(victims.doc[start : group.i + 1].text)
        if count is not None and count.low is not None:
            counted.append((count.low, count, group))
    if counted:
        _, count, group = max(counted, key=lambda item: item[0])
        event.killed = count
        event.target = referents.actor(group)
    return [event]


def _conj_start(token: Token) -> int:
    return min(t.i for t in token.subtree)


def _location(
    trigger: Token,
    sentence: Span,
    referents: Referents,
    place_object: Token | None,
    event: RawEvent,
    also: Token | None = None,
) -> dict | None:
    doc = trigger.doc
    excluded: set[int] = set()
    for ref in (event.actor, event.target):
        if ref and ref.get("start") is not None:
            excluded |= {
                t.i for t in doc.char_span(ref["start"], ref["end"], alignment_mode="expand") or []
            }
    places = [
        e
        for e in doc_ents(doc)
        if sentence.start <= e.start < sentence.end
        and e.start not in excluded
        and (e.label_ in PLACE_LABELS or (e.label_ != "NORP" and place_of(e.text) is not None))
    ]
    if not places:
        return None
    if place_object is not None:
        inside = [
            e for e in places if place_object.left_edge.i <= e.start <= place_object.right_edge.i
        ]
        if inside:
            return referents.place(_best(inside, referents))
    scope: set[int] = set()
    for anchor in filter(None, (trigger, also, _clause_verb(trigger))):
        scope |= {t.i for t in anchor.subtree}
    located = [e for e in places if _under_locative(doc[e.start])]
    for pool in ([e for e in located if e.start in scope], located):
        if pool:
            nearest = sorted(pool, key=lambda e: abs(e.start - trigger.i))
            chosen = _best(nearest, referents)
            if _is_country(chosen):
                # "in northern Syria" says little when the sentence names a town or province
                finer = [
                    e
                    for e in sorted(located, key=lambda e: abs(e.start - trigger.i))
                    if place_of(e.text) is not None and not _is_country(e)
                ]
                chosen = finer[0] if finer else (chosen if COUNTRY_LOCATIONS else None)
            return referents.place(chosen) if chosen is not None else None
    return None


def _is_country(ent: Span) -> bool:
    place = place_of(ent.text)
    return place is not None and place.precision == "country"


def _best(ents: list[Span], referents: Referents) -> Span:
    for ent in ents:
        if place_of(ent.text) is not None:
            return ent
    return ents[0]


def _under_locative(token: Token) -> bool:
    current = token
    for _ in range(4):
        if current.dep_ == "pobj" and current.head.lower_ in LOCATIVE_PREPS:
            return True
        if current.dep_ in ("compound", "amod", "appos", "conj", "pobj", "nmod", "poss", "prep"):
            if current.head.i == current.i:
                return False
            current = current.head
            continue
        return False
    return False


DATE_LABELS = ("DATE", "TIME")
_DATE_WORDS = re.compile(
    r"\b(today|yesterday|tonight|overnight|last night|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|week|month|year|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|jan|feb|aug|sept?|oct|nov|dec|\d{4}|24 hours)\b",
    re.IGNORECASE,
)


def _date_phrase(trigger: Token, sentence: Span) -> str | None:
    doc = trigger.doc
    scope = {t.i for t in trigger.subtree}
    verb = _clause_verb(trigger)
    if verb != trigger:
        # the clause's own words, not those of clauses nested in it
        scope |= {c.i for c in verb.children} | {
            t.i
            for c in verb.children
            if c.dep_ in ("prep", "npadvmod", "advmod", "tmod")
            for t in c.subtree
        }
    for child in list(verb.children) if verb == trigger else []:
        if child.dep_ in ("ccomp",):
            scope -= {t.i for t in child.subtree}
    dates = [
        e
        for e in doc_ents(doc)
        if e.label_ in DATE_LABELS
        and sentence.start <= e.start < sentence.end
        and e.start in scope
        and _DATE_WORDS.search(e.text)
    ]
    if not dates:
        return None
    nearest = min(dates, key=lambda e: abs(e.start - trigger.i))
    return nearest.text
