"""Flatten extraction results (the JSON contract of ``wirehouse extract``) into table columns.

Columnar: a batch's results are one Arrow array of the contract's shape (a ``ResultBatch``,
converted in C++ by the extraction workers), and every column is cut from it with Arrow compute,
so no Python code runs per row. The claimants, actors and targets share one struct type and are
handled as one array, so each step is one compute call for all three. Rows name their entities
("kind<US>canonical name", ``entity_key``), places ("gaz:ID" or "name:folded", ``location_key``)
and claims (the claim's ordinal in the batch) by index into the batch's unique keys
(``entities``, ``locations``); ``resolve`` turns those into ids (``loaders.ids``) before one
plain insert per table. Only names the load has not met yet are described (``new_entities``,
``new_locations``): the first description of a name, in the order the rows meet them, wins.
"""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from loaders.columns import arrow_types
from loaders.result_batch import (
    CLAIM_SCHEMA,
    EVENT_COPIED,
    EVENT_SCHEMA,
    MENTION_SCHEMA,
    TEXT,
    TOLL_COPIED,
    TOLL_SCHEMA,
    ResultBatch,
)

PLACE_LABELS = {"PLACE", "GPE", "LOC", "FAC"}
KEY_SEPARATOR = "\x1f"  # between an entity's kind and its canonical name

_SCHEMAS = {"mentions": MENTION_SCHEMA, "claims": CLAIM_SCHEMA, "events": EVENT_SCHEMA,
            "toll_claims": TOLL_SCHEMA}  # fmt: skip
_PLACE_SET = pa.array(sorted(PLACE_LABELS), TEXT)
_PERSON_LABEL, _PERSON_KIND = pa.array(["PERSON"], TEXT), pa.array(["person"], TEXT)
Columns = dict[str, pa.Array]
# The entity reference columns, in the order of the batch's entity references (mentions, then
# the roles: claimants, actors, targets).
_ENTITY_REFS = (("mentions", "entity_id"), ("claims", "claimant_entity_id"),
                ("events", "actor_entity_id"), ("events", "target_entity_id"))  # fmt: skip


def entity_key(kind: str, name: str) -> str:
    return f"{kind}{KEY_SEPARATOR}{name}"


def location_key(gazetteer_id: str | None, name: str) -> str:
    """Places of the gazetteer are keyed by its id; unresolved ones by their name, case folded
    (one row per name, as the marts expect)."""
    return f"gaz:{gazetteer_id}" if gazetteer_id else f"name:{name.casefold()}"


@dataclass
class _References:
    """Every entity reference of a batch as one set of columns (mentions, then the roles), the
    article each belongs to and where each section starts: what ``new_entities`` reads."""

    key: pa.Array
    kind: pa.Array
    name: pa.Array
    country: pa.Array
    sector: pa.Array
    parents: tuple[pa.Array, pa.Array, pa.Array]  # of mentions, claims, events

    def first_seen(self) -> np.ndarray:
        """Positions of the references sorted by article, then section (mentions, claims,
        events), then position (an event's actor before its target)."""
        mention, claim, event = (p.to_numpy(zero_copy_only=False) for p in self.parents)
        n = len(event)
        keys = np.concatenate([
            (mention.astype(np.int64) << 32) + np.arange(len(mention)),
            (claim.astype(np.int64) << 32) + (1 << 30) + np.arange(len(claim)),
            (event.astype(np.int64) << 32) + (2 << 30) + 2 * np.arange(n),
            (event.astype(np.int64) << 32) + (2 << 30) + 2 * np.arange(n) + 1,
        ])  # fmt: skip
        return np.argsort(keys, kind="stable")


@dataclass
class _Places:
    """The events' places as columns of ``locations``, whether each has a gazetteer id, and
    where each unique key is first met: what ``new_locations`` reads."""

    columns: Columns
    resolved: pa.Array
    first: pa.Array


