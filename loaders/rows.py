"""Flatten extraction results (the JSON contract of ``wirehouse extract``) into table columns.

Pure data shaping: ids of articles are given, ids of claims are local ordinals that the writer
replaces with reserved sequence values. Entities and locations are keyed by natural keys
(kind + canonical name; gazetteer id or name) and joined to their ids in SQL.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

PLACE_LABELS = {"PLACE", "GPE", "LOC", "FAC"}


@dataclass
class ExtractionRows:
    entities: dict[tuple[str, str], tuple[str | None, str | None]] = field(default_factory=dict)
    locations: dict[str, dict[str, Any]] = field(default_factory=dict)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)

    def entity_table(self) -> pa.Table:
        keys = list(self.entities)
        return pa.table(
            {
                "kind": pa.array([k for k, _ in keys], pa.string()),
                "canonical_name": pa.array([n for _, n in keys], pa.string()),
                "country_iso3": pa.array([self.entities[k][0] for k in keys], pa.string()),
                "sector": pa.array([self.entities[k][1] for k in keys], pa.string()),
            }
        )

    def location_table(self) -> pa.Table:
        return _table(list(self.locations.values()), LOCATION_TYPES)

    def mention_table(self) -> pa.Table:
        return _table(self.mentions, MENTION_TYPES)

    def claim_table(self) -> pa.Table:
        return _table(self.claims, CLAIM_TYPES)

    def event_table(self) -> pa.Table:
        return _table(self.events, EVENT_TYPES)


LOCATION_TYPES = {
    "location_key": pa.string(), "name": pa.string(), "country_iso3": pa.string(),
    "admin1": pa.string(), "latitude": pa.float64(), "longitude": pa.float64(),
    "gazetteer_id": pa.string(), "precision": pa.string(),
}  # fmt: skip
MENTION_TYPES = {
    "article_id": pa.int64(), "entity_kind": pa.string(), "entity_name": pa.string(),
    "surface_text": pa.string(), "ner_label": pa.string(), "char_start": pa.int32(),
    "char_end": pa.int32(), "sentence_index": pa.int32(),
}  # fmt: skip
CLAIM_TYPES = {
    "claim_key": pa.int64(), "article_id": pa.int64(), "claimant_kind": pa.string(),
    "claimant_name": pa.string(), "claimant_text": pa.string(), "claimant_start": pa.int32(),
    "claimant_end": pa.int32(), "cue": pa.string(), "cue_start": pa.int32(),
    "cue_end": pa.int32(), "stance": pa.string(), "claim_start": pa.int32(),
    "claim_end": pa.int32(), "extractor_version": pa.string(),
}  # fmt: skip
EVENT_TYPES = {
    "article_id": pa.int64(), "claim_key": pa.int64(), "event_type": pa.string(),
    "plover_category": pa.string(), "plover_mode": pa.string(),
    "acled_event_type": pa.string(), "acled_sub_event_type": pa.string(),
    "actor_kind": pa.string(), "actor_name": pa.string(), "actor_text": pa.string(),
    "actor_start": pa.int32(), "actor_end": pa.int32(),
    "target_kind": pa.string(), "target_name": pa.string(), "target_text": pa.string(),
    "target_start": pa.int32(), "target_end": pa.int32(),
    "location_key": pa.string(), "location_text": pa.string(),
    "location_start": pa.int32(), "location_end": pa.int32(),
    "event_date": pa.date32(), "date_precision": pa.string(), "date_text": pa.string(),
    "killed_low": pa.int32(), "killed_high": pa.int32(),
    "injured_low": pa.int32(), "injured_high": pa.int32(), "stance": pa.string(),
    "sentence_start": pa.int32(), "sentence_end": pa.int32(), "confidence": pa.float64(),
    "extractor_version": pa.string(),
}  # fmt: skip


def _table(rows: list[dict[str, Any]], types: Mapping[str, pa.DataType]) -> pa.Table:
    return pa.table(
        {name: pa.array([r.get(name) for r in rows], kind) for name, kind in types.items()}
    )


def flatten(
    results: Sequence[Mapping[str, Any]], article_ids: Sequence[int], extractor_version: str
) -> ExtractionRows:
    rows = ExtractionRows()
    for article_id, result in zip(article_ids, results, strict=True):
        for entity in result.get("entities", []):
            kind, name = _entity_key(entity, entity.get("label", ""))
            if name is not None:
                rows.entities.setdefault(
                    (kind, name), (entity.get("country"), entity.get("sector"))
                )
            rows.mentions.append(
                {
                    "article_id": article_id,
                    "entity_kind": kind if name is not None else None,
                    "entity_name": name,
                    "surface_text": entity["text"],
                    "ner_label": entity.get("label") or "",
                    "char_start": entity["start"],
                    "char_end": entity["end"],
                    "sentence_index": entity.get("sentence", 0),
                }
            )
        claim_keys: list[int] = []
        for claim in result.get("claims", []):
            key = len(rows.claims)
            claim_keys.append(key)
            claimant = claim.get("claimant") or {}
            kind, name = _actor_key(rows, claimant)
            rows.claims.append(
                {
                    "claim_key": key,
                    "article_id": article_id,
                    "claimant_kind": kind,
                    "claimant_name": name,
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
            claim_index = event.get("claim_index")
            row: dict[str, Any] = {
                "article_id": article_id,
                "claim_key": claim_keys[claim_index] if claim_index is not None else None,
                "extractor_version": extractor_version,
            }
            for column in (
                "plover_category", "plover_mode", "acled_event_type", "acled_sub_event_type",
                "date_precision", "date_text", "killed_low", "killed_high", "injured_low",
                "injured_high", "stance", "sentence_start", "sentence_end", "confidence",
            ):  # fmt: skip
                row[column] = event.get(column)
            row["event_type"] = event["type"]
            row["event_date"] = _date(event.get("date"))
            for role in ("actor", "target"):
                actor = event.get(role) or {}
                row[f"{role}_kind"], row[f"{role}_name"] = _actor_key(rows, actor)
                row[f"{role}_text"] = actor.get("text") or actor.get("name")
                row[f"{role}_start"], row[f"{role}_end"] = actor.get("start"), actor.get("end")
            place = event.get("location") or {}
            row["location_key"] = _location_key(rows, place) if place else None
            row["location_text"] = place.get("text") or place.get("name")
            row["location_start"], row["location_end"] = place.get("start"), place.get("end")
            rows.events.append(row)
    return rows


def _entity_key(entity: Mapping[str, Any], label: str) -> tuple[str, str | None]:
    if label in PLACE_LABELS:
        return "place", entity.get("name")
    if label == "PERSON":
        return "person", entity.get("name") or entity.get("text")
    return ("person" if entity.get("kind") == "person" else "actor"), entity.get("name")


def _actor_key(rows: ExtractionRows, actor: Mapping[str, Any]) -> tuple[str | None, str | None]:
    name = actor.get("name")
    if not name:
        return None, None
    kind = "person" if actor.get("kind") == "person" else "actor"
    rows.entities.setdefault((kind, name), (actor.get("country"), actor.get("sector")))
    return kind, name


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


def _date(value: str | None) -> Any:
    import datetime as dt

    return dt.date.fromisoformat(value) if value else None
