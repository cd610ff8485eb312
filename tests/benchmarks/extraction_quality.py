"""Extraction quality on the hand-coded dev set: precision, recall and F1 per field.

    python -m tests.benchmarks.extraction_quality [--json] [--misses] [--split dev|test|all]

Runs ``loaders.extraction.pipeline.extract_batch(load_nlp(), docs)`` over the documents of
tests/devset/gold.jsonl (read from ../shared) and compares the output with the gold coding.
The matching rules are documented in tests/devset/README.md ("Scoring"). Exits 0 with a reason
when ../shared is absent.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from tests.benchmarks.scoring import Counts, event_families
from tests.benchmarks.scoring import fold as _fold
from tests.benchmarks.scoring import format_score as _format_score
from tests.devset import corpus

FAMILY = event_families()
EVENT_FIELDS = ("type", "actor", "target", "claimant", "location", "date", "killed", "injured")
EVENT_FIELDS += ("stance",)
CLAIM_NEAR = 40  # characters allowed between a gold claim's anchor and the predicted cue


@dataclass
class Report:
    metrics: dict[str, Counts] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def counts(self, name: str) -> Counts:
        return self.metrics.setdefault(name, Counts())


# --- value comparison -----------------------------------------------------------------------


@cache
def _actor_resolver() -> Callable[[str], Any] | None:
    try:
        from loaders.extraction.actors import resolve_actor
    except ImportError:
        return None
    return resolve_actor


@cache
def _gold_actor_name(name: str) -> str:
    resolve = _actor_resolver()
    actor = resolve(name) if resolve else None
    return _fold(actor.name if actor is not None else name)


def same_actor(gold: str, predicted: dict[str, Any] | None) -> bool:
    if predicted is None or not predicted.get("name"):
        return False
    pred = _fold(predicted["name"])
    return pred in (_fold(gold), _gold_actor_name(gold))


@cache
def _gold_place(name: str) -> tuple[str | None, str | None]:
    try:
        from loaders.extraction.places import geocode
    except ImportError:
        return None, None
    place = geocode(name)
    return (place.gazetteer_id, place.name) if place is not None else (None, None)


def same_place(gold: str, predicted: dict[str, Any] | None) -> bool:
    if predicted is None:
        return False
    names = {_fold(value) for value in (predicted.get("text"), predicted.get("name")) if value}
    if _fold(gold) in names:
        return True
    gazetteer_id, name = _gold_place(gold)
    if gazetteer_id is not None and gazetteer_id == predicted.get("gazetteer_id"):
        return True
    return name is not None and _fold(name) in names


def _period(day: dt.date, precision: str) -> tuple[int, ...]:
    if precision == "week":
        iso = day.isocalendar()
        return (iso.year, iso.week)
    if precision == "month":
        return (day.year, day.month)
    if precision == "year":
        return (day.year,)
    return (day.year, day.month, day.day)


def same_date(gold: dict[str, Any], predicted: str) -> bool:
    gold_day = dt.date.fromisoformat(gold["date"])
    precision = gold["date_precision"]
    return _period(gold_day, precision) == _period(dt.date.fromisoformat(predicted), precision)


def predicted_date(event: dict[str, Any]) -> str | None:
    """A date read from the text; the article-date default (no date_text) counts as no date."""
    if event.get("date") and event.get("date_text"):
        return event["date"]
    return None


def _pair(low: Any, high: Any) -> tuple[Any, Any] | None:
    return None if low is None and high is None else (low, high)


def score_field(counts: Counts, gold: Any, predicted: Any, same: Callable[[], bool]) -> bool:
    """Slot scoring: a right value is a tp; a wrong one a fp and a fn; null vs null is ignored."""
    if gold is None and predicted is None:
        return True
    if gold is None:
        counts.fp += 1
        return False
    if predicted is None:
        counts.fn += 1
        return False
    if same():
        counts.tp += 1
        return True
    counts.fp += 1
    counts.fn += 1
    return False


def compare_event(report: Report, gold: dict[str, Any], pred: dict[str, Any]) -> list[str]:
    """Score the fields of one matched pair; returns the names of the fields that differ."""
    wrong = []

    def check(name: str, gold_value: Any, pred_value: Any, same: Callable[[], bool]) -> None:
        if not score_field(report.counts(f"event {name}"), gold_value, pred_value, same):
            wrong.append(name)

    check("type", gold["type"], pred["type"], lambda: gold["type"] == pred["type"])
    for role in ("actor", "target", "claimant"):
        pred_actor = pred.get(role)
        pred_name = pred_actor.get("name") if pred_actor else None
        check(role, gold[role], pred_name, lambda r=role: same_actor(gold[r], pred.get(r)))
    check(
        "location",
        gold["location"],
        pred.get("location"),
        lambda: same_place(gold["location"], pred.get("location")),
    )
    pred_day = predicted_date(pred)
    check("date", gold["date"], pred_day, lambda: same_date(gold, pred_day or ""))
    for what in ("killed", "injured"):
        gold_pair = _pair(gold[f"{what}_low"], gold[f"{what}_high"])
        pred_pair = _pair(pred.get(f"{what}_low"), pred.get(f"{what}_high"))
        check(what, gold_pair, pred_pair, lambda g=gold_pair, p=pred_pair: g == p)
    check("stance", gold["stance"], pred.get("stance"), lambda: gold["stance"] == pred["stance"])
    return wrong


# --- matching ---------------------------------------------------------------------------------


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and e > start for s, e in spans)


def _agreement(gold: dict[str, Any], pred: dict[str, Any]) -> int:
    score = 2 * (gold["type"] == pred["type"])
    for role in ("actor", "target", "claimant"):
        score += bool(gold[role]) and same_actor(gold[role], pred.get(role))
    return score


def match_events(
    text: str, gold_events: list[dict[str, Any]], predicted: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Pair each gold event with at most one predicted event of its family whose sentence
    span holds an occurrence of the gold anchor; best agreement first, one-to-one."""
    candidates = []
    for g_index, gold in enumerate(gold_events):
        spans = corpus.anchor_spans(text, gold["anchor"])
        for p_index, pred in enumerate(predicted):
            if FAMILY.get(pred["type"]) != FAMILY[gold["type"]]:
                continue
            if _overlaps(spans, pred["sentence_start"], pred["sentence_end"]):
                candidates.append((-_agreement(gold, pred), g_index, p_index))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, g_index, p_index in sorted(candidates):
        if g_index not in pairs and p_index not in used:
            pairs[g_index] = p_index
            used.add(p_index)
    return [
        (gold, predicted[pairs[i]] if i in pairs else None) for i, gold in enumerate(gold_events)
    ]


