"""Parallel extraction (`wirehouse load --workers N`, `reextract --workers N`) writes the same rows
as one process, and the workers extract a batch while the loader writes the one ahead."""

from __future__ import annotations

import json
import os
import signal
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import duckdb
import pytest

from loaders.extract_step import CHUNK_DOCS, SpacyExtractor, chunk_bounds, default_workers
from loaders.load import load
from loaders.prepare import PreparedArticle
from loaders.readers import read_inputs
from loaders.reextract import reextract
from loaders.result_batch import ResultBatch
from loaders.schema import upgrade_to_head
from tests.benchmarks.corpus import generate
from tests.helpers import start_wirehouse

EXTRACTED_TABLES = ("articles", "entities", "locations", "mentions", "claims", "events")
# Differ between two loads by design: run ids and times, and the keys of rows whose ids the
# INSERT ... SELECT draws from a sequence in DuckDB's (parallel, unordered) scan order.
UNORDERED_COLUMNS = {"run_id", "created_at", "loaded_at", "mention_id", "event_id"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("workers") / "articles.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a, _ in generate(10)), encoding="utf-8")
    return path


def _rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with duckdb.connect(str(db), read_only=True) as conn:
        rows = {}
        for table in EXTRACTED_TABLES:
            columns = [c[0] for c in conn.execute(f"DESCRIBE {table}").fetchall()]
            kept = ", ".join(c for c in columns if c not in UNORDERED_COLUMNS)
            rows[table] = conn.execute(f"SELECT {kept} FROM {table} ORDER BY ALL").fetchall()
        return rows


def _load(db: Path, corpus: Path, extractor: SpacyExtractor) -> None:
    upgrade_to_head(db)
    summary = load(db, read_inputs([str(corpus)]), [str(corpus)], batch_size=5,
                   extractor=extractor)  # fmt: skip
    assert summary.exit_code() == 0


class LoggedExtractor(SpacyExtractor):
    """The real extractor, noting when each batch is handed over and when its results are
    taken."""

    def __init__(self, workers: int) -> None:
        super().__init__(workers)
        self.log: list[str] = []

    def submit(self, articles: Sequence[PreparedArticle]) -> Callable[[], ResultBatch]:
        number = sum(entry.startswith("submit") for entry in self.log) + 1
        self.log.append(f"submit {number}")
        waiting = super().submit(articles)

        def results() -> ResultBatch:
            self.log.append(f"results {number}")
            return waiting()

        return results


def test_two_workers_write_the_same_rows_as_one(corpus: Path, tmp_path: Path) -> None:
    extractor = LoggedExtractor(workers=2)  # one model load for every run
    try:
        _load(tmp_path / "two.duckdb", corpus, extractor)
        assert extractor.worker_pids(), "the batches should have gone through the pool"
        # Each batch goes to the workers before the one ahead is written: they extract the
        # next batch while this process writes.
        assert extractor.log == ["submit 1", "submit 2", "results 1", "results 2"]
        loaded_two = _rows(tmp_path / "two.duckdb")
        _reextract(tmp_path / "two.duckdb", extractor)
    finally:
        extractor.close()
    extractor.workers = 1
    _load(tmp_path / "one.duckdb", corpus, extractor)
    loaded_one = _rows(tmp_path / "one.duckdb")
    _reextract(tmp_path / "one.duckdb", extractor)
    assert not extractor.worker_pids()

    assert len(loaded_one["articles"]) == 10
    assert loaded_one["events"], "the corpus plants events: some must be found"
    assert loaded_one == loaded_two
    # Reextracted in four batches, the next one extracting while the one ahead is written.
    assert _rows(tmp_path / "one.duckdb") == _rows(tmp_path / "two.duckdb")


def _reextract(db: Path, extractor: SpacyExtractor) -> None:
    with duckdb.connect(str(db)) as conn:
        conn.execute("UPDATE articles SET extractor_version = 'old'")
    assert reextract(db, extractor, batch_size=3).articles == 10


def test_chunks_are_a_multiple_of_the_workers_of_nearly_equal_size() -> None:
    def sizes(bounds: list[tuple[int, int]]) -> list[int]:
        assert [a for a, _ in bounds[1:]] == [b for _, b in bounds[:-1]], "contiguous"
        return [b - a for a, b in bounds]

    assert sizes(chunk_bounds(256, 2)) == [32] * 8
    assert sizes(chunk_bounds(200, 2)) == [25] * 8  # not 6 x 32 + 8
    assert sizes(chunk_bounds(3, 2)) == [2, 1]
    assert sizes(chunk_bounds(1, 4)) == [1]
    assert chunk_bounds(0, 2) == []
    for count in range(1, 600):
        for workers in (2, 3, 4):
            found = sizes(chunk_bounds(count, workers))
            assert sum(found) == count and min(found) >= 1 and max(found) <= CHUNK_DOCS
            assert max(found) - min(found) <= 1
            assert len(found) % workers == 0 or len(found) == count


def test_default_workers_is_the_usable_cores_at_most_four() -> None:
    assert 1 <= default_workers() <= 4


def _children(pid: int) -> set[int]:
    """Live (non-zombie) processes whose parent is ``pid``, read from /proc."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs Linux /proc to find the workers")
def test_sigkilled_load_leaves_no_worker_behind(tmp_path: Path) -> None:
    """kill -9 of `wirehouse load --workers 2` once its workers run: they die with it."""
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a, _ in generate(400)), encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    upgrade_to_head(db)
    loader = start_wirehouse(db, "load", str(corpus), "--workers", "2", "--quiet")
    workers: set[int] = set()
    deadline = time.monotonic() + 300
    while len(workers) < 2 and time.monotonic() < deadline and loader.poll() is None:
        workers = _children(loader.pid)
        time.sleep(0.05)
    assert len(workers) == 2, "the load ended or timed out before its two workers started"
    loader.send_signal(signal.SIGKILL)
    loader.wait()
    deadline = time.monotonic() + 20
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    survivors = [w for w in workers if _alive(w)]
    for pid in survivors:  # do not leak them into the rest of the run
        os.kill(pid, signal.SIGKILL)
    assert not survivors, f"workers {survivors} outlived the SIGKILLed load"
