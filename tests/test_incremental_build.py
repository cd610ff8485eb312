"""An incremental `wirehouse build` gives exactly the marts of a full rebuild of the same data.

The dbt fixture warehouse plus a seeded batch of invented reports (dense dates over a few
actors and places, so that windows chain and a new date can shift the windows after it) is
built; then more reports arrive (some before every window of their block, some in gaps, some
in new blocks), a reextraction-like change drops reports, and an entity, a place and an outlet
change; the second build runs incrementally (the event reports redo only the articles whose
joined rows changed, the clustering only the windows the changes touch) and, the project being
unchanged since the first build, as a data-only build (views and seeds left alone, the
incidents of only the changed reports recomputed: loaders/build_state.py). A copy of that
warehouse rebuilt with --full-refresh must hold the same rows in every mart and in every table
of the intermediate layer.

Both builds leave the dbt tests out (`--exclude resource_type:test`): their data is random, and
tests/test_dbt.py runs them on the fixture; here only the models' rows are compared.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from loaders.schema import upgrade_to_head
from tests.helpers import REPO, wirehouse

FIXTURE_SQL = REPO / "tests" / "fixtures" / "dbt" / "warehouse.sql"
NO_TESTS = ("--exclude", "resource_type:test resource_type:unit_test")
ACTORS = (1, 6, 2, 12, None)  # Russia, France, Islamic State, Syrian government, unknown
TARGETS = (2, 3, 4, 7, None)
PLACES = (1, 2, 3, None)  # Aleppo (city), Raqqa (city), Kuweires (site), none
TYPES = ("air_strike", "shelling", "territory_capture", "killing")
FIRST_DAY = dt.date(2015, 9, 1)
BODY = "Jets struck the area on the day, a monitor said, and the toll rose since the war began."


def add_reports(conn: duckdb.DuckDBPyConnection, rng: random.Random, articles: int,
                start_id: int, days: int, day_offset: int = 0) -> None:  # fmt: skip
    """`articles` invented articles of 1-4 event reports each, ids from `start_id`."""
    for number in range(articles):
        article_id = start_id + number
        published = FIRST_DAY + dt.timedelta(days=day_offset + rng.randrange(days))
        conn.execute(
            "INSERT INTO articles (article_id, source_id, wire_source_id, external_id, title, "
            "published_date, language, body, content_hash, input_file, input_locator, run_id, "
            "extractor_version) VALUES (?, ?, ?, ?, ?, ?, 'en', ?, ?, 'gen.jsonl', ?, 1, 'gen')",
            [article_id, rng.choice((1, 3, 4, 5)), rng.choice((1, 2, None)), f"gen-{article_id}",
             f"Report {article_id}", published, BODY, f"gen-hash-{article_id}",
             f"line {article_id}"],
        )  # fmt: skip
        for slot in range(rng.randint(1, 4)):
            event_id = article_id * 10 + slot
            dated = rng.random() < 0.7
            event_date = published - dt.timedelta(days=rng.randrange(3)) if dated else None
            killed = rng.choice((None, None, 3, 12, 60, 60, 120))
            conn.execute(
                "INSERT INTO events (event_id, article_id, event_type, actor_entity_id, "
                "target_entity_id, location_id, event_date, date_precision, killed_low, "
                "killed_best, killed_high, stance, sentence_start, sentence_end, confidence, "
                "extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0.8, 'gen')",
                [event_id, article_id, rng.choice(TYPES), rng.choice(ACTORS), rng.choice(TARGETS),
                 rng.choice(PLACES), event_date, "day" if dated else None, killed, killed, killed,
                 "assert" if rng.random() < 0.9 else "deny", 0 if slot % 2 == 0 else 38,
                 len(BODY) if slot % 2 else 37],
            )  # fmt: skip


def relation_rows(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table of the marts and intermediate schemas, sorted."""
    with duckdb.connect(str(db), read_only=True) as conn:
        tables = conn.execute(
            "SELECT schema_name || '.' || table_name FROM duckdb_tables() "
            "WHERE schema_name IN ('marts', 'intermediate') ORDER BY 1"
        ).fetchall()
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for (t,) in tables}


