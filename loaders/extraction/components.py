"""spaCy components of the wirehouse pipeline (registered factories, configured in load_nlp).

- ``wirehouse_norms`` (first): gives acronyms that spell common words a norm the model reads as
  a name, before tok2vec sees them. "IS" (Islamic State) otherwise parses as the verb "is"
  ("IS stronghold Raqa" becomes a clause) and wrecks the roles around it.
- ``wirehouse_paragraphs`` (before the parser): a blank line starts a sentence, so a headline
  ("Moscow denies missile crash") is never glued to the paragraph after it; so does the end of
  a wire lead ("MOGADISHU (Reuters) - "), so a dateline or credit never joins an actor, and
  the story's first word, if a weapon's, is read as the noun the tagger took for a name.
- ``wirehouse_claims``: attributions as contract claims in ``doc.user_data["wirehouse_claims"]``.
- ``wirehouse_events``: events and entities, linked to the claims, in ``doc.user_data``
  (``wirehouse_events``, ``wirehouse_entities``); dates stay phrases until ``extract_batch``
  resolves them against the article's date.
Results are plain JSON-able values so documents can cross process boundaries (n_process > 1).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from loaders.extraction.actors import load_dictionary
from loaders.extraction.claimants import resolve_claims
from loaders.extraction.claims import find_claims
from loaders.extraction.covering_claims import claim_index, speakers_by_token
from loaders.extraction.doc_memo import doc_text, doc_words, forget_document
from loaders.extraction.events import TRIGGERS_FILE, RawEvent, find_events, load_triggers
from loaders.extraction.events.dateline import place_by_dateline
from loaders.extraction.events.denials import add_bare_denials
from loaders.extraction.events.doer_scene import place_by_doer
from loaders.extraction.events.followups import fold_followups
from loaders.extraction.events.headline_verbs import read_headline_verbs
from loaders.extraction.events.participle_verbs import read_participle_verbs
from loaders.extraction.events.place_retold import place_by_retelling
from loaders.extraction.events.reporters import reports
from loaders.extraction.events.responsibility import add_bare_responsibility
from loaders.extraction.events.retold import link_retellings, own_unnamed_strike
from loaders.extraction.events.stance_scope import negation_stays_outside
from loaders.extraction.events.story_references import drop_story_references
from loaders.extraction.events.syntax import introduces
from loaders.extraction.events.toll_sources import toll_source
from loaders.extraction.events.tolls import RawToll, since_date
from loaders.extraction.mentions import actor_ref, forget_ents
from loaders.extraction.paragraph_breaks import paragraphs  # noqa: F401 - registers it
from loaders.extraction.people_forces import home_people_force
from loaders.extraction.quantities import Count
from loaders.extraction.referents import (
    ACTOR_LABELS,
    PLACE_LABELS,
    Referents,
    actor_of,
    doc_ents,
    place_of,
)

CLAIMS_KEY = "wirehouse_claims"
EVENTS_KEY = "wirehouse_events"
ENTITIES_KEY = "wirehouse_entities"
TOLLS_KEY = "wirehouse_tolls"

DEFAULT_NORMS = {"IS": "isis"}


@Language.factory(
    "wirehouse_norms", default_config={"norms": DEFAULT_NORMS}, assigns=["token.norm"]
)
def make_norms(nlp: Language, name: str, norms: dict[str, str]) -> NormsComponent:
    return NormsComponent(norms)


class NormsComponent:
    def __init__(self, norms: dict[str, str]) -> None:
        self.norms = dict(norms)

    def __call__(self, doc: Doc) -> Doc:
        texts, _lowers = doc_words(doc)  # a Token only where a norm may apply
        for i, text in enumerate(texts):
            norm = self.norms.get(text)
            if norm is not None and not _in_capitals(doc[i]):
                doc[i].norm_ = norm
        return doc


def _in_capitals(token) -> bool:  # noqa: ANN001 - a Token
    """An all-capitals headline ("WHAT IS NEXT"): there "IS" is the verb."""
    doc = token.doc
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    words = [t for t in neighbours if t.is_alpha and len(t) > 2]
    return bool(words) and all(t.is_upper for t in words)


@Language.factory(
    "wirehouse_claims",
    requires=["token.dep", "token.lemma", "token.pos", "doc.ents"],
    assigns=["doc.user_data"],
)
def make_claims(nlp: Language, name: str) -> ClaimsComponent:
    return ClaimsComponent()


class ClaimsComponent:
    def __call__(self, doc: Doc) -> Doc:
        referents = Referents(doc)
        doc.user_data[CLAIMS_KEY] = resolve_claims(doc, find_claims(doc), referents)
        return doc


@Language.factory(
    "wirehouse_events",
    default_config={"triggers_path": str(TRIGGERS_FILE)},
    requires=["token.dep", "token.lemma", "token.pos", "token.tag", "doc.ents", "doc.user_data"],
    assigns=["doc.user_data"],
)
def make_events(nlp: Language, name: str, triggers_path: str) -> EventsComponent:
    return EventsComponent(triggers_path)


class EventsComponent:
    def __init__(self, triggers_path: str) -> None:
        self.book = load_triggers(triggers_path)  # fail at load time on a broken data file

    def __call__(self, doc: Doc) -> Doc:
        reread = read_participle_verbs(doc, self.book)
        if read_headline_verbs(doc, self.book) or reread:
            forget_document()  # the parse changed: facts read from it before are stale
            forget_ents()
        claims = doc.user_data.get(CLAIMS_KEY, [])
        referents = Referents(doc)
        speakers = speakers_by_token(doc, claims)
        findings = find_events(doc, referents, speakers, self.book)
        events = [_event(doc, e, claims) for e in findings.events]
        _credit_toll_sources(doc, events, findings.events, claims)
        numbers = [getattr(e, "sentence_number", 0) for e in findings.events]
        pairs = zip(events, findings.events, strict=True)  # kept by report: folding drops some
        introduced = {id(event): introduces(found.trigger) for event, found in pairs}
        fold_followups(doc, events, numbers, _family)
        drop_story_references(doc, events, numbers, _family)
        place_by_retelling(doc, events, numbers, referents)
        fresh = [introduced[id(e)] for e in events]
        link_retellings(events, numbers, _family, claims, fresh)
        add_bare_denials(doc, claims, events, numbers, _family)
        add_bare_responsibility(doc, claims, events, numbers)
        place_by_dateline(doc, events, numbers, referents)
        place_by_doer(doc, events, referents)
        doc.user_data[TOLLS_KEY] = [_toll(t, claims) for t in findings.tolls]
        for event in events:
            if reports(event["actor"]):
                event["actor"] = None  # an outlet, monitor or aid body handed a doer's role late
            _own_forces(event, referents)
            _own_unnamed_striker(event, referents)
            _soldiers_hit(event, referents)
            _army_of_the_striker(event, referents)
            home_people_force(doc, event, referents)
        doc.user_data[EVENTS_KEY] = events
        doc.user_data[ENTITIES_KEY] = _entities(doc)
        return doc


def _event(doc: Doc, event: RawEvent, claims: list[dict]) -> dict:
    index = claim_index(event.trigger.idx, claims)
    claim = claims[index] if index is not None else None
    start, end = _sentence_bounds(event.sentence)
    return {
        "type": event.type,
        "actor": event.actor,
        "target": event.target,
        "location": event.location,
        "date_text": event.date_text,
        **casualty_fields("killed", event.killed),
        **casualty_fields("injured", event.injured),
        "claimant": _named_again(claim, claims) if claim else None,
        # a denial by the claimant wins; else the event's own modality ("plan", "threaten")
        "stance": "deny" if _denied_by(doc, claim, event.trigger) else event.stance,
        "claim_index": index,
        "sentence_start": start,
        "sentence_end": end,
        "confidence": event.confidence(),
        "trigger_start": event.trigger.idx,
        "trigger_end": event.trigger.idx + len(event.trigger.text),
        "trigger_lemma": event.trigger.lemma_.lower(),
    }


def _credit_toll_sources(
    doc: Doc, events: list[dict], found: list[RawEvent], claims: list[dict]
) -> None:
    """An event told in the writer's voice whose toll a source gives in a joined clause takes
    that source as claimant (events/toll_sources.py)."""
    triggers = [e.trigger.idx for e in found]
    for event, raw in zip(events, found, strict=True):
        if event["claim_index"] is not None or event["killed_low"] is None:
            continue
        index = toll_source(doc, raw.sentence, raw.trigger.idx, claims, triggers)
        if index is not None:
            event["claim_index"] = index
            event["claimant"] = _named_again(claims[index], claims)


def _denied_by(doc: Doc, claim: dict | None, trigger: Token) -> bool:
    """A claim of denial whose cue is not negated: "did not rule out an air strike" and "did not
    deny that its jets had bombed" leave the event's own stance, and so does an event that only
    frames what is denied ("denied using cluster bombs during its campaign")."""
    if claim is None or claim["stance"] != "deny" or negation_stays_outside(trigger):
        return False
    cue = doc.char_span(claim["cue_start"], claim["cue_end"], alignment_mode="expand")
    return cue is None or not any(c.dep_ == "neg" for t in cue for c in t.children)


PRONOUN_SPEAKERS = frozenset({"he", "she", "it", "they", "we"})


def _named_again(claim: dict, claims: list[dict]) -> dict | None:
    """ "..., he said": an event's claimant told by a pronoun is the speaker it resolved to, in
    the words that named that speaker earlier; "were reported to have": none (no words, no name)"""
    claimant = claim["claimant"]
    if (claimant.get("text") or "").lower() not in PRONOUN_SPEAKERS or not claimant.get("name"):
        return claimant if claimant.get("text") or claimant.get("name") else None
    for other in sorted(claims, key=lambda c: -c["cue_start"]):
        named = other["claimant"]
        if other["cue_start"] >= claim["cue_start"] or named.get("name") != claimant["name"]:
            continue
        if named.get("start") is not None and (named.get("text") or "").lower() not in (
            PRONOUN_SPEAKERS
        ):
            return {**claimant, "text": named["text"], "start": named["start"], "end": named["end"]}
    return claimant


def _sentence_bounds(sentence) -> tuple[int, int]:  # noqa: ANN001 - a Span
    """The sentence's character offsets, surrounding white space left out."""
    text = doc_text(sentence.doc)[sentence.start_char : sentence.end_char]  # = sentence.text
    start = sentence.start_char + (len(text) - len(text.lstrip()))
    return start, sentence.start_char + len(text.rstrip())


