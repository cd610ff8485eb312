"""The bundled demo corpus (samples/) loads whole: every article, with its metadata and credits."""

from __future__ import annotations

import csv
import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.helpers import REPO, query, wirehouse

SAMPLES = REPO / "samples"
# The corpus folders; samples/README.md describes them and is not an article.
CORPUS_DIRS = sorted(p for p in SAMPLES.iterdir() if p.is_dir())


def count_sample_articles() -> int:
    """Articles in the corpus, counted from the files themselves with the standard library."""
    total = 0
    for path in sorted(p for d in CORPUS_DIRS for p in d.rglob("*") if p.is_file()):
        suffix = path.suffix
        if suffix in {".txt", ".html"}:
            total += 1
        elif suffix == ".jsonl":
            total += sum(1 for line in path.read_text("utf-8").splitlines() if line.strip())
        elif suffix == ".csv":
            with path.open(newline="", encoding="utf-8") as stream:
                total += sum(1 for _ in csv.DictReader(stream))
        elif suffix == ".xml":
            total += len(ET.parse(path).getroot().findall("./channel/item"))
        else:
            pytest.fail(f"unexpected file in samples/: {path}")
    return total


@pytest.fixture(scope="module")
def loaded_samples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("samples") / "warehouse.duckdb"
    result = wirehouse("load", "--no-extract", "--quiet", *map(str, CORPUS_DIRS), db=db)
    assert result.returncode == 0, result.stderr
    return db


def test_every_sample_file_loads_without_rejection(loaded_samples: Path) -> None:
    expected = count_sample_articles()
    assert 14 <= expected <= 18
    [(read, new, rejected)] = query(
        loaded_samples, "SELECT n_read, n_new, n_rejected FROM load_runs"
    )
    assert (read, new, rejected) == (expected, expected, 0)
    assert query(loaded_samples, "SELECT count(*) FROM articles") == [(expected,)]
    formats = {Path(f).suffix for (f,) in query(loaded_samples, "SELECT input_file FROM articles")}
    assert formats == {".txt", ".jsonl", ".csv", ".xml", ".html"}


def test_every_sample_has_title_date_source_and_english_body(loaded_samples: Path) -> None:
    rows = query(
        loaded_samples,
        "SELECT a.input_file, a.title, a.published_date, s.name, a.language FROM articles a "
        "LEFT JOIN sources s ON s.source_id = a.source_id",
    )
    for file, title, published, source, language in rows:
        assert title and published and source, file
        assert dt.date(2015, 10, 1) <= published <= dt.date(2015, 10, 20), (file, published)
        assert language == "en", file
    # Several outlets report the same incidents, so the corpus has more than a couple of them.
    assert len({source for *_, source, _ in rows}) >= 5


def test_wire_credits_in_the_copy_become_the_wire_agency(loaded_samples: Path) -> None:
    rows = query(
        loaded_samples,
        "SELECT a.title, a.body, w.name FROM articles a "
        "LEFT JOIN sources w ON w.source_id = a.wire_source_id",
    )
    credited = {"Reuters": 0, "AFP": 0}
    for title, body, wire in rows:
        opening = body.split("\n\n", 1)[0][:200]
        for agency in credited:
            if f"({agency}) -" in opening or body.rstrip().endswith(f"- {agency}"):
                assert wire == agency, title
                credited[agency] += 1
    assert credited["Reuters"] >= 3 and credited["AFP"] >= 3


def test_html_page_keeps_the_story_and_drops_the_site_furniture(loaded_samples: Path) -> None:
    [(title, dateline, body)] = query(
        loaded_samples,
        "SELECT title, dateline, body FROM articles WHERE input_file LIKE '%.html'",
    )
    assert title.startswith("Islamic State pushes to edge of Aleppo")
    assert dateline == "Beirut"
    assert body.startswith("BEIRUT:") and body.rstrip().endswith("- AFP")
    for furniture in ("Subscribe", "All rights reserved", "Related stories", "Privacy policy"):
        assert furniture not in body
