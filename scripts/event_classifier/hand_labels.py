"""Hand-labelled candidate events: ``hand_labels.jsonl`` beside this module.

Each line is one asserted event the rules found in a synthetic story (NGEC synthetic news,
MIT licence, Copyright (c) Andy Halterman; the stories are fiction): ``source`` ("ngec:<row>"),
``story_label`` (the story's PLOVER label), the ``sentence``, the trigger's character offsets in
it and ``event``: true when the sentence, read by a person with the world dev set's coding rules
(tests/devset_world/README.md), reports a violent event that happened: not a threat, plan,
demand, rumour, denial, war toll, statistic, accident, cyber attack, riot damage, court case,
figurative use or ongoing state ("has been fighting the government since 2012").

Sampled at random from rows that are not excluded (weak_labels.excluded_rows): first 40 from
ASSAULT stories and 60 from non-violent ones (PROTEST, THREATEN, CONCEDE...); then, with
``sample`` and seeds 11, 12 and 13, 300 from stories of every category but ASSAULT and, with
seed 14, 80 from ASSAULT stories:

    python -m scripts.event_classifier.hand_labels SEED N {other,assault,all} OUT.jsonl

writes N more unlabelled candidates (never one already labelled) to label by hand.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from scripts.event_classifier.candidates import Candidate

HAND_LABELS = Path(__file__).resolve().parent / "hand_labels.jsonl"


def load(path: Path = HAND_LABELS) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def row_of(label: dict) -> int:
    return int(label["source"].split(":")[1])


def sample(
    candidates: list[Candidate],
    story_labels: list[str],
    excluded: set[int],
    labelled: list[dict],
    n: int,
    stories: str,
    seed: int,
) -> list[dict]:
    """``n`` asserted candidates not yet labelled, from allowed rows of the chosen stories."""
    done = {(label["source"], label["sentence"], label["trigger_start"]) for label in labelled}
    pool = []
    for candidate in candidates:
        row = int(candidate.source.split(":")[1])
        category = story_labels[row]
        if candidate.stance != "assert" or row in excluded:
            continue
        if (candidate.source, candidate.sentence, candidate.trigger_start) in done:
            continue
        if stories == "all" or (stories == "assault") == (category == "ASSAULT"):
            pool.append((candidate, category))
    return [
        {
            "source": candidate.source,
            "story_label": category,
            "sentence": candidate.sentence,
            "trigger_start": candidate.trigger_start,
            "trigger_end": candidate.trigger_end,
        }
        for candidate, category in random.Random(seed).sample(pool, min(n, len(pool)))
    ]


def main(argv: list[str] | None = None) -> int:
    from scripts.event_classifier.__main__ import CODED, SHARED, SYNTHETIC
    from scripts.event_classifier.candidates import (
        CACHE,
        load_rules_nlp,
        synthetic_candidates,
        synthetic_rows,
    )
    from scripts.event_classifier.weak_labels import excluded_rows

    seed, n, stories, out = (argv or sys.argv[1:])[:4]
    source = SHARED / SYNTHETIC
    rows = synthetic_rows(source)
    found = synthetic_candidates(load_rules_nlp(), source, CACHE)
    picked = sample(
        found,
        [row["label"] for row in rows],
        excluded_rows(rows, *CODED),
        load(),
        int(n),
        stories,
        int(seed),
    )
    with Path(out).open("w", encoding="utf-8") as handle:
        for entry in picked:
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
    print(f'{len(picked)} candidates written to {out}: add "event": true/false to each')
    return 0


if __name__ == "__main__":
    sys.exit(main())
