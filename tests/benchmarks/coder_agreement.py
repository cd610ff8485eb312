"""How well two hand codings of the same world items agree: the ceiling of the world scorer.

    python -m tests.benchmarks.coder_agreement [--second PATH] [--split NAME] [--ids A-B]
                                                [--write-texts PATH]

Scores a second, independent coding (tests/devset_world/blind6_second_coding.jsonl, coded from
the texts alone without reading the stored gold; blind8's, blind9's and blind10's first halves
likewise) against the stored gold of the same items in world.jsonl, with the world scorer's
own matching (tests/benchmarks/world_quality.py): the stored gold is "gold", the second coding
"predicted". Prints aggregate lines only, never an item's text or its disagreements, and the
counts of the kinds of disagreement sorted by hand (README "Coder agreement on blind6").
``--write-texts`` writes the items' texts alone (id, text, published date; no gold) for a coder
to code from. ``--ids`` limits both to an id range
(``w5500-w5549``) or a comma-separated list of ids, for a coding of part of a split.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from tests.benchmarks import world_quality
from tests.benchmarks.scoring import format_score, print_counts_table, text_spans

SECOND = Path(__file__).resolve().parents[1] / "devset_world" / "blind6_second_coding.jsonl"
SECOND_BLIND8 = SECOND.with_name("blind8_second_coding.jsonl")  # blind8 w5500-w5549 only
SECOND_BLIND9 = SECOND.with_name("blind9_second_coding.jsonl")  # blind9 w5700-w5749 only
# blind10 w6020-w6069, re-coded by the set's own writer (not an independent coder: README)
SECOND_BLIND10 = SECOND.with_name("blind10_coder2.jsonl")
# blind10 w6020-w6069 by an independent coder (coder10), who never read blind10's gold or section
SECOND_BLIND10_INDEPENDENT = SECOND.with_name("blind10_second_coding.jsonl")
# blind10 w6070-w6119 by another independent coder (coder10b), under the same condition
SECOND_BLIND10B = SECOND.with_name("blind10b_second_coding.jsonl")
ROLES = ("actor", "target", "claimant", "location")


def write_texts(items: list[dict[str, Any]], path: Path) -> None:
    """The texts a second coder codes from: id, text and published date, nothing coded."""
    with path.open("w", encoding="utf-8") as handle:
        for doc in world_quality.doc_inputs(items):
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")


def load_coding(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _spanned(text: str, role: dict[str, Any] | None) -> dict[str, Any] | None:
    """A coded role as the extractor would give it: its words with the span of their first
    occurrence, so that the scorer's span overlap applies to both codings alike."""
    if role is None or role.get("text") is None:
        return role
    spans = text_spans(text, role["text"])
    if not spans:
        return dict(role)
    start, end = spans[0]
    return {**role, "start": start, "end": end}


def as_result(item: dict[str, Any]) -> dict[str, Any]:
    """A coded item in the shape of ``extract_batch``'s result for it."""
    events = [
        {**event, **{role: _spanned(item["text"], event[role]) for role in ROLES}}
        for event in item["events"]
    ]
    return {"id": item["id"], "events": events, "tolls": item["tolls"]}


def agreement(
    gold: list[dict[str, Any]], second: list[dict[str, Any]]
) -> world_quality.WorldReport:
    """The world scorer's report of the second coding against the gold, item by item."""
    by_id = {item["id"]: item for item in second}
    if set(by_id) != {item["id"] for item in gold}:
        raise ValueError("the two codings cover different items")
    for item in gold:
        if by_id[item["id"]]["text"] != item["text"]:
            raise ValueError(f"{item['id']}: the two codings code different texts")
    return world_quality.score(gold, [as_result(by_id[item["id"]]) for item in gold])


