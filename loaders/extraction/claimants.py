"""Who a claim's source is: an actor, never a date, a place, a number or a stray fragment.

Resolution goes through ``Referents.actor`` (the actors module's resolver with the document's
memory), so a claimant carries its country, sector and kind. On top of it, what only speech
knows:
- the author behind a statement or a spokesperson ("a statement from X said", "X's spokesman
  said", "a spokesman for X");
- pronouns as sources: "he"/"she" are the last person who spoke (else the last person named),
  "it"/"they" the last organisation, state or group that spoke (else the last one named);
  "the group", "the agency", "the source" are the organisation that spoke last;
- a named person speaking for an organisation or a state is claimed for it ("Lieutenant Igor
  Makushev of the Russian General Staff" -> Russia; "Homs Governor Talal Barazi" -> Syria when
  Syria is named in the article); the person's words stay in the claimant's ``text``;
- a country named as the speaker is its state ("Kenya says ..."), whether or not the actor
  dictionary lists it;
- a date, time or number opening the speaker's phrase (datelines, "Date of publication ...") is
  cut off; a speaker that is only a date, a number or a town is no claimant (``text`` null).
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from loaders.extraction.actors import Actor
from loaders.extraction.attribution_cues import Lexicon, load_lexicon
from loaders.extraction.claim_spans import is_calendar_word, is_dateish
from loaders.extraction.claims import RawClaim
from loaders.extraction.referents import (
    ACTOR_LABELS,
    EVENT_NOUNS,
    PLACE_LABELS,
    Referents,
    actor_of,
    actor_ref,
    doc_ents,
    ent_at,
    is_named,
    noun_phrase,
    place_of,
)

WORLD_COUNTRIES = Path(__file__).resolve().parent.parent / "data" / "world" / "countries.csv"
PERSONAL = frozenset({"he", "she", "him", "her"})
IMPERSONAL = frozenset({"it", "they", "them"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP"})
NO_SOURCE: dict = actor_ref(None, None, None, None)


@dataclass
class _Spoken:
    at: int  # token index of the speaker's head
    claimant: dict
    personal: bool


class Claimants:
    """The claimants of one document, resolved in text order (each remembers who spoke)."""

    def __init__(self, doc: Doc, referents: Referents, lexicon: Lexicon | None = None) -> None:
        self.doc = doc
        self.referents = referents
        self.lexicon = lexicon or load_lexicon()
        self.spoken: list[_Spoken] = []
        self.speaks_for: dict[str, dict] = {}  # person's name -> whom they speak for

    def resolve(self, speaker: Token | None) -> dict | None:
        """The claimant of a speaker token; None when the token cannot be a source at all."""
        if speaker is None:
            return dict(NO_SOURCE)
        head = self._author(speaker)
        if is_dateish(head):
            return None  # a date or a number parsed as the subject: no attribution
        lower = head.lower_
        if head.pos_ == "PRON" and lower in PERSONAL | IMPERSONAL:
            return self._pronoun(head)
        if lower in ("i", "we", "you"):
            return None  # a speaker inside a quotation: the quotation's own claim covers it
        if head.lemma_.lower() in EVENT_NOUNS:
            return dict(NO_SOURCE)  # "the attack ..., adding that": a parse slip, not a source
        if self._anaphor(head):
            earlier = self._last(personal=False)
            if earlier is not None:
                return self._remember(head, _retexted(earlier, head), personal=False)
        country = self._country_named(head)  # "Kenya says", "Sri Lanka says"
        if country is not None:
            return self._remember(head, country, personal=False)
        named_as = _named_as(head)  # "the group known as the Observatory"
        claimant = self.referents.actor(named_as or head)
        if named_as is not None:
            words = noun_phrase(head)
            claimant.update(text=words.text, start=words.start_char, end=words.end_char)
        if head.i != speaker.i and speaker.lemma_.lower() in self.lexicon.spokesperson_nouns:
            words = noun_phrase(speaker)  # "the army's spokesman": the army, in his words
            claimant.update(text=words.text, start=words.start_char, end=words.end_char)
        _trim_junk(self.doc, claimant, head)
        if claimant["name"] is None:
            claimant = self._place_or_nothing(head, claimant)
        elif claimant["kind"] == "agent" and not claimant["country"]:
            claimant = self._home_official(head, claimant)
        elif claimant["kind"] == "person":
            known = self.speaks_for.get(claimant["name"])
            if known is not None:  # "Barazi said" after "Homs Governor Talal Barazi said"
                claimant = {**claimant, **known}
            else:
                person_name = claimant["name"]
                claimant = self._affiliation(head, claimant)
                self.speaks_for[person_name] = _identity(claimant)
        return self._remember(head, claimant, personal=self._personal(head, claimant))

    # --- who speaks for whom ------------------------------------------------------------------

    def _author(self, speaker: Token) -> Token:
        """The speaker behind "a statement from X", "X's spokesman", "a spokesman for X"."""
        lemma = speaker.lemma_.lower()
        if lemma not in self.lexicon.statement_nouns | self.lexicon.spokesperson_nouns:
            return speaker
        if ent_at(speaker) is not None and ent_at(speaker).label_ == "PERSON":
            return speaker
        for child in speaker.children:
            if child.dep_ == "poss" and child.lower_ not in ("its", "their", "his", "her"):
                return child
            if child.dep_ == "prep" and child.lower_ in ("by", "from", "of", "for"):
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        compounds = [c for c in speaker.children if c.dep_ in ("compound", "amod")]
        if compounds and lemma in self.lexicon.statement_nouns:
            return compounds[-1]  # "a Guards statement"
        if lemma in self.lexicon.statement_nouns and speaker.dep_ == "dobj":
            issuer = next((c for c in speaker.head.children if c.dep_ == "nsubj"), None)
            if issuer is not None:  # "the army issued a statement saying ..."
                return issuer
        return speaker

    def _affiliation(self, head: Token, claimant: dict) -> dict:
        """A person who speaks for an organisation or a state is claimed for it."""
        person = ent_at(head)
        phrase = _phrase_tokens(head)
        title = self._title_sector(head, person) or claimant["sector"]
        for ent in doc_ents(self.doc):
            if ent.label_ not in ACTOR_LABELS or (person is not None and ent == person):
                continue
            if ent.start not in phrase:
                continue
            actor = actor_of(ent.text) or _country_state(ent.text)  # "Spain's Defense Minister"
            if not is_named(actor) or actor is None or actor.kind == "person":
                continue
            if actor.kind != "state" or title in STATE_SECTORS:  # not "Syrian Kurd activist"
                return _as(actor, claimant)
        for token in (self.doc[i] for i in sorted(phrase)):  # "head of the monitor group"
            if token.dep_ in ("pobj", "appos") and token.i != head.i and token.pos_ == "NOUN":
                found = self.referents.actor(token)
                if found["name"] and found["kind"] in ("state", "monitor", "organisation"):
                    return {**claimant, **_identity(found)}
        sector = claimant["sector"] or title
        if claimant["country"] and sector in STATE_SECTORS:
            state = self.referents.state_of(claimant["country"])
            if state is not None:
                return _as(Actor(state.name, state.country, sector, "state"), claimant)
        return claimant

    def _country_named(self, head: Token) -> dict | None:
        """A speaker phrase that is only a country's name is that country's state."""
        ent = ent_at(head)
        words = noun_phrase(head)
        if ent is None or ent.label_ not in ("GPE", "PLACE", "ORG", "ACTOR"):
            return None
        if ent.text.lower() != words.text.lower().removeprefix("the "):
            return None
        state = _country_state(ent.text)
        if state is None:
            return None
        known = actor_of(ent.text)
        if known is not None and known.kind == "state":
            state = known  # the dictionary's own name and sector
        return actor_ref(state, words.text, words.start_char, words.end_char)

    def _home_official(self, head: Token, claimant: dict) -> dict:
        """ "the defence ministry in Moscow": that state's; "an official source" in a war story:
        the home state's."""
        if claimant["sector"] not in STATE_SECTORS:
            return claimant
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return claimant  # "the foreign ministries of four world powers": theirs, unresolved
        for token in head.subtree:
            if token.dep_ == "pobj" and token.head.head.i == head.i:
                owner = actor_of(token.text)
                if owner is not None and owner.kind == "state":
                    return _as(
                        Actor(owner.name, owner.country, claimant["sector"], "state"), claimant
                    )
        home = self.referents.home_state()
        if home is None:
            return claimant
        return _as(Actor(home.name, home.country, claimant["sector"], "state"), claimant)

    def _title_sector(self, head: Token, person: Span | None) -> str | None:
        """ "Homs Governor Talal Barazi": the sector of the title before the name."""
        start = person.start if person is not None else head.i
        for token in self.doc[noun_phrase(head).start : start]:
            actor = actor_of(token.text) if token.pos_ in ("NOUN", "PROPN") else None
            if actor is not None and actor.kind == "agent" and actor.sector:
                return actor.sector
        return None

    def _place_or_nothing(self, head: Token, claimant: dict) -> dict:
        """A country speaks as its state; a town is no speaker (its noun phrase's owner may be)."""
        ent = ent_at(head)
        if ent is None:
            return claimant
        state = _country_state(ent.text)
        if state is not None:
            return _as(state, claimant)
        place = place_of(ent.text)
        if place is None or ent.label_ not in PLACE_LABELS:
            return claimant
        capital = _capital_state(place)  # "Bogota insisted": the government seated there
        if capital is not None and ent.text.lower() == noun_phrase(head).text.lower():
            return _as(capital, claimant)
        if head.dep_ == "pobj" and head.head.head.pos_ in ("NOUN", "PROPN"):
            owner = head.head.head  # "residents in Aleppo said": the residents speak
            found = self.referents.actor(owner)
            if found["text"]:
                return found
        return dict(NO_SOURCE)

    # --- pronouns and anaphors ----------------------------------------------------------------

    def _pronoun(self, head: Token) -> dict:
        personal = head.lower_ in PERSONAL
        earlier = self._last(personal=personal)
        if earlier is None:
            earlier = self._named_before(head, personal)
        if earlier is None:
            return actor_ref(None, head.text, head.idx, head.idx + len(head.text))
        return self._remember(head, _retexted(earlier, head), personal=personal)

    def _last(self, personal: bool) -> dict | None:
        for spoken in reversed(self.spoken):
            if spoken.personal == personal and spoken.claimant["name"] is not None:
                return spoken.claimant
        return None

    def _named_before(self, head: Token, personal: bool) -> dict | None:
        """No one of that kind spoke yet: the last person (or organisation) named before."""
        for ent in reversed(doc_ents(self.doc)):
            if ent.end > head.i or ent.label_ not in ACTOR_LABELS:
                continue
            if personal != (ent.label_ == "PERSON"):
                continue
            found = self.referents.actor(ent.root)
            if found["name"] is not None:
                return found
        return None

    def _anaphor(self, head: Token) -> bool:
        """ "the group said", "the source added": a definite generic noun names the last speaker."""
        determiner = next((c.lower_ for c in head.children if c.dep_ == "det"), None)
        return (
            determiner in ("the", "this")
            and head.pos_ == "NOUN"
            and head.lemma_.lower() in self.lexicon.speaker_anaphors
            and not any(c.dep_ in ("compound", "prep", "acl") for c in head.children)
            and not any(c.dep_ == "amod" and c.ent_type_ for c in head.children)
        )  # "the London-based organisation" yes, "the Kurdish group" no

    def _personal(self, head: Token, claimant: dict) -> bool:
        if claimant["kind"] == "person" or head.ent_type_ == "PERSON":
            return True
        return head.tag_ == "NN" and head.lemma_.lower() in self.lexicon.person_nouns

    def _remember(self, head: Token, claimant: dict, personal: bool) -> dict:
        self.spoken.append(_Spoken(head.i, claimant, personal))
        if claimant["name"] is not None:
            kind = claimant["kind"] or "agent"
            self.referents.last_speaker = Actor(
                claimant["name"], claimant["country"], claimant["sector"], kind
            )
        return claimant


