"""``report``: one self-contained HTML page over the serving file, with inline SVG charts.

Nothing is fetched when the page opens (no CDN, no web fonts, no map tiles, no script), so it
works offline, in a mail attachment, or printed. Every chart says when it has no data.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path

import duckdb

from loaders.serving import charts
from loaders.serving.paths import MARTS_SCHEMA, PUBLISHED_TABLE
from loaders.serving.report_style import CSS
from loaders.serving.sandbox import open_reader_connection

HEATMAP_ACTORS = 14
HEATMAP_TARGETS = 9
GOVERNORATES_SHOWN = 14
DISPUTES_SHOWN = 25
UNSPECIFIED = "unspecified"  # the mart's name for "no target named": least informative, last


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
            _heatmap,
        ),
        (
            "timeline",
            "Incidents over time",
            "Incidents (reports of one real-world event clustered together) by the date of "
            "their first report, stacked by event family.",
            "fct_incidents",
            _timeline,
        ),
        (
            "killed",
            "Killed by governorate",
            "People reported killed in incidents placed in a Syrian governorate. Reports "
            "disagree, so each incident contributes its lowest and its highest figure, once "
            "however many outlets tell of it; figures not credible for one event (war tolls, "
            "past events recalled) are left out (marts.mart_implausible_tolls lists them).",
            "fct_incidents",
            _killed,
        ),
        (
            "disputed",
            "Disputed strikes",
            "Strikes whose target depends on who is speaking: what the striking party says it "
            "hit against what others say, about the same strikes (one place, a few days). The "
            "sentences on each side are in marts.mart_disputed_strike_evidence.",
            "mart_disputed_strikes",
            _disputed,
        ),
        (
            "map",
            "Where incidents happened",
            "Incident locations over the outlines of Syria and its neighbours. Filled circles "
            "are towns and sites; dashed rings are places known only to a governorate or "
            "country (drawn at its centre). Area grows with the number of incidents; colour "
            "is the most frequent event family there.",
            "fct_incidents, dim_locations",
            _map,
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


def _heatmap(conn: duckdb.DuckDBPyConnection) -> str | None:
    cells = conn.execute(
        f"SELECT actor_name, claimed_target_group, sum(strike_reports)::INTEGER "
        f"FROM {MARTS_SCHEMA}.mart_strike_counts_by_actor_and_claimed_target "
        "WHERE strike_reports > 0 GROUP BY ALL"
    ).fetchall()
    if not cells:
        return None
    by_actor: dict[str, int] = defaultdict(int)
    by_target: dict[str, int] = defaultdict(int)
    for actor, target, count in cells:
        by_actor[actor] += count
        by_target[target] += count
    actors = sorted(by_actor, key=lambda a: (-by_actor[a], a))[:HEATMAP_ACTORS]
    targets = sorted(by_target, key=lambda t: (t == UNSPECIFIED, -by_target[t], t))
    targets = targets[:HEATMAP_TARGETS]
    values = {(a, t): c for a, t, c in cells if a in actors and t in targets}
    note = ""
    if len(by_actor) > len(actors) or len(by_target) > len(targets):
        note = (
            f"<p class='note'>The {len(actors)} most active actors and {len(targets)} most "
            f"named targets of {len(by_actor)} and {len(by_target)}.</p>"
        )
    return note + charts.heatmap(
        actors, targets, values, label="Strike reports by actor and claimed target",
        unit="strike reports",
    )  # fmt: skip


def _timeline(conn: duckdb.DuckDBPyConnection) -> str | None:
    rows = conn.execute(
        f"SELECT first_report_date, coalesce(event_family, 'other'), count(*) "
        f"FROM {MARTS_SCHEMA}.fct_incidents WHERE first_report_date IS NOT NULL GROUP BY ALL"
    ).fetchall()
    if not rows:
        return None
    first = min(r[0] for r in rows)
    last = max(r[0] for r in rows)
    span = (last - first).days
    if span <= 92:
        bucket_name, start = "day", (lambda d: d)
    elif span <= 2 * 366:
        bucket_name, start = "week", (lambda d: d - dt.timedelta(days=d.weekday()))
    else:
        bucket_name, start = "month", (lambda d: d.replace(day=1))
    buckets = _bucket_range(start(first), start(last), bucket_name)
    family_order = [*charts.FAMILY_COLOURS, "other"]
    series: dict[str, dict[dt.date, int]] = {}
    for family in sorted({r[1] for r in rows}, key=lambda f: (family_order + [f]).index(f)):
        series[family] = defaultdict(int)
    for day, family, count in rows:
        series[family][start(day)] += count
    return charts.stacked_columns(
        buckets, series, bucket_name=bucket_name, label="Incidents by date of first report"
    )


def _bucket_range(first: dt.date, last: dt.date, bucket: str) -> list[dt.date]:
    out, current = [], first
    while current <= last:
        out.append(current)
        if bucket == "day":
            current += dt.timedelta(days=1)
        elif bucket == "week":
            current += dt.timedelta(days=7)
        else:
            current = (current.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return out


# The marts' casualty rule guarantees killed_low <= killed_high per incident: plain sums.
KILLED_BY_GOVERNORATE_SQL = (
    f"SELECT admin1, sum(killed_low), sum(killed_high), count(*) FROM {MARTS_SCHEMA}.fct_incidents "
    "WHERE admin1 IS NOT NULL AND place_country_iso3 = 'SYR' AND killed_low IS NOT NULL "
    "GROUP BY admin1 ORDER BY 3 DESC, 2 DESC, 1"
)


def _killed(conn: duckdb.DuckDBPyConnection) -> str | None:
    rows = conn.execute(KILLED_BY_GOVERNORATE_SQL).fetchall()
    if not rows:
        return None
    shown = [(str(a), float(lo), float(hi), int(n)) for a, lo, hi, n in rows]
    return charts.range_bars(
        shown[:GOVERNORATES_SHOWN], label="People killed by governorate", unit="killed"
    )


def _disputed(conn: duckdb.DuckDBPyConnection) -> str | None:
    rows = conn.execute(
        f"SELECT actor_name, target_group_a, claimants_a, strike_reports_a, target_group_b, "
        f"claimants_b, strike_reports_b, shared_claimants, first_report_date, last_report_date, "
        f"place_name "
        f"FROM {MARTS_SCHEMA}.mart_disputed_strikes "
        "ORDER BY strike_reports_a + strike_reports_b DESC, actor_name, target_group_a"
    ).fetchall()
    if not rows:
        return None
    head = (
        "<thead><tr><th>Striking actor</th><th>One side says the target was</th>"
        "<th class='num'>reports</th><th>The other side says</th><th class='num'>reports</th>"
        "<th>Claimants on both sides</th><th>Reported</th></tr></thead>"
    )
    body = []
    for actor, ta, ca, na, tb, cb, nb, shared, first, last, place in rows[:DISPUTES_SHOWN]:
        period = _period(first, last) + (f"<br>{escape(place)}" if place else "")
        body.append(
            f"<tr><td class='actor'>{escape(actor)}</td>"
            f"<td><span class='target'>{escape(ta)}</span>"
            f"<span class='who'>per {_claimants(ca)}</span></td>"
            f"<td class='num'>{na}</td>"
            f"<td><span class='target'>{escape(tb)}</span>"
            f"<span class='who'>per {_claimants(cb)}</span></td>"
            f"<td class='num'>{nb}</td><td class='who'>{_claimants(shared)}</td>"
            f"<td class='when'>{period}</td></tr>"
        )
    table = f"<table class='disputes'>{head}<tbody>{''.join(body)}</tbody></table>"
    if len(rows) > DISPUTES_SHOWN:
        table += (
            f"<p class='note'>The {DISPUTES_SHOWN} most reported of {len(rows)}; all are in "
            f"<code>{MARTS_SCHEMA}.mart_disputed_strikes</code>.</p>"
        )
    return table


def _claimants(listed: str | None, shown: int = 5) -> str:
    """The mart's '; '-separated claimants, the first few by name."""
    if not listed:
        return "—"
    names = listed.split("; ")
    text = escape(", ".join(names[:shown]))
    if len(names) > shown:
        text += f" <em>and {len(names) - shown} more</em>"
    return text


