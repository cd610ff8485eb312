"""Disputes an analyst can trust, end to end, on the dispute items of the world dev set.

    python -m tests.benchmarks.dispute_quality [--misses] [--keep DIR]

The items of tests/devset_world/world.jsonl (tag ``dispute:<kind>``: targets, denial,
toll, or none for a hard negative; tests/devset_world/README.md, "Dispute set") are written to a
JSON Lines file, one article each, loaded into a fresh warehouse with ``wirehouse load`` (the real
extraction) and built with ``wirehouse build`` (the real dbt marts; a failed dbt test is printed,
the marts are read all the same). The rows of
``marts.mart_disputed_strikes`` are then scored per item: an item is found disputed when a row's
evidence lies in its article alone; a row whose evidence spans two items is a false dispute of
its own. Precision = disputed items found among items with a dispute coded / (items found + rows
across items); recall = items with a coded dispute found / items with a coded dispute. The
striker of a found row is right when its country is the country of one of the item's coded
actors. Figures are printed for the ``dev`` split and the measured-only ``aside4`` of the dispute
set, and for the dispute items of the wire paragraphs (w2000-w2099, README "Wire paragraphs":
``dev`` and the measured-only ``aside10``), from one build of all the items; ``--misses`` lists
the missed and false items of the dev splits only.
Not a test: it prints figures, it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from tests.benchmarks.world_quality import MEASURED_ONLY, load_items

REPO = Path(__file__).resolve().parents[2]
TAG = "dispute:"
# the outlet every item is credited to: its writer's voice is "Reuters (writer)"
OUTLET = "Reuters"
# the sets scored apart, as (split, item numbers): the dispute set and the wire paragraphs
DISPUTE_SET, WIRE_PARAGRAPHS = range(1450, 1500), range(2000, 2100)
GROUPS = (
    ("dev", DISPUTE_SET),
    ("aside4", DISPUTE_SET),
    ("dev", WIRE_PARAGRAPHS),
    ("aside10", WIRE_PARAGRAPHS),
)


def dispute_items(split: str) -> list[dict[str, Any]]:
    """The items coded with a ``dispute:`` tag, of one split (or all)."""
    return [i for i in load_items(split) if any(t.startswith(TAG) for t in i["tags"])]


def gold_kind(item: dict[str, Any]) -> str:
    return next(t[len(TAG) :] for t in item["tags"] if t.startswith(TAG))


def build_warehouse(items: list[dict[str, Any]], workdir: Path) -> tuple[Path, str]:
    """Load the items as articles and build the marts, as a user would: the warehouse path and
    what the build said when a dbt test failed ("" when all passed)."""
    articles = workdir / "dispute_items.jsonl"
    with articles.open("w", encoding="utf-8") as handle:
        for item in items:
            record = {"id": item["id"], "text": item["text"], "published": item["published"]}
            handle.write(json.dumps({**record, "source": OUTLET}) + "\n")
    db = workdir / "warehouse.duckdb"
    env = {**os.environ, "DO_NOT_TRACK": "1", "OPENBLAS_NUM_THREADS": "1"}
    command = [sys.executable, "-m", "loaders.cli", "--db", str(db)]
    loaded = subprocess.run(
        [*command, "load", "-q", str(articles)], env=env, cwd=REPO, capture_output=True, text=True
    )
    if loaded.returncode != 0:
        raise RuntimeError(f"wirehouse load failed:\n{loaded.stdout}\n{loaded.stderr}")
    built = subprocess.run(
        [*command, "build", "--quiet"], env=env, cwd=REPO, capture_output=True, text=True
    )
    failed = "" if built.returncode == 0 else (built.stdout + built.stderr).strip()
    return db, failed


@dataclass
class DisputeRow:
    dispute_id: str
    kind: str
    actor: str
    actor_country: str | None
    groups: tuple[str, str]
    claimants: tuple[str, str]
    items: frozenset[str]


def dispute_rows(db: Path) -> list[DisputeRow]:
    """Every row of the dispute mart with the items (article external ids) of its evidence."""
    sql = """
        select d.dispute_id, d.dispute_kind, d.actor_name, min(actor.country_iso3),
            d.target_group_a, d.target_group_b, d.claimants_a, d.claimants_b,
            list(distinct a.external_id)
        from marts.mart_disputed_strikes d
        join marts.mart_disputed_strike_evidence e using (dispute_id)
        join main.articles a on a.article_id = e.article_id
        left join main.entities actor
            on actor.canonical_name = d.actor_name and actor.kind = 'actor'
        group by all
    """
    with duckdb.connect(str(db), read_only=True) as conn:
        return [
            DisputeRow(r[0], r[1], r[2], r[3], (r[4], r[5]), (r[6], r[7]), frozenset(r[8]))
            for r in conn.execute(sql).fetchall()
        ]


@dataclass
class Score:
    items: int = 0
    coded: int = 0  # items with a dispute coded
    found: int = 0  # items with a row of their own
    right: int = 0  # coded items found
    striker_right: int = 0  # of them, the row's striker is a coded actor's country
    across: int = 0  # rows whose evidence spans several items
    false_items: list[str] = field(default_factory=list)
    missed_items: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        wrong = self.found - self.right + self.across
        return self.right / (self.right + wrong) if self.right + wrong else None

    @property
    def recall(self) -> float | None:
        return self.right / self.coded if self.coded else None


def score(items: list[dict[str, Any]], rows: list[DisputeRow]) -> Score:
    result = Score(items=len(items))
    by_item: dict[str, list[DisputeRow]] = {}
    for row in rows:
        if len(row.items) > 1:
            result.across += 1
        else:
            by_item.setdefault(next(iter(row.items)), []).append(row)
    for item in items:
        coded = gold_kind(item) != "none"
        found = by_item.get(item["id"], [])
        result.coded += coded
        result.found += bool(found)
        if coded and found:
            result.right += 1
            countries = {e["actor"]["country"] for e in item["events"] if e["actor"]}
            result.striker_right += any(row.actor_country in countries for row in found)
        elif found:
            result.false_items.append(item["id"])
        elif coded:
            result.missed_items.append(item["id"])
    return result


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def report(split: str, result: Score) -> None:
    print(
        f"dispute set: {result.items} items, {result.coded} with a dispute coded; split {split}\n"
        f"items found disputed {result.found} (right {result.right}, striker right "
        f"{result.striker_right}), rows across items {result.across}\n"
        f"dispute precision {_figure(result.precision)}  recall {_figure(result.recall)}"
    )


def print_misses(items: list[dict[str, Any]], result: Score, rows: list[DisputeRow]) -> None:
    texts = {item["id"]: item for item in items}
    for label, ids in (("false", result.false_items), ("missed", result.missed_items)):
        for item_id in ids:
            item = texts[item_id]
            print(f"{label} {item_id} ({gold_kind(item)}): {item['text']}")
            for row in rows:
                if item_id in row.items:
                    print(f"    {row.kind} {row.actor}: {row.groups} by {row.claimants}")
    for row in rows:
        if len(row.items) > 1:
            print(f"across {sorted(row.items)}: {row.kind} {row.actor} {row.groups}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the dev split's errors")
    parser.add_argument("--keep", type=Path, help="build the warehouse in this directory")
    args = parser.parse_args(argv)
    items = dispute_items("all")
    with tempfile.TemporaryDirectory(prefix="dispute_quality_") as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        db, failed = build_warehouse(items, workdir)
        rows = dispute_rows(db)
    if failed:
        print(f"wirehouse build failed a check (marts read all the same):\n{failed}\n")
    for split, ids_from in GROUPS:
        chosen = [i for i in items if i["split"] == split and int(i["id"][1:]) in ids_from]
        ids = {item["id"] for item in chosen}
        # a row across items counts against the split of any of its items
        result = score(chosen, [row for row in rows if row.items & ids])
        report(f"{split} w{ids_from.start}-w{ids_from.stop - 1}", result)
        if args.misses and split not in MEASURED_ONLY:
            print_misses(chosen, result, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
