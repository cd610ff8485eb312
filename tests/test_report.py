"""`wirehouse report`: one self-contained HTML file, rendered by headless Chromium offline."""

from __future__ import annotations

import datetime as dt
import re
import struct
from html import unescape
from pathlib import Path

import pytest

from loaders.serving import charts
from loaders.serving.browser import find_chromium, page_height, render
from loaders.serving.report_sections import _period
from tests.helpers import REPO, query, wirehouse
from tests.test_publish import build, load, write_articles

SECTIONS = ("heatmap", "timeline", "killed", "disputed", "map")


def needs_chromium() -> None:
    if find_chromium() is None:
        pytest.skip("Chromium is not installed: run .ci/ensure-chromium (root, Debian) first")


@pytest.fixture(scope="module")
def sample_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sample corpus loaded with extraction and built (which publishes)."""
    db = tmp_path_factory.mktemp("report") / "wh.duckdb"
    loaded = wirehouse("load", "-q", str(REPO / "samples"), db=db)
    assert loaded.returncode == 0, loaded.stderr[-2000:]
    build(db)
    assert query(db, "SELECT count(*) FROM events")[0][0] > 0, "extraction found no events"
    return db


def sections_with_data(html: str) -> dict[str, bool]:
    return {
        key: flag == "yes"
        for key, flag in re.findall(r"<section id='(\w+)' data-has-data='(\w+)'", html)
    }


def test_the_sample_report_has_every_chart_and_renders_offline(
    sample_warehouse: Path, tmp_path: Path
) -> None:
    output = tmp_path / "report.html"
    made = wirehouse("report", "--output", str(output), db=sample_warehouse)
    assert made.returncode == 0, made.stderr
    assert "5 of 5 charts with data" in made.stdout and made.stderr == ""
    html = output.read_text()
    assert sections_with_data(html) == dict.fromkeys(SECTIONS, True)
    # Self-contained: nothing to fetch, no script; the one URL is the SVG namespace.
    assert set(re.findall(r"https?://[^\s'\"<>]+", html)) == {"http://www.w3.org/2000/svg"}
    assert not re.search(r"<script|<link|<img|<iframe|@import|src=", html, re.IGNORECASE)
    # The strike mart's story is on the page: Russia's strikes and what claimants call them.
    heatmap = html[html.index("id='heatmap'") : html.index("id='timeline'")]
    assert "Russia" in heatmap and "Islamic State" in heatmap
    disputed = html[html.index("id='disputed'") : html.index("id='map'")]
    assert "<table class='disputes'>" in disputed and "Russia" in disputed

    needs_chromium()
    shot = tmp_path / "report.png"
    page = render(output, shot)
    assert page.errors == [], page.errors
    assert page.screenshot == shot and shot.stat().st_size > 100_000  # a page, not a blank
    # sized to the page: the PNG is as tall as the page measures at its width (IHDR bytes 16-24)
    png_width, png_height = struct.unpack(">II", shot.read_bytes()[16:24])
    assert (png_width, png_height) == (1280, page_height(str(find_chromium()), output, 1280))
    assert page.dom.count("<svg") == 4  # heatmap, timeline, killed, map; the table is HTML
    assert page.dom.count("<circle") >= 5 and page.dom.count("<rect") > 50


def test_the_console_check_catches_script_errors(tmp_path: Path) -> None:
    """A control: the check that passes the report does fail a page with a script error."""
    needs_chromium()
    broken = tmp_path / "broken.html"
    broken.write_text("<!DOCTYPE html><p>x</p><script>no_such_function();</script>")
    errors = render(broken).errors
    assert any("Uncaught ReferenceError: no_such_function" in e for e in errors), errors


def test_without_marts_every_chart_says_no_data(tmp_path: Path) -> None:
    db = tmp_path / "wh.duckdb"
    load(db, write_articles(tmp_path / "a.jsonl", 0, 8))
    assert wirehouse("publish", "-q", db=db).returncode == 0  # no build: no marts
    output = tmp_path / "report.html"
    made = wirehouse("report", "-o", str(output), db=db)
    assert made.returncode == 0, made.stderr
    assert "0 of 5 charts with data" in made.stdout
    assert made.stderr.count("warning: no data for") == 5
    html = output.read_text()
    assert sections_with_data(html) == dict.fromkeys(SECTIONS, False)
    assert "The marts are not published" in html and html.count("wirehouse build") >= 5

    needs_chromium()
    page = render(output, tmp_path / "empty.png")
    assert page.errors == [] and page.screenshot is not None


def test_empty_marts_say_no_rows_yet(tmp_path: Path) -> None:
    db = tmp_path / "wh.duckdb"
    load(db, write_articles(tmp_path / "a.jsonl", 0, 8))  # articles, but no extraction
    build(db)
    made = wirehouse("report", db=db)
    assert made.returncode == 0, made.stderr
    html = (tmp_path / "report.html").read_text()  # default: beside the warehouse
    assert sections_with_data(html) == dict.fromkeys(SECTIONS, False)
    assert html.count("no rows yet.") == 5 and "The marts are not published" not in html


def test_without_a_serving_file_it_says_to_publish(tmp_path: Path) -> None:
    db = tmp_path / "wh.duckdb"
    assert wirehouse("init", db=db).returncode == 0
    missing = wirehouse("report", db=db)
    assert missing.returncode == 1 and "wirehouse publish" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_the_report_figures_equal_the_marts(sample_warehouse: Path, tmp_path: Path) -> None:
    """Header figures, killed by governorate and heatmap cells, read back from the page, equal
    what the serving file's marts say when queried directly."""
    output = tmp_path / "report.html"
    assert wirehouse("report", "--output", str(output), db=sample_warehouse).returncode == 0
    html = output.read_text()
    serving = sample_warehouse.with_name("serving.duckdb")

    figures = dict(re.findall(r"data-figure='([^']+)' data-value='(\d*)'", html))
    expected = {
        "articles": "SELECT count(*) FROM main.articles",
        "event reports": "SELECT count(*) FROM marts.fct_event_reports",
        "incidents": "SELECT count(*) FROM marts.fct_incidents",
        "disputed strikes": "SELECT count(*) FROM marts.mart_disputed_strikes",
    }
    for name, sql in expected.items():
        assert figures[name] == str(query(serving, sql)[0][0]), name

    shown = {
        row: (float(low), float(high))
        for row, low, high in re.findall(
            r"<g data-row='([^']+)' data-low='([\d.]+)' data-high='([\d.]+)'>", html
        )
    }
    by_governorate = {
        admin1: (float(low), float(high))
        for admin1, low, high in query(
            serving,
            "SELECT admin1, sum(killed_low), sum(killed_high) FROM marts.fct_incidents "
            "WHERE place_country_iso3 = 'SYR' AND admin1 IS NOT NULL "
            "AND killed_low IS NOT NULL GROUP BY admin1",
        )
    }
    assert shown and all(by_governorate[row] == pair for row, pair in shown.items())
    assert all(low <= high for low, high in shown.values())

    cells = re.findall(r"<title>([^<]+) → ([^<]+): (\d+) strike reports</title>", html)
    strikes = {
        (actor, target): count
        for actor, target, count in query(
            serving,
            "SELECT actor_name, claimed_target_group, sum(strike_reports) "
            "FROM marts.mart_strike_counts_by_actor_and_claimed_target GROUP BY ALL",
        )
    }
    assert cells
    for actor, target, count in cells:
        assert strikes.get((unescape(actor), unescape(target)), 0) == int(count)


