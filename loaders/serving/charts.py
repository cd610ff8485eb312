"""Inline SVG charts drawn in Python: no JavaScript, no fonts or tiles from the internet, so the
report opens offline and prints as it looks."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape

from loaders.serving.outline import OUTLINES

FONT = "font-family='system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif'"
INK = "#1f2933"
MUTED = "#6b7785"
GRID = "#e4e7eb"
# Colour per event family (colour-blind-safe qualitative palette, Okabe-Ito).
FAMILY_COLOURS = {
    "strike": "#D55E00",
    "bombing": "#CC79A7",
    "battle": "#0072B2",
    "territory": "#009E73",
    "violence_against_people": "#E69F00",
}
OTHER_COLOUR = "#999999"
# Full dates: a bucket label always carries its year.
LABEL_FORMATS = {"day": "%d %b %Y", "week": "%d %b %Y", "month": "%b %Y"}


def _svg(width: float, height: float, body: str, label: str) -> str:
    return (
        f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width:.0f} {height:.0f}' "
        f"width='{width:.0f}' height='{height:.0f}' role='img' aria-label='{escape(label)}' "
        f"{FONT} font-size='12' fill='{INK}'>{body}</svg>"
    )


def _text_width(text: str, size: float = 12) -> float:
    return len(text) * size * 0.56  # a fair average for a sans-serif face


def _mix(low: str, high: str, t: float) -> str:
    a = [int(low[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(high[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in zip(a, b, strict=True))


def nice_ticks(maximum: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least ``maximum``."""
    if maximum <= 0:
        return [0, 1]
    raw = maximum / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if step < 1:
        step = 1
    top = math.ceil(maximum / step) * step
    return [i * step for i in range(int(round(top / step)) + 1)]


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def heatmap(
    rows: Sequence[str],
    columns: Sequence[str],
    values: Mapping[tuple[str, str], int],
    *,
    label: str,
    unit: str,
) -> str:
    """Rows x columns of counts; darker is more. Each cell names itself on hover."""
    cell_w, cell_h = 74, 30
    left = min(240, max(_text_width(r) for r in rows) + 16)
    top = min(150, max(_text_width(c) for c in columns) * 0.72 + 24)
    # the last column's label leans right, past the grid
    width = left + cell_w * len(columns) + max(40, _text_width(columns[-1]) * 0.77)
    height = top + cell_h * len(rows) + 40
    peak = max(values.values(), default=0) or 1
    parts = []
    for j, column in enumerate(columns):
        x = left + j * cell_w + cell_w / 2
        parts.append(
            f"<text transform='translate({x:.1f},{top - 8:.1f}) rotate(-40)' "
            f"fill='{MUTED}'>{escape(column)}</text>"
        )
    for i, row in enumerate(rows):
        y = top + i * cell_h
        parts.append(
            f"<text x='{left - 8:.1f}' y='{y + cell_h / 2 + 4:.1f}' text-anchor='end'>"
            f"{escape(row)}</text>"
        )
        for j, column in enumerate(columns):
            value = values.get((row, column), 0)
            x = left + j * cell_w
            t = math.sqrt(value / peak) if value else 0
            fill = _mix("#fdf0e6", "#8c2d04", t) if value else "#f5f6f7"
            tip = f"{row} → {column}: {value} {unit}"
            parts.append(
                f"<g><title>{escape(tip)}</title><rect x='{x + 1:.1f}' y='{y + 1:.1f}' "
                f"width='{cell_w - 2}' height='{cell_h - 2}' rx='3' fill='{fill}'/>"
            )
            if value:
                colour = "#ffffff" if t > 0.55 else INK
                parts.append(
                    f"<text x='{x + cell_w / 2:.1f}' y='{y + cell_h / 2 + 4:.1f}' "
                    f"text-anchor='middle' font-weight='600' fill='{colour}'>{value}</text>"
                )
            parts.append("</g>")
    # legend: light to dark
    lx, ly = left, top + cell_h * len(rows) + 14
    for k in range(6):
        t = k / 5
        parts.append(
            f"<rect x='{lx + k * 22:.1f}' y='{ly}' width='22' height='10' "
            f"fill='{_mix('#fdf0e6', '#8c2d04', t)}'/>"
        )
    parts.append(
        f"<text x='{lx + 140:.1f}' y='{ly + 9}' fill='{MUTED}'>0 to {peak} {escape(unit)} "
        "(square-root scale)</text>"
    )
    return _svg(width, height, "".join(parts), label)


