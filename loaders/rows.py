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

from loaders.columns import arrow_types

PLACE_LABELS = {"PLACE", "GPE", "LOC", "FAC"}


@dataclass
class ExtractionRows:
    entities: dict[tuple[str, str], tuple[str | None, str | None]] = field(default_factory=dict)
    locations: dict[str, dict[str, Any]] = field(default_factory=dict)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    tolls: list[dict[str, Any]] = field(default_factory=list)

    def entity_table(self) -> pa.Table:
        rows = [
            {"kind": kind, "canonical_name": name, "country_iso3": country, "sector": sector}
            for (kind, name), (country, sector) in self.entities.items()
        ]
        return batch_table(rows, arrow_types("entities"))

    def location_table(self) -> pa.Table:
        return batch_table(list(self.locations.values()), LOCATION_TYPES)

    def mention_table(self) -> pa.Table:
        return batch_table(self.mentions, MENTION_TYPES)

    def claim_table(self) -> pa.Table:
        return batch_table(self.claims, CLAIM_TYPES)

    def event_table(self) -> pa.Table:
        return batch_table(self.events, EVENT_TYPES)

    def toll_table(self) -> pa.Table:
        return batch_table(self.tolls, TOLL_TYPES)


# Batch tables: the written columns of each table (from the models' metadata) plus the natural
# keys that the writer resolves to ids with joins.
_NAME_KEY = {"kind": pa.string(), "name": pa.string()}
LOCATION_TYPES = arrow_types("locations", extra={"location_key": pa.string()})
MENTION_TYPES = arrow_types(
    "mentions", exclude=("entity_id",), extra={f"entity_{k}": t for k, t in _NAME_KEY.items()}
)
CLAIM_TYPES = arrow_types(
    "claims",
    exclude=("claimant_entity_id",),
    extra={"claim_key": pa.int64(), **{f"claimant_{k}": t for k, t in _NAME_KEY.items()}},
)
EVENT_TYPES = arrow_types(
    "events",
    exclude=("claim_id", "actor_entity_id", "target_entity_id", "location_id"),
    extra={
        "claim_key": pa.int64(),
        "location_key": pa.string(),
        **{f"{role}_{k}": t for role in ("actor", "target") for k, t in _NAME_KEY.items()},
    },
)
TOLL_TYPES = arrow_types("toll_claims", exclude=("claim_id",), extra={"claim_key": pa.int64()})


def batch_table(rows: list[dict[str, Any]], types: Mapping[str, pa.DataType]) -> pa.Table:
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
            # Contract keys named as their columns are copied as they are (killed_low, stance...).
            row: dict[str, Any] = {name: event.get(name) for name in EVENT_TYPES}
            row["article_id"], row["extractor_version"] = article_id, extractor_version
            row["claim_key"] = _claim_key(claim_keys, event.get("claim_index"))
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
        for toll in result.get("tolls", []):
            toll_row: dict[str, Any] = {name: toll.get(name) for name in TOLL_TYPES}
            toll_row["article_id"], toll_row["extractor_version"] = article_id, extractor_version
            toll_row["claim_key"] = _claim_key(claim_keys, toll.get("claim_index"))
            toll_row["since_date"] = _date(toll.get("since_date"))
            rows.tolls.append(toll_row)
    return rows


def _claim_key(claim_keys: Sequence[int], claim_index: int | None) -> int | None:
    return claim_keys[claim_index] if claim_index is not None else None


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