# The disagreements between the stored gold of blind6 and its second coding, sorted by hand
# into kinds after the second coding was committed (7add7d5); counts only, so that no item of a
# measured split is named. Each line: (what is compared, kind, count).
BLIND6_KINDS = (
    ("detection", "one act typed in two families (a killing vs an armed clash)", 1),
    ("detection", "a building seized by an armed group: a capture vs no event", 1),
    ("stance", "a clash negated in the writer's voice: a deny event vs no event", 1),
    ("target", "the group attacked or fought vs the dead counted in a later clause", 2),
    ("target", "a pronoun vs its antecedent noun", 1),
    ("actor", "a back-referenced event's doer taken from another clause by one coder", 1),
    ("location", "a back-referenced event's place given by one coder only", 1),
    ("claimant", "a verb of perception read as an attribution by one coder", 1),
    (
        "actor country",
        "an armed group based in a neighbouring state: the setting's or its base's",
        1,
    ),
    ("toll kind", "a former ruler's years-in-power toll: historical vs periodic", 1),
)

# The same for the first half of blind8 (w5500-w5549), sorted after the second coding was
# committed (86c0b77); README "Coder agreement on blind8 (first half)".
BLIND8_KINDS = (
    ("detection", "guards killed in an attack on the person they guard: killing vs clash", 1),
    ("stance", "an event inside a threat's condition, hypothetical for one coder only", 1),
    ("target", "a capture's target: the side driven out vs none", 1),
    ("target", "a counted noun beside a city hit: the victims vs none (an oversight)", 1),
    ("claimant", "a toll's attribution inside a relative clause: the source vs none", 1),
    ("location", "an event placed only by the dateline: the dateline's city vs none", 1),
)

# The same for the first half of blind9 (w5700-w5749), sorted after the second coding (bc4c9dc)
# and the measure (73bcde8) were committed; README "Coder agreement on blind9 (first half)".
BLIND9_KINDS = (
    ("detection", "an army's surrender with no capture beside it: a loss vs no event", 1),
    ("detection+type", "fought into a site after a named battle: 1 clash vs offensive + clash", 1),
    ("detection", "a side's counter-version typed by its own words vs the retold type", 1),
    ("type", "a ground assault on a side's headquarters: offensive vs armed clash", 1),
    ("target", "an uncounted victim noun in a toll clause vs the thing attacked", 1),
    ("target", "a fight between X and Y: one coordinated actor vs actor X, target Y", 1),
    ("claimant", "a broadcast transcript's header: the station vs the writer's voice", 1),
    ("claimant", "a toll's source in a clause after an attack in the writer's voice", 1),
    ("location", "a side fleeing a captured city: the city vs none (an oversight)", 1),
    ("location", "an event placed only by the dateline: the dateline's city vs none", 1),
    ("deny, unscored", "a negated 'use of force' naming no act: a deny event vs none", 1),
)


# The same for the first half of blind10 (w6020-w6069) against the independent coding (coder10),
# sorted after the coding (ccb2df5) and the measure (958f8f1) were committed; README "Coder
# agreement on blind10 (first half)".
BLIND10_KINDS = (
    ("target", "a capture's target named only in an 'after' phrase: none vs that side", 3),
    ("target", "a loss's target named only as the besiegers: none vs the besiegers", 1),
    ("target", "a facility taken beside a town: none vs the facility", 1),
    ("target", "an unnamed area hit (open ground, unnamed districts): the area vs none", 2),
    ("actor+target", "a fight with no 'with': the side that entered vs the side that left", 1),
    ("claimant", "'according to' unnamed broadcasts: the broadcasts vs none", 1),
    ("unscored actor", "a demanded strike's doer named before the event noun: none vs it", 1),
    ("unscored event", "a town that could fall, no taker: none vs a hypothetical capture", 1),
)


