"""Labelled candidates for the event veto: the rules' asserted events with their features
(loaders/extraction/event_features.py) and a verdict, from

- the world ``dev`` split: right when the event matches a gold asserted event
  (world_quality.match, through devset.right_events);
- the synthetic stories (NGEC synthetic news, MIT licence; read from ../shared): the hand labels
  (hand_labels.jsonl), judged samples of mined events (mine_events.py's format: ``row``,
  ``type``, sentence span, ``verdict`` "right" / "wrong") and the judged stances
  (tests/benchmarks/mined_stances.jsonl: right when ``gold`` is "assert").

Never read: a measured split, judged sample B, the test rows of a judged sample, or any story
sharing a title with a story any of them quotes (``forbidden_titles``). Every candidate carries
its group (the story's title, or the world item) so that cross-validation folds keep a story's
retellings together. The rules' run over the documents is cached as JSON Lines (keyed by the
extractor's version and the feature code), so retraining does not parse again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from scripts.event_classifier.devset import TUNING_SPLIT, right_events
from tests.benchmarks.world_quality import match

REPO = Path(__file__).resolve().parents[2]
CACHE = REPO / ".cache" / "event_classifier" / "documents.jsonl"
SYNTHETIC_DATE = "2021-06-15"  # the stories carry no date (as mine_events.PUBLISHED)


@dataclass(frozen=True)
class Labelled:
    features: list[str]
    label: bool
    group: str  # "title:<story title>" or "item:<world id>": kept in one fold
    source: str  # "dev", "hand", "judged", "stances"


def feature_stamp() -> dict[str, str]:
    from loaders.extraction import event_features
    from loaders.extraction.pipeline import EXTRACTOR_VERSION

    code = Path(event_features.__file__).read_bytes()
    return {"extractor": EXTRACTOR_VERSION, "features": hashlib.sha256(code).hexdigest()[:16]}


def _contract(doc: Any, text: str, published: str | None) -> list[dict | None]:
    """Each raw event's contract event, or None when extract_batch drops it as history."""
    from loaders.extraction.components import EVENTS_KEY
    from loaders.extraction.pipeline import _finish_events, _published

    date = _published(published)
    found: list[dict | None] = []
    for raw in doc.user_data.get(EVENTS_KEY, []):
        holder = SimpleNamespace(user_data={EVENTS_KEY: [raw]})
        # no title: the builder reads bodies only (a title copy is dropped after the veto)
        finished = list(_finish_events(holder, text, date, [], None))
        found.append(finished[0] if finished else None)
    return found


def _document(doc: Any, key: str, text: str, published: str | None) -> dict[str, Any]:
    """The cached record of one document: its rule events with their features."""
    from loaders.extraction.components import EVENTS_KEY
    from loaders.extraction.event_features import event_features

    events = doc.user_data.get(EVENTS_KEY, [])
    contract = _contract(doc, text, published)
    positions, kept = [], 0  # each raw event's index among the contract events
    for finished in contract:
        positions.append(kept if finished is not None else None)
        kept += finished is not None
    records = [
        {
            "type": event["type"],
            "stance": event["stance"],
            "trigger_start": event["trigger_start"],
            "sentence_start": event["sentence_start"],
            "sentence_end": event["sentence_end"],
            "position": positions[index],
            "features": event_features(doc, events, index),
        }
        for index, event in enumerate(events)
    ]
    return {"key": key, "events": records, "contract": [c for c in contract if c is not None]}