@dataclass
class ExtractionRows:
    """Columns of one batch. The id columns (``article_id``, ``*_entity_id``, ``location_id``,
    ``claim_id``) are filled by ``resolve`` from ``refs``: per column, indexes into the batch's
    articles, ``entities``, ``locations`` or the batch's claims (null: no reference)."""

    entities: list[str] = field(default_factory=list)  # the batch's unique entity keys
    locations: list[str] = field(default_factory=list)  # its unique place keys, first seen first
    columns: dict[str, Columns] = field(default_factory=dict)  # table -> column -> values
    # (table, id column) -> ("article" | "entity" | "location" | "claim", indexes)
    refs: dict[tuple[str, str], tuple[str, pa.Array]] = field(default_factory=dict)
    n_claims: int = 0
    references: _References | None = None
    places: _Places | None = None

    def resolve(
        self,
        article_ids: Sequence[int],
        entity_ids: Mapping[str, int],
        location_ids: Mapping[str, int],
        claim_ids: Sequence[int],
    ) -> None:
        targets = {
            "article": pa.array(article_ids, pa.int64()),
            "entity": pa.array([entity_ids.get(k) for k in self.entities], pa.int64()),
            "location": pa.array([location_ids.get(k) for k in self.locations], pa.int64()),
            "claim": pa.array(claim_ids, pa.int64()),
        }
        for (table, column), (target, indexes) in self.refs.items():
            self.columns[table][column] = targets[target].take(indexes)
        self.columns["claims"]["claim_id"] = targets["claim"]

    def tables(self) -> dict[str, pa.Table]:
        """The batch's rows per table (after ``resolve``), columns as in the warehouse."""
        return {
            table: pa.Table.from_arrays(
                [self.columns[table][n] for n in schema.names], schema=schema
            )
            for table, schema in _SCHEMAS.items()
        }

    def new_entities(self, known: Container[str]) -> pa.Table:
        """The entities (``entities``' written columns) whose keys are not in ``known``, each
        described where the rows first meet it, in that order."""
        refs = self.references
        if refs is None or all(key in known for key in self.entities):
            return _ENTITY_ROWS.empty_table()
        order = pa.array(refs.first_seen())
        met = refs.key.take(order)
        ordered = pc.unique(met).drop_null()  # keys, first seen first
        first = order.take(pc.index_in(ordered, value_set=met))
        new = [i for i, key in enumerate(ordered.to_pylist()) if key not in known]
        at = first.take(pa.array(new, pa.int64()))
        columns = (refs.kind, refs.name, refs.country, refs.sector)
        return pa.Table.from_arrays([c.take(at) for c in columns], schema=_ENTITY_ROWS)

    def new_locations(self, known: Container[str]) -> pa.Table:
        """The places (``locations``' written columns) whose keys are not in ``known``, each
        described where the events first meet it. Places without a gazetteer id are
        unresolved: no coordinates."""
        new = [i for i, key in enumerate(self.locations) if key not in known]
        if self.places is None or not new:
            return LOCATION_ROWS.empty_table()
        at = self.places.first.take(pa.array(new, pa.int64()))
        resolved = self.places.resolved.take(at)
        described = {n: values.take(at) for n, values in self.places.columns.items()}
        for column in ("latitude", "longitude", "gazetteer_id"):
            described[column] = pc.if_else(resolved, described[column], None)
        precision = _or(described["precision"], pa.scalar("city", TEXT))
        described["precision"] = pc.if_else(resolved, precision, "unresolved")
        return pa.Table.from_pydict(described, schema=LOCATION_ROWS)


