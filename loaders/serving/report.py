"""``report``: one self-contained HTML page over the serving file, with inline SVG charts.

Nothing is fetched when the page opens (no CDN, no web fonts, no map tiles, no script), so it
works offline, in a mail attachment, or printed. Every chart says when it has no data.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path

import duckdb

from loaders.serving.paths import MARTS_SCHEMA, PUBLISHED_TABLE
from loaders.serving.report_sections import disputed, heatmap, killed, map_of_incidents, timeline
from loaders.serving.report_style import CSS
from loaders.serving.sandbox import open_reader_connection


class ReportError(RuntimeError):
    """The report cannot be written (no serving file)."""


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    intro: str
    source: str
    body: str  # HTML: an SVG chart or a table, or the no-data note
    has_data: bool


@dataclass(frozen=True)
class ReportResult:
    path: Path
    sections: tuple[Section, ...]

    @property
    def empty_sections(self) -> list[str]:
        return [s.title for s in self.sections if not s.has_data]


def write_report(serving: Path, output: Path) -> ReportResult:
    """Render the report from ``serving`` into ``output`` (temp file + rename)."""
    if not serving.exists():
        raise ReportError(f"no serving file at {serving}: run `wirehouse publish` first")
    # Fixed SQL over the marts, yet opened like every reader: nothing outside the file.
    with open_reader_connection(serving) as conn:
        sections, meta = _sections(conn), _meta(conn, serving)
    page = render_page(sections, meta)
    output.parent.mkdir(parents=True, exist_ok=True)
    temp = output.with_name(f".{output.name}.tmp-{os.getpid()}")
    temp.write_text(page, encoding="utf-8")
    os.replace(temp, output)
    return ReportResult(path=output, sections=tuple(sections))


@dataclass(frozen=True)
class Meta:
    serving: Path
    published_at: dt.datetime | None
    warehouse: str | None
    figures: list[tuple[str, int | None]]
    marts_present: bool


def _meta(conn: duckdb.DuckDBPyConnection, serving: Path) -> Meta:
    tables = _tables(conn)
    published_at = warehouse = None
    if ("main", PUBLISHED_TABLE) in tables:
        row = conn.execute(
            f"SELECT max(published_at), any_value(warehouse_path) FROM main.{PUBLISHED_TABLE}"
        ).fetchone()
        if row:
            published_at, warehouse = row
    figures: list[tuple[str, int | None]] = []
    for name, schema, table, where in (
        ("articles", "main", "articles", ""),
        ("sources", "main", "sources", ""),
        ("event reports", MARTS_SCHEMA, "fct_event_reports", ""),
        ("incidents", MARTS_SCHEMA, "fct_incidents", ""),
        ("disputed strikes", MARTS_SCHEMA, "mart_disputed_strikes", ""),
    ):
        count = None
        if (schema, table) in tables:
            count = conn.execute(f"SELECT count(*) FROM {schema}.{table} {where}").fetchone()[0]
        figures.append((name, count))
    return Meta(
        serving=serving,
        published_at=published_at,
        warehouse=warehouse,
        figures=figures,
        marts_present=any(schema == MARTS_SCHEMA for schema, _ in tables),
    )


def _tables(conn: duckdb.DuckDBPyConnection) -> set[tuple[str, str]]:
    return {
        (schema, name)
        for schema, name in conn.execute(
            "SELECT schema_name, table_name FROM duckdb_tables() "
            "WHERE database_name = current_database()"
        ).fetchall()
    }


def _sections(conn: duckdb.DuckDBPyConnection) -> list[Section]:
    tables = _tables(conn)
    specs: list[tuple[str, str, str, str, Callable[[duckdb.DuckDBPyConnection], str | None]]] = [
        (
            "heatmap",
            "Strikes by actor and claimed target",
            "Air and drone strikes, missile attacks and shelling reported as fact (not denied), "
            "by the actor said to strike and the target group a claimant names. The same strike "
            "told by several claimants counts once per claimant: that is how disputes show.",
            "mart_strike_counts_by_actor_and_claimed_target",
            heatmap,
        ),
        (
            "timeline",
            "Incidents over time",
            "Incidents (reports of one real-world event clustered together) by the date of "
            "their first report, stacked by event family.",
            "fct_incidents",
            timeline,
        ),
        (
            "killed",
            "Killed by governorate",
            "People reported killed in incidents placed in a Syrian governorate. Reports "
            "disagree, so each incident contributes its lowest and its highest figure, once "
            "however many outlets tell of it; figures not credible for one event (war tolls, "
            "past events recalled) are left out (marts.mart_implausible_tolls lists them).",
            "fct_incidents",
            killed,
        ),
        (
            "disputed",
            "Disputed strikes",
            "Strikes whose target depends on who is speaking: what the striking party says it "
            "hit against what others say, about the same strikes (one place, a few days). The "
            "sentences on each side are in marts.mart_disputed_strike_evidence.",
            "mart_disputed_strikes",
            disputed,
        ),
        (
            "map",
            "Where incidents happened",
            "Incident locations over the outlines of Syria and its neighbours. Filled circles "
            "are towns and sites; dashed rings are places known only to a governorate or "
            "country (drawn at its centre). Area grows with the number of incidents; colour "
            "is the most frequent event family there.",
            "fct_incidents, dim_locations",
            map_of_incidents,
        ),
    ]
    sections = []
    for key, title, intro, source, draw in specs:
        needed = [(MARTS_SCHEMA, name.strip()) for name in source.split(",")]
        missing = [name for schema, name in needed if (schema, name) not in tables]
        if missing:
            body = _no_data(
                f"{', '.join(missing)} is not in the serving file: run `wirehouse build` "
                "(which publishes), or `wirehouse publish` after a build."
            )
            sections.append(Section(key, title, intro, source, body, False))
            continue
        try:
            drawn = draw(conn)
        except duckdb.Error as exc:  # a mart of another shape: say so, draw the rest
            drawn = None
            body = _no_data(f"could not read {source}: {str(exc).splitlines()[0]}")
        else:
            body = drawn if drawn is not None else _no_data("no rows yet.")
        sections.append(Section(key, title, intro, source, body, drawn is not None))
    return sections


def _no_data(reason: str) -> str:
    return f"<p class='nodata'><strong>No data</strong>: {escape(reason)}</p>"


def render_page(sections: list[Section], meta: Meta) -> str:
    published = meta.published_at.strftime("%d %b %Y %H:%M UTC") if meta.published_at else "unknown"
    figures = "".join(
        f"<div class='figure' data-figure='{escape(name)}' data-value='{'' if n is None else n}'>"
        f"<b>{'—' if n is None else f'{n:,}'}</b><span>{escape(name)}</span></div>"
        for name, n in meta.figures
    )
    warning = ""
    if not meta.marts_present:
        warning = (
            "<section><p class='nodata'><strong>The marts are not published</strong>: this "
            "serving file holds the normalised tables only. Run <code>wirehouse build</code> "
            "to build and publish them.</p></section>"
        )
    body = "".join(
        f"<section id='{s.key}' data-has-data='{'yes' if s.has_data else 'no'}'>"
        f"<h2>{escape(s.title)}</h2><p class='intro'>{escape(s.intro)}</p>{s.body}"
        f"<p class='source'>Source: <code>{escape(s.source)}</code></p></section>"
        for s in sections
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>wirehouse report</title>
<style>{CSS}</style></head>
<body>
<header><h1>Conflict reporting: who struck whom, by whose account</h1>
<p>wirehouse report · published {escape(published)} · {escape(str(meta.serving.name))}</p>
<div class="figures">{figures}</div></header>
<main>{warning}{body}</main>
<footer>Generated by <code>wirehouse report</code> from {escape(str(meta.serving))}
(warehouse {escape(meta.warehouse or "unknown")}). Figures are what the articles report and
who claims them, not verified facts. Map outlines: Natural Earth (public domain), via the
world-atlas package.</footer>
</body></html>
"""
