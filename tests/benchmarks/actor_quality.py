"""World actor resolution quality: country and sector right, by category and split.

    python -m tests.benchmarks.actor_quality [--split S] [--misses] [--json]

Reads tests/devset_actors/world_actors.csv (descriptions written for this project, world-wide:
demonyms, institutions, titled officials, named people, places as homes, international bodies,
states, armed groups, hyphenated forms), resolves each with ``resolve_actor`` (the function
``wirehouse actors resolve`` and extraction use) and prints the share with the expected country
(ISO 3166-1 alpha-3; empty = no country) and the expected CAMEO sector. Rows marked ``holdout``,
``blind``, ``blind2``, ``aside5`` (71 rows set apart in session 5 from the dev rows written
then, before any run) and ``aside35`` (23 historical actors set apart in session 10's
five-decades round, a random third of its rows, before any run), ``blind3`` (100 rows written
and committed in session 11 before any run: historical armed groups, regional forces, small
states, missions, companies, possessive and hyphenated forms) and ``aside41`` (a seeded third
of session 11's new dev rows, set apart before their first run), ``blind4`` (80 rows written
and committed in session 12 before any run, from everywhere: demonyms of small states, armies,
police forces, courts and parliaments named in full, officials by title, leaders and rebel
chiefs of five decades, regional bodies, groups of Africa and Asia) and ``asidetowns`` (20 of
session 12's 60 town and region homes, drawn with ``random.Random(6060)`` before their first
run) are for reporting only: nobody tunes on them. ``towns`` (the other 40 homes) is tuned on
like ``dev``. Goals (dev): country >= 95%, sector >= 90%.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

TABLE = Path(__file__).resolve().parents[1] / "devset_actors" / "world_actors.csv"
SPLITS = (
    "dev",
    "holdout",
    "blind",
    "blind2",
    "aside5",
    "aside35",
    "blind3",
    "aside41",
    "blind4",
    "towns",
    "asidetowns",
)


def read_table(path: Path = TABLE) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def score(rows: list[dict[str, str]]) -> tuple[dict, list[str]]:
    """{(split, category): [n, country right, sector right]} and the misses, as text."""
    from loaders.extraction.actors import resolve_actor

    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    misses: list[str] = []
    for row in rows:
        actor = resolve_actor(row["description"])
        country = (actor.country if actor else None) or ""
        sector = (actor.sector if actor else None) or ""
        country_ok = country == row["expected_country"]
        sector_ok = sector == row["expected_sector"]
        for key in ((row["split"], row["category"]), (row["split"], "ALL")):
            counts[key][0] += 1
            counts[key][1] += country_ok
            counts[key][2] += sector_ok
        if not (country_ok and sector_ok):
            misses.append(
                f"{row['split']:7} {row['category']:18} {row['description']!r}: got "
                f"{country or '-'}/{sector or '-'}, expected "
                f"{row['expected_country'] or '-'}/{row['expected_sector']}"
            )
    return dict(counts), misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--misses", action="store_true", help="print every wrong row")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rows = [r for r in read_table() if args.split in ("all", r["split"])]
    started = time.perf_counter()
    counts, misses = score(rows)
    seconds = time.perf_counter() - started
    if args.json:
        names = ("n", "country", "sector")
        out = {f"{s}/{c}": dict(zip(names, v, strict=True)) for (s, c), v in counts.items()}
        print(json.dumps(out, indent=1, sort_keys=True))
        return 0
    print(f"{len(rows)} descriptions resolved in {seconds:.2f} s (dictionaries loaded included)")
    width = max(len(split) for split in SPLITS) + 1  # a split's name never runs into its category
    print(f"{'split':{width}}{'category':20}{'n':>5}{'country':>10}{'sector':>10}")
    for split in SPLITS:
        keys = sorted((k for k in counts if k[0] == split), key=lambda k: (k[1] == "ALL", k[1]))
        for key in keys:
            n, country, sector = counts[key]
            print(f"{split:{width}}{key[1]:20}{n:5}{country / n:10.1%}{sector / n:10.1%}")
    if args.misses:
        # the other splits are measured only: their misses are never listed
        dev_misses = [miss for miss in misses if miss.startswith(("dev ", "towns "))]
        print("\n".join(["", "misses (dev and towns rows only):", *dev_misses]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
