"""Mine the asserted violent events the extractor finds in REAL news (FA-KES, read from
../shared), draw a seeded random sample to judge by hand, and rescore the judged sample.

    python -m tests.benchmarks.mine_fakes mine [--seed N] [--sample N] [--out F] [--exclude F ...]
    python -m tests.benchmarks.mine_fakes rescore [--judged F ...]
    python -m tests.benchmarks.mine_fakes show [--judged F] [--from N] [--to N] [--split S]
                                                [--kind K]

``mine`` runs the real extraction (``extract_batch``, as the scorers do) over every FA-KES
article the Syria dev set (tests/devset/gold.jsonl) does not code, nor shares a unit_id, a
title or a text with, and draws ``--sample`` of their asserted violent events with
``random.Random(seed)``; the same generator then marks a random third of the sampled ARTICLES
``"split": "test"`` (the rest ``"train"``), so test and train never share an article. With
``--exclude`` (the judged files), an event already judged (same article, sentence and type) is
never drawn again, and an article already judged keeps its split: the seeded third is drawn
among the new articles only. The
articles are read and cleaned as the dev set's reader does (``tests.devset.corpus``: UTF-8 with
Windows-1252 per invalid byte, then ``loaders.normalise.clean_text``), and ``sentence_start`` /
``sentence_end`` are offsets into that CLEANED ``article_content`` (the text the warehouse
stores). The file keeps no article words: FA-KES is third-party writing (../shared/README.md).
``rescore`` reruns the extraction over the judged articles and prints the rules' precision on
the sample (train / test / all) and, per kind, how many judged events still come out (a judged
event still comes out when an asserted event of its family overlaps its sentence, each asserted
event standing for one judged event: ``still_out``).
``show`` prints sampled sentences with their article's title, for the judge (never committed).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from tests.benchmarks.scoring import event_families, run_extraction
from tests.devset.corpus import (
    FAKES_CSV,
    SHARED,
    FakesRow,
    _clean,
    fakes_rows,
    load_gold,
)

JUDGED = Path(__file__).resolve().parents[1] / "devset_world" / "mined_fakes_judged.jsonl"
JUDGED_2 = JUDGED.with_name("mined_fakes_judged_2.jsonl")  # session 12's second sample
SEED = 2211  # the first sample's; the second was drawn with 2212
KINDS = (  # a wrong event's kind: samples A and B's strings, plus "duplicate in sentence"
    "background mention",
    "back-reference",
    "ongoing state or frame",
    "history",
    "statistic or aggregate",
    "sense: other",
    "sense: detention",
    "sense: cyber attack",
    "modality",
    "follow-up toll",
    "unrest: riot or crowd control",
    "death without violence",
    "metaphor",
    "duplicate in sentence",
)  # and "other: <name>" for a kind none of these names
VERDICTS = ("right", "wrong")
WRONG_FAMILY = "other: wrong family"  # a violent event happened, of another family


def iso_date(date: str) -> str | None:
    """The CSV's M/D/YYYY as ISO; None when the field is not a date."""
    try:
        month, day, year = (int(part) for part in date.split("/"))
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def devset_rows() -> set[int]:
    """FA-KES rows the Syria dev set codes, and rows sharing a unit_id, title or text with one."""
    rows = fakes_rows()
    coded = {entry["row"] for entry in load_gold() if entry["corpus"] == "fa-kes"}
    ids = {rows[n].unit_id for n in coded}
    titles = {rows[n].title.strip() for n in coded}
    texts = {rows[n].content.strip() for n in coded}
    return {
        row.row
        for row in rows
        if row.row in coded
        or row.unit_id in ids
        or row.title.strip() in titles
        or row.content.strip() in texts
    }


def doc_input(row: FakesRow) -> dict[str, Any]:
    return {
        "id": f"fakes/{row.unit_id}/{row.row}",
        "text": _clean(row.content),
        "published": iso_date(row.date),
        "title": _clean(row.title) or None,
        "source": row.source,
    }


def allowed_articles() -> list[FakesRow]:
    excluded = devset_rows()
    return [row for row in fakes_rows() if row.row not in excluded]


