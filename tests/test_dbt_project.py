"""Static checks of the dbt project that need no dbt run: SQL style, the event-family copy."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DBT_PROJECT = REPO / "dbt_project"
EVENT_TYPES = REPO / "loaders" / "data" / "event_types.csv"


def test_models_and_singular_tests_pass_sqlfluff() -> None:
    pytest.importorskip("sqlfluff", reason="sqlfluff is a dev extra: pip install -e '.[dev]'")
    done = subprocess.run(
        [sys.executable, "-m", "sqlfluff", "lint", "dbt_project", "--nofail", "--format", "json"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    files = json.loads(done.stdout)
    linted = {Path(f["filepath"]).name for f in files}
    assert "int_event_reports_clustered.sql" in linted and "fct_event_reports.sql" in linted
    problems = [
        f"{f['filepath']}:{v['start_line_no']}: {v['code']} {v['description']}"
        for f in files
        for v in f["violations"]
    ]
    assert problems == []


def test_event_families_seed_matches_the_event_types_file() -> None:
    """The seed copy and loaders/data/event_types.csv (owned by extraction) give each type the
    same family; when the extraction file changes, this says which copy to update."""
    if not EVENT_TYPES.exists():
        pytest.skip(f"{EVENT_TYPES} not present yet")
    with EVENT_TYPES.open(encoding="utf-8", newline="") as handle:
        source = {row["type"]: row["family"] for row in csv.DictReader(handle)}
    seed_path = DBT_PROJECT / "seeds" / "event_families.csv"
    with seed_path.open(encoding="utf-8", newline="") as handle:
        seed = {row["event_type"]: row["event_family"] for row in csv.DictReader(handle)}
    assert seed == source, f"update {seed_path} from {EVENT_TYPES}"
    assert len(seed) == 12