def _toll(toll: RawToll, claims: list[dict]) -> dict:
    """A contract toll row (table toll_claims): who says how many died, in which war, since
    when."""
    index = claim_index(toll.token.idx, claims)
    start, end = _sentence_bounds(toll.sentence)
    count = toll.count if toll.count and toll.count.low is not None else None
    return {
        "toll_kind": toll.kind,
        "victims_text": toll.victims_text,
        "killed_low": count.low if count else None,
        "killed_high": count.high if count else None,
        "killed_best": count.best if count else None,
        "open_ended": count.open_ended if count else None,
        "conflict_text": toll.conflict_text,
        "country_iso3": toll.country,
        "since_date": since_date(toll.since_text),
        "since_text": toll.since_text,
        "period_text": toll.period_text,
        "count_start": toll.count_span[0] if toll.count_span else None,
        "count_end": toll.count_span[1] if toll.count_span else None,
        "sentence_start": start,
        "sentence_end": end,
        "claim_index": index,
        "claimant": claims[index]["claimant"] if index is not None else None,
    }


@cache  # asked for every pair of events the retelling rules compare
def _family(event_type: str) -> str | None:
    from loaders.extraction.pipeline import event_types

    row = event_types().get(event_type)
    return row["family"] if row else None


def casualty_fields(name: str, count: Count | None) -> dict:
    """``{name}_low/_best/_high/_open_ended`` of a count (rules: quantities.py); all None
    without a count."""
    if count is None or (count.low is None and count.high is None):
        return dict.fromkeys(f"{name}_{k}" for k in ("low", "best", "high", "open_ended"))
    return {
        f"{name}_low": count.low,
        f"{name}_best": count.best,
        f"{name}_high": count.high,
        f"{name}_open_ended": count.open_ended,
    }