PER_GROUP_MARTS = ("mart_daily_activity", "mart_implausible_tolls")


def assert_per_group_marts(target: Path, touched: bool) -> None:
    """The per-group marts (macros/touched_groups.sql) took the path of the touched groups (the
    report rows written and their rows before), or not."""
    compiled = target / "compiled" / "wirehouse" / "models" / "marts"
    for mart in PER_GROUP_MARTS:
        sql = (compiled / f"{mart}.sql").read_text()
        assert ("build_scope.event_reports_before" in sql) is touched, mart


def build(db: Path, *args: str) -> None:
    done = wirehouse("build", "--no-publish", "-q", *NO_TESTS, *args, db=db)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]


@pytest.fixture(scope="module")
def dbt_target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    target = tmp_path_factory.mktemp("dbt-target")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DBT_TARGET_PATH", str(target))
        patch.setenv("DBT_LOG_PATH", str(target / "logs"))
        yield target


def test_incremental_build_equals_a_full_rebuild(tmp_path: Path, dbt_target: Path) -> None:
    db = tmp_path / "incremental" / "warehouse.duckdb"
    db.parent.mkdir()
    upgrade_to_head(db)
    rng = random.Random(15)
    with duckdb.connect(str(db)) as conn:
        conn.execute(FIXTURE_SQL.read_text(encoding="utf-8"))
        add_reports(conn, rng, articles=60, start_id=100, days=40, day_offset=10)
    build(db)

    with duckdb.connect(str(db)) as conn:
        # new reports over the same weeks (in windows and in gaps), before them and after them
        add_reports(conn, rng, articles=12, start_id=200, days=40, day_offset=10)
        add_reports(conn, rng, articles=3, start_id=220, days=8)
        add_reports(conn, rng, articles=3, start_id=230, days=10, day_offset=55)
        # a reextraction drops reports; a fact about an entity changes
        dropped = [r[0] for r in conn.execute(
            "SELECT event_id FROM events WHERE article_id BETWEEN 100 AND 159 "
            "ORDER BY hash(event_id) LIMIT 5").fetchall()]  # fmt: skip
        conn.execute(f"DELETE FROM events WHERE event_id IN ({', '.join(map(str, dropped))})")
        conn.execute("UPDATE entities SET country_iso3 = 'LBN' WHERE entity_id = 4")
        # and the other rows an event report joins: a place, an outlet's name, and a new
        # entity that makes an outlet a state's voice (the outlet-actor join)
        conn.execute("UPDATE locations SET admin1 = 'Aleppo' WHERE location_id = 2")
        conn.execute("UPDATE sources SET name = 'Al-Ahram Weekly' WHERE source_id = 3")
        conn.execute("INSERT INTO entities (entity_id, canonical_name, kind, country_iso3, "
                     "sector) VALUES (40, 'The Daily Star', 'actor', 'LBN', 'GOV')")  # fmt: skip
    build(db)
    compiled = dbt_target / "compiled" / "wirehouse" / "models" / "intermediate"
    # the second build took the incremental path of the clustering: only touched windows
    assert "redo_ranges" in (compiled / "int_event_reports_clustered.sql").read_text()
    # and so did the event reports: only the articles whose joined rows changed
    assert "stored.inputs_hash" in (compiled / "int_event_reports.sql").read_text()
    # and, the project unchanged (a data-only build), the incidents of the reports: only the
    # changed reports and the large tolls whose echo changed
    with_incidents = compiled / "int_event_reports_with_incidents.sql"
    assert "redo as materialized (" in with_incidents.read_text()
    # found, the first build being complete, from the rows its parents wrote (no comparison of
    # every stored row)
    assert "build_scope.int_event_reports_clustered" in with_incidents.read_text()
    # and the per-group marts redid only the groups of the reports written or deleted
    # (the entity, place and outlet changes above move reports between groups)
    assert_per_group_marts(dbt_target, touched=True)

    rebuilt = tmp_path / "full" / "warehouse.duckdb"
    rebuilt.parent.mkdir()
    shutil.copy(db, rebuilt)
    build(rebuilt, "--full-refresh")
    assert "redo_ranges" not in (compiled / "int_event_reports_clustered.sql").read_text()
    assert "stored.inputs_hash" not in (compiled / "int_event_reports.sql").read_text()
    assert "redo as materialized (" not in with_incidents.read_text()
    assert_per_group_marts(dbt_target, touched=False)

    incremental, full = relation_rows(db), relation_rows(rebuilt)
    assert set(incremental) == set(full)
    assert "marts.fct_incidents" in full and "intermediate.int_event_reports_clustered" in full
    with duckdb.connect(str(db), read_only=True) as conn:
        (reports,) = conn.execute("SELECT count(*) FROM marts.fct_event_reports").fetchone()  # type: ignore[misc]
        (incidents,) = conn.execute("SELECT count(*) FROM marts.fct_incidents").fetchone()  # type: ignore[misc]
    assert reports >= 150 and 20 < incidents < reports  # reports were clustered, not left alone
    for table, rows in full.items():
        assert incremental[table] == rows, f"{table} differs from a full rebuild"


