"""Ids of the rows a load refers to by natural key, kept for the whole load.

Mentions, claims and events name their entities (kind + canonical name) and places (gazetteer id,
else name); articles name their sources. A load holds the file alone (one connection for the
run; other writers wait), so the names stored cannot change under it: ``IdCache`` reads every
stored key and its id once, at the load's first batch, and adds the ids of the rows the load
inserts. A name the cache does not hold is therefore new: it takes a plain ``INSERT ...
RETURNING`` (its id from the table's sequence), with no ``ON CONFLICT`` and no lookup join;
the unique constraints still stand behind it. A rolled-back batch may have cached ids of rows
that were never committed, so the writer clears the cache then, and the next batch reads the
keys again.

Keys the writer assigns itself (articles, claims) come from blocks of ids drawn from the table's
sequence in one statement (enough for ``BLOCK_BATCHES`` batches like the one asking) and handed
out over the following batches: most batches draw nothing. A block is drawn inside a batch's
transaction, and DuckDB never gives a sequence value back (not on rollback, and the value
survives a crash once that batch commits), so an id is never used twice, by this load, a rerun
after a crash or any other writer; a load leaves the unused rest of its last block as a gap.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import duckdb
import pyarrow as pa

from loaders.columns import arrow_stream
from loaders.rows import ExtractionRows, entity_key, location_key

ID_BLOCK = 4096  # the fewest ids drawn from a sequence at a time
BLOCK_BATCHES = 16  # a block holds at least this many times the ids a batch asks for


@dataclass
class IdCache:
    """Every stored name's id (once ``loaded``), and the load's blocks of ids."""

    entities: dict[str, int] = field(default_factory=dict)  # entity_key -> entity_id
    locations: dict[str, int] = field(default_factory=dict)  # location_key -> location_id
    sources: dict[str, int] = field(default_factory=dict)  # name -> source_id
    blocks: dict[str, range] = field(default_factory=dict)  # table -> ids drawn, not yet used
    loaded: bool = False  # the stored keys have been read
    # Whether the connection writes to a lake (``loaders.lake``): asked once per load.
    lake: bool | None = None

    def clear(self) -> None:
        self.entities.clear()
        self.locations.clear()
        self.sources.clear()
        self.blocks.clear()
        self.loaded = False


# Per cached table: the columns a stored row's key is made of, and how.
_KEYS: dict[str, tuple[str, str, Callable[..., str]]] = {
    "entities": ("kind, canonical_name", "entity_id", entity_key),
    "locations": ("gazetteer_id, name", "location_id", location_key),
    "sources": ("name", "source_id", lambda name: name),
}


def _keyed(rows: Iterable[tuple[Any, ...]], key: Callable[..., str]) -> dict[str, int]:
    """``{key(*columns): id}`` of rows (key columns..., id); the smallest id of a key wins."""
    found: dict[str, int] = {}
    for *columns, row_id in rows:
        found.setdefault(key(*columns), row_id)
    return found


def load_keys(conn: duckdb.DuckDBPyConnection, cache: IdCache) -> None:
    """Read every stored key of the cached tables, once per cache (per load)."""
    if cache.loaded:
        return
    for table, (columns, id_column, key) in _KEYS.items():
        rows = conn.execute(f"SELECT {columns}, {id_column} FROM {table} ORDER BY {id_column}")
        getattr(cache, table).update(_keyed(rows.fetchall(), key))
    cache.loaded = True


def _insert_new(conn: duckdb.DuckDBPyConnection, cache: IdCache, table: str,
                rows: pa.Table) -> None:  # fmt: skip
    """Insert rows the cache proves new (a plain insert; the ids from the sequence) and cache
    their ids."""
    columns, id_column, key = _KEYS[table]
    names = ", ".join(rows.column_names)
    new_rows = arrow_stream(rows)  # noqa: F841 (read by DuckDB by name)
    inserted = conn.execute(
        f"INSERT INTO {table} ({names}) SELECT {names} FROM new_rows "
        f"RETURNING {columns}, {id_column}"
    ).fetchall()
    getattr(cache, table).update(_keyed(inserted, key))


def reserve_ids(conn: duckdb.DuckDBPyConnection, cache: IdCache, table: str, count: int) -> range:
    """``count`` new ids of ``table``, from the load's current block of its sequence."""
    block = cache.blocks.get(table, range(0))
    if len(block) < count:
        size = max(BLOCK_BATCHES * count, ID_BLOCK)
        row = conn.execute(  # the size in the SQL: see write_batch's counters
            f"SELECT min(i), max(i) FROM (SELECT nextval('{table}_id_seq') AS i "
            f"FROM range({int(size)}))"
        ).fetchone()
        assert row is not None
        first, last = int(row[0]), int(row[1])
        if last - first + 1 != size:  # only if another connection drew from it meanwhile
            raise RuntimeError(f"{table}_id_seq gave {size} ids that are not consecutive")
        block = range(first, last + 1)
    cache.blocks[table] = block[count:]
    return block[:count]


def entity_ids(
    conn: duckdb.DuckDBPyConnection, cache: IdCache, rows: ExtractionRows
) -> dict[str, int]:
    """Ids of the batch's entities; those new to the warehouse are inserted (the first
    description of a name wins)."""
    load_keys(conn, cache)
    new = rows.new_entities(cache.entities)
    if new.num_rows:
        _insert_new(conn, cache, "entities", new)
    return cache.entities


def location_ids(
    conn: duckdb.DuckDBPyConnection, cache: IdCache, rows: ExtractionRows
) -> dict[str, int]:
    """Ids of the batch's places: gazetteer places unique by gazetteer id, unresolved ones by
    their name, case folded; those new to the warehouse are inserted."""
    load_keys(conn, cache)
    new = rows.new_locations(cache.locations)
    if new.num_rows:
        _insert_new(conn, cache, "locations", new)
    return cache.locations


def source_ids(
    conn: duckdb.DuckDBPyConnection, cache: IdCache, sources: Iterable[Any]
) -> dict[str, int]:
    """``sources`` are SourceInfo (name, kind, country); the first one of a name wins."""
    load_keys(conn, cache)
    unique = {s.name: s for s in sources if s.name not in cache.sources}
    if unique:
        new = pa.table(
            {
                "name": pa.array(list(unique), pa.string()),
                "kind": pa.array([s.kind for s in unique.values()], pa.string()),
                "country_iso3": pa.array([s.country for s in unique.values()], pa.string()),
            }
        )
        _insert_new(conn, cache, "sources", new)
    return cache.sources
