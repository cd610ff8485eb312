"""What the extraction workers hand the writer (``ResultBatch``) and the ids the writer draws in
blocks: the same rows as the contract's dicts, and no id used twice across loads and crashes."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path

import duckdb

from loaders.db import connect
from loaders.ids import ID_BLOCK, IdCache, reserve_ids
from loaders.result_batch import ResultBatch
from loaders.rows import flatten
from loaders.runs import start_run
from loaders.writer import BatchCounts, write_batch
from tests.test_writer_contract import article, contract_result

EMPTY = {"entities": [], "claims": [], "events": [], "tolls": []}


def _tables(results: object) -> dict[str, list[dict]]:
    rows = flatten(results, "v1")  # type: ignore[arg-type]
    rows.resolve([10, 11, 12], dict.fromkeys(rows.entities, 1),
                 dict.fromkeys(rows.locations, 2), range(100, 100 + rows.n_claims))  # fmt: skip
    return {name: table.to_pylist() for name, table in rows.tables().items()}


def test_a_result_batch_flattens_to_the_rows_of_the_contracts_dicts() -> None:
    results = [contract_result(11, "rumour"), EMPTY, contract_result(3, "assert")]
    batch = ResultBatch.from_results(results)
    shipped = pickle.loads(pickle.dumps(batch))  # as it crosses from a worker
    assert len(shipped) == 3 and shipped[1] == {**EMPTY}
    assert shipped[0]["events"][0]["killed_best"] == 11
    assert _tables(shipped) == _tables(results)
    assert _tables(shipped)["events"], "the contract result has an event"
    assert _tables(batch[1:]) == _tables(results[1:])  # a slice: claims still found by index


def test_placed_puts_empty_results_where_articles_were_not_extracted() -> None:
    found = ResultBatch.concat(
        [ResultBatch.from_results([contract_result(1, "assert")]),
         ResultBatch.from_results([contract_result(2, "deny")])]
    )  # fmt: skip
    placed = found.placed([1, 3], 4)
    assert [len(r["events"]) for r in placed] == [0, 1, 0, 1]
    assert [r["events"][0]["stance"] for r in placed if r["events"]] == ["assert", "deny"]
    assert placed.take([3]).array.equals(found[1:].array)


def test_the_writer_writes_the_same_rows_from_a_result_batch(db_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.duckdb"
    other.write_bytes(db_path.read_bytes())
    results = [contract_result(11, "rumour")]
    for path, given in ((db_path, results), (other, ResultBatch.from_results(results))):
        with connect(path) as conn:
            run_id = start_run(conn, "load", [], "v1")
            write_batch(conn, run_id, [article()], given, [], BatchCounts(), "v1")
    with duckdb.connect(str(db_path)) as a, duckdb.connect(str(other)) as b:
        for table in ("events", "toll_claims", "claims"):
            sql = f"SELECT * FROM {table} ORDER BY ALL"  # the same ids too
            assert a.execute(sql).fetchall() == b.execute(sql).fetchall(), table
        assert a.execute("SELECT count(*) FROM events").fetchall() == [(1,)]


def test_id_blocks_never_hand_out_an_id_twice(db_path: Path) -> None:
    """Two loads (caches), a rolled-back batch between them: every id is new, and the sequence
    stays past every id handed out, so a writer using the sequence itself collides with none."""
    with connect(db_path) as conn:
        first, second = IdCache(), IdCache()
        handed = list(reserve_ids(conn, first, "articles", 3))
        handed += reserve_ids(conn, first, "articles", 5)
        conn.begin()
        handed += reserve_ids(conn, second, "articles", 2)  # draws a block of its own
        conn.rollback()
        second.clear()  # what the writer does on a rollback
        handed += reserve_ids(conn, second, "articles", ID_BLOCK + 1)  # more than a block
        handed += reserve_ids(conn, first, "articles", 4)
        assert len(handed) == len(set(handed)) == 3 + 5 + 2 + ID_BLOCK + 1 + 4
        assert handed[:8] == list(range(handed[0], handed[0] + 8))  # one block: consecutive
        [(nxt,)] = conn.execute("SELECT nextval('articles_id_seq')").fetchall()
        assert nxt > max(handed)


def test_loads_after_a_load_get_new_article_ids(db_path: Path) -> None:
    with connect(db_path) as conn:
        for body in ("one", "two"):
            run_id = start_run(conn, "load", [], None)
            written = dataclasses.replace(article(), body=body, content_hash=body)
            write_batch(conn, run_id, [written], None, [], BatchCounts(), None)
        ids = [r[0] for r in conn.execute("SELECT article_id FROM articles").fetchall()]
    assert len(ids) == len(set(ids)) == 2
