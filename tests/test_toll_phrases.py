"""The marts' own guard against running tolls read as one event's (seed cumulative_toll_phrases),
matched as the model matches them: DuckDB's RE2, case-insensitive, on the report's sentence."""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb
import pytest

SEEDS = Path(__file__).resolve().parents[1] / "dbt_project/seeds"


def read(name: str) -> list[dict[str, str]]:
    with (SEEDS / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def matched(sentence: str) -> set[str]:
    rows = read("cumulative_toll_phrases.csv")
    unless = {
        row["phrase_key"]: row["unless_pattern"]
        for row in read("cumulative_toll_phrases_unless.csv")
    }
    found = set()
    with duckdb.connect() as conn:
        for row in rows:
            but = unless.get(row["phrase_key"], "$^")  # "$^" never matches a sentence
            sql = "select regexp_matches(?, ?, 'i') and not regexp_matches(?, ?, 'i')"
            if conn.execute(sql, [sentence, row["pattern"], sentence, but]).fetchone()[0]:
                found.add(row["phrase_key"])
    return found


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        (
            "At least 80 people have been killed by air raids on the valley since Thursday.",
            "since_day",
        ),
        (
            "Since Oct. 3, when the truce ended, 210 civilians have died in the shelling.",
            "since_day",
        ),
        ("The bombardment has killed 400 people since last March, medics say.", "since_day"),
        (
            "Some 300 fighters have been killed in the province since the army launched its push.",
            "since_clause",
        ),
        (
            "Ninety villagers were killed in the past six days of raids, the group said.",
            "recent_days",
        ),
        (
            "Dozens of farmers have been killed in recent weeks in the border district.",
            "recent_days",
        ),
        (
            "More than 600 people have died in the escalating air campaign on the northern towns.",
            "campaign_toll",
        ),
        ("The jets have killed thousands of people across the country.", "thousands"),
        ("Thousands of civilians have been killed, the envoy told reporters.", "thousands"),
        ("Thousands of villagers, mostly women, were slaughtered by the militia.", "thousands"),
        ("Thousands of civilians were being killed in the air raids, he said.", "thousands"),
    ],
)
def test_running_tolls_match(sentence: str, key: str) -> None:
    assert key in matched(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A car bomb killed 14 people at a market in the port town on Tuesday.",
        "Two soldiers were killed when a mine exploded near the checkpoint on Sunday morning.",
        "The strike killed nine people, the deadliest attack since the truce, the governor said.",
        "Six people were killed in the worst fighting in the town since 2019, residents said.",
        "Four people were killed, the first deaths in the area since the truce began this week.",
        "Shelling killed 11 people, including a teacher, in the old city, the mayor said.",
        "Hundreds of people were killed when the rockets hit the suburbs before dawn.",
        "Thousands of people fled after gunmen killed 12 villagers on Sunday.",
    ],
)
def test_single_events_do_not_match(sentence: str) -> None:
    assert matched(sentence) == set()
