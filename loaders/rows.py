"""Flatten extraction results (the JSON contract of ``wirehouse extract``) into table rows.

Pure data shaping: ids of articles are given; entities, places and claims are named by keys
(kind + canonical name; "gaz:ID" or "name:folded"; the claim's ordinal in the batch) that the
writer turns into ids (``loaders.ids``) before one plain insert per table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from loaders.columns import arrow_types

PLACE_LABELS = {"PLACE", "GPE", "LOC", "FAC"}

# Every written column of each table, typed from the models' metadata.
MENTION_SCHEMA = pa.schema(arrow_types("mentions"))
CLAIM_SCHEMA = pa.schema(arrow_types("claims", extra={"claim_id": pa.int64()}))  # ids reserved
EVENT_SCHEMA = pa.schema(arrow_types("events"))
TOLL_SCHEMA = pa.schema(arrow_types("toll_claims"))
_EVENT_COPIED = [name for name in EVENT_SCHEMA.names if not name.endswith("_id")]
_TOLL_COPIED = [name for name in TOLL_SCHEMA.names if not name.endswith("_id")]


@dataclass
class ExtractionRows:
    """Rows of one batch. Reference columns are filled by ``resolve`` from the keys the rows
    carry (``entity_key``, ``claimant_key``, ``actor_key``, ``target_key``, ``location_key``,
    ``claim_key``), which the tables leave out."""

    entities: dict[tuple[str, str], tuple[str | None, str | None]] = field(default_factory=dict)
    locations: dict[str, dict[str, Any]] = field(default_factory=dict)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    tolls: list[dict[str, Any]] = field(default_factory=list)

    def resolve(
        self,
        entity_ids: Mapping[tuple[str, str], int],
        location_ids: Mapping[str, int],
        claim_ids: Sequence[int],
    ) -> None:
        for row in self.mentions:
            row["entity_id"] = _id(entity_ids, row["entity_key"])
        for row, claim_id in zip(self.claims, claim_ids, strict=True):
            row["claim_id"] = claim_id
            row["claimant_entity_id"] = _id(entity_ids, row["claimant_key"])
        for row in self.events:
            row["claim_id"] = _claim_id(claim_ids, row["claim_key"])
            row["actor_entity_id"] = _id(entity_ids, row["actor_key"])
            row["target_entity_id"] = _id(entity_ids, row["target_key"])
            row["location_id"] = _id(location_ids, row["location_key"])
        for row in self.tolls:
            row["claim_id"] = _claim_id(claim_ids, row["claim_key"])

    def tables(self) -> dict[str, pa.Table]:
        """The batch's rows per table (after ``resolve``), columns as in the warehouse."""
        return {
            "mentions": pa.Table.from_pylist(self.mentions, MENTION_SCHEMA),
            "claims": pa.Table.from_pylist(self.claims, CLAIM_SCHEMA),
            "events": pa.Table.from_pylist(self.events, EVENT_SCHEMA),
            "toll_claims": pa.Table.from_pylist(self.tolls, TOLL_SCHEMA),
        }


def _id(ids: Mapping[Any, int], key: Any) -> int | None:
    return ids.get(key) if key is not None else None


def _claim_id(claim_ids: Sequence[int], key: int | None) -> int | None:
    return claim_ids[key] if key is not None else None


