"""Static checks of the dbt project that need no dbt run: SQL style. (The seeds derived from
models/codes.py and loaders/data/event_types.csv are checked by tests/test_codes.py.)"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DBT_PROJECT = REPO / "dbt_project"


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
