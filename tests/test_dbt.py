"""The dbt project end to end: a small invented warehouse, the real `wirehouse build`, the marts.

dbt runs cost seconds each, so one module-scoped fixture builds the fixture warehouse three
times (build, rebuild without new data, rebuild after a reextraction-like change) and keeps what
each test needs; the tests only read.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pytest

from loaders.schema import upgrade_to_head
from tests.helpers import REPO, wirehouse

FIXTURE_SQL = REPO / "tests" / "fixtures" / "dbt" / "warehouse.sql"
MARTS = (
    "fct_event_reports",
    "fct_incidents",
    "dim_actors",
    "dim_locations",
    "dim_sources",
    "dim_dates",
    "mart_strike_counts_by_actor_and_claimed_target",
    "mart_event_counts_by_actor_and_claimed_target",
    "mart_disputed_strikes",
    "mart_disputed_strike_evidence",
    "mart_implausible_tolls",
    "mart_toll_claims",
    "mart_daily_activity",
    "mart_source_coverage",
)
STRIKE_MART = "marts.mart_strike_counts_by_actor_and_claimed_target"
EVENT_MART = "marts.mart_event_counts_by_actor_and_claimed_target"


def mart_fingerprints(db: Path) -> dict[str, tuple[int, str]]:
    """Row count and an order-independent hash of every row of each mart."""
    with duckdb.connect(str(db), read_only=True) as conn:
        return {
            mart: conn.execute(
                f"SELECT count(*), md5(coalesce(string_agg(h, '' ORDER BY h), '')) FROM "
                f"(SELECT md5(CAST(t AS VARCHAR)) AS h FROM marts.{mart} AS t)"
            ).fetchone()
            for mart in MARTS
        }


def rows(db: Path, sql: str) -> list[dict[str, Any]]:
    with duckdb.connect(str(db), read_only=True) as conn:
        cursor = conn.execute(sql)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


@dataclass
class Builds:
    db: Path
    first: dict[str, tuple[int, str]]
    second: dict[str, tuple[int, str]]
    strike_rows: list[dict[str, Any]]
    event_rows: list[dict[str, Any]]
    disputes: list[dict[str, Any]]
    incidents: list[dict[str, Any]]
    coverage: list[dict[str, Any]]
    after_change: list[dict[str, Any]]
    changed_row: list[dict[str, Any]]
    build_output: str
    second_output: str
    # read after the last build: the docs test runs dbt in process, which keeps the file open
    review: list[dict[str, Any]]
    toll_claims: list[dict[str, Any]]
    killed_high_total: int
    flagged: list[dict[str, Any]]
    carrying_figures: set[str]
    leftover_output: str
    relations_after: set[str]


def build(db: Path, *args: str) -> str:
    done = wirehouse("build", "--no-publish", *args, db=db)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    return done.stdout + done.stderr


@pytest.fixture(scope="module", autouse=True)
def own_dbt_target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """dbt's target/ and logs/ in a temp directory: other dbt runs on this machine (another
    checkout's tests, a demo) cannot race these builds over dbt_project/target."""
    target = tmp_path_factory.mktemp("dbt-target")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DBT_TARGET_PATH", str(target))
        patch.setenv("DBT_LOG_PATH", str(target / "logs"))
        yield target


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory, own_dbt_target: Path) -> Builds:
    db = tmp_path_factory.mktemp("dbt") / "warehouse.duckdb"
    upgrade_to_head(db)
    with duckdb.connect(str(db)) as conn:
        conn.execute(FIXTURE_SQL.read_text(encoding="utf-8"))

    # the first build also runs the dbt unit tests (a plain build leaves them out)
    output = build(db, "--unit-tests")
    first = mart_fingerprints(db)
    strike_rows = rows(db, f"SELECT * FROM {STRIKE_MART}")
    event_rows = rows(db, f"SELECT * FROM {EVENT_MART}")
    disputes = rows(db, "SELECT * FROM marts.mart_disputed_strikes")
    incidents = rows(db, "SELECT * FROM marts.fct_incidents")
    coverage = rows(db, "SELECT * FROM marts.mart_source_coverage")

    second_output = build(db)
    second = mart_fingerprints(db)

    # A reextraction of article 5 replaces its event by one with a new id (and a new figure);
    # the incremental fact must drop the old row and merge the new one.
    with duckdb.connect(str(db)) as conn:
        conn.execute("DELETE FROM events WHERE event_id = 18")
        conn.execute(
            "INSERT INTO events (event_id, article_id, claim_id, event_type, actor_entity_id, "
            "actor_text, target_entity_id, target_text, location_id, location_text, event_date, "
            "date_precision, killed_low, killed_high, stance, sentence_start, sentence_end, "
            "confidence, extractor_version) VALUES (19, 5, 15, 'air_strike', 1, 'its jets', 2, "
            "'Islamic State positions', 2, 'Raqqa', DATE '2015-10-20', 'day', 30, 40, 'assert', "
            "0, 68, 0.9, 'fixture-2')"
        )
        # A changed fact about an entity changes existing rows: the row-hash merge picks it up.
        conn.execute("UPDATE entities SET country_iso3 = 'LBN' WHERE entity_id = 4")
        # What an older project left: a mart since renamed, a model since made ephemeral.
        conn.execute("CREATE TABLE marts.mart_renamed_long_ago AS SELECT 1 AS strikes")
        conn.execute("CREATE VIEW intermediate.int_made_ephemeral AS SELECT 1 AS x")
    leftover_output = build(db)
    after_change = rows(
        db, "SELECT event_id, killed_low, extractor_version FROM marts.fct_event_reports "
        "WHERE article_id = 5",
    )  # fmt: skip
    changed_row = rows(db, "SELECT target_group FROM marts.fct_event_reports WHERE event_id = 3")
    review = rows(db, "SELECT * FROM marts.mart_implausible_tolls")
    toll_claims = rows(db, "SELECT * FROM marts.mart_toll_claims")
    (total,) = rows(db, "SELECT sum(killed_high) AS k FROM marts.fct_incidents")
    flagged = rows(db, "SELECT is_plausible_toll FROM marts.fct_event_reports WHERE event_id = 20")
    carrying = {
        r["table_name"]
        for r in rows(
            db,
            "SELECT table_name FROM information_schema.columns "
            "WHERE table_schema IN ('intermediate', 'marts') "
            "GROUP BY table_name HAVING bool_or(column_name = 'killed_low') "
            "AND bool_or(column_name = 'killed_high')",
        )
    }
    relations = {
        f"{r['schema_name']}.{r['table_name']}"
        for r in rows(
            db,
            "SELECT schema_name, table_name FROM duckdb_tables() UNION ALL "
            "SELECT schema_name, view_name FROM duckdb_views() WHERE NOT internal",
        )
    }
    return Builds(db, first, second, strike_rows, event_rows, disputes, incidents, coverage,
                  after_change, changed_row, output, second_output, review, toll_claims,
                  int(total["k"]), flagged, carrying, leftover_output, relations)  # fmt: skip


