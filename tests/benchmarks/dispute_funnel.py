"""Where FA-KES strike reports drop out on their way to a disputed strike (issue 14).

    python -m tests.benchmarks.dispute_funnel WAREHOUSE [--load] [--samples N] [--ceiling]

WAREHOUSE is a built warehouse file (``wirehouse build`` done); with ``--load`` it is first
created next to nothing else: the two seed articles and FA-KES (../shared) loaded with
extraction and built, as tests/test_fakes_marts.py does. Then the funnel of
``intermediate.int_event_reports_with_incidents`` -> ``int_strike_target_claims`` ->
``int_disputed_strike_sides`` -> ``marts.mart_disputed_strikes`` is counted step by step, with
``--samples`` sentences of the reports each big step drops (to read: extraction or rule?).
``--ceiling`` adds a crude text-level bound read from the FA-KES file itself: articles with a
sentence in which the striking side (a defence ministry, a military source, state media, an
army or air force, the Pentagon...) tells of strikes on armed groups with no civilian word, and
another sentence telling of strikes that killed civilians or people; those from outlets that
juxtapose the sides (not SANA, Al-Manar or Al-Alam, whose civilian tolls are nearly all of
rebel shelling) bound the disputes one article can hold. Not a test: it prints figures, it
asserts nothing.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("WIREHOUSE_SHARED", REPO.parent / "shared"))
INPUTS = (
    ("--source", "Reuters", "data/seeds/000_90cdf6e9ad84842e.txt"),
    ("data/seeds/001_7d521d7e3635afb3.txt",),
    ("data/fa-kes/FA-KES-Dataset.csv",),
)
REPORTS = "intermediate.int_event_reports_with_incidents"

# Each step: a label and the condition on REPORTS that keeps a report (cumulative).
STEPS = (
    ("strike-family reports", "event_family = 'strike'"),
    ("asserted or denied", "stance in ('assert', 'deny')"),
    ("actor a state or armed group", "actor_kind in ('state forces', 'armed groups')"),
    ("claimant an actor", "claimant_is_actor"),
    ("plausible toll", "is_plausible_toll"),
    (
        "target an actor group of a known kind (or a denial)",
        "(stance = 'deny' or target_is_actor_group "
        "and target_group_kind not in ('other', 'unspecified'))",
    ),
)


STRIKE_WORDS = re.compile(
    r"\b(air ?strikes?|airstrikes?|raids?|bomb\w*|shell\w*|warplanes?|jets?|missiles?|"
    r"bombard\w*|strikes?)\b",
    re.I,
)
STRIKER_SIDE = re.compile(
    r"(defen[cs]e ministry|military source|state media|state news agency|state television|"
    r"state TV|\bSANA\b|army said|army units|air force|general staff|Pentagon|coalition said|"
    r"Central Command)",
    re.I,
)
ARMED_WORDS = re.compile(
    r"\b(terrorist\w*|militants?|fighters|ISIS|ISIL|Daesh|Nusra|jihadist\w*|gunmen|rebels?|"
    r"positions|hideouts)\b",
    re.I,
)
CIVILIAN_WORDS = re.compile(r"\b(civilians?|children|women|people|school|hospital|market)\b", re.I)
DEATH_WORDS = re.compile(r"kill|dead|died", re.I)
ONE_SIDED_OUTLETS = frozenset({"sana", "manar", "alalam"})


def text_ceiling(path: Path) -> None:
    with path.open(encoding="cp1252", errors="replace", newline="") as handle:
        rows = list(csv.DictReader(handle))
    striker = both = juxtaposed = 0
    for row in rows:
        sentences = re.split(r"(?<=[.!?])\s+", row["article_content"])
        own = [
            s
            for s in sentences
            if STRIKE_WORDS.search(s)
            and STRIKER_SIDE.search(s)
            and ARMED_WORDS.search(s)
            and not CIVILIAN_WORDS.search(s)
        ]
        toll = [
            s
            for s in sentences
            if STRIKE_WORDS.search(s)
            and CIVILIAN_WORDS.search(s)
            and DEATH_WORDS.search(s)
            and not STRIKER_SIDE.search(s)
        ]
        striker += bool(own)
        both += bool(own and toll)
        juxtaposed += bool(own and toll) and row["source"] not in ONE_SIDED_OUTLETS
    print(
        f"FA-KES articles (text): {len(rows)}; with the striker's side on armed groups "
        f"{striker}; and a civilian toll of strikes too {both}; of them from outlets "
        f"juxtaposing the sides {juxtaposed}"
    )


def load(db: Path) -> None:
    env = {**os.environ, "DO_NOT_TRACK": "1"}
    command = [sys.executable, "-m", "loaders.cli", "--db", str(db)]
    for args in INPUTS:
        subprocess.run([*command, "load", "-q", *args[:-1], str(SHARED / args[-1])], env=env)
    subprocess.run([*command, "build", "--quiet"], env=env, check=True)


def funnel(conn: duckdb.DuckDBPyConnection, samples: int) -> None:
    kept: list[str] = []
    previous = None
    for label, condition in STEPS:
        kept.append(condition)
        where = " and ".join(kept)
        (count,) = conn.execute(f"select count(*) from {REPORTS} where {where}").fetchone()
        own = conn.execute(
            f"select count(*) from {REPORTS} where {where} and claimant_speaks_for_actor"
        ).fetchone()[0]
        print(f"{label:55} {count:6}  (striker's own account {own})")
        if samples and previous is not None:
            dropped = f"({' and '.join(kept[:-1])}) and not ({condition})"
            show(conn, dropped, samples)
        previous = count
    for label, sql in (
        ("claims in episodes (int_strike_target_claims)", "intermediate.int_strike_target_claims"),
        (
            "  of which the striker's own account",
            "intermediate.int_strike_target_claims where claimant_speaks_for_actor",
        ),  # fmt: skip
        (
            "reports on a dispute side (int_disputed_strike_sides)",
            "intermediate.int_disputed_strike_sides",
        ),  # fmt: skip
        ("dispute rows (mart_disputed_strikes)", "marts.mart_disputed_strikes"),
    ):
        print(f"{label:55} {conn.execute(f'select count(*) from {sql}').fetchone()[0]:6}")
    pairs(conn)


def pairs(conn: duckdb.DuckDBPyConnection) -> None:
    """Pairs of claims by different claimants: in one episode, placed alike, own vs other."""
    base = "intermediate.int_strike_target_claims"
    steps = (
        ("pairs of claims, one episode, different claimants", "true"),
        (
            "  ... one of them the striker's own account",
            "a.claimant_speaks_for_actor != b.claimant_speaks_for_actor",
        ),  # fmt: skip
        (
            "  ... placed alike (same area, or one vague in one article)",
            "(a.area_key = b.area_key or a.article_id = b.article_id "
            "and (a.is_place_vague or b.is_place_vague))",
        ),  # fmt: skip
        ("  ... different target kinds", "a.target_group_kind != b.target_group_kind"),
    )
    kept: list[str] = []
    for label, condition in steps:
        kept.append(condition)
        (count,) = conn.execute(
            f"select count(*) from {base} a join {base} b on a.episode_key = b.episode_key "
            f"and a.claimant_label < b.claimant_label where {' and '.join(kept)}"
        ).fetchone()
        print(f"{label:55} {count:6}")


def show(conn: duckdb.DuckDBPyConnection, where: str, samples: int) -> None:
    rows = conn.execute(
        f"select a.external_id, r.actor_name, r.target_text, r.target_group, r.claimant_label, "
        f"r.place_name, r.sentence_text from {REPORTS} r join main.articles a using (article_id) "
        f"where {where} order by hash(r.event_id) limit {samples}"
    ).fetchall()
    for external_id, actor, target, group, claimant, place, sentence in rows:
        print(f"    - {external_id} actor={actor} target={target!r}->{group} by={claimant} "
              f"at={place}: {(sentence or '')[:220]!r}")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("warehouse", type=Path)
    parser.add_argument("--load", action="store_true", help="load the seeds and FA-KES, build")
    parser.add_argument("--samples", type=int, default=0, help="sentences shown per drop")
    parser.add_argument("--ceiling", action="store_true", help="count the text-level bound")
    args = parser.parse_args(argv)
    if args.load:
        load(args.warehouse)
    with duckdb.connect(str(args.warehouse), read_only=True) as conn:
        funnel(conn, args.samples)
    if args.ceiling:
        text_ceiling(SHARED / INPUTS[-1][-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
