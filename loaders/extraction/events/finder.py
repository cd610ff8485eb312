"""The sentence loop: triggers found, filtered by modality, built, merged."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from loaders.extraction.doc_memo import Columns, columns
from loaders.extraction.events.accident_frames import caused_by_accident
from loaders.extraction.events.animals import by_or_on_animals
from loaders.extraction.events.casualties import split_by_victims
from loaders.extraction.events.commemorations import in_commemoration
from loaders.extraction.events.figurative_frames import figurative_frame
from loaders.extraction.events.ground_raids import (
    fold_ground_raids,
    type_posts_overrun,
    type_raids_on_posts,
)
from loaders.extraction.events.means_phrases import attack_told_before, strike_in_phrase
from loaders.extraction.events.merging import (
    fold_killings,
    fold_next_sentence_toll,
    inherit_actor,
    merge_duplicates,
    merge_same_victims,
    refers_back,
    share_places,
)
from loaders.extraction.events.modality import effect_stance
from loaders.extraction.events.non_events import is_dated_headline, names_no_event
from loaders.extraction.events.ongoing_fights import fold_ongoing_fights, own_fight_sides
from loaders.extraction.events.raw import RawEvent
from loaders.extraction.events.riots import type_riot
from loaders.extraction.events.role_parts import ARMED_SECTORS
from loaders.extraction.events.roles import build_event
from loaders.extraction.events.senses import other_sense
from loaders.extraction.events.side_losses import losing_side
from loaders.extraction.events.states import is_vague_count
from loaders.extraction.events.syntax import lemma_of
from loaders.extraction.events.target_heads import prefers_victims
from loaders.extraction.events.targets import wounded_victims
from loaders.extraction.events.toll_links import (
    MEANS_TYPES,
    antecedent_means,
    fold_generic_attacks,
)
from loaders.extraction.events.tolls import TOLL_LEMMAS, RawToll, find_toll
from loaders.extraction.events.triggers import (
    Trigger,
    TriggerBook,
    load_triggers,
    needs_met,
    triggers_for,
)
from loaders.extraction.events.victim_types import battle_on_people, type_by_victims
from loaders.extraction.referents import (
    Referents,
)


@dataclass
class Findings:
    events: list[RawEvent] = field(default_factory=list)
    tolls: list[RawToll] = field(default_factory=list)


def find_events(
    doc: Doc,
    referents: Referents,
    speakers: dict[int, object],
    book: TriggerBook | None = None,
) -> Findings:
    """Events and tolls in text order. ``speakers`` maps a token index to the claimant whose
    claim covers it (for "its", "their" inside a claim); ``book`` is the trigger book (default:
    the packaged one)."""
    book = book or load_triggers()
    findings = Findings()
    events = findings.events
    words = columns(doc)
    for number, sentence in enumerate(doc.sents):
        if number == 0 and is_dated_headline(sentence):
            continue
        in_toll: set[int] = set()
        for token in _may_be(doc, sentence, words, TOLL_LEMMAS, TOLL_POS):
            toll = find_toll(token, sentence)
            if toll is None and caused_by_accident(token, book):
                toll = find_toll(token, sentence, accident=True)  # "crashed, killing all 150"
            if toll is not None:
                findings.tolls.append(toll)
                in_toll |= _toll_words(token)
        found: dict[int, Trigger] = {}
        for token in _may_be(doc, sentence, words, book.lookup_words, TRIGGER_POS, by_form=True):
            if token.i in in_toll:
                continue
            for trigger in triggers_for(token, book):
                if (
                    needs_met(token, trigger, book)
                    and other_sense(token, book.senses.get(trigger.lemma, ())) is None
                    and figurative_frame(token, book.senses) is None
                ):
                    found[token.i] = trigger
                    break
        absorbed: set[int] = set()
        in_sentence: list[RawEvent] = []
        for index in sorted(found):
            token = doc[index]
            if index in absorbed or is_modifier_of_trigger(token, found):
                continue
            if names_no_event(token) or by_or_on_animals(token):
                continue
            if caused_by_accident(token, book) or in_commemoration(token):
                continue  # "the plane crashed, killing all 150"; "the anniversary of the day"
            event = build_event(token, found[index], sentence, book, referents, speakers, found)
            if event is None and found[index].type is None and index in speakers:
                # "The government said its forces had targeted rebel positions": a generic
                # verb of attack in a claim right after a typed event tells that event again
                told = _recent_type(events, number)
                if told is not None:
                    retyped = dataclasses.replace(found[index], type=told, refine=())
                    event = build_event(token, retyped, sentence, book, referents, speakers, found)
            if event is None or (event.trigger.i != index and is_vague_count(event.trigger)):
                continue  # "where many attacks have targeted Shi'ites": the means names none
            generic = event.inferred_type or (
                bool(found[index].refine)
                and (event.type == found[index].type or not _own_modifier(token))
            )  # "soldiers had carried out the attack": refined by its doers, still the one told
            if generic and refers_back(token):
                # "Al Shabaab claimed responsibility for the attack": the bombing told before
                # "an air strike on Gaza, and the attack killed five": the strike, told again
                here = _recent_type(in_sentence, number)
                told = here or _recent_type(events, number)
                if here or not (told == "killing" and found[index].type in MEANS_TYPES):
                    event.type = told or event.type  # (deaths told before "the blast": a bombing)
            if event.type == "killing":
                event.type = (
                    antecedent_means(token, book)
                    or strike_in_phrase(token, book, found)  # "killed in ... airstrikes"
                    or event.type
                )
            if attack_told_before(event.trigger, event.type):  # "in a similar attack on X"
                kinds = (_recent_type(in_sentence, number), _recent_type(events, number))
                event.type = next((k for k in kinds if k in MEANS_TYPES), event.type)
            if lemma_of(token) in FOUND_DEAD:
                event.actor = None  # "police found the bodies": who found them did not kill
            event.sentence_number = number  # type: ignore[attr-defined]
            event.stance = effect_stance(token, event.trigger)
            absorbed |= event.tokens
            inherit_actor(event, in_sentence, events, number)
            if own_side_hit(event):
                event.target = None  # "our missiles hit their target": not a target of its own
            _counted_victims_as_target(event, referents)
            _note_victims_sector(event, referents)
            _victims_named_by_copula(event, referents)
            in_sentence.extend(split_by_victims(event, referents))
        grounded = type_raids_on_posts(fold_ground_raids(in_sentence))
        folded = type_posts_overrun(fold_killings(fold_generic_attacks(grounded)))
        for event in folded:
            _note_victims_sector(event, referents)  # the victims a host took from its deaths
            battle_on_people(event)
        merged = fold_ongoing_fights(merge_same_victims(merge_duplicates(folded)))
        last = [e for e in events if getattr(e, "sentence_number", None) == number - 1]
        merged = fold_next_sentence_toll(last, merged)
        share_places(merged)
        own_fight_sides(merged)
        for event in merged:
            type_by_victims(event)
            type_riot(event, book)
        events.extend(merged)
    return findings


FOUND_DEAD = frozenset({"body", "corpse"})
TOLL_POS = frozenset({"VERB", "NOUN", "AUX"})  # as find_toll and trigger_for read them
TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})


OWNER_PRONOUNS = frozenset({"its", "their", "our", "his", "her", "my", "your"})


def own_side_hit(event: RawEvent) -> bool:
    """ "our missiles hit their target": a target named only by a pronoun's possession, that
    resolves to the actor's own side, is no target of its own (two sides that merely share a
    country, "a drone strike killed a senior Serbian commander", stay)."""
    target, actor = event.target, event.actor
    if not target or not actor or target.get("name") != actor.get("name"):
        return False
    words = (target.get("text") or "").lower().split()
    return bool(words) and (words[0] in OWNER_PRONOUNS or words[-1] in ("target", "targets"))


def _may_be(
    doc: Doc,
    sentence: Span,
    words: Columns,
    lemmas: Collection[str],
    tags: frozenset[str],
    by_form: bool = False,
) -> Iterator[Token]:
    """The sentence's tokens whose part of speech is one of ``tags`` and whose lemma (or, with
    ``by_form``, lower-cased form) is one of ``lemmas``: the only ones find_toll or trigger_for
    can answer for (the rest are not built as Tokens)."""
    lemma, lower, pos = words.lemma, words.lower, words.pos
    for i in range(sentence.start, sentence.end):
        if pos[i] in tags and (lemma[i] in lemmas or (by_form and lower[i] in lemmas)):
            yield doc[i]


def _own_modifier(token: Token) -> bool:
    """ "the suicide attack", "the air raid": words of the noun itself that say what kind."""
    return any(c.dep_ in ("compound", "amod", "nmod") for c in token.children)


RETELL_SENTENCES = 2  # how far back a generic verb of attack looks for the event it retells


def _recent_type(events: list[RawEvent], number: int) -> str | None:
    for previous in reversed(events):
        if number - getattr(previous, "sentence_number", number) > RETELL_SENTENCES:
            return None
        if previous.stance in ("assert", "deny"):
            return previous.type
    return None


def _counted_victims_as_target(event: RawEvent, referents: Referents) -> None:
    """ "Pakistani jets killed 20 militants in an air raid on hideouts": a counted victim group
    that names an actor is the target (with its count) when the target found is unnamed."""
    victims = getattr(event, "victims", None)
    if victims is None or event.killed is None or event.killed.low is None:
        return
    if not prefers_victims(event.target):
        return  # a people group named as the target ("the crowd", "worshippers") stays
    counted = any(
        t.like_num or t.lower_ in ("dozens", "hundreds", "scores", "thousands", "dozen")
        for t in victims.subtree
    )
    group = referents.actor(victims)
    if counted and group.get("name") is not None and group.get("sector") != "MED":
        event.target = group


def _note_victims_sector(event: RawEvent, referents: Referents) -> None:
    """The sector of the people killed ("killing 12 farm workers", "left 22 civilians dead"),
    for typing an attack on a place by whom it killed."""
    victims = getattr(event, "victims", None) or getattr(event, "dead", None)
    if victims is not None:
        sector = referents.actor(victims).get("sector")
        side = losing_side(victims)  # "the Frontier Corps lost seven men": the men are its own
        if side is not None and sector in (None, "CVL"):
            own = referents.actor(side)
            sector = own.get("sector") or sector
            if event.target and event.target.get("start") == victims.left_edge.idx and sector:
                event.target = {**event.target, "sector": sector, "name": own.get("name")}
        event.victims_sector = sector  # type: ignore[attr-defined]
    wounded = wounded_victims(event.trigger) if event.killed is None else None
    if wounded is not None:  # "attacked a school, injuring 12 pupils": whom it hurt
        event.wounded_sector = referents.actor(wounded).get("sector")  # type: ignore[attr-defined]


def _victims_named_by_copula(event: RawEvent, referents: Referents) -> None:
    """ "said those killed were Azeri troops", "the dead were guerrillas": another side's
    version names whom the deaths were by what they were."""
    trigger = event.trigger
    if event.target is not None or trigger.dep_ != "acl":
        return
    subject = trigger.head
    copula = subject.head
    if subject.dep_ != "nsubj" or copula.lemma_.lower() != "be":
        return
    named = next((c for c in copula.children if c.dep_ == "attr"), None)
    if named is not None and named.pos_ in ("NOUN", "PROPN"):
        group = referents.actor(named)
        if group.get("name") is not None:
            event.target = group
            if event.type == "killing" and group.get("sector") in ARMED_SECTORS:
                event.type = "armed_clash"  # the dead were fighters: deaths of a battle


def _toll_words(token: Token) -> set[int]:
    """A toll's word of dying and its cause ("air strikes have killed 5,000 since 2015" is a
    running total, not an air strike; "fighting has killed 1,500 since January" a clausal
    subject)."""
    words = {token.i}
    for child in token.children:
        if child.dep_ in ("nsubj", "csubj", "agent", "prep"):
            words |= {t.i for t in child.subtree}
    return words


def is_modifier_of_trigger(token: Token, found: dict[int, Trigger]) -> bool:
    if token.dep_ == "compound" and token.head.i in found:
        return True  # "missile strike": the head names the event
    # "captured five villages in its northern offensive": the noun frames the verb's event
    # ("two people died in the clashes": a death names no event; the clashes are the event)
    framed = token.head.head
    own = found.get(token.i)
    told_by_deaths = (
        framed.i in found
        and found[framed.i].type == "killing"
        and own is not None
        and own.type not in (None, "killing")
    )
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in ("in", "during", "amid")
        and framed.i in found
        and framed.pos_ in ("VERB", "AUX")
        and not told_by_deaths
    )
