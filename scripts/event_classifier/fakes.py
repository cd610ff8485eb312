"""Judged candidates from REAL news for the event veto: the ``"split": "train"`` rows of the
judged FA-KES samples (tests/devset_world/mined_fakes_judged.jsonl and, since session 12,
mined_fakes_judged_2.jsonl; FA-KES read from ../shared, never copied), and the veto's evaluation
on their ``"split": "test"`` rows (an article keeps one split across the two samples).

The articles are read and cleaned as tests/benchmarks/mine_fakes.py reads them (its offsets
index that cleaned text), parsed by the rules through collect.documents (cached), and each
judged event labels the asserted candidates of its type in its sentence (of its family when
none has its type). A judged event of kind ``other: wrong family`` counts as right: a violent
event happened, and a veto cannot retype it (dropping it loses a real event). Groups are
articles (``fakes:<row>``), so cross-validation keeps an article in one fold.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scripts.event_classifier.collect import Labelled, by_sentence, documents
from scripts.event_classifier.sources import judged_rows

JUDGED = Path(__file__).resolve().parents[2] / "tests" / "devset_world" / "mined_fakes_judged.jsonl"
JUDGED_FILES = (JUDGED, JUDGED.with_name("mined_fakes_judged_2.jsonl"))  # as mine_fakes.JUDGED_2
WRONG_FAMILY = "other: wrong family"  # as mine_fakes.WRONG_FAMILY
SOURCE = "fakes"


def skipped(shared: Path) -> str | None:
    """Why the FA-KES source cannot be read (None when it can)."""
    from tests.devset.corpus import FAKES_CSV

    if not (shared / FAKES_CSV).exists():
        return f"no FA-KES at {shared / FAKES_CSV} (read from ../shared, never copied)"
    return None


def right_for_veto(row: dict[str, Any]) -> bool:
    return row["verdict"] == "right" or row.get("kind") == WRONG_FAMILY


def fakes_documents(numbers: set[int]) -> dict[int, dict]:
    """Row -> the rules' cached record of that FA-KES article (cleaned as mine_fakes reads it)."""
    from tests.benchmarks.mine_fakes import doc_input
    from tests.devset.corpus import fakes_rows

    rows = fakes_rows()
    inputs = [doc_input(rows[n]) for n in sorted(numbers)]
    docs = documents((f"fakes:{d['id']}", d["text"], d["published"]) for d in inputs)
    return {n: docs[f"fakes:{d['id']}"] for n, d in zip(sorted(numbers), inputs, strict=True)}


def matching(record: dict, row: dict, families: dict[str, str]) -> list[dict]:
    """The asserted candidates a judged row names: its type in its sentence, else its family."""
    same = by_sentence(record, row, families)
    typed = [e for e in same if e["type"] == row["type"]]
    return typed or same


def judged(paths: tuple[Path, ...], test: bool) -> list[dict]:
    """The judged rows of every sample file present: their test rows, or the others."""
    return [row for path in paths if path.exists() for row in judged_rows(path, test=test)]


def fakes_candidates(
    shared: Path, families: dict[str, str], paths: tuple[Path, ...] = JUDGED_FILES
) -> list[Labelled]:
    """The train rows' candidates with their verdicts; [] (with the reason printed) when
    ../shared holds no FA-KES. One verdict per candidate: the first judged row naming it."""
    reason = skipped(shared)
    if reason:
        print(f"  FA-KES source skipped: {reason}")
        return []
    train = judged(paths, test=False)
    docs = fakes_documents({r["row"] for r in train})
    seen: set[tuple[int, int]] = set()
    found: list[Labelled] = []
    for row in train:
        for event in matching(docs[row["row"]], row, families):
            if (row["row"], event["trigger_start"]) not in seen:
                seen.add((row["row"], event["trigger_start"]))
                label = right_for_veto(row)
                found.append(Labelled(event["features"], label, f"fakes:{row['row']}", SOURCE))
    return found


def unmatched(paths: tuple[Path, ...], families: dict[str, str]) -> int:
    """How many train rows name no asserted candidate of the rules' current run."""
    train = judged(paths, test=False)
    docs = fakes_documents({r["row"] for r in train})
    return sum(not matching(docs[r["row"]], r, families) for r in train)


def test_figures(nlp: Any, paths: tuple[Path, ...] = JUDGED_FILES) -> dict[str, Any]:
    """The veto on the judged FA-KES ``test`` rows (never trained on): each judged event is out
    when an asserted event of its family overlapping its sentence comes out (as mine_fakes
    rescore), with the veto and without it (the same loaded pipeline, the component off)."""
    from loaders.extraction.event_classifier import COMPONENT_NAME
    from loaders.extraction.pipeline import extract_batch
    from tests.benchmarks.mine_events import still_found
    from tests.benchmarks.mine_fakes import doc_input
    from tests.devset.corpus import fakes_rows

    test = judged(paths, test=True)
    rows = fakes_rows()
    numbers = sorted({r["row"] for r in test})
    inputs = [doc_input(rows[n]) for n in numbers]
    with nlp.select_pipes(disable=[COMPONENT_NAME]):
        rules = dict(zip(numbers, extract_batch(nlp, inputs), strict=True))
    vetoed = dict(zip(numbers, extract_batch(nlp, inputs), strict=True))
    figures: dict[str, Any] = {}
    for name, results in (("rules", rules), ("veto", vetoed)):
        out = [r for r in test if still_found(r, results[r["row"]])]
        right = sum(r["verdict"] == "right" for r in out)
        happened = sum(right_for_veto(r) for r in out)
        figures[name] = {"out": len(out), "right": right, "right_any_family": happened}
    lost = [
        r for r in test if still_found(r, rules[r["row"]]) and not still_found(r, vetoed[r["row"]])
    ]
    figures["vetoed_right"] = sum(r["verdict"] == "right" for r in lost)
    figures["vetoed_wrong_family"] = sum(r.get("kind") == WRONG_FAMILY for r in lost)
    figures["vetoed"] = len(lost)
    figures["right"] = sum(r["verdict"] == "right" for r in test)
    figures["judged"] = len(test)
    return figures
