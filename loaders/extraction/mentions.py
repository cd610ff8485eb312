"""Mentions in a parsed article: its entities, the phrase a noun heads, and the cached
dictionary lookups (``resolve_actor``, ``geocode``) every extraction module shares."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from loaders.extraction.actors import Actor, resolve_actor
from loaders.extraction.doc_memo import remembered, sentence_bounds
from loaders.extraction.places import Place, geocode
from loaders.extraction.word_sets import words as _words

# jets, warplanes, drones and helicopters strike from the air, whatever verb tells it; no word
# says whose they are unless a demonym, an owner or the speaking state does
AIRCRAFT = _words(
    "jet jets warplane warplanes aircraft plane planes drone drones helicopter helicopters "
    "gunship gunships airforce"
)


ACTOR_LABELS = frozenset({"ACTOR", "PERSON", "ORG", "NORP", "GPE"})
PLACE_LABELS = frozenset({"PLACE", "GPE", "LOC", "FAC"})
NAMED_KINDS = frozenset({"state", "armed_group", "monitor", "organisation", "person"})
TITLE_WORDS = _words(
    "president minister general lieutenant colonel major captain commander spokesman "
    "spokeswoman spokesperson deputy head chief analyst expert official brigadier "
    "admiral sheikh emir leader prime foreign defence defense interior secretary "
    "ambassador envoy mr mrs ms dr"
)


# the last document's entities (doc.ents builds new Spans), the entity of each token, and the
# entities' starts and ends (both ascending: entities never overlap)
_ENTS: list[Any] = [None, (), {}, [], []]


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """The document's entities, built once per document."""
    if _ENTS[0] is not doc:
        ents = tuple(doc.ents)
        index = {i: e for e in ents for i in range(e.start, e.end)}
        _ENTS[:] = [doc, ents, index, [e.start for e in ents], [e.end for e in ents]]
    return _ENTS[1]


def forget_ents() -> None:
    """Drop the entities kept for the last document (they were just changed)."""
    _ENTS[:] = [None, (), {}, [], []]


def ents_between(doc: Doc, start: int, end: int) -> list[Span]:
    """``doc[start:end].ents``: the entities wholly inside, from the document's read once (two
    binary searches, not a walk of every entity)."""
    ents = doc_ents(doc)
    return list(ents[bisect_left(_ENTS[3], start) : bisect_right(_ENTS[4], end)])


def sentence_ents(token: Token) -> list[Span]:
    """``token.sent.ents``, without building the sentence or the entities again."""
    return ents_between(token.doc, *sentence_bounds(token))


def ent_at(token: Token) -> Span | None:
    """The entity a token is part of, if any."""
    doc_ents(token.doc)
    return _ENTS[2].get(token.i)


@lru_cache(maxsize=65536)
def actor_of(text: str) -> Actor | None:
    return resolve_actor(text)


@lru_cache(maxsize=65536)
def place_of(text: str) -> Place | None:
    return geocode(text)


def actor_ref(actor: Actor | None, text: str | None, start: int | None, end: int | None) -> dict:
    return {
        "text": text,
        "name": actor.name if actor else None,
        "country": actor.country if actor else None,
        "sector": actor.sector if actor else None,
        "kind": actor.kind if actor else None,
        "start": start,
        "end": end,
    }


def place_ref(place: Place | None, text: str, start: int | None, end: int | None) -> dict:
    return {
        "text": text,
        "name": place.name if place else None,
        "country": place.country if place else None,
        "admin1": place.admin1 if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "gazetteer_id": place.gazetteer_id if place else None,
        "precision": place.precision if place else "unresolved",
        "start": start,
        "end": end,
    }


def is_named(actor: Actor | None) -> bool:
    return actor is not None and actor.kind in NAMED_KINDS


def noun_phrase(head: Token) -> Span:
    """The phrase a noun heads, without trailing relative clauses, appositions or commas (a
    fact of the parse: once per token and document)."""
    return remembered(head.doc, ("noun_phrase", head.i), lambda: _noun_phrase(head))


CAPITAL_DETERMINERS = frozenset({"A", "An", "The"})


def _after_credit_line(doc: Doc, start: int, head: Token) -> int:
    """ "... Kabul Saturday 2 Jul 2016 A suicide bomber killed": a headline, a credit or a date
    line the parser ran into the lead's first phrase is no part of it; the phrase starts at the
    capitalised article that opens the lead, or after a closing bracket opened before the
    phrase ("(Reuters Photo) Airstrikes"; not "Islamic State (IS) fighters")."""
    for i in range(head.i, start, -1):
        if doc[i].text in CAPITAL_DETERMINERS:
            return i
        if doc[i - 1].text == ")" and not any(t.text == "(" for t in doc[start : i - 1]):
            return i
    return start


def _noun_phrase(head: Token) -> Span:
    doc = head.doc
    start = head.left_edge.i
    end = head.i + 1
    for child in head.rights:
        glued = child.text == "-" and not doc[child.i - 1].whitespace_  # "Jaish al-Islam"
        if glued:
            end = child.right_edge.i + 1
            continue
        if child.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "parataxis"):
            break
        if child.dep_ == "prep" and child.lower_ != "of":
            break  # "IS in the Aleppo area": the place is not part of the actor
        end = child.right_edge.i + 1
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    start = _after_credit_line(doc, start, head)
    name = ent_at(head)  # the whole name the head is part of ("Jaish al-Islam")
    if name is not None:
        start, end = min(start, name.start), max(end, name.end)
    return doc[start:end]
