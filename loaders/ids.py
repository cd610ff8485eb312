"""Ids of the rows a load refers to by natural key, kept for the whole load.

Mentions, claims and events name their entities (kind + canonical name) and places (gazetteer id,
else name); articles name their sources. Resolving those names by joins against the growing
warehouse tables in every batch made each batch slower than the last. A load holds the file
alone, so the ids it has seen cannot change under it: ``IdCache`` remembers them, and a batch
only upserts and looks up the names it meets for the first time. A rolled-back batch may have
cached ids of rows that were never committed, so the writer clears the cache then.

Keys the writer assigns itself (articles, claims) come from blocks of ids drawn from the table's
sequence in one statement (enough for ``BLOCK_BATCHES`` batches like the one asking) and handed
out over the following batches: most batches draw nothing. A block is drawn inside a batch's
transaction, and DuckDB never gives a sequence value back (not on rollback, and the value
survives a crash once that batch commits), so an id is never used twice, by this load, a rerun
after a crash or any other writer; a load leaves the unused rest of its last block as a gap.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import duckdb
import pyarrow as pa

from loaders.columns import arrow_types, insert_select

EntityKey = tuple[str, str]  # (kind, canonical name)
ID_BLOCK = 4096  # the fewest ids drawn from a sequence at a time
BLOCK_BATCHES = 16  # a block holds at least this many times the ids a batch asks for


@dataclass
class IdCache:
    entities: dict[EntityKey, int] = field(default_factory=dict)
    locations: dict[str, int] = field(default_factory=dict)  # "gaz:ID" or "name:folded"
    sources: dict[str, int] = field(default_factory=dict)
    blocks: dict[str, range] = field(default_factory=dict)  # table -> ids drawn, not yet used
    # Whether the connection writes to a lake (``loaders.lake``): asked once per load.
    lake: bool | None = None

    def clear(self) -> None:
        self.entities.clear()
        self.locations.clear()
        self.sources.clear()
        self.blocks.clear()


def reserve_ids(conn: duckdb.DuckDBPyConnection, cache: IdCache, table: str, count: int) -> range:
    """``count`` new ids of ``table``, from the load's current block of its sequence."""
    block = cache.blocks.get(table, range(0))
    if len(block) < count:
        size = max(BLOCK_BATCHES * count, ID_BLOCK)
        row = conn.execute(
            f"SELECT min(i), max(i) FROM (SELECT nextval('{table}_id_seq') AS i FROM range(?))",
            [size],
        ).fetchone()
        assert row is not None
        first, last = int(row[0]), int(row[1])
        if last - first + 1 != size:  # only if another connection drew from it meanwhile
            raise RuntimeError(f"{table}_id_seq gave {size} ids that are not consecutive")
        block = range(first, last + 1)
    cache.blocks[table] = block[count:]
    return block[:count]


def entity_ids(
    conn: duckdb.DuckDBPyConnection,
    cache: IdCache,
    entities: Mapping[EntityKey, tuple[str | None, str | None]],
) -> dict[EntityKey, int]:
    """Upsert the entities not seen yet (the first description of a name wins, as before)."""
    new = [key for key in entities if key not in cache.entities]
    if new:
        batch_entities = pa.table(  # noqa: F841 (read by DuckDB through the name)
            {
                "kind": pa.array([k for k, _ in new], pa.string()),
                "canonical_name": pa.array([n for _, n in new], pa.string()),
                "country_iso3": pa.array([entities[k][0] for k in new], pa.string()),
                "sector": pa.array([entities[k][1] for k in new], pa.string()),
            }
        )
        conn.execute(insert_select("entities", "batch_entities", joins="ON CONFLICT DO NOTHING"))
        found = conn.execute(
            "SELECT e.kind, e.canonical_name, e.entity_id FROM entities e "
            "JOIN batch_entities b USING (kind, canonical_name)"
        ).fetchall()
        cache.entities.update(((kind, name), entity_id) for kind, name, entity_id in found)
    return cache.entities


LOCATION_TYPES = arrow_types("locations", extra={"location_key": pa.string()})


def location_ids(
    conn: duckdb.DuckDBPyConnection, cache: IdCache, locations: Mapping[str, Mapping[str, Any]]
) -> dict[str, int]:
    """Places of the gazetteer are unique by gazetteer id; unresolved places by their name,
    case folded (one row per name, as the marts expect)."""
    new = [locations[key] for key in locations if key not in cache.locations]
    if new:
        batch_locations = pa.Table.from_pylist(new, pa.schema(LOCATION_TYPES))  # noqa: F841
        conn.execute(
            insert_select(
                "locations", "batch_locations",
                joins="WHERE v.gazetteer_id IS NOT NULL ON CONFLICT DO NOTHING",
            )
        )  # fmt: skip
        unresolved = {"latitude": "NULL", "longitude": "NULL", "gazetteer_id": "NULL"}
        conn.execute(
            insert_select(
                "locations", "batch_locations", {**unresolved, "precision": "'unresolved'"},
                "WHERE v.gazetteer_id IS NULL AND NOT EXISTS (SELECT 1 FROM locations l "
                "WHERE l.gazetteer_id IS NULL AND lower(l.name) = lower(v.name))",
            )
        )  # fmt: skip
        found = conn.execute(
            "SELECT b.location_key, l.location_id FROM batch_locations b JOIN locations l ON "
            "(b.gazetteer_id = l.gazetteer_id) OR (b.gazetteer_id IS NULL AND "
            "l.gazetteer_id IS NULL AND lower(l.name) = lower(b.name))"
        ).fetchall()
        cache.locations.update(found)
    return cache.locations


def source_ids(
    conn: duckdb.DuckDBPyConnection, cache: IdCache, sources: Iterable[Any]
) -> dict[str, int]:
    """``sources`` are SourceInfo (name, kind, country); the first one of a name wins."""
    unique = {s.name: s for s in sources if s.name not in cache.sources}
    if unique:
        batch_sources = pa.table(  # noqa: F841
            {
                "name": pa.array(list(unique), pa.string()),
                "kind": pa.array([s.kind for s in unique.values()], pa.string()),
                "country_iso3": pa.array([s.country for s in unique.values()], pa.string()),
            }
        )
        conn.execute(
            "INSERT INTO sources (name, kind, country_iso3) "
            "SELECT name, kind, country_iso3 FROM batch_sources ON CONFLICT DO NOTHING"
        )
        found = conn.execute(
            "SELECT s.name, s.source_id FROM sources s JOIN batch_sources b USING (name)"
        ).fetchall()
        cache.sources.update(found)
    return cache.sources


def lookup(ids: Mapping[Any, int], keys: Sequence[Any]) -> list[int | None]:
    return [ids.get(key) if key is not None else None for key in keys]