def strike_row(builds: Builds, actor: str, target: str, claimant: str) -> dict[str, Any]:
    found = [
        r
        for r in builds.strike_rows
        if (r["actor_name"], r["claimed_target_group"], r["claimant_label"])
        == (actor, target, claimant)
    ]
    assert len(found) == 1, f"no row {actor} x {target} x {claimant}: {builds.strike_rows}"
    return found[0]


def test_russia_strikes_on_islamic_state_are_claimed_by_russia(builds: Builds) -> None:
    row = strike_row(builds, "Russia", "Islamic State", "Russia")
    # four reports in four articles; TASS and Al-Ahram tell of the same Raqqa strike
    assert (row["strike_reports"], row["articles"], row["strike_incidents"]) == (4, 4, 3)
    assert (row["killed_low"], row["killed_high"]) == (200, 200)
    claimants = {
        r["claimant_label"]
        for r in builds.strike_rows
        if (r["actor_name"], r["claimed_target_group"]) == ("Russia", "Islamic State")
    }
    assert claimants == {"Russia"}


def test_russia_strikes_on_rebel_groups_are_claimed_by_others(builds: Builds) -> None:
    claimants = {
        r["claimant_label"]: r["claimant_role"]
        for r in builds.strike_rows
        if (r["actor_name"], r["claimed_target_group"]) == ("Russia", "rebel groups")
    }
    assert claimants == {
        "Western governments": "quoted",
        "France": "quoted",
        "Liwa Suqour al-Jabal": "quoted",
        "Reuters (writer)": "writer",
    }


