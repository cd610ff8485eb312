"""Weak labels for the synthetic stories' candidate events, from each story's PLOVER label,
measured against the hand labels; and the rows never to train on.

A story labelled ASSAULT tells an attack that happened: an event the rules assert in it is taken
as right. A story of a non-violent category (a labour or hunger strike, a threat, a demand, an
agreement...) is about something else: an event the rules assert in it is taken as wrong. The
categories whose stories often tell real fighting in passing (a ceasefire after clashes, troops
deployed after an attack, accusations of killings) are left out rather than labelled wrong.
Events the rules themselves do not assert are wrong in every story (they are plans, threats,
denials).

Measured on the hand labels (hand_labels.py), these labels are right for about four ASSAULT
candidates in five but for only half of the non-violent stories' candidates: those stories tell
riots, past attacks and the fighting a ceasefire ends. Trained on them, the classifier was worse
than on the hand labels alone (README, "Trained components"), so the build uses them only to
report that figure. One weak label is reliable and used: a sentence with "strike" or "struck"
in a story of a labour or hunger strike (PROTEST, mode STRIKE or HUNGER) is no violent event
(25 of 25 right in a seeded sample read by hand); the rules drop most labour strikes of the dev
set, so without these the classifier would never see one.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from scripts.event_classifier.devset import TUNING_SPLIT

VIOLENT = frozenset({"ASSAULT"})
# Stories that seldom tell a violent event that happened (the rules' false positives live here).
NON_VIOLENT = frozenset(
    {"PROTEST", "THREATEN", "REQUEST", "CONCEDE", "COOPERATE", "SUPPORT", "AID", "AGREE",
     "CONSULT", "REJECT", "SANCTION"}
)  # fmt: skip
# Left out: RETREAT (ceasefires after fighting), MOBILIZE, COERCE, ACCUSE.


def weak_label(story_label: str, stance: str) -> bool | None:
    """True / False, or None when the story's category does not say."""
    if stance != "assert":
        return False
    if story_label in VIOLENT:
        return True
    if story_label in NON_VIOLENT:
        return False
    return None


def excluded_rows(rows: list[dict[str, str]], *coded: Path) -> set[int]:
    """Synthetic rows never trained on: every row a hand-coded item quotes, and every row
    sharing a title with a row quoted by a measured item (holdout, aside, blind...): the
    corpus tells each title's story a dozen times, so a sibling story would leak the wording
    of a measured sentence into training."""
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


def accuracy(hand_labels: list[dict]) -> dict[str, tuple[int, int]]:
    """(right, labelled) of the weak labels against the hand labels, per kind of story."""
    tally: dict[str, tuple[int, int]] = {}
    for label in hand_labels:
        weak = weak_label(label["story_label"], "assert")
        if weak is None:
            continue
        kind = "violent stories" if weak else "non-violent stories"
        right, total = tally.get(kind, (0, 0))
        tally[kind] = (right + (weak == bool(label["event"])), total + 1)
    return tally


STRIKE_MODES = frozenset({"STRIKE", "HUNGER"})
STRIKE_WORD = re.compile(r"\b(?:strik\w*|struck)\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
LONGEST_SENTENCE = 400


def strike_sentences(rows: list[dict[str, str]], excluded: set[int]) -> list[tuple[str, int, int]]:
    """(sentence, trigger start, trigger end) of every "strike" in the labour and hunger strike
    stories of allowed rows: negatives."""
    found = []
    for number, row in enumerate(rows):
        if number in excluded or row["label"] != "PROTEST" or row["mode"] not in STRIKE_MODES:
            continue
        for sentence in SENTENCE_END.split(row["text"]):
            word = STRIKE_WORD.search(sentence)
            if word and len(sentence) < LONGEST_SENTENCE:
                found.append((sentence, word.start(), word.end()))
    return found
