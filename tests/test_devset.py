"""The hand-coded dev set (tests/devset/gold.jsonl): its format, and its fit to ../shared."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

import pytest

from tests.conftest import shared_file
from tests.devset import corpus

EVENT_TYPES = {
    "air_strike",
    "shelling",
    "missile_attack",
    "bombing",
    "suicide_bombing",
    "armed_clash",
    "ground_offensive",
    "territory_capture",
    "territory_loss",
    "killing",
    "execution",
    "abduction",
}
EVENT_FIELDS = {
    "type": str,
    "actor": (str, type(None)),
    "target": (str, type(None)),
    "location": (str, type(None)),
    "date": (str, type(None)),
    "date_precision": (str, type(None)),
    "killed_low": (int, type(None)),
    "killed_high": (int, type(None)),
    "injured_low": (int, type(None)),
    "injured_high": (int, type(None)),
    "claimant": (str, type(None)),
    "stance": str,
    "anchor": str,
}
CLAIM_FIELDS = {"claimant": str, "cue": str, "stance": str, "anchor": str}
DOC_FIELDS = {
    "id": str,
    "corpus": str,
    "sha256": str,
    "published": (str, type(None)),
    "source": (str, type(None)),
    "label": (int, type(None)),
    "split": str,
    "events": list,
    "claims": list,
}
PRECISIONS = {"day", "week", "month", "year"}
STANCES = {"assert", "deny"}
MAX_ANCHOR_WORDS = 6

GOLD = corpus.load_gold()


def _iso(value: str) -> dt.date:
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), value
    return dt.date.fromisoformat(value)


def _check_fields(where: str, item: dict[str, Any], fields: dict[str, Any]) -> None:
    assert set(fields) <= set(item), f"{where}: missing {sorted(set(fields) - set(item))}"
    for name, kind in fields.items():
        value = item[name]
        assert isinstance(value, kind) and not isinstance(value, bool), f"{where}.{name}={value!r}"
        if isinstance(value, str):
            assert value.strip() == value and value, f"{where}.{name} is blank or padded"


def _check_range(where: str, low: int | None, high: int | None) -> None:
    for value in (low, high):
        assert value is None or value >= 0, f"{where}: negative count"
    if low is not None and high is not None:
        assert low <= high, f"{where}: low {low} > high {high}"


def _check_anchor(where: str, anchor: str) -> None:
    words = anchor.split()
    assert 1 <= len(words) <= MAX_ANCHOR_WORDS, f"{where}: anchor {anchor!r} has {len(words)} words"


@pytest.mark.parametrize("entry", GOLD, ids=[entry["id"] for entry in GOLD])
def test_gold_entry_has_the_documented_format(entry: dict[str, Any]) -> None:
    _check_fields(entry["id"], entry, DOC_FIELDS)
    assert re.fullmatch(r"[0-9a-f]{64}", entry["sha256"])
    assert entry["split"] in ("dev", "test")
    if entry["corpus"] == "seed":
        assert re.fullmatch(r"[\w.-]+\.txt", entry["file"])
        assert entry["id"] == f"seed/{entry['file'].removesuffix('.txt')}"
    else:
        assert entry["corpus"] == "fa-kes"
        assert isinstance(entry["unit_id"], str) and entry["unit_id"].isdigit()
        assert isinstance(entry["row"], int) and entry["row"] >= 0
        assert entry["id"] == f"fakes/{entry['unit_id']}/{entry['row']}"
    published = _iso(entry["published"]) if entry["published"] else None
    for i, event in enumerate(entry["events"]):
        where = f"{entry['id']} event {i}"
        _check_fields(where, event, EVENT_FIELDS)
        assert set(event) == set(EVENT_FIELDS), f"{where}: unknown keys"
        assert event["type"] in EVENT_TYPES, f"{where}: type {event['type']!r}"
        assert event["stance"] in STANCES, f"{where}: stance {event['stance']!r}"
        if event["date"] is None:
            assert event["date_precision"] is None, f"{where}: precision without a date"
        else:
            assert event["date_precision"] in PRECISIONS, f"{where}: precision"
            day = _iso(event["date"])
            first = {
                "day": day,
                "week": day - dt.timedelta(days=day.weekday()),
                "month": day.replace(day=1),
                "year": day.replace(month=1, day=1),
            }[event["date_precision"]]
            assert day == first, f"{where}: a {event['date_precision']} starts on {first}"
            if published is not None:  # no event dated after its article
                assert _iso(event["date"]) <= published, f"{where}: date after published"
        _check_range(where + " killed", event["killed_low"], event["killed_high"])
        _check_range(where + " injured", event["injured_low"], event["injured_high"])
        _check_anchor(where, event["anchor"])
    for i, claim in enumerate(entry["claims"]):
        where = f"{entry['id']} claim {i}"
        _check_fields(where, claim, CLAIM_FIELDS)
        assert set(claim) == set(CLAIM_FIELDS), f"{where}: unknown keys"
        assert claim["stance"] in STANCES, f"{where}: stance {claim['stance']!r}"
        _check_anchor(where, claim["anchor"])


def test_gold_covers_enough_varied_documents() -> None:
    ids = [entry["id"] for entry in GOLD]
    assert len(ids) == len(set(ids)), "duplicate document ids"
    assert len(GOLD) >= 40
    by_corpus = Counter(entry["corpus"] for entry in GOLD)
    assert by_corpus["seed"] == 2 and by_corpus["fa-kes"] >= 38
    assert sum(entry["split"] == "dev" for entry in GOLD) >= 40
    fakes = [entry for entry in GOLD if entry["corpus"] == "fa-kes"]
    assert len({entry["source"] for entry in fakes}) >= 8, "too few outlets"
    assert {entry["label"] for entry in fakes} == {0, 1}, "need credible and fake articles"
    types = Counter(event["type"] for entry in GOLD for event in entry["events"])
    assert set(types) == EVENT_TYPES, f"types never coded: {EVENT_TYPES - set(types)}"
    assert any(not entry["events"] for entry in GOLD), "need a document with no event"
    stances = Counter(item["stance"] for e in GOLD for item in e["events"] + e["claims"])
    assert stances["deny"] >= 3


def _seed(name: str) -> dict[str, Any]:
    return next(entry for entry in GOLD if entry["id"] == f"seed/{name}")


def _has(events: list[dict[str, Any]], **wanted: Any) -> bool:
    return any(all(event[key] == value for key, value in wanted.items()) for event in events)


def test_gold_holds_the_issue_expectations_for_the_seeds() -> None:
    reuters = _seed("000_90cdf6e9ad84842e")["events"]
    afp = _seed("001_7d521d7e3635afb3")["events"]
    both = reuters + afp
    assert _has(both, type="air_strike", actor="Russia", target="Islamic State", claimant="Russia")
    assert _has(both, actor="Russia", target="Rebel groups", claimant="Western governments")
    assert _has(both, actor="Russia", target="Rebel groups", claimant=None)
    assert _has(reuters, target="Liwa Suqour al-Jabal", claimant="Liwa Suqour al-Jabal")
    for claimant in ("Islamic State", "Syrian Observatory for Human Rights"):
        assert _has(reuters, type="territory_capture", actor="Islamic State", claimant=claimant)
    irgc = "Islamic Revolutionary Guard Corps"
    assert _has(afp, type="killing", target=irgc, location="Aleppo", claimant=irgc)
    assert _has(afp, location="Raqa", killed_low=200, killed_high=200, actor="Russia")
    assert _has(afp, type="air_strike", actor="France", target="Islamic State", location="Raqa")
    assert _has(afp, type="missile_attack", actor="Russia", claimant="Russia", stance="deny")
    assert _has(afp, type="missile_attack", claimant="United States", stance="assert")


def test_fakes_decoding_keeps_every_row() -> None:
    shared_file(corpus.FAKES_CSV)
    rows = corpus.fakes_rows()
    assert len(rows) == 804
    repeats = len(rows) - len({row.unit_id for row in rows})
    assert repeats == 12  # why gold.jsonl names rows by index as well as unit_id


@pytest.mark.parametrize("entry", GOLD, ids=[entry["id"] for entry in GOLD])
def test_gold_entry_matches_its_shared_document(entry: dict[str, Any]) -> None:
    if entry["corpus"] == "seed":
        shared_file(f"{corpus.SEEDS_DIR}/{entry['file']}")
    else:
        shared_file(corpus.FAKES_CSV)
    raw = corpus.raw_text(entry)
    assert corpus.sha256_text(raw) == entry["sha256"], f"{entry['id']}: document changed"
    if entry["corpus"] == "fa-kes":
        row = corpus.fakes_rows()[entry["row"]]
        published = dt.datetime.strptime(row.date, "%m/%d/%Y").date().isoformat()
        assert (entry["published"], entry["source"]) == (published, row.source)
        assert entry["label"] == int(row.label)
    text = corpus.document_text(entry)
    for item in entry["events"] + entry["claims"]:
        assert corpus.anchor_spans(text, item["anchor"]), f"{entry['id']}: {item['anchor']!r}"