def flatten(results: Sequence[Mapping[str, Any]], extractor_version: str) -> ExtractionRows:
    """The rows of a batch's results (one per article, in the order of the batch): a
    ``ResultBatch`` as it is, the contract's dicts converted first."""
    batch = ResultBatch.from_results(results).array
    if batch.offset:  # a slice: its lists' offsets would not start at 0
        batch = pa.concat_arrays([batch])
    lists = _fields(batch)
    rows = ExtractionRows()
    entities, entity_parent = _part(lists["entities"])
    claims, claim_parent = _part(lists["claims"])
    events, event_parent = _part(lists["events"])
    tolls, toll_parent = _part(lists["tolls"])
    n_claims, n_events = len(claim_parent), len(event_parent)
    rows.n_claims = n_claims
    first_claim = lists["claims"].offsets  # of each article's claims
    version = pa.scalar(extractor_version, TEXT)

    def claim_refs(part: Columns, parent: pa.Array) -> pa.Array:
        return pc.add(first_claim.take(parent), part["claim_index"])

    def roles(values: pa.Array) -> tuple[pa.Array, pa.Array, pa.Array]:
        """``values`` (one per claimant, actor, target) cut into claims', actors', targets'."""
        return (values.slice(0, n_claims), values.slice(n_claims, n_events),
                values.slice(n_claims + n_events))  # fmt: skip

    label = entities["label"]
    person_label = pc.is_in(label, value_set=_PERSON_LABEL)
    is_person = pc.or_(person_label, pc.is_in(entities["kind"], value_set=_PERSON_KIND))
    kind = pc.if_else(pc.is_in(label, value_set=_PLACE_SET), "place",
                      pc.if_else(is_person, "person", "actor"))  # fmt: skip
    name = pc.if_else(person_label, _or(entities["name"], entities["text"]), entities["name"])
    rows.columns["mentions"] = {
        "surface_text": entities["text"],
        "ner_label": pc.fill_null(label, ""),
        "char_start": entities["start"],
        "char_end": entities["end"],
        "sentence_index": pc.fill_null(entities["sentence"], 0),
    }
    # Claimants, actors and targets: one struct type, one array.
    role = _fields(pa.concat_arrays([claims["claimant"], events["actor"], events["target"]]))
    role_text = roles(_or(role["text"], role["name"]))
    role_start, role_end = roles(role["start"]), roles(role["end"])
    rows.columns["claims"] = {
        "claimant_text": pc.fill_null(role_text[0], ""),
        "claimant_start": role_start[0],
        "claimant_end": role_end[0],
        "cue": claims["cue"],
        "cue_start": claims["cue_start"],
        "cue_end": claims["cue_end"],
        "stance": claims["stance"],
        "claim_start": claims["start"],
        "claim_end": claims["end"],
        "extractor_version": pa.repeat(version, n_claims),
    }
    place = _fields(events["location"])
    rows.columns["events"] = {f.name: events[f.name] for f in EVENT_COPIED} | {
        "extractor_version": pa.repeat(version, n_events),
        "event_type": events["type"],
        "event_date": _date(events["date"]),
        "actor_text": role_text[1], "actor_start": role_start[1], "actor_end": role_end[1],
        "target_text": role_text[2], "target_start": role_start[2], "target_end": role_end[2],
        "location_text": _or(place["text"], place["name"]),
        "location_start": place["start"], "location_end": place["end"],
    }  # fmt: skip
    rows.columns["toll_claims"] = {f.name: tolls[f.name] for f in TOLL_COPIED} | {
        "extractor_version": pa.repeat(version, len(toll_parent)),
        "since_date": _date(tolls["since_date"]),
    }
    for table, parent in (("mentions", entity_parent), ("claims", claim_parent),
                          ("events", event_parent), ("toll_claims", toll_parent)):  # fmt: skip
        rows.refs[(table, "article_id")] = ("article", parent)
    rows.refs[("events", "claim_id")] = ("claim", claim_refs(events, event_parent))
    rows.refs[("toll_claims", "claim_id")] = ("claim", claim_refs(tolls, toll_parent))

    role_kind = pc.if_else(pc.is_in(role["kind"], value_set=_PERSON_KIND), "person", "actor")
    kind, name = pa.concat_arrays([kind, role_kind]), pa.concat_arrays([name, role["name"]])
    joined = pc.binary_join_element_wise(kind, name, KEY_SEPARATOR)
    rows.references = _References(
        key=pc.if_else(pc.equal(name, ""), None, joined),  # null without a name
        kind=kind,
        name=name,
        country=pa.concat_arrays([entities["country"], role["country"]]),
        sector=pa.concat_arrays([entities["sector"], role["sector"]]),
        parents=(entity_parent, claim_parent, event_parent),
    )
    unique = pc.unique(rows.references.key).drop_null()
    rows.entities = unique.to_pylist()
    indexes = pc.index_in(rows.references.key, value_set=unique)
    starts = np.cumsum([0, len(entity_parent), n_claims, n_events, n_events])
    for column, start, end in zip(_ENTITY_REFS, starts[:-1], starts[1:], strict=True):
        rows.refs[column] = ("entity", indexes.slice(start, end - start))
    rows.refs[("events", "location_id")] = ("location", _register_locations(rows, place))
    return rows