def resolve_claims(doc: Doc, raw: list[RawClaim], referents: Referents) -> list[dict]:
    """Contract claims in text order; a speaker that cannot be a source drops its claim."""
    claimants = Claimants(doc, referents)
    claims = []
    seen: set[int] = set()
    sourced = {(c.start, c.end) for c in raw if c.speaker is not None}
    for claim in sorted(raw, key=lambda c: c.cue_start):
        if claim.cue_start in seen:
            continue
        if claim.speaker is None and (claim.start, claim.end) in sourced:
            continue  # "responded in a statement posted online that ...": one claim, sourced
        claimant = claimants.resolve(claim.speaker)
        if claimant is None:
            continue
        seen.add(claim.cue_start)
        cue = doc[claim.cue_start : claim.cue_end]
        claims.append(
            {
                "claimant": claimant,
                "cue": cue.text,
                "cue_start": cue.start_char,
                "cue_end": cue.end_char,
                "stance": claim.stance,
                "start": claim.start,
                "end": claim.end,
            }
        )
    return claims


def _identity(found: dict) -> dict:
    return {key: found[key] for key in ("name", "country", "sector", "kind")}


def _as(actor: Actor, claimant: dict) -> dict:
    """The claimant's words, now standing for ``actor``."""
    return {**claimant, **_identity(actor_ref(actor, None, None, None))}


