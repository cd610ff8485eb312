"""`wirehouse load`: real files in, rows in a real DuckDB file out."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import shared_file
from tests.helpers import query, table_counts, wirehouse


def test_fakes_loads_with_duplicates_counted_and_no_mojibake(tmp_path: Path) -> None:
    csv_path = shared_file("data/fa-kes/FA-KES-Dataset.csv")
    db = tmp_path / "wh.duckdb"
    first = wirehouse("load", "--no-extract", str(csv_path), db=db)
    assert first.returncode == 0, first.stderr
    [(read, new, duplicate, rejected)] = query(
        db, "SELECT n_read, n_new, n_duplicate, n_rejected FROM load_runs"
    )
    assert (read, rejected) == (804, 0)
    assert new + duplicate == 804 and duplicate > 0
    assert "duplicate" in first.stdout and "804" in first.stdout
    [(articles, dated, broken)] = query(
        db,
        "SELECT count(*), count(published_date), count(*) FILTER (WHERE "
        "body LIKE '%\ufffd%' OR title LIKE '%\ufffd%' OR body LIKE '%â€%' OR title LIKE '%â€%')"
        " FROM articles",
    )
    assert articles == new
    assert dated == articles  # every date parsed
    assert broken == 0  # no replacement characters, no UTF-8-read-as-1252 mojibake

    before = table_counts(db)
    second = wirehouse("load", "--no-extract", str(csv_path), db=db)
    assert second.returncode == 0, second.stderr
    assert query(db, "SELECT n_new, n_duplicate FROM load_runs WHERE run_id = 2") == [(0, 804)]
    assert table_counts(db) == before


def test_seed_articles_keep_outlet_wire_agency_and_dateline(tmp_path: Path) -> None:
    reuters = shared_file("data/seeds/000_90cdf6e9ad84842e.txt")
    afp = shared_file("data/seeds/001_7d521d7e3635afb3.txt")
    db = tmp_path / "wh.duckdb"
    # The Reuters seed credits no agency in its text: the user names the outlet.
    assert (
        wirehouse("load", "--no-extract", "--source", "reuters", str(reuters), db=db).returncode
        == 0
    )
    assert wirehouse("load", "--no-extract", str(afp), db=db).returncode == 0
    rows = query(
        db,
        "SELECT a.input_file, s.name, s.kind, w.name, a.dateline FROM articles a "
        "LEFT JOIN sources s ON s.source_id = a.source_id "
        "LEFT JOIN sources w ON w.source_id = a.wire_source_id ORDER BY a.input_file",
    )
    assert [r[1:] for r in rows] == [
        ("Reuters", "wire_agency", "Reuters", None),
        ("AFP", "wire_agency", "AFP", "Beirut"),  # the AP photo credit is not the wire
    ]


def test_bad_inputs_are_reported_and_good_files_still_load(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    (inputs / "nested").mkdir(parents=True)
    good_text = "Title: Shelling in Homs\nDate: 2015-10-05\nSource: Levant Ledger\n\n"
    (inputs / "good.txt").write_text(good_text + "Government forces shelled a district of Homs.")
    (inputs / "nested" / "good.jsonl").write_text(
        json.dumps({"id": "a1", "text": "Rebels said they shot down a drone near Hama."}) + "\n"
        + "{broken json\n"
        + json.dumps({"id": "a3", "title": "no text here"}) + "\n"
        + json.dumps(["not", "an", "object"]) + "\n"
        + json.dumps({"id": "a5", "text": "Clashes erupted near Idlib on Monday, a monitor said."})
        + "\n"
    )  # fmt: skip
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (inputs / "rows.csv").write_text(
        "title,text,date\nok,Jets struck a market in Douma.,10/4/2015\nno text,,10/4/2015\n"
    )
    (inputs / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    db = tmp_path / "wh.duckdb"
    result = wirehouse("load", "--no-extract", str(inputs), db=db)
    assert result.returncode == 1, result.stderr  # some input rejected
    assert query(db, "SELECT count(*) FROM articles") == [(4,)]
    reasons = dict(
        query(
            db,
            "SELECT coalesce(input_locator, regexp_extract(input_file, '[^/]+$')), reason "
            "FROM rejected_inputs",
        )
    )
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["binary.txt"]
    assert reasons["line 2"].startswith("invalid JSON")
    assert reasons["line 3"] == "no article text"
    assert reasons["line 4"] == "not a JSON object but list"
    assert reasons["row 3"] == "no article text"
    assert "unsupported file type" in reasons["photo.png"]
    for name in ("empty.txt", "binary.txt", "good.jsonl: line 2", "rows.csv: row 3"):
        assert name in result.stderr  # each bad one reported with file and place


def test_nothing_loadable_exits_2_and_strict_stops_at_first_bad_record(tmp_path: Path) -> None:
    db = tmp_path / "wh.duckdb"
    empty = tmp_path / "empty.json"
    empty.write_text("")
    assert wirehouse("load", str(empty), db=db).returncode == 2
    lines = tmp_path / "mixed.jsonl"
    lines.write_text('{"text": "Strikes hit Raqqa."}\n{bad\n{"text": "Shelling hit Homs."}\n')
    strict = wirehouse("load", "--no-extract", "--strict", str(lines), db=db)
    assert strict.returncode == 1
    assert "--strict" in strict.stderr
    assert query(db, "SELECT count(*) FROM articles") == [(1,)]  # the good record before it


def test_stdin_rss_html_and_column_mapping(tmp_path: Path) -> None:
    db = tmp_path / "wh.duckdb"
    stdin = json.dumps({"id": "s1", "text": "A car bomb killed 5 people in Azaz.", "published":
                        "2016-01-02", "source": "afp"}) + "\n"  # fmt: skip
    assert wirehouse("load", "--no-extract", "-", stdin=stdin, db=db).returncode == 0
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Levant Ledger</title>'
        "<item><title>Strikes near Palmyra</title><link>http://example.org/1</link>"
        "<pubDate>Mon, 05 Oct 2015 10:00:00 GMT</pubDate>"
        "<description>&lt;p&gt;Warplanes struck positions near Palmyra.&lt;/p&gt;</description>"
        "</item></channel></rss>"
    )
    page = tmp_path / "page.html"
    body = " ".join(["Rebels and government forces fought for control of the hills."] * 12)
    page.write_text(
        "<html><head><title>Clashes in Latakia</title></head><body><nav>Home | World</nav>"
        f"<article><h1>Clashes in Latakia</h1><p>{body}</p></article>"
        "<footer>Copyright</footer></body></html>"
    )
    table = tmp_path / "custom.csv"
    table.write_text(
        "headline;story;day\nMortars in Damascus;Mortar shells hit Damascus.;10/7/2015\n"
    )
    for args in ([str(feed)], [str(page)], ["--map", "story=text", "--map", "day=published",
                                            "--map", "headline=title", str(table)]):  # fmt: skip
        result = wirehouse("load", "--no-extract", *args, db=db)
        assert result.returncode == 0, result.stderr
    rows = query(
        db,
        "SELECT a.title, a.published_date::VARCHAR, s.name FROM articles a "
        "LEFT JOIN sources s USING (source_id) ORDER BY a.article_id",
    )
    assert rows[0][1:] == ("2016-01-02", "AFP")
    assert rows[1] == ("Strikes near Palmyra", "2015-10-05", "Levant Ledger")
    assert rows[2][0] == "Clashes in Latakia"
    assert rows[3][:2] == ("Mortars in Damascus", "2015-10-07")
    footer = query(db, "SELECT count(*) FROM articles WHERE body LIKE '%Copyright%'")
    assert footer == [(0,)]  # boilerplate removed from the page