def flatten(
    results: Sequence[Mapping[str, Any]], article_ids: Sequence[int], extractor_version: str
) -> ExtractionRows:
    rows = ExtractionRows()
    for article_id, result in zip(article_ids, results, strict=True):
        for entity in result.get("entities", []):
            key = _entity_key(entity, entity.get("label", ""))
            if key is not None:
                rows.entities.setdefault(key, (entity.get("country"), entity.get("sector")))
            rows.mentions.append(
                {
                    "article_id": article_id,
                    "entity_key": key,
                    "surface_text": entity["text"],
                    "ner_label": entity.get("label") or "",
                    "char_start": entity["start"],
                    "char_end": entity["end"],
                    "sentence_index": entity.get("sentence", 0),
                }
            )
        first_claim = len(rows.claims)
        for claim in result.get("claims", []):
            claimant = claim.get("claimant") or {}
            rows.claims.append(
                {
                    "article_id": article_id,
                    "claimant_key": _actor_key(rows, claimant),
                    "claimant_text": claimant.get("text") or claimant.get("name") or "",
                    "claimant_start": claimant.get("start"),
                    "claimant_end": claimant.get("end"),
                    "cue": claim["cue"],
                    "cue_start": claim["cue_start"],
                    "cue_end": claim["cue_end"],
                    "stance": claim["stance"],
                    "claim_start": claim["start"],
                    "claim_end": claim["end"],
                    "extractor_version": extractor_version,
                }
            )
        for event in result.get("events", []):
            # Contract keys named as their columns are copied as they are (killed_low, stance...).
            row: dict[str, Any] = {name: event.get(name) for name in _EVENT_COPIED}
            row["article_id"], row["extractor_version"] = article_id, extractor_version
            row["claim_key"] = _claim_key(first_claim, event.get("claim_index"))
            row["event_type"] = event["type"]
            row["event_date"] = _date(event.get("date"))
            for role in ("actor", "target"):
                actor = event.get(role) or {}
                row[f"{role}_key"] = _actor_key(rows, actor)
                row[f"{role}_text"] = actor.get("text") or actor.get("name")
                row[f"{role}_start"], row[f"{role}_end"] = actor.get("start"), actor.get("end")
            place = event.get("location") or {}
            row["location_key"] = _location_key(rows, place) if place else None
            row["location_text"] = place.get("text") or place.get("name")
            row["location_start"], row["location_end"] = place.get("start"), place.get("end")
            rows.events.append(row)
        for toll in result.get("tolls", []):
            toll_row: dict[str, Any] = {name: toll.get(name) for name in _TOLL_COPIED}
            toll_row["article_id"], toll_row["extractor_version"] = article_id, extractor_version
            toll_row["claim_key"] = _claim_key(first_claim, toll.get("claim_index"))
            toll_row["since_date"] = _date(toll.get("since_date"))
            rows.tolls.append(toll_row)
    return rows


def _claim_key(first_claim: int, claim_index: int | None) -> int | None:
    """The claim's ordinal in the batch (claim_index counts within its article)."""
    return first_claim + claim_index if claim_index is not None else None


def _entity_key(entity: Mapping[str, Any], label: str) -> tuple[str, str] | None:
    if label in PLACE_LABELS:
        kind, name = "place", entity.get("name")
    elif label == "PERSON":
        kind, name = "person", entity.get("name") or entity.get("text")
    else:
        kind = "person" if entity.get("kind") == "person" else "actor"
        name = entity.get("name")
    return (kind, name) if name else None


def _actor_key(rows: ExtractionRows, actor: Mapping[str, Any]) -> tuple[str, str] | None:
    name = actor.get("name")
    if not name:
        return None
    key = ("person" if actor.get("kind") == "person" else "actor", name)
    rows.entities.setdefault(key, (actor.get("country"), actor.get("sector")))
    return key


def _location_key(rows: ExtractionRows, place: Mapping[str, Any]) -> str | None:
    name = place.get("name") or place.get("text")
    if not name:
        return None
    gazetteer_id = place.get("gazetteer_id")
    key = f"gaz:{gazetteer_id}" if gazetteer_id else f"name:{name.casefold()}"
    rows.locations.setdefault(
        key,
        {
            "location_key": key,
            "name": name,
            "country_iso3": place.get("country"),
            "admin1": place.get("admin1"),
            "latitude": place.get("lat"),
            "longitude": place.get("lon"),
            "gazetteer_id": gazetteer_id,
            "precision": place.get("precision") or ("unresolved" if not gazetteer_id else "city"),
        },
    )
    return key


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None
