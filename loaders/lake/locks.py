"""Catalog-side locks: PostgreSQL advisory locks on the lake's catalog database.

DuckLake lets concurrent transactions append to one table without conflict, so it cannot stop
two writers from storing the same article. Writers therefore run their duplicate check, id
draw and commit under one advisory lock (extraction, the slow part, runs outside it), so the
natural keys hold. Each run also holds a lock of its own for its lifetime: a run left
``running`` whose lock is free belongs to a dead process and is marked ``interrupted``.
Advisory locks belong to a PostgreSQL session, so the server frees them when a writer dies,
even by SIGKILL: a crash never leaves the lake locked.

The same session keeps the id ledger, ``wirehouse_ids`` in the catalog database: the last id
used per lake table, read and advanced under the commit lock (DuckLake has no sequences, and
``max(id)`` over a lake table costs a scan of its files).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

NAMESPACE = 0x57480001  # "WH" + 1: the first key of every wirehouse advisory lock
COMMIT = 0  # second key of the commit lock; run locks use the run id
ID_TABLE = "wirehouse_ids"  # catalog-side: the last id used per lake table


class CatalogSession:
    """One PostgreSQL session per process and catalog, holding this process's locks."""

    _sessions: dict[str, CatalogSession] = {}

    def __init__(self, catalog: str) -> None:
        import psycopg

        self._conn: Any = psycopg.connect(catalog, autocommit=True)
        self.commits_waited = 0.0  # seconds spent waiting for the commit lock

    @classmethod
    def for_catalog(cls, catalog: str) -> CatalogSession:
        session = cls._sessions.get(catalog)
        if session is None or session._conn.closed:
            session = cls._sessions[catalog] = cls(catalog)
        return session

    def _scalar(self, sql: str, *params: int) -> Any:
        row = self._conn.execute(sql, params).fetchone()
        return row[0] if row else None

    @contextmanager
    def commit_lock(self) -> Iterator[None]:
        started = time.monotonic()
        self._scalar("SELECT pg_advisory_lock(%s::int4, %s::int4)", NAMESPACE, COMMIT)
        self.commits_waited += time.monotonic() - started
        try:
            yield
        finally:
            self._scalar("SELECT pg_advisory_unlock(%s::int4, %s::int4)", NAMESPACE, COMMIT)

    def ensure_id_table(
        self, tables: Sequence[str], largest: Callable[[], Mapping[str, int]]
    ) -> None:
        """Create the id ledger (once) with a row per table; ``largest`` (a scan of the lake)
        runs only when some table has no row yet."""
        self._conn.execute(
            f"CREATE TABLE IF NOT EXISTS {ID_TABLE} (table_name text PRIMARY KEY, "
            "last_id bigint NOT NULL)"
        )
        if not set(tables) - set(self.last_ids()):
            return
        for table, top in largest().items():
            self._conn.execute(
                f"INSERT INTO {ID_TABLE} VALUES (%s, %s) ON CONFLICT DO NOTHING", (table, top)
            )

    def last_ids(self) -> dict[str, int]:
        rows = self._conn.execute(f"SELECT table_name, last_id FROM {ID_TABLE}").fetchall()
        return {str(name): int(top) for name, top in rows}

    def reserve_ids(self, last: Mapping[str, int]) -> None:
        """Record the ids a commit is about to use, before it commits: a crash after this
        leaves a gap, never an id used twice."""
        for table, top in last.items():
            self._conn.execute(
                f"UPDATE {ID_TABLE} SET last_id = greatest(last_id, %s) WHERE table_name = %s",
                (top, table),
            )

    def hold_run(self, run_id: int) -> None:
        self._scalar("SELECT pg_advisory_lock(%s::int4, %s::int4)", NAMESPACE, run_id)

    def release_run(self, run_id: int) -> None:
        self._scalar("SELECT pg_advisory_unlock(%s::int4, %s::int4)", NAMESPACE, run_id)

    def run_is_alive(self, run_id: int) -> bool:
        """Whether some session (another process's, or ours) holds the run's lock."""
        held = self._scalar(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
            "AND classid::text::bigint = %s AND objid::text::bigint = %s AND objsubid = 2",
            NAMESPACE,
            run_id,
        )
        return bool(held)
