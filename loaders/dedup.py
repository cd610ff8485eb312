"""Which articles of a batch the warehouse holds already (README, "Duplicates").

An article is a duplicate when its content hash, or its near-duplicate key, is stored. A file
warehouse is held by one load at a time (one connection for the run; other writers wait), so
the keys a batch must be checked against are those stored when the load began plus those the
load wrote itself: ``RunKeys`` reads them once and keeps them for the run, compactly (a SHA-256
digest as 32 bytes in one sorted NumPy array, against ~110 bytes as a Python string in a set),
and no batch reads ``articles`` back. Reading them back per batch (a join against the table)
scanned both columns every time and the buffer pool kept their blocks: peak memory grew with
the warehouse. A lake has other writers, so there each batch asks the lake (``known_keys``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import duckdb
import numpy as np
import pyarrow as pa

_DIGEST = re.compile(r"[0-9a-f]{64}")  # hashlib's hexdigest of SHA-256


class DigestSet:
    """A set of strings, SHA-256 hex digests held as 32-byte values in one sorted array; any
    other string (a hand-written test key, say) in a plain set beside it."""

    def __init__(self) -> None:
        self._digests = np.empty(0, dtype="S32")
        self._other: set[str] = set()

    def __len__(self) -> int:
        return len(self._digests) + len(self._other)

    def update(self, keys: Iterable[str | None]) -> None:
        digests, other = _split(keys)
        self._other.update(other)
        if digests:
            new = np.unique(np.array(digests, dtype="S32"))
            at, held = self._find(new)
            self._digests = np.insert(self._digests, at[~held], new[~held])

    def found(self, keys: Iterable[str | None]) -> set[str]:
        """The keys in the set."""
        keys = [k for k in keys if k is not None]
        present = {k for k in keys if k in self._other}
        digests = [k for k in keys if _DIGEST.fullmatch(k)]
        if digests:
            _, held = self._find(np.array([bytes.fromhex(k) for k in digests], dtype="S32"))
            present.update(k for k, hit in zip(digests, held.tolist(), strict=True) if hit)
        return present

    def _find(self, probe: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Where each probe goes in the sorted digests, and whether it is there already."""
        at = np.searchsorted(self._digests, probe)
        if not len(self._digests):
            return at, np.zeros(len(probe), dtype=bool)
        return at, self._digests[np.minimum(at, len(self._digests) - 1)] == probe


def _split(keys: Iterable[str | None]) -> tuple[list[bytes], list[str]]:
    digests: list[bytes] = []
    other: list[str] = []
    for key in keys:
        if key is None:
            continue
        if _DIGEST.fullmatch(key):
            digests.append(bytes.fromhex(key))
        else:
            other.append(key)
    return digests, other


class RunKeys:
    """The content hashes and near-duplicate keys of a file warehouse, for one load: read once
    at the start, then kept up to date with the load's own commits (``add``)."""

    def __init__(self, conn: duckdb.DuckDBPyConnection) -> None:
        self.hashes = DigestSet()
        self.near_keys = DigestSet()
        stored = conn.execute("SELECT content_hash, near_duplicate_key FROM articles")
        for batch in stored.to_arrow_reader(65_536):
            self.hashes.update(batch.column(0).to_pylist())
            self.near_keys.update(batch.column(1).to_pylist())

    def known(
        self, hashes: Sequence[str], near_keys: Sequence[str | None]
    ) -> tuple[set[str], set[str]]:
        """Which of these keys are stored."""
        return self.hashes.found(hashes), self.near_keys.found(near_keys)

    def add(self, hashes: Sequence[str], near_keys: Sequence[str | None]) -> None:
        """Keys of articles just committed."""
        self.hashes.update(hashes)
        self.near_keys.update(near_keys)


class LakeKeys:
    """A lake's keys: other writers commit while this load runs, so every batch asks."""

    def __init__(self, conn: duckdb.DuckDBPyConnection) -> None:
        self.conn = conn

    def known(
        self, hashes: Sequence[str], near_keys: Sequence[str | None]
    ) -> tuple[set[str], set[str]]:
        return known_keys(self.conn, hashes, near_keys)

    def add(self, hashes: Sequence[str], near_keys: Sequence[str | None]) -> None:
        """Nothing to keep: the lake holds them."""


def known_keys(
    conn: duckdb.DuckDBPyConnection, hashes: Sequence[str], near_keys: Sequence[str | None]
) -> tuple[set[str], set[str]]:
    """Which content hashes and near-duplicate keys of a batch the warehouse holds (a query)."""
    batch_keys = pa.table(  # noqa: F841 (read by DuckDB through the name)
        {
            "content_hash": pa.array(hashes, pa.string()),
            "near_key": pa.array(near_keys, pa.string()),
        }
    )
    found_hashes = conn.execute(
        "SELECT a.content_hash FROM articles a JOIN batch_keys b USING (content_hash)"
    ).fetchall()
    found_near = conn.execute(
        "SELECT DISTINCT a.near_duplicate_key FROM articles a "
        "JOIN batch_keys b ON a.near_duplicate_key = b.near_key"
    ).fetchall()
    return {r[0] for r in found_hashes}, {r[0] for r in found_near}


def stored_keys(conn: duckdb.DuckDBPyConnection) -> RunKeys | LakeKeys:
    """The keys a load checks its batches against."""
    from loaders.lake.connection import is_lake

    return LakeKeys(conn) if is_lake(conn) else RunKeys(conn)
