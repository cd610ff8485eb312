"""Numeric dates take the day/month order their own file shows (issue 11, loader surprises)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import query, wirehouse


def _csv(path: Path, rows: list[tuple[str, str]]) -> None:
    lines = ["title,text,date"] + [
        f"{title},{title} said government forces shelled positions near Homs.,{date}"
        for title, date in rows
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _dates(db: Path) -> dict[str, str]:
    rows = query(db, "SELECT title, CAST(published_date AS VARCHAR) FROM articles")
    return dict(rows)


def test_each_file_reads_ambiguous_dates_in_the_order_its_other_dates_show(
    db_path: Path, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # The ambiguous date comes first: it waits until the file's order is known.
    _csv(corpus / "european.csv", [("EarlyAmbiguous", "05.03.2018"), ("Late", "25.03.2018")])
    _csv(corpus / "american.csv", [("UsAmbiguous", "05/03/2018"), ("UsLate", "05/25/2018")])
    result = wirehouse("load", str(corpus), "--no-extract", db=db_path)
    assert result.returncode == 0, result.stderr
    assert _dates(db_path) == {
        "EarlyAmbiguous": "2018-03-05",
        "Late": "2018-03-25",
        "UsAmbiguous": "2018-05-03",
        "UsLate": "2018-05-25",
    }
    assert "cannot be decided" not in result.stderr


def test_a_file_no_date_can_decide_warns_once(db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "undecided.csv"
    _csv(path, [("First", "05/03/2018"), ("Second", "06/04/2018"), ("Third", "07/05/2018")])
    result = wirehouse("load", str(path), "--no-extract", db=db_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("cannot be decided") == 1, result.stderr
    assert "undecided.csv" in result.stderr
    assert _dates(db_path)["First"] == "2018-05-03"  # slashes default to month/day