def stacked_columns(
    buckets: Sequence[dt.date],
    series: Mapping[str, Mapping[dt.date, int]],
    *,
    bucket_name: str,
    label: str,
) -> str:
    """Counts per time bucket, stacked by series (event family), with a legend."""
    width, height = 1080, 330
    left, right, top, bottom = 48, 16, 40, 56
    plot_w, plot_h = width - left - right, height - top - bottom
    totals = [sum(s.get(b, 0) for s in series.values()) for b in buckets]
    ticks = nice_ticks(max(totals, default=0))
    y_max = ticks[-1]
    slot = plot_w / max(len(buckets), 1)
    bar = max(2.0, min(40.0, slot * 0.72))
    parts = []
    for tick in ticks:
        y = top + plot_h - plot_h * tick / y_max
        parts.append(
            f"<line x1='{left}' x2='{width - right}' y1='{y:.1f}' y2='{y:.1f}' stroke='{GRID}'/>"
            f"<text x='{left - 6}' y='{y + 4:.1f}' text-anchor='end' fill='{MUTED}'>"
            f"{_fmt(tick)}</text>"
        )
    every = max(1, math.ceil(len(buckets) / 10))  # labels of ~11 characters must not touch
    for i, bucket in enumerate(buckets):
        x = left + i * slot + (slot - bar) / 2
        base = top + plot_h
        for name, counts in series.items():
            value = counts.get(bucket, 0)
            if not value:
                continue
            h = plot_h * value / y_max
            base -= h
            colour = FAMILY_COLOURS.get(name, OTHER_COLOUR)
            tip = f"{bucket_name} of {bucket.isoformat()}: {value} {name.replace('_', ' ')}"
            parts.append(
                f"<rect x='{x:.1f}' y='{base:.1f}' width='{bar:.1f}' height='{h:.1f}' "
                f"fill='{colour}'><title>{escape(tip)}</title></rect>"
            )
        if i % every == 0:
            parts.append(
                f"<text x='{x + bar / 2:.1f}' y='{top + plot_h + 16}' text-anchor='middle' "
                f"fill='{MUTED}'>{bucket.strftime(LABEL_FORMATS[bucket_name])}</text>"
            )
    parts.append(
        f"<text x='{left + plot_w / 2:.1f}' y='{height - 10}' text-anchor='middle' "
        f"fill='{MUTED}'>{escape(bucket_name)} of first report</text>"
    )
    x = left
    for name in series:
        colour = FAMILY_COLOURS.get(name, OTHER_COLOUR)
        text = name.replace("_", " ")
        parts.append(
            f"<rect x='{x}' y='12' width='12' height='12' rx='2' fill='{colour}'/>"
            f"<text x='{x + 17}' y='22'>{escape(text)}</text>"
        )
        x += int(_text_width(text)) + 40
    return _svg(width, height, "".join(parts), label)