def documents(texts: Iterable[tuple[str, str, str | None]], cache: Path = CACHE) -> dict:
    """key -> cached record of every (key, text, published) document, parsing the missing."""
    from loaders.extraction.pipeline import BATCH_SIZE, load_nlp

    stamp = feature_stamp()
    known: dict[str, dict] = {}
    if cache.exists():
        with cache.open(encoding="utf-8") as handle:
            if json.loads(handle.readline() or "{}") == stamp:
                known = {r["key"]: r for r in map(json.loads, handle)}
    wanted = {key: (text, published) for key, text, published in texts}
    missing = [(text, (key, published)) for key, (text, published) in wanted.items()]
    missing = [m for m in missing if m[1][0] not in known]
    if missing:
        print(f"  parsing {len(missing)} documents with the rules")
        nlp = load_nlp(event_check=False)
        for doc, (key, published) in nlp.pipe(missing, as_tuples=True, batch_size=BATCH_SIZE):
            known[key] = _document(doc, key, doc.text, published)
        cache.parent.mkdir(parents=True, exist_ok=True)
        with cache.open("w", encoding="utf-8") as handle:
            handle.write(json.dumps(stamp) + "\n")
            for record in known.values():
                handle.write(json.dumps(record) + "\n")
    return {key: known[key] for key in wanted}


def dev_candidates(items: list[dict], titles: dict[int, str], forbidden: set[str]) -> list:
    """The dev items' asserted candidates, right when they match a gold asserted event."""
    allowed = [i for i in items if i["split"] == TUNING_SPLIT]
    allowed = [i for i in allowed if _title(i, titles) not in forbidden]
    docs = documents((i["id"], i["text"], i["published"]) for i in allowed)
    found = []
    for item in allowed:
        record = docs[item["id"]]
        right = right_events(item, record["contract"]) | _right_otherwise(item, record)
        title = _title(item, titles)
        group = f"title:{title}" if title else f"item:{item['id']}"
        found += [
            Labelled(
                event["features"],
                event["position"] in right,
                group,
                "dev" if event["stance"] == "assert" else "dev_modal",
            )
            for event in record["events"]
            if event["position"] is not None  # dropped as history: the veto cannot matter
        ]
    return found


def _right_otherwise(item: dict, record: dict) -> set[int]:
    """Contract indexes of the non-asserted rule events that match a gold asserted event the
    asserted ones left unmatched: asserted, they would have been right. The rest of the rules'
    plans, threats and denials are examples of what must not read as an event."""
    contract = record["contract"]
    taken = right_events(item, contract)
    gold = [e for e in item["events"] if e["stance"] == "assert"]
    asserted = [contract[i] for i in sorted(taken)]
    free = set(range(len(gold))) - {g for g, _ in match(item["text"], gold, asserted)}
    others = [i for i, e in enumerate(contract) if e.get("stance") != "assert"]
    as_asserted = [{**contract[i], "stance": "assert"} for i in others]
    pairs = match(item["text"], [gold[g] for g in sorted(free)], as_asserted)
    return {others[p] for _, p in pairs}


def _title(item: dict, titles: dict[int, str]) -> str | None:
    origin = item.get("origin") or ""
    return titles.get(int(origin[5:])) if origin.startswith("ngec:") else None


def synthetic_documents(rows: list[dict[str, str]], numbers: set[int]) -> dict[int, dict]:
    docs = documents((f"ngec:{n}", rows[n]["text"], SYNTHETIC_DATE) for n in sorted(numbers))
    return {int(key[5:]): record for key, record in docs.items()}


def asserted(record: dict) -> list[dict]:
    return [e for e in record["events"] if e["stance"] == "assert"]


def by_trigger(record: dict, trigger_start: int) -> list[dict]:
    return [e for e in asserted(record) if e["trigger_start"] == trigger_start]


def by_sentence(record: dict, judged: dict, families: dict[str, str]) -> list[dict]:
    """Asserted candidates of the judged event's family overlapping its sentence (as
    mine_events.still_found)."""
    return [
        e
        for e in asserted(record)
        if families[e["type"]] == families[judged["type"]]
        and e["sentence_start"] < judged["sentence_end"]
        and e["sentence_end"] > judged["sentence_start"]
    ]


def as_dicts(found: list[Labelled]) -> list[dict]:
    return [asdict(f) for f in found]