def _part(lists: pa.ListArray) -> tuple[Columns, pa.Array]:
    """The rows of one list of the contract (entities, claims...), as columns, and the index of
    the article each row belongs to."""
    return _fields(lists.flatten()), lists.value_parent_indices()


def _fields(values: pa.StructArray) -> Columns:
    """The fields of a struct array (null where the struct is null)."""
    return dict(zip(values.type.names, values.flatten(), strict=True))


def _truthy(values: pa.Array) -> pa.Array:
    """Python's truth of optional strings: neither null nor empty."""
    return pc.fill_null(pc.not_equal(values, ""), False)


def _or(values: pa.Array, other: pa.Array | pa.Scalar) -> pa.Array:
    """``value or other``, row by row."""
    return pc.if_else(_truthy(values), values, other)


def _register_locations(rows: ExtractionRows, place: Columns) -> pa.Array:
    """Fill ``rows.locations`` (each key once, first seen first) and ``rows.places`` from the
    events' places; return each event's index into ``rows.locations``."""
    name = _or(place["name"], place["text"])
    named, resolved = _truthy(name), _truthy(place["gazetteer_id"])
    unresolved = pc.if_else(pc.and_(named, pc.invert(resolved)), name, None)
    names = pc.unique(unresolved).drop_null()
    folded = pa.array([location_key(None, n) for n in names.to_pylist()], TEXT)
    key = pc.if_else(
        resolved,
        pc.binary_join_element_wise("gaz", place["gazetteer_id"], ":"),
        folded.take(pc.index_in(unresolved, value_set=names)),
    )
    key = pc.if_else(named, key, None)
    unique = pc.unique(key).drop_null()
    rows.locations = unique.to_pylist()
    rows.places = _Places(
        {"name": name, "country_iso3": place["country"], "admin1": place["admin1"],
         "latitude": place["lat"], "longitude": place["lon"],
         "gazetteer_id": place["gazetteer_id"], "precision": place["precision"]},
        resolved, pc.index_in(unique, value_set=key),
    )  # fmt: skip
    return pc.index_in(key, value_set=unique)


def _date(values: pa.Array) -> pa.Array:
    """ISO dates (YYYY-MM-DD) to dates; null or empty: null."""
    return pc.cast(pc.if_else(pc.equal(values, ""), None, values), pa.date32())


def _schema(table: str, columns: Sequence[str]) -> pa.Schema:
    types = arrow_types(table)
    return pa.schema([(c, types[c]) for c in columns])


_ENTITY_ROWS = _schema("entities", ("kind", "canonical_name", "country_iso3", "sector"))
LOCATION_ROWS = _schema("locations", ("name", "country_iso3", "admin1", "latitude", "longitude",
                                      "gazetteer_id", "precision"))  # fmt: skip