def _cue_distance(spans: list[tuple[int, int]], claim: dict[str, Any]) -> int:
    start, end = claim["cue_start"], claim["cue_end"]
    return min((max(0, start - e, s - end) for s, e in spans), default=10**9)


def match_claims(
    text: str, gold_claims: list[dict[str, Any]], predicted: list[dict[str, Any]]
) -> tuple[list[dict[str, Any] | None], list[dict[str, Any] | None]]:
    """Two pairings: by cue position alone, and by cue position plus the same claimant."""
    by_cue: list[dict[str, Any] | None] = []
    full: list[dict[str, Any] | None] = []
    used_cue: set[int] = set()
    used_full: set[int] = set()
    for gold in gold_claims:
        spans = corpus.anchor_spans(text, gold["anchor"])
        near = sorted(
            (distance, index)
            for index, claim in enumerate(predicted)
            if (distance := _cue_distance(spans, claim)) <= CLAIM_NEAR
        )
        cue = next((i for _, i in near if i not in used_cue), None)
        both = next(
            (
                i
                for _, i in near
                if i not in used_full and same_actor(gold["claimant"], predicted[i]["claimant"])
            ),
            None,
        )
        for chosen, used, out in ((cue, used_cue, by_cue), (both, used_full, full)):
            if chosen is not None:
                used.add(chosen)
            out.append(predicted[chosen] if chosen is not None else None)
    return by_cue, full


# --- the run ----------------------------------------------------------------------------------


def _describe(event: dict[str, Any]) -> str:
    parts = [event["type"], f"anchor={event['anchor']!r}"]
    for key in ("actor", "target", "location", "claimant"):
        if event[key]:
            parts.append(f"{key}={event[key]}")
    return " ".join(parts)