def asserted_events(articles: list[FakesRow]) -> list[dict[str, Any]]:
    """Every asserted violent event of the articles: unit_id, row, sentence offsets, type."""
    family = event_families()
    run = run_extraction([doc_input(row) for row in articles])
    print(f"extraction of {len(articles)} articles: {run.seconds:.0f}s, extractor {run.version}")
    found = []
    for row, result in zip(articles, run.results, strict=True):
        for event in result.get("events", []):
            if event.get("stance") != "assert":
                continue
            found.append(
                {
                    "unit_id": row.unit_id,
                    "row": row.row,
                    "sentence_start": event["sentence_start"],
                    "sentence_end": event["sentence_end"],
                    "type": event["type"],
                    "family": family[event["type"]],
                    "stance": event["stance"],
                }
            )
    return found


def event_key(event: dict[str, Any]) -> tuple[Any, ...]:
    """What makes two mined events the same: article, sentence and type."""
    return (
        event["unit_id"],
        event["row"],
        event["sentence_start"],
        event["sentence_end"],
        event["type"],
    )


def draw(
    found: list[dict[str, Any]], seed: int, size: int, prior: dict[int, str] | None = None
) -> list[dict[str, Any]]:
    """A seeded sample of events; then a seeded third of its articles is the test split.
    ``prior`` (row -> split of an earlier sample) keeps an article's split; the third is drawn
    among the other articles, and the events stay in the order drawn (so that any prefix judged
    is itself a random sample)."""
    prior = prior or {}
    rng = random.Random(seed)
    sample = rng.sample(found, min(size, len(found)))
    articles = sorted({event["row"] for event in sample} - set(prior))
    test = set(rng.sample(articles, round(len(articles) / 3)))
    test |= {row for row, split in prior.items() if split == "test"}
    if not prior:
        sample.sort(key=lambda e: (e["row"], e["sentence_start"], e["type"]))
    return [
        {**event, "verdict": "", "kind": "", "split": "test" if event["row"] in test else "train"}
        for event in sample
    ]