def test_france_strikes_islamic_state_and_islamic_state_attacks_rebels(builds: Builds) -> None:
    writer = strike_row(builds, "France", "Islamic State", "AFP (writer)")
    assert writer["strike_reports"] == 2 and writer["strike_incidents"] == 1
    monitor = strike_row(builds, "France", "Islamic State", "Syrian Observatory for Human Rights")
    assert (monitor["killed_low"], monitor["killed_high"]) == (16, 16)
    # a ground attack is not a strike: it is in the all-events mart, not the strike mart
    assert not any(r["actor_name"] == "Islamic State" for r in builds.strike_rows)
    ground = [
        r
        for r in builds.event_rows
        if (r["actor_name"], r["claimed_target_group"], r["claimant_label"])
        == ("Islamic State", "rebel groups", "Syrian Observatory for Human Rights")
    ]
    assert [(g["event_family"], g["event_reports"], g["event_types"]) for g in ground] == [
        ("territory", 2, "territory_capture")
    ]
    # "more than 10" and "dozens" have no upper bound: counted, and flagged as open-ended
    assert (ground[0]["killed_low"], ground[0]["killed_high"]) == (24, 24)
    assert ground[0]["killed_open_ended_reports"] == 1


def test_denied_missile_crash_counts_as_denial(builds: Builds) -> None:
    denial = strike_row(builds, "Russia", "unspecified", "Russia")
    assert (denial["strike_reports"], denial["denied_strike_reports"]) == (0, 1)
    report = strike_row(builds, "Russia", "unspecified", "United States")
    assert (report["strike_reports"], report["denied_strike_reports"]) == (1, 0)


def test_disputed_strikes_list_russias_campaign(builds: Builds) -> None:
    assert len(builds.disputes) == 1
    dispute = builds.disputes[0]
    assert dispute["actor_name"] == "Russia"
    assert (dispute["target_group_a"], dispute["claimants_a"]) == ("Islamic State", "Russia")
    assert dispute["target_group_b"] == "rebel groups"
    assert dispute["claimants_b"].split("; ") == [
        "France",
        "Liwa Suqour al-Jabal",
        "Reuters (writer)",
        "Western governments",
    ]
    # the episode of 9-10 October: Moscow's strike of the 20th is another episode, and TASS's
    # Raqqa report meets no placed claim of rebel targets (the others are in other articles)
    assert (dispute["strike_reports_a"], dispute["strike_reports_b"]) == (2, 4)
    assert (dispute["first_report_date"].isoformat(), dispute["last_report_date"].isoformat()) == (
        "2015-10-09", "2015-10-10",
    )  # fmt: skip
    assert dispute["evidence_a"] == "article 1 [0:39]; article 2 [0:56]"


def test_incidents_gather_reports_across_outlets(builds: Builds) -> None:
    by_actor_place = {
        (i["actor_name"], i["place_name"], i["first_report_date"].isoformat()): i
        for i in builds.incidents
    }
    french = by_actor_place[("France", "Raqqa", "2015-10-09")]
    assert (french["reports"], french["articles"], french["outlets"], french["claimants"]) == (
        3, 2, 2, 2,
    )  # fmt: skip
    assert (french["killed_low"], french["killed_best"], french["killed_high"]) == (16, 16, 16)
    russian = by_actor_place[("Russia", "Raqqa", "2015-10-09")]
    assert russian["outlets"] == 2 and russian["target_group"] == "Islamic State"
    # eleven days later is another incident
    assert ("Russia", "Raqqa", "2015-10-20") in by_actor_place
    # the report with no target joins the only target its window has
    capture = by_actor_place[("Islamic State", "Aleppo", "2015-10-09")]
    assert capture["reports"] == 3 and capture["target_group"] == "rebel groups"
    missiles = [i for i in builds.incidents if i["event_type"] == "missile_attack"]
    assert [(m["asserted_reports"], m["denied_reports"]) for m in missiles] == [(1, 1)]


