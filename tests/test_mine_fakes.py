"""The judged FA-KES samples (tests/devset_world/README.md, "Judged FA-KES sample"): their format
(no article words, verdicts and kinds from the allowed set, test and train never sharing an
article, across both samples; the second never repeating an event of the first) always; and,
when ../shared holds FA-KES, that every row names its article, every offset lies inside it and
no article is one the Syria dev set codes."""

from __future__ import annotations

from typing import Any

from tests.benchmarks import mine_fakes
from tests.conftest import shared_file

FIELDS = {
    "unit_id",
    "row",
    "sentence_start",
    "sentence_end",
    "type",
    "family",
    "stance",
    "verdict",
    "kind",
    "split",
}


def judged() -> list[dict[str, Any]]:
    return mine_fakes.load(mine_fakes.JUDGED)


def both() -> list[dict[str, Any]]:
    return judged() + mine_fakes.load(mine_fakes.JUDGED_2)


def check_rows(events: list[dict[str, Any]]) -> None:
    families = mine_fakes.event_families()
    for event in events:
        assert set(event) == FIELDS, event
        assert event["stance"] == "assert"
        assert families[event["type"]] == event["family"]
        assert event["split"] in ("train", "test")
        assert 0 <= event["sentence_start"] < event["sentence_end"]
        assert event["verdict"] in mine_fakes.VERDICTS  # every row judged (frozen at dd583d1)
        if event["verdict"] == "wrong":
            assert event["kind"] in mine_fakes.KINDS or event["kind"].startswith("other: ")
        else:
            assert event["kind"] == ""


def test_rows_keep_no_text_and_use_the_allowed_values() -> None:
    events = judged()
    assert len(events) == 400
    check_rows(events)
    keys = [(e["row"], e["sentence_start"], e["type"]) for e in events]
    assert keys == sorted(keys)  # as drawn; 0.4.40 printed one shelling twice (row 784)


def test_second_sample_is_new_events_judged_the_same_way() -> None:
    second = mine_fakes.load(mine_fakes.JUDGED_2)
    assert len(second) == 400
    check_rows(second)  # every row judged (session 12)
    first = {mine_fakes.event_key(event) for event in judged()}
    assert not first & {mine_fakes.event_key(event) for event in second}


def test_draw_keeps_an_article_split_and_draws_a_third_of_the_new_ones() -> None:
    found = [
        {"unit_id": str(row), "row": row, "sentence_start": n, "sentence_end": n + 1, "type": "t"}
        for row in range(30)
        for n in range(2)
    ]
    prior = {row: ("test" if row % 2 else "train") for row in range(10)}
    sample = mine_fakes.draw(found, 7, 60, prior)
    assert [e["row"] for e in sample] != sorted(e["row"] for e in sample)  # order as drawn
    assert all(e["split"] == prior[e["row"]] for e in sample if e["row"] in prior)
    new_test = {e["row"] for e in sample if e["row"] not in prior and e["split"] == "test"}
    assert len(new_test) == 7  # a third of the 20 new articles
    assert sample == mine_fakes.draw(found, 7, 60, prior)  # seeded


def test_test_and_train_never_share_an_article() -> None:
    split_of: dict[int, set[str]] = {}
    for event in judged():
        split_of.setdefault(event["row"], set()).add(event["split"])
    assert all(len(splits) == 1 for splits in split_of.values())
    test = sum(splits == {"test"} for splits in split_of.values())
    assert abs(test - len(split_of) / 3) <= 1  # a third of the sampled articles
    split_of = {}
    for event in both():  # an article keeps its split across the two samples
        split_of.setdefault(event["row"], set()).add(event["split"])
    assert all(len(splits) == 1 for splits in split_of.values())


def test_offsets_lie_in_their_articles_outside_the_syria_dev_set() -> None:
    shared_file("data/fa-kes/FA-KES-Dataset.csv")
    rows = mine_fakes.fakes_rows()
    excluded = mine_fakes.devset_rows()
    for event in both():
        row = rows[event["row"]]
        assert row.unit_id == event["unit_id"]
        assert event["row"] not in excluded
        text = mine_fakes.doc_input(row)["text"]
        assert event["sentence_end"] <= len(text)
        sentence = text[event["sentence_start"] : event["sentence_end"]]
        assert sentence.strip() == sentence and sentence


def test_precision_interval_brackets_the_share() -> None:
    low, high = mine_fakes.wilson(40, 100)
    assert low < 0.40 < high and round(low, 2) == 0.31 and round(high, 2) == 0.50
    assert mine_fakes.wilson(0, 0) == (0.0, 0.0)