def mine(seed: int, size: int, out: Path, exclude: list[Path] | None = None) -> None:
    judged = [event for path in exclude or [] for event in load(path)]
    done = {event_key(event) for event in judged}
    prior = {event["row"]: event["split"] for event in judged}
    articles = allowed_articles()
    found = asserted_events(articles)
    print(f"{len(found)} asserted events; {len(done)} judged before (excluded)")
    found = [event for event in found if event_key(event) not in done]
    print(f"{len(articles)} articles outside the Syria dev set")
    print(f"{len(found)} asserted events in {len({e['row'] for e in found})} articles")
    print(
        "by type: "
        + ", ".join(f"{t} {n}" for t, n in Counter(e["type"] for e in found).most_common())
    )
    sample = draw(found, seed, size, prior)
    with out.open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(event) + "\n" for event in sample)
    splits = Counter(event["split"] for event in sample)
    print(f"sample of {len(sample)} (seed {seed}; {dict(splits)}) written to {out}")


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def wilson(right: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of a proportion."""
    if not total:
        return 0.0, 0.0
    p = right / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return centre - half, centre + half


def precision_line(name: str, events: list[dict[str, Any]]) -> str:
    right = sum(event["verdict"] == "right" for event in events)
    low, high = wilson(right, len(events))
    share = right / len(events) if events else 0.0
    return f"{name:<24}{right:>4}/{len(events):<4} = {share:.2f}  (95% CI {low:.2f}-{high:.2f})"


def still_out(judged: list[dict[str, Any]], results: dict[int, dict[str, Any]]) -> list[bool]:
    """Which judged events still come out: an asserted event of the same family overlapping
    the judged sentence, each asserted event standing for ONE judged event (so a duplicate
    removed from a sentence counts as gone). Right events are matched first: when a sentence
    keeps one of its two twins, the one kept is taken to be the right one."""
    family = event_families()
    used: set[tuple[int, int]] = set()
    out = [False] * len(judged)
    order = sorted(range(len(judged)), key=lambda i: judged[i]["verdict"] != "right")
    for index in order:
        event = judged[index]
        for number, other in enumerate(results[event["row"]].get("events", [])):
            key = (event["row"], number)
            if key in used or other.get("stance") != "assert":
                continue
            if family[other["type"]] != family[event["type"]]:
                continue
            if (
                other["sentence_start"] < event["sentence_end"]
                and other["sentence_end"] > event["sentence_start"]
            ):
                used.add(key)
                out[index] = True
                break
    return out


def rescore(paths: list[Path]) -> None:
    judged = [event for path in paths for event in load(path) if event["verdict"]]
    rows = fakes_rows()
    numbers = sorted({event["row"] for event in judged})
    run = run_extraction([doc_input(rows[n]) for n in numbers])
    results = dict(zip(numbers, run.results, strict=True))
    print(f"{len(judged)} judged events in {len(numbers)} articles; extractor {run.version}")
    print("precision of the rules on the judged sample (as mined):")
    for split in ("train", "test"):
        print(precision_line(split, [e for e in judged if e["split"] == split]))
    print(precision_line("all", judged))
    happened = [{**e, "verdict": "right"} if e["kind"] == WRONG_FAMILY else e for e in judged]
    print(precision_line("any family", happened) + "  (wrong family counted right)")
    print("by family of the asserted type:")
    for family in sorted({e["family"] for e in judged}):
        print(precision_line(f"  {family}", [e for e in judged if e["family"] == family]))
    before, after = Counter(), Counter()
    kept: dict[str, Counter[str]] = {"train": Counter(), "test": Counter()}
    found = still_out(judged, results)
    for index, event in enumerate(judged):
        kind = "right" if event["verdict"] == "right" else f"wrong: {event['kind']}"
        out = found[index]
        before[kind] += 1
        after[kind] += out
        kept[event["split"]][event["verdict"]] += out
        kept[event["split"]]["lost right"] += event["verdict"] == "right" and not out
    print(f"\n{'kind':<44}{'judged':>8}{'still out':>10}")
    for kind, count in sorted(before.items(), key=lambda kv: (kv[0] != "right", -kv[1], kv[0])):
        print(f"{kind:<44}{count:>8}{after[kind]:>10}")
    total, right = sum(after.values()), after["right"]
    if total:
        print(f"precision of what still comes out: {right}/{total} = {right / total:.2f}")
    for split, counts in kept.items():
        out = counts["right"] + counts["wrong"]
        share = counts["right"] / out if out else 0.0
        print(
            f"  {split}: {counts['right']}/{out} = {share:.2f} still out"
            f" ({counts['lost right']} right events lost)"
        )


def show(
    path: Path, start: int, stop: int, split: str | None = None, kind: str | None = None
) -> None:
    """The sampled sentences to judge, with a little context (printed, never stored).

    ``split`` keeps one split's rows (``train`` for tuning: the test rows are measured only);
    ``kind`` keeps the rows judged with that kind (``right`` for the right ones)."""
    rows = fakes_rows()
    for index, event in enumerate(load(path)[start:stop], start):
        if split and event["split"] != split:
            continue
        if kind and (event["kind"] or event["verdict"]) != kind:
            continue
        text = _clean(rows[event["row"]].content)
        s, e = event["sentence_start"], event["sentence_end"]
        before = text[max(0, s - 300) : s].replace("\n", " ")
        verdict = f"{event['verdict']} {event['kind']}".strip()
        print(f"#{index} row {event['row']} {event['type']} [{event['split']}] {verdict}")
        print(f"   title: {_clean(rows[event['row']].title)[:120]}")
        print(f"   ...{before[-300:]}")
        print(f"   >>> {text[s:e]}")
        print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    mining = sub.add_parser("mine")
    mining.add_argument("--seed", type=int, default=SEED)
    mining.add_argument("--sample", type=int, default=400)
    mining.add_argument("--out", type=Path, default=JUDGED)
    mining.add_argument("--exclude", type=Path, nargs="*", default=[])
    rescoring = sub.add_parser("rescore")
    rescoring.add_argument("--judged", type=Path, nargs="+", default=[JUDGED, JUDGED_2])
    showing = sub.add_parser("show")
    showing.add_argument("--judged", type=Path, default=JUDGED)
    showing.add_argument("--from", dest="start", type=int, default=0)
    showing.add_argument("--to", dest="stop", type=int, default=50)
    showing.add_argument("--split", choices=("train", "test"), default=None)
    showing.add_argument("--kind", default=None, help="a judged kind, or 'right'")
    args = parser.parse_args(argv)
    if not (SHARED / FAKES_CSV).exists():
        print(f"skipped: {SHARED / FAKES_CSV} is absent (FA-KES is read from ../shared)")
        return 0
    if args.command == "mine":
        mine(args.seed, args.sample, args.out, args.exclude)
    elif args.command == "rescore":
        rescore([path for path in args.judged if path.exists()])
    else:
        show(args.judged, args.start, args.stop, args.split, args.kind)
    return 0


if __name__ == "__main__":
    sys.exit(main())