def test_the_serving_file_describes_every_mart_to_a_bi_tool(sample_warehouse: Path) -> None:
    """Comments as DuckDB's catalog gives them to a BI tool (from the dbt docs via
    persist_docs, copied by publish)."""
    serving = sample_warehouse.with_name("serving.duckdb")
    tables = query(
        serving, "SELECT table_name, comment FROM duckdb_tables() WHERE schema_name = 'marts'"
    )
    assert len(tables) >= 10 and [t for t, comment in tables if not comment] == []
    ((columns, commented),) = query(
        serving,
        "SELECT count(*), count(*) FILTER (WHERE coalesce(comment, '') <> '') "
        "FROM duckdb_columns() WHERE schema_name = 'marts'",
    )
    assert commented >= 0.95 * columns


def test_date_ranges_carry_both_years() -> None:
    assert _period(dt.date(2013, 8, 3), dt.date(2017, 11, 27)) == "03 Aug 2013 – 27 Nov 2017"
    assert _period(dt.date(2015, 10, 1), None) == "01 Oct 2015"
    assert all("%Y" in fmt for fmt in charts.LABEL_FORMATS.values())


def test_map_labels_never_cover_each_other() -> None:
    """Places a few km apart (Damascus and its suburbs, Aleppo's districts) all ask for a label;
    every label drawn keeps clear of every other."""
    near = [
        (33.51, 36.29), (33.52, 36.31), (33.50, 36.27), (33.53, 36.33), (36.20, 37.16),
        (36.21, 37.13), (36.19, 37.18), (35.93, 36.63), (34.73, 36.71), (35.13, 36.75),
    ]  # fmt: skip
    points = [
        charts.MapPoint(f"Place {i}", lat, lon, 20 - i, "city", "strike")
        for i, (lat, lon) in enumerate(near)
    ]
    svg = charts.event_map(points, label="map")
    drawn = re.findall(
        r"<text x='([\d.]+)' y='([\d.]+)' text-anchor='(\w+)'[^>]*>([^<]+) <tspan[^>]*>(\d+)",
        svg,
    )
    assert len(drawn) >= 5
    boxes = [
        charts._box(float(x), float(y), f"{name} {count}", 12, anchor)
        for x, y, anchor, name, count in drawn
    ]
    for i, box in enumerate(boxes):
        assert not any(charts._overlap(box, other) for other in boxes[i + 1 :]), drawn[i]
