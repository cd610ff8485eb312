"""Only `init` and `load` create a warehouse, and `publish` never wipes out a serving file by
mistake (issue 11, item 3): real files, the CLI run as a user runs it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import duckdb
import pytest

from tests.helpers import query, wirehouse

COMMANDS = {
    "build": ("build", "--quiet"),
    "publish": ("publish", "--quiet"),
    "report": ("report",),
    "query --live": ("query", "--live", "SELECT 1"),
    "reextract": ("reextract",),
}


def write_articles(path: Path, count: int) -> Path:
    with path.open("w") as out:
        for i in range(count):
            text = f"Government forces shelled district {i} of Homs on Monday, residents said."
            out.write(json.dumps({"id": f"a{i}", "text": text, "source": "Outlet"}) + "\n")
    return path


def digest(directory: Path) -> dict[str, str]:
    """Every file under ``directory`` with the hash of its bytes (but publish's lock file,
    which holds the pid of the last publish)."""
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file() and not p.name.endswith(".publish-lock")
    }


def published_warehouse(tmp_path: Path, name: str = "warehouse.duckdb", count: int = 5) -> Path:
    db = tmp_path / name
    corpus = write_articles(tmp_path / f"{name}.jsonl", count)
    assert wirehouse("load", "--no-extract", "-q", str(corpus), db=db).returncode == 0
    done = wirehouse("publish", "--quiet", db=db)
    assert done.returncode == 0, done.stderr
    return db


@pytest.mark.parametrize("command", list(COMMANDS))
def test_commands_refuse_a_path_that_is_no_warehouse_and_create_nothing(
    command: str, tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere" / "warehuose.duckdb"
    done = wirehouse(*COMMANDS[command], db=missing)
    assert done.returncode == 2, done.stderr
    assert str(missing) in done.stderr and "not a wirehouse warehouse" in done.stderr
    assert "Traceback" not in done.stderr
    assert list(tmp_path.rglob("*")) == []

    # A DuckDB file that wirehouse did not initialise is refused too, and left as it was.
    other = tmp_path / "other.duckdb"
    with duckdb.connect(str(other)) as conn:
        conn.execute("CREATE TABLE notes AS SELECT 1 AS n")
    before = digest(tmp_path)
    done = wirehouse(*COMMANDS[command], db=other)
    assert done.returncode == 2, done.stderr
    assert str(other) in done.stderr and "no schema revision" in done.stderr
    assert digest(tmp_path) == before


def test_a_mistyped_db_leaves_the_published_files_byte_for_byte(tmp_path: Path) -> None:
    """The issue's scenario: `--db warehuose.duckdb build` beside the real warehouse."""
    published_warehouse(tmp_path)
    before = digest(tmp_path)
    for args in (("build", "--quiet"), ("publish", "--quiet")):
        done = wirehouse(*args, db=tmp_path / "warehuose.duckdb")
        assert done.returncode == 2, done.stderr
        assert "warehuose.duckdb" in done.stderr
    assert digest(tmp_path) == before
    assert not (tmp_path / "warehuose.duckdb").exists()


def test_actors_resolve_needs_and_creates_no_warehouse(tmp_path: Path) -> None:
    done = wirehouse("actors", "resolve", "ISIS", db=tmp_path / "none.duckdb")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["name"]
    assert list(tmp_path.iterdir()) == []


def test_publish_refuses_a_serving_file_of_another_warehouse_unless_forced(
    tmp_path: Path,
) -> None:
    first = published_warehouse(tmp_path)
    serving = tmp_path / "serving.duckdb"
    [(first_id,)] = query(first, "SELECT warehouse_id FROM warehouse_identity")
    second_dir = tmp_path / "second"
    second_dir.mkdir()
    second = published_warehouse(second_dir, count=3)
    before = digest(tmp_path)

    done = wirehouse("publish", "--quiet", "--serving", str(serving), db=second)
    assert done.returncode == 1
    assert "another warehouse" in done.stderr and str(first) in done.stderr
    assert "--force" in done.stderr
    assert digest(tmp_path) == before

    forced = wirehouse("publish", "--quiet", "--force", "--serving", str(serving), db=second)
    assert forced.returncode == 0, forced.stderr
    [(second_id,)] = query(second, "SELECT warehouse_id FROM warehouse_identity")
    assert second_id != first_id
    assert query(serving, "SELECT DISTINCT warehouse_id, warehouse_path FROM _published") == [
        (second_id, str(second))
    ]
    assert query(serving, "SELECT count(*) FROM articles") == [(3,)]


def test_publish_refuses_to_replace_data_by_an_empty_copy_unless_forced(tmp_path: Path) -> None:
    db = published_warehouse(tmp_path)
    serving = tmp_path / "serving.duckdb"
    with duckdb.connect(str(db)) as conn:
        conn.execute("DELETE FROM articles")
    before = digest(tmp_path)
    done = wirehouse("publish", "--quiet", db=db)
    assert done.returncode == 1
    assert "holds 5 articles" in done.stderr and "holds none" in done.stderr
    assert digest(tmp_path) == before
    assert wirehouse("publish", "--quiet", "--force", db=db).returncode == 0
    assert query(serving, "SELECT count(*) FROM articles") == [(0,)]


def test_publish_refuses_to_overwrite_a_file_it_did_not_publish(tmp_path: Path) -> None:
    db = published_warehouse(tmp_path)
    precious = tmp_path / "precious.duckdb"
    with duckdb.connect(str(precious)) as conn:
        conn.execute("CREATE TABLE accounts AS SELECT 42 AS balance")
    before = digest(tmp_path)
    done = wirehouse("publish", "--quiet", "--serving", str(precious), db=db)
    assert done.returncode == 1
    assert "not a serving file published by wirehouse" in done.stderr
    assert digest(tmp_path) == before