def _country_state(text: str) -> Actor | None:
    """The state of a country the gazetteer knows by this name (whatever the actor dictionary)."""
    place = place_of(text)
    if place is None or place.precision != "country" or not place.country:
        return None
    return Actor(place.name, place.country, "GOV", "state")


@lru_cache(maxsize=1)
def _seats() -> dict[tuple[str, str], str]:
    """(ISO3, capital or seat of government, folded) -> the country's name (world data)."""
    seats: dict[tuple[str, str], str] = {}
    with WORLD_COUNTRIES.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            for city in [row.get("capital") or "", *(row.get("seats") or "").split("|")]:
                if city.strip():
                    seats[(row["iso3"], _fold(city))] = row["name"]
    return seats


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in text if not unicodedata.combining(char)).strip()


def _capital_state(place: Any) -> Actor | None:
    """The state whose capital (or seat of government) a city is: "Moscow", "Caracas"."""
    if place is None or place.precision != "city" or not place.country:
        return None
    name = _seats().get((place.country, _fold(place.name)))
    return Actor(name, place.country, "GOV", "state") if name else None


def _named_as(head: Token) -> Token | None:
    """ "The opposition-linked group known as the Syrian Observatory": the name it is known as."""
    for child in head.children:
        if child.dep_ == "acl" and child.lemma_.lower() in ("know", "call", "name"):
            for token in child.subtree:
                if token.dep_ in ("pobj", "oprd", "attr", "dobj") and token.pos_ == "PROPN":
                    return token
    return None


