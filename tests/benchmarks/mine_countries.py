"""Mining the actor's COUNTRY on synthetic world news (issue 13, session 10, h-countries10).

    python -m tests.benchmarks.mine_countries sample [SEED] [STORIES]   # print what comes out
    python -m tests.benchmarks.mine_countries recount [--wrong]         # score the judged sample

``sample`` runs the real extractor over a random sample (seed given, default 5300) of the
synthetic stories in ``../shared/data/synthetic-news/`` labelled ASSAULT, COERCE, PROTEST or
MOBILIZE (then other labels), one story per setting country in turn (countries shuffled by the
seed) so the sample is spread over as many countries as possible; stories quoted by a
hand-coded set and their same-title siblings are left out
(``scripts.event_classifier.weak_labels.excluded_rows``). It prints every event found (asserted
or not) with the actor's and target's text and country.

``recount`` reruns the extractor over the judged stories (``mine_countries_judged.jsonl``: one
line per judged event: row, event type, the actor's and target's words, the country a reader
gives each (null: no country), and the KIND of the error seen in the first run) and prints, per
kind, how many judged countries the extractor now gets right.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from scripts.event_classifier.__main__ import SHARED, SYNTHETIC
from scripts.event_classifier.candidates import synthetic_rows
from tests.benchmarks.scoring import run_extraction

STORIES = SHARED / SYNTHETIC
JUDGED = Path(__file__).resolve().parent / "mine_countries_judged.jsonl"
LABELS = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})


def rows() -> list[dict[str, str]]:
    return synthetic_rows(STORIES)


def setting(row: dict[str, str]) -> str:
    """The setting country's name: what the prompt has where the title has {country_1}."""
    parts = re.split(r"\{country_\d\}", row["title"])
    pattern = "(.+?)".join(re.escape(part) for part in parts)
    first = row["prompt"].strip().split("\n")[0].strip()  # the title; the dateline follows
    found = re.fullmatch(pattern, first) if len(parts) > 1 else None
    return found.group(1) if found else "?"


def sample(seed: int, stories: int) -> list[int]:
    """Stories of the four labels first (only ~90 are left after the exclusion), then stories of
    the other labels (their background sentences tell violent events too), each group taken one
    story per setting country in turn."""
    from scripts.event_classifier.__main__ import CODED
    from scripts.event_classifier.weak_labels import excluded_rows

    table = rows()
    excluded = excluded_rows(table, *CODED)
    chooser = random.Random(seed)
    picked: list[int] = []
    for wanted in (True, False):
        by_country: dict[str, list[int]] = defaultdict(list)
        for index, row in enumerate(table):
            if (row["label"] in LABELS) == wanted and index not in excluded:
                by_country[setting(row)].append(index)
        countries = sorted(by_country)
        chooser.shuffle(countries)
        for country in countries:
            chooser.shuffle(by_country[country])
        while len(picked) < stories and any(by_country.values()):
            for country in countries:
                if by_country[country] and len(picked) < stories:
                    picked.append(by_country[country].pop())
    return picked


def extract(picked: list[int]) -> dict[int, list[dict[str, Any]]]:
    table = rows()
    run = run_extraction([{"id": str(i), "text": table[i]["text"]} for i in picked])
    return {int(result["id"]): result["events"] for result in run.results}


def _ref(ref: dict[str, Any] | None) -> tuple[str | None, str | None]:
    return (ref["text"], ref["country"]) if ref else (None, None)


def show(seed: int, stories: int) -> None:
    table = rows()
    picked = sample(seed, stories)
    for row, events in extract(picked).items():
        text = table[row]["text"]
        for event in events:
            actor, target = _ref(event["actor"]), _ref(event["target"])
            sentence = text[event["sentence_start"] : event["sentence_end"]]
            print(json.dumps({"row": row, "setting": setting(table[row]), "type": event["type"],
                              "stance": event["stance"], "actor": actor, "target": target,
                              "sentence": sentence}, ensure_ascii=False))  # fmt: skip


def recount(show: bool = False) -> None:
    judged = [json.loads(line) for line in JUDGED.open(encoding="utf-8") if line.strip()]
    found = extract(sorted({j["row"] for j in judged}))
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    for entry in judged:
        events = [e for e in found.get(entry["row"], []) if e["type"] == entry["type"]]
        for role in ("actor", "target"):
            if role + "_gold" not in entry:
                continue
            kind = entry.get(role + "_kind") or "right"
            words = entry[role]
            same = [e for e in events if e[role] and e[role]["text"] == words]
            # two events of one type and words: the one with the first run's country, if any
            first = [e for e in same if e[role]["country"] == entry[role + "_first"]]
            got = (first or same)[0][role]["country"] if same else "(not found)"
            tally[kind]["judged"] += 1
            tally[kind]["right now"] += got == entry[role + "_gold"]
            if show and got != entry[role + "_gold"]:
                print(
                    f"  row {entry['row']} {entry['type']} {role} {words!r}: "
                    f"{got} (judged {entry[role + '_gold']}; {kind})"
                )
    print(f"{'kind (first run)':<66}{'judged':>8}{'right now':>11}")
    for kind, counts in sorted(tally.items(), key=lambda item: -item[1]["judged"]):
        print(f"{kind:<66}{counts['judged']:>8}{counts['right now']:>11}")
    total = sum((c for c in tally.values()), Counter())
    print(f"{'all':<66}{total['judged']:>8}{total['right now']:>11}")


def main(argv: list[str]) -> int:
    if not STORIES.exists():
        print(f"skipped: {STORIES} is absent")
        return 0
    if argv[:1] == ["sample"]:
        show(int(argv[1]) if len(argv) > 1 else 5300, int(argv[2]) if len(argv) > 2 else 110)
    elif argv[:1] == ["recount"]:
        recount(show=argv[1:] == ["--wrong"])
    else:
        print(__doc__)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
