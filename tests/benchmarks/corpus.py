"""A deterministic synthetic corpus of wire-style conflict articles, with the events it planted.

    python -m tests.benchmarks.corpus --size 10000 --out DIR [--seed 7] [--start 0]
                                      [--recent-days N]

writes ``DIR/articles.jsonl`` (the loader's JSON Lines: id, title, text, published, source) and
``DIR/gold.jsonl`` (per article: id and the planted events: type, actor, target, place, date,
killed, injured, claimant, stance).

Every sentence is generated here from templates; only names come from the project's own data
(actors from ``loaders/data/actors*.yaml``, places from ``loaders/data/places.csv``). Article
``i`` depends only on the seed and ``i`` (its own ``random.Random``), so the first 1,000 articles
of the 10k corpus are the 1k corpus, and ``--start 10000 --size 100`` gives 1% of new articles
that none of the first 10,000 repeat. Titles carry the article number's dispatch tag, so no two
articles are near duplicates (same source, title and day) and every article loads as new.
``--recent-days N`` publishes the articles in the N days after the corpus's eight years (the
same articles otherwise): news as it arrives, not spread over old dates.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parents[2] / "loaders" / "data"
FIRST_DAY = dt.date(2012, 1, 1)
DAYS = 365 * 8
SOURCES = (
    "Levant Ledger", "Gulf Wire Daily", "Euphrates Observer", "Cedar Coast Times",
    "Volga Herald", "Bosphorus Dispatch", "Orontes Gazette", "Reuters", "AFP", "AP",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


@dataclass(frozen=True)
class Party:
    name: str  # canonical actor name (gold)
    surfaces: tuple[str, ...]  # how the copy names it


@dataclass(frozen=True)
class Spot:
    name: str
    admin1: str


@cache
def _actors() -> dict[str, list[Party]]:
    """Attackers (states through their forces, armed groups), targets and monitors."""
    entries: list[dict[str, Any]] = []
    for path in sorted(DATA.glob("actors*.yaml")):
        entries.extend((yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("actors", []))
    states, groups, speakers = [], [], []
    for entry in entries:
        name, kind = entry["name"], entry.get("kind")
        adjectives = entry.get("adjectives") or []
        if kind == "state" and adjectives and entry.get("sector") == "GOV":
            adj = adjectives[0]
            states.append(Party(name, (f"{adj} warplanes", f"{adj} forces", f"{adj} jets",
                                       f"the {adj} military", f"{adj} troops")))  # fmt: skip
            speakers.append(Party(name, (f"the {adj} defence ministry", f"{adj} officials")))
        elif kind == "armed_group":
            plural = name.endswith(("s", "Front", "Army", "Forces"))
            groups.append(Party(name, (name,) if plural else (name, f"{name} fighters")))
        elif kind == "monitor":
            speakers.append(Party(name, (f"the {name}" if " " in name else name,)))
    keep = {"Russia", "Syria", "United States", "Turkey", "Iran", "Iraq", "Israel", "France"}
    states = [s for s in states if s.name in keep]
    speakers = [s for s in speakers if s.name in keep or "the " + s.name in s.surfaces]
    civilians = [
        Party("Civilians", (s,)) for s in ("civilians", "a hospital", "a market", "a school")
    ]
    return {
        "attackers": states + groups,
        "targets": groups + civilians,
        "speakers": speakers,
    }


@cache
def _places() -> list[Spot]:
    with (DATA / "places.csv").open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return [
            Spot(row["name"], row["admin1"] or row["name"])
            for row in rows
            if row["precision"] in ("city", "site") and row["country"] in ("SYR", "IRQ")
        ]


# Event sentences: (type, template). {a} actor, {t} target, {p} place, {d} date phrase,
# {k} casualty clause (may be empty).
EVENT_TEMPLATES: tuple[tuple[str, str], ...] = (
    ("air_strike", "{a} carried out air strikes on {t} in {p} {d}{k}."),
    ("air_strike", "{a} bombed positions held by {t} near {p} {d}{k}."),
    ("air_strike", "Air raids by {a} hit {t} in {p} {d}{k}."),
    ("shelling", "{a} shelled {t} in {p} {d}{k}."),
    ("shelling", "Artillery fire from {a} struck {t} on the edge of {p} {d}{k}."),
    ("missile_attack", "{a} fired cruise missiles at {t} in {p} {d}{k}."),
    ("bombing", "A car bomb planted by {a} exploded among {t} in {p} {d}{k}."),
    ("suicide_bombing", "A suicide bomber from {a} blew himself up near {t} in {p} {d}{k}."),
    ("armed_clash", "{a} clashed with {t} outside {p} {d}{k}."),
    ("ground_offensive", "{a} launched a ground offensive against {t} around {p} {d}{k}."),
    ("territory_capture", "{a} captured {p} from {t} {d}{k}."),
    ("killing", "{a} killed {t} in {p} {d}."),
    ("abduction", "{a} abducted {t} in {p} {d}."),
)
ATTRIBUTIONS = (
    "{s} said.", "according to {s}.", "{s} said in a statement.", "{s} told reporters.",
)  # fmt: skip
FILLERS = (
    "The fighting has displaced thousands of families over the past month.",
    "Aid agencies have warned that food and medicine are running short in the area.",
    "Ceasefire talks have stalled, and diplomats expect no progress before the end of the month.",
    "The road between the two towns has been closed for most of the week.",
    "Residents said the power had been cut since the morning and water was being rationed.",
    "The reports could not be independently verified because access to the area is restricted.",
    "The conflict, now in its fifth year, has drawn in regional and world powers.",
    "Schools in the district stayed closed and most shops kept their shutters down.",
    "Local councils have appealed for ambulances and fuel for the generators of field clinics.",
    "Analysts said the front line had barely moved since the spring.",
    "Prices of bread and fuel have more than doubled in the markets of the province.",
    "A spokesman for the United Nations called on all sides to protect civilians.",
)  # fmt: skip
TITLES = (
    "{A} strikes hit {p}", "Deadly attack reported near {p}", "Fighting intensifies around {p}",
    "{A} accused over raid on {p}", "Casualties mount in {P} as {A} presses on",
    "Monitor reports new attack in {p}",
)  # fmt: skip


def _casualties(rng: random.Random) -> tuple[str, int | None, int | None]:
    roll = rng.random()
    if roll < 0.3:
        return "", None, None
    killed = rng.randint(1, 60)
    if roll < 0.55:
        return f", killing {killed} people", killed, None
    if roll < 0.75:
        injured = rng.randint(2, 90)
        return f", killing at least {killed} and wounding {injured}", killed, injured
    if roll < 0.9 and killed <= len(NUMBER_WORDS) + 1 and killed >= 2:
        return f", killing {NUMBER_WORDS[killed - 2]} civilians", killed, None
    return f". At least {killed} people were killed", killed, None


def _date_phrase(rng: random.Random, published: dt.date) -> tuple[str, str, str]:
    """A phrase and the date and precision it stands for, relative to the article's date."""
    roll = rng.random()
    if roll < 0.4:
        day = published - dt.timedelta(days=rng.randint(0, 6))
        return "on " + WEEKDAYS[day.weekday()], day.isoformat(), "day"
    if roll < 0.6:
        day = published - dt.timedelta(days=1)
        return "yesterday", day.isoformat(), "day"
    if roll < 0.8:
        day = published - dt.timedelta(days=rng.randint(0, 10))
        return f"on {day.strftime('%B')} {day.day}", day.isoformat(), "day"
    return "overnight", published.isoformat(), "day"


