"""Mine missed violent events in the synthetic ASSAULT stories (extraction round of issue 13).

    python -m tests.benchmarks.mine_misses [--seed N] [--sample N] [--found N] [--show]
                                           [--judged PATH]

Runs the real extraction (``load_nlp`` + ``extract_batch``, as the world scorer) over every
synthetic story labelled ASSAULT that no hand-coded item quotes and that shares no title with a
story a measured split quotes (``scripts.event_classifier.weak_labels.excluded_rows``), then
prints how many stories get no asserted event at all. ``--show`` prints a seeded random sample of
those stories (``--sample``) and of the asserted events found (``--found``) to judge by hand.
``--judged`` rescores a file of such judgements (tests/benchmarks/mined_misses.json) on the
current code, over the stories allowed when it was judged (its ``pool``; with ``--show``, the
same seed draws the same samples again): per kind of miss, how many judged misses now get an
asserted event in the sentence that tells them, and how many events the stories and sentences
judged to tell none now get (false).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path
from typing import Any

from scripts.event_classifier.__main__ import CODED, SHARED, SYNTHETIC
from scripts.event_classifier.candidates import synthetic_rows
from scripts.event_classifier.weak_labels import excluded_rows
from tests.benchmarks.scoring import run_extraction

STORIES = SHARED / SYNTHETIC
JUDGED = Path(__file__).resolve().parent / "mined_misses.json"
# the stories carry no date: one fixed publication day for every run, so reruns compare
PUBLISHED = "2020-06-15"
# Every ASSAULT story shares its title with a story some measured split quotes (the 540 tell 45
# titles, each a dozen times), so none is allowed: the mined stories are those of the labels
# whose stories often tell violence in passing (accusations of killings, ceasefires after
# fighting, coercion, mobilisation after attacks, riots at protests, threats after attacks).
LABELS = ("ASSAULT", "ACCUSE", "RETREAT", "COERCE", "MOBILIZE", "PROTEST", "THREATEN")


def mined_rows(
    labels: tuple[str, ...] = LABELS, pool: list[int] | None = None
) -> dict[int, dict[str, str]]:
    """Story row -> story, for the allowed stories of the given PLOVER labels; or for the rows
    of ``pool``, the allowed stories when a judged sample was drawn (items coded from them
    since then exclude them and their titles' siblings from a new draw)."""
    rows = synthetic_rows(STORIES)
    if pool is not None:
        return {number: rows[number] for number in pool}
    excluded = excluded_rows(rows, *CODED)
    return {
        number: row
        for number, row in enumerate(rows)
        if row["label"] in labels and number not in excluded
    }


def extract(rows: dict[int, dict[str, str]]) -> dict[int, list[dict[str, Any]]]:
    """Row -> the asserted events the real extraction gives its story."""
    docs = [{"id": str(n), "text": r["text"], "published": PUBLISHED} for n, r in rows.items()]
    run = run_extraction(docs)
    return {
        int(result["id"]): [e for e in result.get("events", []) if e.get("stance") == "assert"]
        for result in run.results
    }


def _field(event: dict[str, Any], name: str) -> str | None:
    value = event.get(name)
    return value.get("text") if isinstance(value, dict) else value


# Words of a violent act or of its outcome: a sentence holding one and no asserted event is a
# candidate miss. Outcome words (dead, wounded, bodies) catch events whatever their trigger.
VIOLENT_WORD = re.compile(
    r"\b(?:kill\w*|dead|deaths?|died|wound\w*|injur\w*|casualt\w*|bod(?:y|ies)|slain|shot|shoot\w*"
    r"|gun\w*|fired|bomb\w*|blast\w*|explo\w*|attack\w*|raid\w*|clash\w*|fight\w*|battl\w*"
    r"|ambush\w*|massacre\w*|assault\w*|strikes?|struck|shell\w*|rockets?|missiles?|mortars?"
    r"|grenades?|tortur\w*|beat\w*|behead\w*|execut\w*|kidnap\w*|abduct\w*|hostages?"
    r"|captur\w*|seiz\w*|storm\w*|murder\w*|assassinat\w*|stabb\w*|hacked|raped?|offensive)\b",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def candidate_sentences(
    rows: dict[int, dict[str, str]], found: dict[int, list[dict[str, Any]]]
) -> list[tuple[int, str]]:
    """(row, sentence) of every sentence with a violent word and no asserted event in it."""
    candidates = []
    for number, row in rows.items():
        text, start = row["text"], 0
        for sentence in SENTENCE_END.split(text):
            begin = text.find(sentence, start)
            start = begin + len(sentence)
            if not sentence.strip() or not VIOLENT_WORD.search(sentence):
                continue
            spans = [(e["sentence_start"], e["sentence_end"]) for e in found[number]]
            if not any(s <= begin < e or begin <= s < start for s, e in spans):
                candidates.append((number, sentence.strip()))
    return candidates


def describe(text: str, event: dict[str, Any]) -> str:
    sentence = text[event["sentence_start"] : event["sentence_end"]].replace("\n", " ")
    fields = ", ".join(
        f"{name}={_field(event, name)!r}" for name in ("actor", "target", "location", "claimant")
    )
    killed = (event.get("killed_low"), event.get("killed_high"))
    return f"{event['type']} [{fields}, killed={killed}, date={event.get('date')}]\n    {sentence}"


def show(rows: dict[int, dict[str, str]], found: dict[int, list], seed: int, sample: int,
         found_sample: int) -> None:  # fmt: skip
    rng = random.Random(seed)
    empty = sorted(n for n in rows if not found[n])
    shown = min(sample, len(empty))
    print(f"--- {shown} of {len(empty)} stories with no asserted event (seed {seed})")
    for number in sorted(rng.sample(empty, min(sample, len(empty)))):
        print(f"\n=== ngec:{number} [{rows[number]['mode']}] {rows[number]['title']}")
        print(rows[number]["text"])
    sentences = candidate_sentences(rows, found)
    print(
        f"\n--- {min(sample, len(sentences))} of {len(sentences)} violent-word sentences "
        f"with no asserted event (seed {seed})"
    )
    for number, sentence in sorted(rng.sample(sentences, min(sample, len(sentences)))):
        print(f"\n=== ngec:{number} [{rows[number]['label']}/{rows[number]['mode']}] {sentence}")
    events = [(n, i) for n in sorted(found) for i in range(len(found[n]))]
    print(f"\n--- {min(found_sample, len(events))} of {len(events)} asserted events (seed {seed})")
    for number, index in sorted(rng.sample(events, min(found_sample, len(events)))):
        print(f"\n=== ngec:{number}#{index} {describe(rows[number]['text'], found[number][index])}")


def rescore(rows: dict[int, dict[str, str]], found: dict[int, list], path: Path) -> None:
    """Per sample and kind: judged misses now found (an asserted event in the judged
    sentence), and events now asserted in the stories or sentences judged to tell none."""
    judged = json.loads(path.read_text(encoding="utf-8"))
    before, after, false_events = Counter(), Counter(), Counter()
    for entry in judged["misses"]:
        events, sample = found.get(entry["row"], []), entry["sample"]
        text = rows[entry["row"]]["text"]
        start = text.find(entry["sentence"]) if entry["sentence"] else -1
        here = [e for e in events if e["sentence_start"] <= start < e["sentence_end"]]
        if entry["kind"] == "no event told":
            false_events[sample] += len(events) if sample == "stories" else len(here)
            continue
        before[(sample, entry["kind"])] += 1
        after[(sample, entry["kind"])] += bool(here)
    print(f"{'sample':10} {'kind of miss':58} judged found now")
    for (sample, kind), count in sorted(before.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"{sample:10} {kind:58} {count:6} {after[(sample, kind)]:9}")
    print(f"{'total':69} {sum(before.values()):6} {sum(after.values()):9}")
    for sample, count in sorted(false_events.items()):
        print(f"events now asserted where the {sample} sample judged none told: {count}")
    fields = Counter(entry["kind"].split(" (")[0] for entry in judged.get("found", []))
    print("found-events sample, judged at extractor 0.4.33:")
    for kind, count in fields.most_common():
        print(f"  {kind:40} {count}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=4900)
    parser.add_argument("--sample", type=int, default=80)
    parser.add_argument("--found", type=int, default=60)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--judged", type=Path, default=None)
    args = parser.parse_args()
    if not STORIES.exists():
        raise SystemExit(f"no synthetic stories at {STORIES}")
    judged = json.loads(args.judged.read_text(encoding="utf-8")) if args.judged else None
    rows = mined_rows(pool=judged["pool"] if judged else None)
    found = extract(rows)
    empty = sum(1 for n in rows if not found[n])
    total = sum(len(events) for events in found.values())
    print(f"{len(rows)} allowed stories ({', '.join(LABELS)}); {empty} with no asserted event")
    print(f"{total} asserted events")
    if args.show:
        show(rows, found, args.seed, args.sample, args.found)
    if args.judged:
        rescore(rows, found, args.judged)


if __name__ == "__main__":
    main()