def _pred_value(value: Any) -> Any:
    return value.get("name") or value.get("text") if isinstance(value, dict) else value


SCORED_STANCES = ("assert", "deny")


def _coded_stances(result: dict[str, Any]) -> dict[str, Any]:
    """The dev set codes asserted and denied events only (threats, plans, demands and other
    modal events are not in the gold): those others are left out of the comparison."""
    if "events" not in result:
        return result
    kept = [e for e in result["events"] if e.get("stance", "assert") in SCORED_STANCES]
    return {**result, "events": kept}


def score_documents(
    gold: list[dict[str, Any]], docs: list[dict[str, Any]], results: list[dict[str, Any]]
) -> Report:
    report = Report()
    detection = report.counts("event detection")
    claims_full = report.counts("claim detection")
    claims_cue = report.counts("claim cue (any claimant)")
    claim_stance = report.counts("claim stance")
    for entry, doc, result in zip(gold, docs, results, strict=True):
        if "error" in result:
            report.misses.append(f"{entry['id']}: extractor error {result['error']}")
            detection.fn += len(entry["events"])
            claims_full.fn += len(entry["claims"])
            claims_cue.fn += len(entry["claims"])
            continue
        text = doc["text"]
        pairs = match_events(text, entry["events"], result["events"])
        matched = {id(pred) for _, pred in pairs if pred is not None}
        for gold_event, pred in pairs:
            family = report.counts(f"  detection: {FAMILY[gold_event['type']]}")
            if pred is None:
                detection.fn += 1
                family.fn += 1
                report.misses.append(f"{entry['id']}: missed {_describe(gold_event)}")
                continue
            detection.tp += 1
            family.tp += 1
            for name in compare_event(report, gold_event, pred):
                got = pred.get(name)
                if name in ("killed", "injured"):
                    got = (pred.get(f"{name}_low"), pred.get(f"{name}_high"))
                elif name == "date":
                    got = predicted_date(pred)
                report.misses.append(
                    f"{entry['id']}: {gold_event['anchor']!r} {name}: gold "
                    f"{_gold_value(gold_event, name)!r}, predicted {_pred_value(got)!r}"
                )
        for pred in result["events"]:
            if id(pred) not in matched:
                detection.fp += 1
                report.counts(f"  detection: {FAMILY.get(pred['type'], pred['type'])}").fp += 1
                sentence = text[pred["sentence_start"] : pred["sentence_end"]]
                report.misses.append(f"{entry['id']}: spurious {pred['type']} in {sentence[:90]!r}")
        by_cue, full = match_claims(text, entry["claims"], result["claims"])
        for counts, pairing in ((claims_cue, by_cue), (claims_full, full)):
            found = [pred for pred in pairing if pred is not None]
            counts.tp += len(found)
            counts.fn += len(pairing) - len(found)
            counts.fp += len(result["claims"]) - len(found)
        for gold_claim, pred in zip(entry["claims"], by_cue, strict=True):
            if pred is None:
                report.misses.append(
                    f"{entry['id']}: missed claim {gold_claim['claimant']} "
                    f"{gold_claim['cue']!r} near {gold_claim['anchor']!r}"
                )
            else:
                score_field(
                    claim_stance,
                    gold_claim["stance"],
                    pred["stance"],
                    lambda g=gold_claim, p=pred: g["stance"] == p["stance"],
                )
    return report


def _gold_value(event: dict[str, Any], name: str) -> Any:
    if name in ("killed", "injured"):
        return (event[f"{name}_low"], event[f"{name}_high"])
    return event[name]


