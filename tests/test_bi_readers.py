"""BI readers and writers never block each other: readers connect the way Superset's DuckDB
engine does and query the serving file in a loop while load -> build -> publish runs twice."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from loaders.serving.sandbox import sqlalchemy_connect_args
from tests.helpers import REPO, query
from tests.test_publish import build, load, write_articles

READERS = 2
# One reader process: Superset's way in (SQLAlchemy URI, the README's connect_args: read only and
# sandboxed; NullPool so each query opens the file anew), one JSON line per query on stdout,
# bounded in time.
READER = """
import json, os, sys, time
import sqlalchemy as sa
from sqlalchemy.pool import NullPool

serving, stop, limit = sys.argv[1], sys.argv[2], float(sys.argv[3])
engine = sa.create_engine(f"duckdb:///{serving}", connect_args=json.loads(sys.argv[4]),
                          poolclass=NullPool)
deadline = time.time() + limit
while time.time() < deadline and not os.path.exists(stop):
    started = time.time()
    try:
        with engine.connect() as conn:
            articles = conn.execute(sa.text("SELECT count(*) FROM articles")).scalar_one()
            sources, published = conn.execute(sa.text(
                "SELECT count(*), coalesce(sum(articles_published), 0) FROM marts.dim_sources"
            )).one()
            conn.execute(sa.text(
                "SELECT * FROM marts.mart_strike_counts_by_actor_and_claimed_target"
            )).fetchall()
        print(json.dumps({"t": started, "articles": articles, "sources": sources,
                          "published": int(published)}), flush=True)
    except Exception as exc:
        print(json.dumps({"t": started, "error": repr(exc)}), flush=True)
    time.sleep(0.05)
"""


def cycle(db: Path, tmp_path: Path, start: int, count: int, outlets: int) -> None:
    """Load new articles (from new outlets too), then `wirehouse build`, which builds the marts
    and publishes at its end."""
    load(db, write_articles(tmp_path / f"batch{start}.jsonl", start, count, outlets))
    assert "no marts" not in build(db).stderr


def test_superset_style_readers_keep_reading_while_load_build_publish_run(
    tmp_path: Path,
) -> None:
    db = tmp_path / "wh.duckdb"
    serving = tmp_path / "serving.duckdb"
    cycle(db, tmp_path, 0, 10, outlets=2)  # the publication readers connect to first
    stop = tmp_path / "stop"
    readers = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                READER,
                str(serving),
                str(stop),
                "240",
                json.dumps(sqlalchemy_connect_args()),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )  # fmt: skip
        for _ in range(READERS)
    ]
    try:
        time.sleep(1.0)  # the readers are connected and looping before the writers start
        cycle(db, tmp_path, 10, 15, outlets=4)
        cycle(db, tmp_path, 25, 20, outlets=6)
        last_published = time.time()
        time.sleep(3.0)  # time for every reader to query the newest file a few times
    finally:
        stop.touch()
        outputs = [reader.communicate(timeout=60) for reader in readers]

    final = query(
        serving,
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM marts.dim_sources)",
    )[0]
    assert final == (45, 6)
    for out, err in outputs:
        observations = [json.loads(line) for line in out.splitlines()]
        errors = [o["error"] for o in observations if "error" in o]
        assert errors == [] and "Traceback" not in err, (errors[:3], err[-2000:])
        seen = [(o["articles"], o["sources"]) for o in observations]
        assert len(seen) > 20
        # Each query saw one whole publication: the mart agrees with the table it came from.
        assert all(o["published"] == o["articles"] for o in observations)
        assert seen == sorted(seen)  # never back to an older file
        assert seen[0] == (10, 2) and (45, 6) in seen
        assert set(seen) <= {(10, 2), (25, 4), (45, 6)}  # whole publications only
        after = [(o["articles"], o["sources"]) for o in observations if o["t"] > last_published]
        assert after and set(after) == {final}  # new connections see the newest publish
