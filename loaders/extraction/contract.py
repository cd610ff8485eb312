"""The extraction contract (issue 4) as TypedDicts: what ``extract_batch`` returns per document.

Offsets are character offsets into the text given. Keys beyond the issue's contract, which the
loader needs (INTERFACES.md): ``entities[i]["sentence"]`` and ``["kind"]``, ``ACTOR["kind"]``,
``PLACE["gazetteer_id"]`` and ``PLACE["precision"]``, and ``events[i]["claim_index"]`` (index
into ``claims``, or None for the writer's own voice). A document that cannot be read yields
``{"id": ..., "error": "reason"}`` instead.
"""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict

# Literal copies of models.codes (type checkers need them spelled out); tests/test_codes.py
# fails when they drift from the tuples.
ClaimStance = Literal["assert", "deny"]
EventStance = Literal["assert", "deny", "threaten", "plan", "demand", "hypothetical", "rumour"]
Stance = EventStance
DatePrecision = Literal["day", "week", "month", "year"]
TollKind = Literal["running_total", "periodic", "historical", "disease", "disaster", "generic"]


class DocInput(TypedDict):
    id: str
    text: str
    published: NotRequired[str | None]  # YYYY-MM-DD
    title: NotRequired[str | None]
    source: NotRequired[str | None]


class ActorRef(TypedDict):
    text: str | None  # the words in the article; None when the actor is not in the text
    name: str | None  # canonical name; None when the words resolve to no known actor
    country: str | None  # ISO 3166-1 alpha-3
    sector: str | None  # CAMEO agent code
    kind: str | None  # state | armed_group | monitor | agent | organisation | person
    start: int | None
    end: int | None


class PlaceRef(TypedDict):
    text: str
    name: str | None  # None when the gazetteer does not know the place (kept as text)
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    gazetteer_id: str | None
    precision: str  # site | city | admin1 | country | unresolved
    start: int | None
    end: int | None


class Entity(TypedDict):
    text: str
    label: str  # ACTOR, PLACE (dictionaries) or the model's PERSON, ORG, NORP, GPE, LOC, FAC
    start: int
    end: int
    name: str | None
    country: str | None
    sector: str | None
    kind: str | None  # actor kind, "place" for places, None when unresolved
    sentence: int  # index of the sentence in the document


class Claim(TypedDict):
    claimant: ActorRef
    cue: str  # "said", "according to", "denied"...
    cue_start: int
    cue_end: int
    stance: ClaimStance
    start: int  # span of what is claimed
    end: int


class Event(TypedDict):
    type: str
    plover_category: str | None
    plover_mode: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    actor: ActorRef | None
    target: ActorRef | None
    location: PlaceRef | None
    date: str | None
    date_precision: DatePrecision | None
    date_text: str | None
    killed_low: int | None
    killed_high: int | None  # None when open-ended ("more than 10")
    killed_best: int | None  # best estimate: the lowest figure the words support, or the one given
    killed_open_ended: bool | None  # no stated upper bound; None when there is no count
    injured_low: int | None
    injured_high: int | None
    injured_best: int | None
    injured_open_ended: bool | None
    claimant: ActorRef | None
    stance: EventStance
    claim_index: int | None
    sentence_start: int
    sentence_end: int
    confidence: float


class Toll(TypedDict):
    """A cumulative, periodic, historical or generic toll: data about a war, never an event."""

    toll_kind: TollKind
    victims_text: str | None  # "civilians", "people", "children"...
    killed_low: int | None
    killed_high: int | None  # None when open-ended
    killed_best: int | None
    open_ended: bool | None
    conflict_text: str | None  # "Syria's war"
    country_iso3: str | None  # the conflict's country when known
    since_date: str | None  # YYYY-MM-DD
    since_text: str | None  # "since 2011"
    period_text: str | None  # "a year", "in the 1990s"
    count_start: int | None  # offsets of the number
    count_end: int | None
    sentence_start: int
    sentence_end: int
    claim_index: int | None  # index into claims, None in the writer's own voice
    claimant: ActorRef | None


class DocResult(TypedDict):
    id: str
    entities: list[Entity]
    claims: list[Claim]
    events: list[Event]
    tolls: list[Toll]  # always present, may be empty