def test_source_coverage_counts_corroboration_by_other_outlets(builds: Builds) -> None:
    coverage = {(c["outlet_name"], c["event_type"]): c for c in builds.coverage}
    daily_star = coverage[("The Daily Star", "air_strike")]
    assert (daily_star["reports"], daily_star["corroborated_reports"]) == (1, 1)
    killing = coverage[("Reuters", "killing")]
    assert killing["corroborated_reports"] == 0


def test_second_build_without_new_data_changes_no_mart(builds: Builds) -> None:
    assert builds.first["fct_event_reports"][0] == 20
    assert all(count > 0 for count, _ in builds.first.values())
    assert builds.second == builds.first


def test_incremental_build_merges_new_events_and_drops_removed_ones(builds: Builds) -> None:
    assert builds.after_change == [
        {"event_id": 19, "killed_low": 30, "extractor_version": "fixture-2"}
    ]


def test_incremental_build_updates_rows_whose_content_changed(builds: Builds) -> None:
    # Liwa Suqour al-Jabal moved to another country: a foreign armed group keeps its own name
    assert builds.changed_row == [{"target_group": "Liwa Suqour al-Jabal"}]


def test_unit_tests_run_on_request_and_pass(builds: Builds) -> None:
    # dbt names a unit test model::test in its log lines
    unit_tests = [line for line in builds.build_output.splitlines() if "::" in line]
    assert any("PASS int_incidents::" in line for line in unit_tests), builds.build_output[-3000:]
    assert not any("FAIL" in line or "ERROR" in line for line in unit_tests)
    assert "::" not in builds.second_output


def test_relations_go_to_their_layer_schemas(builds: Builds) -> None:
    found = rows(
        builds.db,
        "SELECT table_schema, table_name, table_type FROM information_schema.tables "
        "WHERE table_schema IN ('staging', 'intermediate', 'marts')",
    )
    kinds = {(r["table_schema"], r["table_name"]): r["table_type"] for r in found}
    assert kinds[("staging", "stg_warehouse__events")] == "VIEW"
    assert kinds[("intermediate", "int_actor_target_groups")] == "VIEW"
    # what several models and tests read is a table (a test over a view redoes its chain)
    assert kinds[("intermediate", "int_incidents")] == "BASE TABLE"
    assert kinds[("intermediate", "int_event_reports_clustered")] == "BASE TABLE"
    assert all(kinds[("marts", mart)] == "BASE TABLE" for mart in MARTS)
    main_tables = rows(
        builds.db,
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'",
    )
    assert not any(r["table_name"].startswith(("stg_", "int_", "fct_")) for r in main_tables)


def test_failing_test_fails_the_build_and_names_the_node(db_path: Path) -> None:
    with duckdb.connect(str(db_path)) as conn:
        conn.execute(FIXTURE_SQL.read_text(encoding="utf-8"))
        # The database's CHECKs refuse unknown codes, so break an invariant only dbt tests.
        conn.execute("UPDATE events SET killed_low = 5, killed_high = 1 WHERE event_id = 1")
    # the staging views and the seed: every relation the events' checks read (its references)
    done = wirehouse("build", "--no-publish", "-q", "--select", "staging", "--select",
                     "event_families", db=db_path)  # fmt: skip
    assert done.returncode == 1
    assert "test stg_warehouse__events_checks (fail)" in done.stderr, done.stderr
    # the failing check of the node's row_checks, by name, with its count of rows
    assert "expression:killed_high >= killed_low: 1" in done.stderr