def print_table(report: Report, summary: dict[str, Any]) -> None:
    print(
        f"dev set: {summary['documents']} documents, {summary['gold_events']} gold events "
        f"({summary['predicted_events']} predicted), {summary['gold_claims']} gold claims "
        f"({summary['predicted_claims']} predicted); extraction {summary['seconds']:.1f}s "
        f"(model load {summary['load_seconds']:.1f}s), extractor {summary['extractor_version']}"
    )
    header = f"{'metric':<36}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>7}{'R':>7}{'F1':>7}"
    print(header)
    print("-" * len(header))
    for name, counts in report.metrics.items():
        scores = counts.scores()
        print(
            f"{name:<36}{counts.tp:>6}{counts.fp:>6}{counts.fn:>6}"
            f"{_format_score(scores['precision']):>7}{_format_score(scores['recall']):>7}"
            f"{_format_score(scores['f1']):>7}"
        )
    fields = _field_total(report)
    scores = fields.scores()
    print("-" * len(header))
    print(
        f"{'all event fields':<36}{fields.tp:>6}{fields.fp:>6}{fields.fn:>6}"
        f"{_format_score(scores['precision']):>7}{_format_score(scores['recall']):>7}"
        f"{_format_score(scores['f1']):>7}"
    )
    for split, figures in summary["splits"].items():
        print(
            f"split {split} ({figures['documents']} documents): F1 event detection "
            f"{_format_score(figures['event_detection_f1'])}, event fields "
            f"{_format_score(figures['event_fields_f1'])}, claim detection "
            f"{_format_score(figures['claim_detection_f1'])}"
        )


def _field_total(report: Report) -> Counts:
    fields = Counts()
    for name, counts in report.metrics.items():
        if name.startswith("event ") and name != "event detection":
            fields.add(counts)
    return fields


def _ordered(report: Report) -> Report:
    families = dict.fromkeys(FAMILY.values())
    order = ["event detection", *(f"  detection: {family}" for family in families)]
    order += [f"event {name}" for name in EVENT_FIELDS]
    order += ["claim detection", "claim cue (any claimant)", "claim stance"]
    ordered = Report(misses=report.misses)
    for name in order:
        ordered.metrics[name] = report.metrics.get(name, Counts())
    return ordered


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object instead")
    parser.add_argument("--misses", action="store_true", help="list every miss and wrong field")
    parser.add_argument(
        "--split", choices=("all", "dev", "test"), default="all", help="documents to score"
    )
    args = parser.parse_args(argv)
    if not corpus.shared_available():
        print(f"skipped: shared dev-set documents absent under {corpus.SHARED}")
        return 0
    gold = [e for e in corpus.load_gold() if args.split in ("all", e.get("split", "dev"))]
    docs = list(corpus.iter_documents(gold))
    try:
        from loaders.extraction.pipeline import EXTRACTOR_VERSION, extract_batch, load_nlp
    except ImportError as exc:
        print(f"cannot score: the extraction pipeline does not import ({exc})", file=sys.stderr)
        return 1

    started = time.perf_counter()
    nlp = load_nlp()
    loaded = time.perf_counter()
    results = [_coded_stances(result) for result in extract_batch(nlp, docs)]
    finished = time.perf_counter()
    report = _ordered(score_documents(gold, docs, results))
    by_split = {}
    for split in sorted({entry.get("split", "dev") for entry in gold}):
        chosen = [i for i, entry in enumerate(gold) if entry.get("split", "dev") == split]
        part = score_documents(
            [gold[i] for i in chosen], [docs[i] for i in chosen], [results[i] for i in chosen]
        )
        by_split[split] = {
            "documents": len(chosen),
            "event_detection_f1": part.counts("event detection").scores()["f1"],
            "event_fields_f1": _field_total(part).scores()["f1"],
            "claim_detection_f1": part.counts("claim detection").scores()["f1"],
        }
    summary = {
        "documents": len(docs),
        "gold_events": sum(len(entry["events"]) for entry in gold),
        "predicted_events": sum(len(result.get("events", [])) for result in results),
        "gold_claims": sum(len(entry["claims"]) for entry in gold),
        "predicted_claims": sum(len(result.get("claims", [])) for result in results),
        "seconds": finished - loaded,
        "load_seconds": loaded - started,
        "extractor_version": EXTRACTOR_VERSION,
        "splits": by_split,
    }
    if args.json:
        metrics = {
            name.strip(): {"tp": c.tp, "fp": c.fp, "fn": c.fn, **c.scores()}
            for name, c in report.metrics.items()
        }
        payload: dict[str, Any] = {"summary": summary, "metrics": metrics}
        if args.misses:
            payload["misses"] = report.misses
        print(json.dumps(payload, indent=2))
    else:
        print_table(report, summary)
        if args.misses:
            print()
            print("\n".join(report.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