def range_bars(rows: Sequence[tuple[str, float, float, int]], *, label: str, unit: str) -> str:
    """One bar per row: solid to the low figure, lighter on to the high figure."""
    bar_h, gap = 22, 8
    left = min(200, max(_text_width(r[0]) for r in rows) + 16)
    width, right = 1080, 150
    top = 34
    plot_w = width - left - right
    ticks = nice_ticks(max(r[2] for r in rows))
    x_max = ticks[-1]
    height = top + len(rows) * (bar_h + gap) + 30
    parts = [
        f"<rect x='{left}' y='6' width='14' height='12' fill='#b2182b'/>"
        f"<text x='{left + 20}' y='16'>at least (sum of lowest figures)</text>"
        f"<rect x='{left + 250}' y='6' width='14' height='12' fill='#f4a582'/>"
        f"<text x='{left + 270}' y='16'>up to (sum of highest figures)</text>"
    ]
    for tick in ticks:
        x = left + plot_w * tick / x_max
        parts.append(
            f"<line x1='{x:.1f}' x2='{x:.1f}' y1='{top - 6}' y2='{height - 24}' "
            f"stroke='{GRID}'/><text x='{x:.1f}' y='{height - 8}' text-anchor='middle' "
            f"fill='{MUTED}'>{_fmt(tick)}</text>"
        )
    for i, (name, low, high, incidents) in enumerate(rows):
        y = top + i * (bar_h + gap)
        w_low = plot_w * low / x_max
        w_high = plot_w * high / x_max
        tip = f"{name}: {_fmt(low)}–{_fmt(high)} {unit} in {incidents} incident(s)"
        figure = _fmt(low) if high == low else f"{_fmt(low)}–{_fmt(high)}"
        parts.append(
            f"<g data-row='{escape(name)}' data-low='{low:g}' data-high='{high:g}'>"
            f"<title>{escape(tip)}</title>"
            f"<text x='{left - 8}' y='{y + bar_h / 2 + 4:.1f}' text-anchor='end'>"
            f"{escape(name)}</text>"
            f"<rect x='{left}' y='{y}' width='{w_high:.1f}' height='{bar_h}' fill='#f4a582'/>"
            f"<rect x='{left}' y='{y}' width='{w_low:.1f}' height='{bar_h}' fill='#b2182b'/>"
            f"<text x='{left + w_high + 6:.1f}' y='{y + bar_h / 2 + 4:.1f}' font-weight='600'>"
            f"{figure}<tspan fill='{MUTED}' font-weight='400'> · {incidents} incident"
            f"{'s' if incidents != 1 else ''}</tspan></text></g>"
        )
    return _svg(width, height, "".join(parts), label)


@dataclass(frozen=True)
class MapPoint:
    name: str
    lat: float
    lon: float
    count: int
    precision: str  # site | city | admin1 | country
    family: str | None


# Frame of the map (degrees): Syria with the edges of its neighbours.
WEST, EAST, SOUTH, NORTH = 34.8, 42.6, 32.0, 37.6
# Seats of Syria's governorates, drawn for orientation (coordinates rounded to 0.01 degree).
GOVERNORATE_SEATS = (
    ("Damascus", 33.51, 36.29), ("Aleppo", 36.20, 37.13), ("Homs", 34.73, 36.72),
    ("Hama", 35.13, 36.76), ("Latakia", 35.52, 35.79), ("Tartus", 34.89, 35.89),
    ("Idlib", 35.93, 36.63), ("Raqqa", 35.95, 39.01), ("Deir ez-Zor", 35.34, 40.14),
    ("Hasakah", 36.50, 40.75), ("Daraa", 32.63, 36.10), ("Suwayda", 32.71, 36.57),
    ("Quneitra", 33.13, 35.82),
)  # fmt: skip


Box = tuple[float, float, float, float]  # x0, y0, x1, y1 of a label


def _box(x: float, baseline: float, text: str, size: float, anchor: str) -> Box:
    """The area a label covers, from its anchor point and baseline."""
    width = _text_width(text, size)
    x0 = {"start": x, "end": x - width, "middle": x - width / 2}[anchor]
    return (x0, baseline - size, x0 + width, baseline + 3)


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def in_frame(lat: float, lon: float) -> bool:
    return SOUTH <= lat <= NORTH and WEST <= lon <= EAST


