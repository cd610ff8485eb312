"""Duplicates across batches and runs: the load's run-long key set (loaders/dedup.py) finds what
earlier batches of the same load and earlier loads stored, exactly as a query would."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from loaders.db import connect
from loaders.dedup import DigestSet, RunKeys, known_keys
from loaders.load import load
from loaders.readers import read_inputs
from loaders.schema import upgrade_to_head
from tests.helpers import query


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def test_digest_set_finds_what_was_added_in_any_order_and_other_keys_beside() -> None:
    keys = DigestSet()
    assert keys.found([digest("a"), None]) == set()
    keys.update([digest(str(n)) for n in range(0, 50, 2)])
    keys.update([digest(str(n)) for n in range(49, 0, -2)] + ["h1", None])
    keys.update([digest("7")])  # already there
    wanted = [digest(str(n)) for n in range(60)] + ["h1", "h2", digest("0").upper(), None]
    assert keys.found(wanted) == {digest(str(n)) for n in range(50)} | {"h1"}
    assert len(keys) == 51


def article(n: int, body: str, title: str | None = "Strike on the market") -> dict:
    return {"id": f"a-{n}", "title": title, "text": body, "source": "Reuters",
            "published": "2016-03-01"}  # fmt: skip


def test_duplicates_across_batches_and_runs(tmp_path: Path) -> None:
    body = "Warplanes struck the market in the town on Tuesday, residents said. " * 3
    records = [
        article(1, body),
        article(2, "Something else entirely happened in another town today. " * 3, title=None),
        article(3, body.upper()),  # the same text, case folded: exact duplicate, next batch
        article(4, "A re-issued version of the market story, with more detail. " * 3),  # near
        article(5, "A different story, the same source and day. " * 3, title="Talks resume"),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = tmp_path / "wh.duckdb"

    upgrade_to_head(db)
    first = load(db, read_inputs([str(path)]), [str(path)], batch_size=2).total()
    assert (first.new, first.duplicate) == (3, 2)
    assert query(db, "SELECT external_id FROM articles ORDER BY 1") == [
        ("a-1",), ("a-2",), ("a-5",)
    ]  # fmt: skip

    with connect(db) as conn:  # what the next load starts from agrees with a query
        stored = RunKeys(conn)
        hashes = [h for (h,) in conn.execute("SELECT content_hash FROM articles").fetchall()]
        near = [k for (k,) in conn.execute("SELECT near_duplicate_key FROM articles").fetchall()]
        probe_hashes = [*hashes, digest("new"), digest("newer")]
        probe_near = [*near, digest("new"), None]
        assert stored.known(probe_hashes, probe_near) == known_keys(conn, probe_hashes, probe_near)
    second = load(db, read_inputs([str(path)]), [str(path)], batch_size=2).total()
    assert (second.new, second.duplicate) == (0, 5)
    assert query(db, "SELECT count(*) FROM articles") == [(3,)]