def article(
    index: int, seed: int, recent_days: int | None = None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Article ``index`` of the corpus with this seed, and its gold events. ``recent_days``:
    published in that many days after the corpus's period (news arriving), not within it."""
    rng = random.Random(seed * 1_000_003 + index)
    actors, places = _actors(), _places()
    day = rng.randrange(DAYS)  # drawn either way: the rest of the article stays the same
    published = FIRST_DAY + dt.timedelta(days=DAYS + day % recent_days if recent_days else day)
    source = rng.choice(SOURCES)
    paragraphs: list[str] = []
    gold: list[dict[str, Any]] = []
    headline_actor: Party | None = None
    headline_place: Spot | None = None
    for _ in range(rng.randint(2, 5)):
        kind, template = rng.choice(EVENT_TEMPLATES)
        actor = rng.choice(actors["attackers"])
        target = rng.choice([t for t in actors["targets"] if t.name != actor.name])
        place = rng.choice(places)
        headline_actor, headline_place = headline_actor or actor, headline_place or place
        phrase, date, precision = _date_phrase(rng, published)
        clause, killed, injured = _casualties(rng) if "{k}" in template else ("", None, None)
        sentence = template.format(
            a=rng.choice(actor.surfaces), t=rng.choice(target.surfaces), p=place.name,
            d=phrase, k=clause,
        )  # fmt: skip
        sentence = sentence[0].upper() + sentence[1:]
        claimant: str | None = None
        stance = "assert"
        if rng.random() < 0.6:
            speaker = rng.choice(actors["speakers"])
            claimant = speaker.name
            said = rng.choice(ATTRIBUTIONS).format(s=rng.choice(speaker.surfaces))
            if rng.random() < 0.15:
                stance = "deny"
                sentence = f"{speaker.surfaces[0][0].upper()}{speaker.surfaces[0][1:]} denied "
                sentence += f"reports that {actor.surfaces[0]} had attacked {place.name} {phrase}."
            else:
                sentence = f"{sentence[:-1]}, {said}"
        gold.append(
            {"type": kind, "actor": actor.name, "target": target.name, "place": place.name,
             "admin1": place.admin1, "date": date, "date_precision": precision,
             "killed": killed, "injured": injured, "claimant": claimant, "stance": stance}
        )  # fmt: skip
        background = rng.sample(FILLERS, rng.randint(2, 5))
        paragraphs.append(sentence)
        paragraphs.append(" ".join(background))
    assert headline_actor is not None and headline_place is not None
    first = headline_actor.surfaces[0]
    who = first.split(" ")[0] if first.endswith(("warplanes", "forces", "jets")) else first
    title = rng.choice(TITLES).format(A=who, p=headline_place.name, P=headline_place.admin1)
    title = f"{title[0].upper()}{title[1:]} ({index:07d})"  # a dispatch tag: no near duplicates
    record = {
        "id": f"bench-{seed}-{index:07d}",
        "title": title,
        "text": "\n\n".join(paragraphs),
        "published": published.isoformat(),
        "source": source,
    }
    return record, {"id": record["id"], "events": gold}


def generate(
    size: int, seed: int = 7, start: int = 0, recent_days: int | None = None
) -> Iterator[tuple[dict, dict]]:
    for index in range(start, start + size):
        yield article(index, seed, recent_days)


def write(
    out: Path, size: int, seed: int = 7, start: int = 0, recent_days: int | None = None
) -> tuple[Path, Path]:
    out.mkdir(parents=True, exist_ok=True)
    articles_path, gold_path = out / "articles.jsonl", out / "gold.jsonl"
    with articles_path.open("w", encoding="utf-8") as a, gold_path.open("w", encoding="utf-8") as g:
        for record, gold in generate(size, seed, start, recent_days):
            a.write(json.dumps(record, ensure_ascii=False) + "\n")
            g.write(json.dumps(gold, ensure_ascii=False) + "\n")
    return articles_path, gold_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--start", type=int, default=0, help="index of the first article")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--recent-days", type=int, help="published after the corpus's period")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    articles_path, _ = write(args.out, args.size, args.seed, args.start, args.recent_days)
    print(articles_path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