def test_a_load_of_new_reports_alone_redoes_only_their_articles(
    tmp_path: Path, dbt_target: Path
) -> None:
    """The usual build after a load: only new reports (and a reextraction's dropped ones), the
    lookup tables (sources, entities, places) unchanged, the last build complete. The event
    reports then join and hash only the articles with a new or dropped event, the fact takes
    the report rows written in this build, and every mart and intermediate table still equals
    a full rebuild's."""
    db = tmp_path / "incremental" / "warehouse.duckdb"
    db.parent.mkdir()
    upgrade_to_head(db)
    rng = random.Random(16)
    with duckdb.connect(str(db)) as conn:
        conn.execute(FIXTURE_SQL.read_text(encoding="utf-8"))
        add_reports(conn, rng, articles=50, start_id=100, days=30, day_offset=5)
    build(db)
    # two loads, each built: the second incremental build starts from the first one's marts
    for load, start_id in enumerate((300, 400)):
        with duckdb.connect(str(db)) as conn:
            add_reports(conn, rng, articles=10, start_id=start_id, days=40)
            # late articles: reports dated in the weeks already built (old incidents change)
            add_reports(conn, rng, articles=3, start_id=start_id + 50, days=10, day_offset=10)
            dropped = [r[0] for r in conn.execute(
                "SELECT event_id FROM events WHERE article_id BETWEEN 100 AND 149 "
                f"ORDER BY hash(event_id + {load}) LIMIT 4").fetchall()]  # fmt: skip
            conn.execute(f"DELETE FROM events WHERE event_id IN ({', '.join(map(str, dropped))})")
        build(db)
        assert_per_group_marts(dbt_target, touched=True)
    compiled = dbt_target / "compiled" / "wirehouse" / "models" / "intermediate"
    assert "new_events.event_id >" in (compiled / "int_event_reports.sql").read_text()
    # the fact takes the report rows written in this build (the last one was complete)
    fact = compiled.parent / "marts" / "fct_event_reports.sql"
    assert "build_scope.int_event_reports_with_incidents" in fact.read_text()

    rebuilt = tmp_path / "full" / "warehouse.duckdb"
    rebuilt.parent.mkdir()
    shutil.copy(db, rebuilt)
    build(rebuilt, "--full-refresh")
    assert "new_events.event_id >" not in (compiled / "int_event_reports.sql").read_text()
    assert "build_scope" not in fact.read_text()
    incremental, full = relation_rows(db), relation_rows(rebuilt)
    assert set(incremental) == set(full) and "marts.fct_event_reports" in full
    for table, rows in full.items():
        assert incremental[table] == rows, f"{table} differs from a full rebuild"
