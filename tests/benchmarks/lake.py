"""Scale-out benchmark (not in ``make test``; ``python -m tests.benchmarks.lake``).

1. Extraction throughput on Ray (``loaders/engines/ray_engine.py``) with 1 and 2 executors,
   beside the local in-process extractor on the same articles (the baseline). Each extractor
   is warmed up (models loaded) before it is timed.
2. Catalog commits per second with 1, 2 and 4 concurrent ``wirehouse load --no-extract
   --batch-size 1`` processes into one lake (each its own articles, so every commit writes),
   beside one such loader into a DuckDB file (the baseline). Rate = batches committed over
   the span from the first run's start to the last run's end (``load_runs``), so process
   start-up is not counted.

Needs the ``scale`` extra and PostgreSQL binaries (a throwaway cluster is started, as in the
tests). Figures print as they come and go to out/bench/lake.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import duckdb

from tests.benchmarks.corpus import write as write_corpus
from tests.benchmarks.run import prepared

REPO = Path(__file__).resolve().parents[2]


def bench_extraction(articles: list[Any], warm: int = 8) -> dict[str, float]:
    """Ray with 1 and 2 executors; the local in-process extractor is timed right before each,
    on the same articles, as that figure's baseline (the machine's load drifts)."""
    from loaders.engines.ray_engine import RayExtractor
    from loaders.extract_step import SpacyExtractor
    from loaders.result_batch import ResultBatch

    figures: dict[str, float] = {}
    local = SpacyExtractor(workers=1)
    local(articles[:warm])
    expected = local(articles).array  # the writer's part of the contract, as Arrow
    for executors in (1, 2):
        engine = RayExtractor(executors=executors)
        try:
            engine(articles[: warm * executors])  # every actor has loaded and used its pipeline
            started = time.perf_counter()
            local(articles)
            baseline = len(articles) / (time.perf_counter() - started)
            started = time.perf_counter()
            found = engine(articles)
            rate = len(articles) / (time.perf_counter() - started)
        finally:
            engine.close()
        same = ResultBatch.from_results(found).array.equals(expected)
        assert same, "ray results differ from local extraction"
        figures[f"ray_{executors}_executors_articles_per_s"] = rate
        figures[f"local_before_ray_{executors}_articles_per_s"] = baseline
        print(f"extraction: ray, {executors} executor(s): {rate:.2f} articles/s "
              f"(local in-process just before: {baseline:.2f})", flush=True)  # fmt: skip
    return figures


def _load_rate(env: dict[str, str], db: Path, corpora: list[Path]) -> float:
    base = {**os.environ, **env, "DO_NOT_TRACK": "1", "OPENBLAS_NUM_THREADS": "1"}
    init = [sys.executable, "-m", "loaders.cli", "--db", str(db), "init"]
    subprocess.run(init, env=base, cwd=REPO, check=True, capture_output=True)
    loaders = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "loaders.cli",
                "--db",
                str(db),
                "load",
                "-q",
                "--no-extract",
                "--batch-size",
                "1",
                str(corpus),
            ],
            env=base,
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )  # fmt: skip
        for corpus in corpora
    ]
    for loader in loaders:
        assert loader.wait() == 0, loader.stderr.read() if loader.stderr else ""
    sql = (
        "SELECT sum(n_read), epoch(max(ended_at)) - epoch(min(started_at)) FROM load_runs "
        "WHERE command = 'load'"
    )
    if "WIREHOUSE_CATALOG" in env:
        from loaders.lake.connection import open_lake
        from loaders.lake.settings import LakeSettings

        settings = LakeSettings(env["WIREHOUSE_CATALOG"], env["WIREHOUSE_DATA_PATH"] + "/")
        conn = open_lake(settings, read_only=True)
    else:
        conn = duckdb.connect(str(db), read_only=True)
    try:
        row = conn.execute(sql).fetchone()
    finally:
        conn.close()
    assert row is not None
    return float(row[0]) / float(row[1])


def bench_commits(out: Path, per_writer: int) -> dict[str, float]:
    from tests.postgres import start_server

    corpora = []
    for writer in range(4):
        path, _ = write_corpus(out / f"corpus-{writer}", per_writer, start=writer * per_writer)
        corpora.append(path)
    figures: dict[str, float] = {}
    rate = _load_rate({}, out / "file" / "warehouse.duckdb", corpora[:1])
    figures["file_1_writer_commits_per_s"] = rate
    print(f"commits: file, 1 writer: {rate:.2f} commits/s", flush=True)
    server_gen = start_server()
    server = next(server_gen)
    try:
        for writers in (1, 2, 4):
            env = {
                "WIREHOUSE_CATALOG": server.url(server.create_database("bench")),
                "WIREHOUSE_DATA_PATH": str(out / f"lake-{writers}" / "data"),
            }
            rate = _load_rate(env, out / f"lake-{writers}" / "warehouse.duckdb", corpora[:writers])
            figures[f"lake_{writers}_writers_commits_per_s"] = rate
            print(f"commits: lake, {writers} writer(s): {rate:.2f} commits/s (file, 1 writer: "
                  f"{figures['file_1_writer_commits_per_s']:.2f})", flush=True)  # fmt: skip
    finally:
        server_gen.close()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=48, help="articles to extract")
    parser.add_argument("--commits", type=int, default=24, help="one-article commits per writer")
    parser.add_argument("--out", type=Path, default=REPO / "out" / "bench-lake")
    parser.add_argument("--skip-commits", action="store_true")
    parser.add_argument("--skip-extraction", action="store_true")
    args = parser.parse_args(argv)
    args.out = args.out.absolute()  # the lake records its data path as given
    shutil.rmtree(args.out, ignore_errors=True)  # rates are read from load_runs: start empty
    args.out.mkdir(parents=True)
    started = time.time()
    figures: dict[str, Any] = {"load_average_at_start": os.getloadavg()[0]}
    if not args.skip_commits:
        figures |= bench_commits(args.out, args.commits)
    if not args.skip_extraction:
        corpus, _ = write_corpus(args.out / "extract", args.articles, start=10_000)
        figures |= bench_extraction(prepared(corpus))
    figures["load_average_at_end"] = os.getloadavg()[0]
    figures["seconds"] = time.time() - started
    (args.out / "lake.json").write_text(json.dumps(figures, indent=2))
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
