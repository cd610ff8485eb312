"""The README's Python recipes in a throwaway environment with another duckdb release.

Reads a JSON spec on stdin (serving file, settings, queries, escapes); prints one JSON object
with every answer: plain ``duckdb.connect(path, read_only=True, config=...)`` (pandas, Polars)
and, when duckdb-engine is installed, the SQLAlchemy engine with ``connect_args``. One fresh
connection per statement, as a BI tool with NullPool opens them. Uses only what every duckdb
release from 1.0 offers."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import duckdb


def plain(spec: dict[str, Any]) -> Callable[[str], list[list[str]]]:
    def run(sql: str) -> list[list[str]]:
        conn = duckdb.connect(spec["serving"], read_only=True, config=spec["config"])
        try:
            cursor = conn.execute(sql)
            try:
                rows = cursor.fetchall()
            except duckdb.Error:
                rows = []  # a statement without a result
            return [[str(v) for v in row] for row in rows]
        finally:
            conn.close()

    return run


def through_sqlalchemy(spec: dict[str, Any]) -> Callable[[str], list[list[str]]] | None:
    try:
        import sqlalchemy as sa
        from sqlalchemy.pool import NullPool
    except ImportError:
        return None
    engine = sa.create_engine(
        f"duckdb:///{spec['serving']}",
        connect_args={"read_only": True, "config": dict(spec["config"])},
        poolclass=NullPool,
    )

    def run(sql: str) -> list[list[str]]:
        with engine.connect() as conn:
            result = conn.execute(sa.text(sql))
            rows = result.fetchall() if result.returns_rows else []
        return [[str(v) for v in row] for row in rows]

    return run


def attempt(run: Callable[[str], list[list[str]]], sql: str) -> dict[str, Any]:
    try:
        return {"rows": run(sql)}
    except Exception as exc:  # each client's own error classes
        cause = getattr(exc, "orig", None) or exc
        return {"error": type(cause).__name__, "message": str(cause).splitlines()[0][:300]}


def main() -> None:
    spec = json.loads(sys.stdin.read())
    ways = {"duckdb.connect": plain(spec)}
    engine = through_sqlalchemy(spec)
    if engine is not None:
        ways["sqlalchemy (duckdb-engine)"] = engine
    report: dict[str, Any] = {"duckdb": duckdb.__version__, "ways": {}}
    for name, run in ways.items():
        report["ways"][name] = {
            "legit": [attempt(run, sql) for sql in spec["legit"]],
            "escapes": [{"name": n, **attempt(run, sql)} for n, sql in spec["escapes"]],
        }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
