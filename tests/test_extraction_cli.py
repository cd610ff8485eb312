"""``wirehouse extract``: JSON Lines in, one result per line out, in order, errors in place."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.helpers import REPO


def run_extract(stdin: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}
    return subprocess.run(
        [sys.executable, "-m", "loaders.cli", "extract", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=600,
    )


def test_extract_keeps_order_and_reports_bad_lines(tmp_path) -> None:
    lines = [
        json.dumps(
            {"id": "1", "text": "Rebels shelled Aleppo on Tuesday.", "published": "2015-10-09"}
        ),
        "{not json",
        json.dumps({"id": "3", "title": "no text"}),
        json.dumps({"id": "4", "text": "Islamic State fighters seized the town of Marea."}),
    ]
    done = run_extract("\n".join(lines) + "\n", "-", "--batch-size", "2")
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(out) == 4
    assert out[0]["id"] == "1" and out[0]["events"][0]["date"] == "2015-10-06"
    assert out[1]["id"] is None and "invalid JSON" in out[1]["error"]
    assert out[2] == {"id": "3", "error": "line 3: missing or empty text"}
    assert out[3]["id"] == "4" and out[3]["events"][0]["type"] == "territory_capture"
    assert set(out[0]) == {"id", "entities", "claims", "events", "tolls"}


def test_extract_reads_a_file(tmp_path) -> None:
    source = tmp_path / "docs.jsonl"
    source.write_text(json.dumps({"id": "x", "text": "Jets struck a market in Douma."}) + "\n")
    done = run_extract("", str(source))
    assert done.returncode == 0, done.stderr
    (result,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert result["events"][0]["type"] == "air_strike"
    assert result["events"][0]["date"] is None  # no published date: no date guessed