# the speakers of a state's foreign affairs, who speak of other states
DIPLOMACY = re.compile(
    r"\b(diplomats?|ambassadors?|envoys?|foreign (?:minister|ministry|office))\b", re.IGNORECASE
)


def _own_forces(event: dict, referents: Referents) -> None:
    """ "warplanes hit 60 targets", says the Russian General Staff: a state's spokesman speaking of
    unnamed forces speaks of its own."""
    actor, claimant = event["actor"], event["claimant"]
    if not actor or not claimant or actor.get("kind") != "agent" or actor.get("country"):
        return
    if actor.get("sector") != "MIL" or claimant.get("sector") not in ("MIL", "GOV"):
        return
    country = claimant.get("country")
    home = referents.home_state() if DIPLOMACY.search(claimant.get("text") or "") else None
    if home is not None and home.country != country:
        # "China's top diplomat warned ... if the military does not pull out": a foreign-affairs
        # voice speaks of another state's forces, those of the state the story is set in
        event["actor"] = {**actor, "name": home.name, "country": home.country, "kind": "state"}
        return
    # the state as the article names it, else as the dictionary does ("Maj. Gen. X" -> Kenya)
    state = referents.state_of(country) or load_dictionary().states.get(country or "")
    if state is not None:
        event["actor"] = {**actor, "name": state.name, "country": state.country, "kind": "state"}