# The same for the second half of blind10 (w6070-w6119) against coder10b's independent coding,
# sorted after the coding (e6035bc) and the measure (ea7ff2c) were committed; README "Coder
# agreement on blind10 (second half)".
BLIND10B_KINDS = (
    (
        "detection",
        "an army rolling into a city, no fight, no side leaving: offensive vs capture",
        1,
    ),
    ("target", "a riot's counted victims in 'leaving N people dead': none vs them", 1),
    ("target", "bodies found after a riot, in another source's clause: none vs the bodies", 1),
    ("target", "an aircraft downed with all aboard killed: the dead vs the aircraft", 1),
    ("actor", "a passive fight 'between' two unnamed groups: no actor vs the groups", 1),
    (
        "claimant",
        "a toll's source in a clause joined to a riot in the writer's voice: it vs none",
        1,
    ),
    ("location", "a country named only in the doer's description: none vs that country", 1),
    ("toll kind", "a war's total with no 'since': generic vs running_total", 1),
    ("unscored claimant", "a question folded with a later 'X believe': X vs none", 1),
    ("unscored actor", "a denied event's doer: no words (retold side) vs the denier's words", 2),
    ("unscored killed", "a denial of a counted event: no count vs the count", 1),
)


def print_agreement(report: world_quality.WorldReport, items: int, label: str) -> None:
    """Aggregate lines only: detection, stance, fields, tolls (no per-tag or per-family line)."""
    figures = world_quality.summary(report)
    gold_events = sum(report.stance.values())
    print(f"coder agreement: {items} items, {gold_events} gold events; {label}")
    print_counts_table(
        {"asserted event detection": report.detection, "toll detection": report.tolls}
    )
    accuracy = format_score(figures["stance_accuracy"])
    print(f"\nstance agreement over {figures['stance_matched']} matched events: {accuracy}")
    print("\nfields over matched asserted events (same / matched):")
    for name, (right, n) in report.fields.items():
        print(f"  {name:<16} {right:>4} / {n:<4} {format_score(right / n if n else None)}")
    for name, (right, n) in report.toll_fields.items():
        score = format_score(right / n if n else None)
        print(f"  toll {name:<11} {right:>4} / {n:<4} {score}")


def select_ids(items: list[dict[str, Any]], spec: str | None) -> list[dict[str, Any]]:
    """The items named by ``spec``: an id range ``w5500-w5549`` or a list ``w1,w7``; all if None."""
    if not spec:
        return items
    if "," not in spec and spec.count("-") == 1:
        low, high = (int(part.strip().lstrip("w")) for part in spec.split("-"))
        return [item for item in items if low <= int(item["id"].lstrip("w")) <= high]
    wanted = {part.strip() for part in spec.split(",") if part.strip()}
    return [item for item in items if item["id"] in wanted]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--second", type=Path, default=SECOND, help="the second coding")
    parser.add_argument("--split", default="blind6", help="the split the second coding codes")
    parser.add_argument("--ids", help="an id range (w5500-w5549) or a list of ids (w1,w2)")
    parser.add_argument("--write-texts", type=Path, help="write the split's texts alone and stop")
    args = parser.parse_args(argv)
    gold = select_ids(world_quality.load_items(args.split), args.ids)
    if args.write_texts:
        write_texts(gold, args.write_texts)
        print(f"wrote {len(gold)} texts of {args.split} to {args.write_texts}")
        return 0
    report = agreement(gold, load_coding(args.second))
    print_agreement(
        report,
        len(gold),
        f"split {args.split}{' ' + args.ids if args.ids else ''}; "
        f"gold = world.jsonl, second = {args.second.name}",
    )
    kinds = {
        ("blind6", SECOND): BLIND6_KINDS,
        ("blind8", SECOND_BLIND8): BLIND8_KINDS,
        ("blind9", SECOND_BLIND9): BLIND9_KINDS,
        ("blind10", SECOND_BLIND10_INDEPENDENT): BLIND10_KINDS,
        ("blind10", SECOND_BLIND10B): BLIND10B_KINDS,
    }
    if (args.split, args.second.resolve()) in kinds:
        print("\nkinds of disagreement (sorted by hand; counts only):")
        for what, kind, count in kinds[(args.split, args.second.resolve())]:
            print(f"  {what:<14} {count:>3}  {kind}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