def test_a_failing_reconciliation_is_named_with_its_rows(builds: Builds, tmp_path: Path) -> None:
    # the six reconciliations are one test node: the build names the one that failed
    db = tmp_path / "warehouse.duckdb"
    shutil.copy(builds.db, db)
    with duckdb.connect(str(db)) as conn:
        conn.execute(
            "UPDATE marts.mart_source_coverage SET reports = reports + 1 WHERE outlet_name = "
            "(SELECT min(outlet_name) FROM marts.mart_source_coverage)"
        )
    done = wirehouse("build", "--no-publish", "-q", "--select", "assert_marts_reconcile", db=db)
    assert done.returncode == 1
    assert "test assert_marts_reconcile (fail)" in done.stderr, done.stderr
    assert "(source_coverage: 1)" in done.stderr, done.stderr


def test_docs_generate_documents_every_mart_column(builds: Builds, own_dbt_target: Path) -> None:
    import json

    from loaders.dbt_runner import run_dbt

    run = run_dbt(["docs", "generate"], builds.db, ["--quiet"])
    assert run.success, run
    target = own_dbt_target
    catalog = json.loads((target / "catalog.json").read_text(encoding="utf-8"))
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    undocumented = []
    for mart in MARTS:
        key = f"model.wirehouse.{mart}"
        described = {
            name for name, col in manifest["nodes"][key]["columns"].items() if col["description"]
        }
        undocumented += [
            f"{mart}.{c}" for c in catalog["nodes"][key]["columns"] if c not in described
        ]
    assert undocumented == []
    assert {"exposure.wirehouse.serving_file", "exposure.wirehouse.html_report"} <= set(
        manifest["exposures"]
    )
    assert "metric.wirehouse.strike_reports" in manifest["metrics"]


def test_a_war_toll_is_flagged_kept_for_review_and_left_out_of_every_sum(builds: Builds) -> None:
    review = builds.review
    assert [r["event_id"] for r in review] == [20]
    reasons = review[0]["implausibility_reason"].split("; ")
    assert "above_family_ceiling" in reasons and "restates_toll_claim" in reasons
    assert any(r.startswith("cumulative_phrasing:") and "since_conflict" in r for r in reasons)
    assert review[0]["sentence_text"].startswith("More than 250,000 people have been killed")
    # the shelling of the same article is an event and counts
    assert builds.killed_high_total == 200 + 16 + 24 + 12 + 1 + 1 + 40  # no 250,001
    assert builds.flagged == [{"is_plausible_toll": False}]


def test_toll_claims_are_data_with_their_claimant_and_sentence(builds: Builds) -> None:
    claims = builds.toll_claims
    assert len(claims) == 1
    claim = claims[0]
    assert claim["claimant_label"] == "Syrian Observatory for Human Rights"
    assert (claim["toll_kind"], claim["country_iso3"], claim["since_text"]) == (
        "running_total", "SYR", "since the war began in 2011",
    )  # fmt: skip
    assert (claim["killed_low"], claim["killed_high"], claim["killed_open_ended"]) == (
        250001, 250001, True,
    )  # fmt: skip
    assert claim["sentence_text"].endswith("the monitor said.")


def test_every_model_with_low_and_high_figures_carries_the_order_test(
    builds: Builds, own_dbt_target: Path
) -> None:
    import json

    carrying = builds.carrying_figures
    manifest = json.loads((own_dbt_target / "manifest.json").read_text(encoding="utf-8"))
    tested = {
        node["attached_node"].rsplit(".", 1)[-1]
        for node in manifest["nodes"].values()
        if node["resource_type"] == "test"
        and (node.get("test_metadata") or {}).get("name") == "row_checks"
        and node["test_metadata"]["kwargs"].get("casualties")
    }
    assert {"fct_incidents", "fct_event_reports", STRIKE_MART.split(".")[1]} <= carrying
    assert carrying - tested == set()


def test_a_build_drops_relations_the_project_no_longer_declares(builds: Builds) -> None:
    left = {"marts.mart_renamed_long_ago", "intermediate.int_made_ephemeral"}
    assert not left & builds.relations_after
    assert all(word in builds.leftover_output for word in left)
    # ...and nothing the project declares: every mart, the seeds, the loader's tables
    assert {f"marts.{mart}" for mart in MARTS} <= builds.relations_after
    assert {"main.articles", "main.events", "staging.event_families"} <= builds.relations_after