def _own_unnamed_striker(event: dict, referents: Referents) -> None:
    """Air strikes on an armed group that a state's own organ tells of without naming who struck
    are that state's (retold.own_unnamed_strike); the actor has no words of its own."""
    country = own_unnamed_strike(event)
    state = referents.state_of(country) or load_dictionary().states.get(country or "")
    if country is not None and state is not None:
        event["actor"] = actor_ref(state, None, None, None)


def _soldiers_hit(event: dict, referents: Referents) -> None:
    """ "killing 10 soldiers, a military officer said": unnamed soldiers hit by another side are
    the forces of the state the story is set in (the speaker's state names the striker's own)."""
    target, actor = event["target"], event["actor"] or {}
    if not target or target.get("kind") != "agent" or target.get("sector") != "MIL":
        return
    home = referents.home_state()
    if home is None or target.get("country"):
        return
    if actor.get("country") == home.country and actor.get("sector") in ("GOV", "MIL", "COP"):
        return  # the state's forces hitting unnamed soldiers: not their own
    event["target"] = {**target, "name": home.name, "country": home.country, "kind": "state"}


def _army_of_the_striker(event: dict, referents: Referents) -> None:
    """ "Israeli jets struck a house in Gaza City, the army said": an army no words tie to a
    state, claiming a state's strike abroad, is the striker's, not the army of the place hit
    (where an unnamed army is otherwise placed). The claim's claimant is the same record."""
    claimant, actor = event["claimant"], event["actor"]
    if not claimant or not actor or claimant.get("sector") != "MIL" or actor.get("sector") != "MIL":
        return
    home = referents.home_state()
    if home is None or claimant.get("country") != home.country or actor.get("kind") != "state":
        return
    if actor.get("country") in (None, home.country):
        return
    named = actor_of(claimant.get("text") or "")
    if named is not None and named.country:
        return  # "the Syrian army said": the words name its state
    claimant.update(name=actor["name"], country=actor["country"], kind="state")


def _entities(doc: Doc) -> list[dict]:
    sentence_of = {}
    for number, sentence in enumerate(doc.sents):
        sentence_of[sentence.start] = number
    starts = sorted(sentence_of)
    entities = []
    position = 0
    for ent in doc_ents(doc):
        if ent.label_ not in ACTOR_LABELS and ent.label_ not in PLACE_LABELS:
            continue
        while position + 1 < len(starts) and starts[position + 1] <= ent.start:
            position += 1
        entry = {
            "text": ent.text,
            "label": ent.label_,
            "start": ent.start_char,
            "end": ent.end_char,
            "name": None,
            "country": None,
            "sector": None,
            "kind": None,
            "sentence": sentence_of[starts[position]],
        }
        place = place_of(ent.text) if ent.label_ in PLACE_LABELS else None
        actor = actor_of(ent.text) if ent.label_ in ACTOR_LABELS and ent.label_ != "GPE" else None
        if ent.label_ == "GPE" and place is None:
            actor = actor_of(ent.text)
        if actor is not None:
            entry.update(
                name=actor.name, country=actor.country, sector=actor.sector, kind=actor.kind
            )
        elif place is not None:
            entry.update(name=place.name, country=place.country, kind="place")
            entry.update(admin1=place.admin1, lat=place.lat, lon=place.lon)
            entry.update(gazetteer_id=place.gazetteer_id, precision=place.precision)
        entities.append(entry)
    return entities
