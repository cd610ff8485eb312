"""The synthetic stories never to train or tune on.

The NGEC synthetic corpus tells each title's story a dozen times; a sibling story of a story
that a measured split quotes would leak the wording of a measured sentence into training. The
event veto's build (sources.forbidden_titles) and the mining scripts (tests/benchmarks/mine_*)
leave these rows out.

Until session 11 this module also drew weak labels from each story's PLOVER label (right for
about four ASSAULT candidates in five but for only half of the non-violent stories'
candidates) and took the labour and hunger strike sentences as negatives; by session 11 the
stories left after the exclusions below were too few for either (README, "Trained
components").
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from scripts.event_classifier.devset import TUNING_SPLIT


def excluded_rows(rows: list[dict[str, str]], *coded: Path) -> set[int]:
    """Synthetic rows never trained on: every row a hand-coded item quotes, and every row
    sharing a title with a row quoted by a measured item (holdout, aside, blind...)."""
    quoted: dict[int, str] = {}
    for path in coded:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                item = json.loads(line) if line.strip() else {}
                found = re.fullmatch(r"ngec:(\d+)", item.get("origin", ""))
                if found:
                    quoted[int(found.group(1))] = item["split"]
    measured = {rows[row]["title"] for row, split in quoted.items() if split != TUNING_SPLIT}
    return set(quoted) | {i for i, row in enumerate(rows) if row["title"] in measured}