def _retexted(claimant: dict, head: Token) -> dict:
    return {**claimant, "text": head.text, "start": head.idx, "end": head.idx + len(head.text)}


def _phrase_tokens(head: Token) -> set[int]:
    """The speaker's phrase with its appositions and "of"/"for" phrases ("X, head of Y")."""
    tokens = {t.i for t in head.subtree}
    for child in head.children:
        clause = child.dep_ in ("relcl", "ccomp", "advcl", "acl")
        if clause and child.lemma_.lower() not in ("know", "call", "name"):
            tokens -= {t.i for t in child.subtree}  # not "the group known as X"
    return tokens


def _trim_junk(doc: Doc, claimant: dict, head: Token) -> None:
    """Cut a dateline, a date or a count that opens the speaker's phrase from its words."""
    if claimant["start"] is None:
        return
    span = doc.char_span(claimant["start"], claimant["end"], alignment_mode="expand")
    if span is None:
        return
    cut = None
    for token in span:
        if token.i >= head.i:
            break
        if (
            token.ent_type_ in ("DATE", "TIME")
            or token.text in ("•", "|")
            or _year_or_time(token)
            or is_calendar_word(token)
        ):
            cut = token.i
    if cut is None:
        return
    rest = [t for t in doc[cut + 1 : span.end] if not (t.is_punct or t.is_space)]
    if rest:
        claimant.update(text=doc[rest[0].i : span.end].text, start=rest[0].idx, end=span.end_char)


def _year_or_time(token: Token) -> bool:
    return token.is_digit and len(token.text) == 4  # "2016", "0914"