def event_map(points: Sequence[MapPoint], *, label: str, labelled: int = 12) -> str:
    """Event locations over the outlines of Syria and its neighbours (equirectangular, scaled
    for the latitude): filled circles for sites and towns, rings for governorate- or
    country-level places, area proportional to the count."""
    scale = 118.0
    squash = math.cos(math.radians((SOUTH + NORTH) / 2))
    width = (EAST - WEST) * squash * scale
    height = (NORTH - SOUTH) * scale

    def xy(lat: float, lon: float) -> tuple[float, float]:
        return (lon - WEST) * squash * scale, (NORTH - lat) * scale

    def ring_path(ring: str) -> str:
        coords = []
        for pair in ring.split():
            lon, lat = (float(v) for v in pair.split(","))
            x, y = xy(lat, lon)
            coords.append(f"{x:.1f},{y:.1f}")
        return "M" + "L".join(coords) + "Z"

    parts = [
        "<defs><clipPath id='frame'><rect width='100%' height='100%'/></clipPath></defs>",
        f"<rect width='{width:.0f}' height='{height:.0f}' fill='#dbe9f4'/>",
        "<g clip-path='url(#frame)'>",
    ]
    for country, rings in OUTLINES.items():
        syria = country == "Syria"
        fill, stroke = ("#fbf8f1", "#4a5560") if syria else ("#eceae4", "#b5b0a6")
        parts.append(
            f"<path d='{''.join(ring_path(r) for r in rings)}' fill='{fill}' stroke='{stroke}' "
            f"stroke-width='{1.4 if syria else 0.8}' stroke-linejoin='round'/>"
        )
    for country, lat, lon in (
        ("TURKEY", 37.35, 36.4), ("IRAQ", 33.9, 41.9), ("JORDAN", 32.25, 37.4),
        ("LEBANON", 33.42, 35.55),
    ):  # fmt: skip
        x, y = xy(lat, lon)
        parts.append(
            f"<text x='{x:.0f}' y='{y:.0f}' fill='#a29d92' font-size='11' "
            f"letter-spacing='2' text-anchor='middle'>{country}</text>"
        )
    taken: list[Box] = []  # labels drawn so far: no label may cover another
    for name, lat, lon in GOVERNORATE_SEATS:
        x, y = xy(lat, lon)
        taken.append(_box(x + 6, y + 14, name, 11, "start"))
        parts.append(
            f"<rect x='{x - 2.5:.1f}' y='{y - 2.5:.1f}' width='5' height='5' fill='{MUTED}'/>"
            f"<text x='{x + 6:.1f}' y='{y + 14:.1f}' fill='{MUTED}' font-size='11' "
            f"font-style='italic'>{escape(name)}</text>"
        )
    shown = sorted((p for p in points if in_frame(p.lat, p.lon)), key=lambda p: -p.count)
    for point in reversed(shown):  # biggest first underneath
        x, y = xy(point.lat, point.lon)
        r = 4 + 3.2 * math.sqrt(point.count)
        colour = FAMILY_COLOURS.get(point.family or "", OTHER_COLOUR)
        tip = f"{point.name} ({point.precision}): {point.count} incident(s)"
        if point.precision in ("site", "city"):
            style = f"fill='{colour}' fill-opacity='0.72' stroke='#ffffff' stroke-width='1.2'"
        else:
            style = (
                f"fill='{colour}' fill-opacity='0.12' stroke='{colour}' stroke-width='2' "
                "stroke-dasharray='4 3'"
            )
        parts.append(
            f"<circle cx='{x:.1f}' cy='{y:.1f}' r='{r:.1f}' {style}>"
            f"<title>{escape(tip)}</title></circle>"
        )
    for point in shown[:labelled]:
        x, y = xy(point.lat, point.lon)
        r = 4 + 3.2 * math.sqrt(point.count)
        text = f"{point.name} {point.count}"
        # right, left, above, below the circle: the first spot that covers no other label
        spots = ((x + r + 3, y + 4, "start"), (x - r - 3, y + 4, "end"),
                 (x, y - r - 4, "middle"), (x, y + r + 13, "middle"))  # fmt: skip
        for lx, ly, anchor in spots:
            box = _box(lx, ly, text, 12, anchor)
            inside = box[0] >= 0 and box[2] <= width and box[1] >= 0 and box[3] <= height
            if inside and not any(_overlap(box, other) for other in taken):
                break
        else:
            continue  # no free spot: the circle keeps its tooltip
        taken.append(box)
        parts.append(
            f"<text x='{lx:.1f}' y='{ly:.1f}' text-anchor='{anchor}' font-weight='600' "
            f"paint-order='stroke' stroke='#ffffff' stroke-width='3'>{escape(point.name)} "
            f"<tspan font-weight='400'>{point.count}</tspan></text>"
        )
    parts.append("</g>")
    parts.append(f"<rect width='{width:.0f}' height='{height:.0f}' fill='none' stroke='#9aa5b1'/>")
    return _svg(width, height, "".join(parts), label)
