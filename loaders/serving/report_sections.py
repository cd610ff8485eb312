"""The report's sections: each reads one mart of the serving file and draws one chart or table.

A drawer returns the section's HTML, or None when its mart has no rows (the page then says so).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from html import escape

import duckdb

from loaders.serving import charts
from loaders.serving.paths import MARTS_SCHEMA

HEATMAP_ACTORS = 14
HEATMAP_TARGETS = 9
GOVERNORATES_SHOWN = 14
DISPUTES_SHOWN = 25
UNSPECIFIED = "unspecified"  # the mart's name for "no target named": least informative, last


def heatmap(conn: duckdb.DuckDBPyConnection) -> str | None:
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


def timeline(conn: duckdb.DuckDBPyConnection) -> str | None:
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


def killed(conn: duckdb.DuckDBPyConnection) -> str | None:
    rows = conn.execute(KILLED_BY_GOVERNORATE_SQL).fetchall()
    if not rows:
        return None
    shown = [(str(a), float(lo), float(hi), int(n)) for a, lo, hi, n in rows]
    return charts.range_bars(
        shown[:GOVERNORATES_SHOWN], label="People killed by governorate", unit="killed"
    )


def disputed(conn: duckdb.DuckDBPyConnection) -> str | None:
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


def map_of_incidents(conn: duckdb.DuckDBPyConnection) -> str | None:
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
