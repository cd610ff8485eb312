"""Flatten extraction results (the JSON contract of ``wirehouse extract``) into table columns.

Columnar: a batch's results are one Arrow array of the contract's shape (a ``ResultBatch``,
converted in C++ by the extraction workers), and every column is cut from it with Arrow compute,
so no Python code runs per row. Rows name their entities (kind + canonical name), places
("gaz:ID" or "name:folded") and claims (the claim's ordinal in the batch) by index into the
batch's own lists (``entities``, ``locations``); ``resolve`` turns those into ids
(``loaders.ids``) before one plain insert per table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

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

_SCHEMAS = {"mentions": MENTION_SCHEMA, "claims": CLAIM_SCHEMA, "events": EVENT_SCHEMA,
            "toll_claims": TOLL_SCHEMA}  # fmt: skip
Columns = dict[str, pa.Array]
# The entity reference columns, in the order of flatten's candidates.
_ENTITY_REFS = (("mentions", "entity_id"), ("claims", "claimant_entity_id"),
                ("events", "actor_entity_id"), ("events", "target_entity_id"))  # fmt: skip


@dataclass
class ExtractionRows:
    """Columns of one batch. The id columns (``article_id``, ``*_entity_id``, ``location_id``,
    ``claim_id``) are filled by ``resolve`` from ``refs``: per column, indexes into the batch's
    articles, ``entities``, ``locations`` or the batch's claims (null: no reference)."""

    entities: dict[tuple[str, str], tuple[str | None, str | None]] = field(default_factory=dict)
    locations: dict[str, dict[str, Any]] = field(default_factory=dict)
    columns: dict[str, Columns] = field(default_factory=dict)  # table -> column -> values
    # (table, id column) -> ("article" | "entity" | "location" | "claim", indexes)
    refs: dict[tuple[str, str], tuple[str, pa.Array]] = field(default_factory=dict)
    n_claims: int = 0

    def resolve(
        self,
        article_ids: Sequence[int],
        entity_ids: Mapping[tuple[str, str], int],
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


def flatten(results: Sequence[Mapping[str, Any]], extractor_version: str) -> ExtractionRows:
    """The rows of a batch's results (one per article, in the order of the batch): a
    ``ResultBatch`` as it is, the contract's dicts converted first."""
    batch = ResultBatch.from_results(results).array
    rows = ExtractionRows()
    entities, entity_parent = _part(batch, "entities")
    claims, claim_parent = _part(batch, "claims")
    events, event_parent = _part(batch, "events")
    tolls, toll_parent = _part(batch, "tolls")
    rows.n_claims = len(claim_parent)
    first_claim = pc.struct_field(batch, "claims").offsets  # of each article's claims

    def constant(n: int) -> pa.Array:
        return pa.nulls(n, TEXT).fill_null(extractor_version)

    def claim_refs(part: Columns, parent: pa.Array) -> pa.Array:
        return pc.add(first_claim.take(parent), part["claim_index"])

    label = entities["label"]
    person_label = pc.fill_null(pc.equal(label, "PERSON"), False)
    place_label = pc.is_in(label, value_set=pa.array(sorted(PLACE_LABELS)))
    kind = pc.if_else(place_label, "place", pc.if_else(
        pc.or_(person_label, _is(entities["kind"], "person")), "person", "actor"))  # fmt: skip
    name = pc.if_else(person_label, _or(entities["name"], entities["text"]), entities["name"])
    rows.columns["mentions"] = {
        "surface_text": entities["text"],
        "ner_label": _or(label, pa.scalar("", TEXT)),
        "char_start": entities["start"],
        "char_end": entities["end"],
        "sentence_index": pc.fill_null(entities["sentence"], 0),
    }
    claimant = _fields(claims["claimant"])
    rows.columns["claims"] = {
        "claimant_text": _or(_or(claimant["text"], claimant["name"]), pa.scalar("", TEXT)),
        "claimant_start": claimant["start"],
        "claimant_end": claimant["end"],
        "cue": claims["cue"],
        "cue_start": claims["cue_start"],
        "cue_end": claims["cue_end"],
        "stance": claims["stance"],
        "claim_start": claims["start"],
        "claim_end": claims["end"],
        "extractor_version": constant(len(claim_parent)),
    }
    event_columns = {f.name: events[f.name] for f in EVENT_COPIED}
    event_columns |= {
        "extractor_version": constant(len(event_parent)),
        "event_type": events["type"],
        "event_date": _date(events["date"]),
    }
    roles = {role: _fields(events[role]) for role in ("actor", "target", "location")}
    for role, part in roles.items():
        event_columns |= {f"{role}_text": _or(part["text"], part["name"]),
                          f"{role}_start": part["start"], f"{role}_end": part["end"]}  # fmt: skip
    rows.columns["events"] = event_columns
    rows.columns["toll_claims"] = {f.name: tolls[f.name] for f in TOLL_COPIED} | {
        "extractor_version": constant(len(toll_parent)),
        "since_date": _date(tolls["since_date"]),
    }
    for table, parent in (
        ("mentions", entity_parent),
        ("claims", claim_parent),
        ("events", event_parent),
        ("toll_claims", toll_parent),
    ):
        rows.refs[(table, "article_id")] = ("article", parent)  # fmt: skip
    rows.refs[("events", "claim_id")] = ("claim", claim_refs(events, event_parent))
    rows.refs[("toll_claims", "claim_id")] = ("claim", claim_refs(tolls, toll_parent))

    # Entities in the order the rows meet them (article by article: mentions, claimants, then
    # each event's actor and target), the first description of a name winning.
    candidates = [
        (kind, name, entities["country"], entities["sector"], _order(entity_parent, 0)),
        (*_actor(claimant), _order(claim_parent, 1)),
        (*_actor(roles["actor"]), _order(event_parent, 2, step=2)),
        (*_actor(roles["target"]), _order(event_parent, 2, step=2, start=1)),
    ]
    entity_refs = _register_entities(rows, candidates)
    for column, refs in zip(_ENTITY_REFS, entity_refs, strict=True):
        rows.refs[column] = ("entity", refs)
    rows.refs[("events", "location_id")] = (
        "location",
        _register_locations(rows, roles["location"]),
    )
    return rows


def _part(batch: pa.StructArray, name: str) -> tuple[Columns, pa.Array]:
    """The rows of one list of the contract (entities, claims...), as columns, and the index of
    the article each row belongs to."""
    lists = pc.struct_field(batch, name)
    return _fields(pc.list_flatten(lists)), pc.list_parent_indices(lists)


def _fields(values: pa.StructArray) -> Columns:
    """The fields of a struct array (null where the struct is null)."""
    return dict(zip(values.type.names, values.flatten(), strict=True))


def _truthy(values: pa.Array) -> pa.Array:
    """Python's truth of optional strings: neither null nor empty."""
    return pc.fill_null(pc.not_equal(values, ""), False)


def _or(values: pa.Array, other: pa.Array | pa.Scalar) -> pa.Array:
    """``value or other``, row by row."""
    return pc.if_else(_truthy(values), values, other)


def _is(values: pa.Array, value: str) -> pa.Array:
    return pc.fill_null(pc.equal(values, value), False)


def _actor(part: Columns) -> tuple[pa.Array, pa.Array, pa.Array, pa.Array]:
    """Kind, name, country and sector of the actors of a role (claimant, actor, target)."""
    kind = pc.if_else(_is(part["kind"], "person"), "person", "actor")
    return kind, part["name"], part["country"], part["sector"]


def _order(parent: pa.Array, section: int, step: int = 1, start: int = 0) -> pa.Array:
    """Sort keys for rows in the order flatten meets them: by article, then section (mentions,
    claims, events), then position (``start``, ``start + step``... for the rows given)."""
    positions = np.arange(start, start + step * len(parent), step, dtype=np.int64)
    return pc.add(pc.shift_left(parent.cast(pa.int64()), 32), pa.array(positions + (section << 30)))


def _register_entities(rows: ExtractionRows, candidates: Sequence[tuple]) -> list[pa.Array]:
    """Fill ``rows.entities`` from every named reference (kind, name, country, sector, sort
    key), the first description of a name winning; return, per candidate set, indexes into
    ``rows.entities`` (null for a reference without a name)."""
    keys = [
        pc.if_else(_truthy(name), pc.binary_join_element_wise(kind, name, "\x1f"), None)
        for kind, name, *_ in candidates
    ]
    order = pc.sort_indices(pa.concat_arrays([c[4] for c in candidates]))
    ordered_keys = pa.concat_arrays(keys).take(order)
    unique = pc.unique(ordered_keys).drop_null()
    first = order.take(pc.index_in(unique, value_set=ordered_keys))
    kind, name, country, sector = (
        pa.concat_arrays([c[i] for c in candidates]).take(first).to_pylist() for i in range(4)
    )
    described = zip(kind, name, country, sector, strict=True)
    rows.entities = {(k, n): (c, s) for k, n, c, s in described}
    return [pc.index_in(key, value_set=unique) for key in keys]


def _register_locations(rows: ExtractionRows, place: Columns) -> pa.Array:
    """Fill ``rows.locations`` from the events' places (the first description of a key wins)
    and return each event's index into it. Places of the gazetteer are keyed by its id, others
    by their name case folded."""
    name = _or(place["name"], place["text"])
    named, resolved = _truthy(name), _truthy(place["gazetteer_id"])
    unresolved = pc.if_else(pc.and_(named, pc.invert(resolved)), name, None)
    names = pc.unique(unresolved).drop_null()
    folded = pa.array([n.casefold() for n in names.to_pylist()], TEXT)
    key = pc.if_else(
        resolved,
        pc.binary_join_element_wise("gaz", place["gazetteer_id"], ":"),
        pc.binary_join_element_wise(
            "name", folded.take(pc.index_in(unresolved, value_set=names)), ":"
        ),
    )
    key = pc.if_else(named, key, None)
    unique = pc.unique(key).drop_null()
    first = pc.index_in(unique, value_set=key)
    precision = pc.if_else(
        _truthy(place["precision"]),
        place["precision"],
        pc.if_else(resolved, "city", "unresolved"),
    )
    described = pa.table(
        {
            "location_key": unique,
            "name": name.take(first),
            "country_iso3": place["country"].take(first),
            "admin1": place["admin1"].take(first),
            "latitude": place["lat"].take(first),
            "longitude": place["lon"].take(first),
            "gazetteer_id": place["gazetteer_id"].take(first),
            "precision": precision.take(first),
        }
    )
    rows.locations = {row["location_key"]: row for row in described.to_pylist()}
    return pc.index_in(key, value_set=unique)


def _date(values: pa.Array) -> pa.Array:
    """ISO dates (YYYY-MM-DD) to dates; null or empty: null."""
    return pc.cast(pc.if_else(_truthy(values), values, None), pa.date32())