def _period(first: dt.date | None, last: dt.date | None) -> str:
    """Full dates, years included on both ends (a range may cross a year)."""
    if first is None:
        return "undated"
    if last is None or last == first:
        return first.strftime("%d %b %Y")
    return f"{first.strftime('%d %b %Y')} – {last.strftime('%d %b %Y')}"


def _map(conn: duckdb.DuckDBPyConnection) -> str | None:
    rows = conn.execute(
        f"SELECT l.location_name, l.latitude, l.longitude, l.location_precision, count(*), "
        f"mode(i.event_family) FROM {MARTS_SCHEMA}.fct_incidents AS i "
        f"JOIN {MARTS_SCHEMA}.dim_locations AS l USING (location_id) "
        "WHERE l.latitude IS NOT NULL AND l.longitude IS NOT NULL GROUP BY ALL "
        "ORDER BY 5 DESC, 1"
    ).fetchall()
    if not rows:
        return None
    points = [
        charts.MapPoint(str(n), float(lat), float(lon), int(c), str(p), f)
        for n, lat, lon, p, c, f in rows
    ]
    inside = [p for p in points if charts.in_frame(p.lat, p.lon)]
    outside = [p for p in points if not charts.in_frame(p.lat, p.lon)]
    legend = "".join(
        f"<span><i style='background:{colour}'></i>{escape(family.replace('_', ' '))}</span>"
        for family, colour in charts.FAMILY_COLOURS.items()
    )
    html = f"<div class='legend'>{legend}</div>"
    html += charts.event_map(inside, label="Map of incident locations") if inside else ""
    if outside:
        listed = ", ".join(f"{escape(p.name)} ({p.count})" for p in outside)
        html += f"<p class='note'>Outside this map: {listed}.</p>"
    return html


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
