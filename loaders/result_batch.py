"""A batch of extraction results as one Arrow array: the parts of the contract the writer reads.

The extractor's workers convert their results here (``ResultBatch.from_results``), so the
conversion of the contract's dicts into Arrow (about 100 ns a value in C++, a million values per
few thousand articles) runs in the worker processes, in parallel, and what travels back to the
loader is Arrow buffers, which pickle far cheaper than nested dicts. ``loaders.rows.flatten``
cuts its columns from the array; a plain list of the contract's dicts is converted there.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, overload

import pyarrow as pa

from loaders.columns import arrow_types

# Every written column of each extracted table, typed from the models' metadata.
MENTION_SCHEMA = pa.schema(arrow_types("mentions"))
CLAIM_SCHEMA = pa.schema(arrow_types("claims", extra={"claim_id": pa.int64()}))  # ids reserved
EVENT_SCHEMA = pa.schema(arrow_types("events"))
TOLL_SCHEMA = pa.schema(arrow_types("toll_claims"))

# The parts of the contract the writer reads, typed as the columns they go to; other keys are
# ignored and missing ones are null.
TEXT, _OFFSET = pa.string(), MENTION_SCHEMA.field("char_start").type
_ACTOR = pa.struct(
    {"text": TEXT, "name": TEXT, "kind": TEXT, "country": TEXT, "sector": TEXT,
     "start": _OFFSET, "end": _OFFSET}
)  # fmt: skip
_PLACE = pa.struct(
    {"text": TEXT, "name": TEXT, "country": TEXT, "admin1": TEXT, "lat": pa.float64(),
     "lon": pa.float64(), "gazetteer_id": TEXT, "precision": TEXT, "start": _OFFSET,
     "end": _OFFSET}
)  # fmt: skip
_ENTITY = pa.struct(
    {"text": TEXT, "label": TEXT, "name": TEXT, "kind": TEXT, "country": TEXT,
     "sector": TEXT, "start": _OFFSET, "end": _OFFSET, "sentence": _OFFSET}
)  # fmt: skip
_CLAIM = pa.struct(
    {"claimant": _ACTOR, "cue": TEXT, "cue_start": _OFFSET, "cue_end": _OFFSET,
     "stance": TEXT, "start": _OFFSET, "end": _OFFSET}
)  # fmt: skip
# Event and toll columns that flatten fills itself; every other column is the contract key of
# the same name (killed_low, stance...), copied as it is.
_EVENT_FILLED = {"article_id", "extractor_version", "claim_id", "event_type", "event_date",
                 "actor_entity_id", "target_entity_id", "location_id"} | {
    f"{part}_{end}" for part in ("actor", "target", "location") for end in ("text", "start", "end")
}  # fmt: skip
_TOLL_FILLED = {"article_id", "extractor_version", "claim_id", "since_date"}
EVENT_COPIED = [f for f in EVENT_SCHEMA if f.name not in _EVENT_FILLED]
TOLL_COPIED = [f for f in TOLL_SCHEMA if f.name not in _TOLL_FILLED]
_EVENT = pa.struct(
    [*EVENT_COPIED, ("type", TEXT), ("date", TEXT), ("claim_index", pa.int32()),
     ("actor", _ACTOR), ("target", _ACTOR), ("location", _PLACE)]
)  # fmt: skip
_TOLL = pa.struct([*TOLL_COPIED, ("since_date", TEXT), ("claim_index", pa.int32())])
RESULT_TYPE = pa.struct(
    {"entities": pa.list_(_ENTITY), "claims": pa.list_(_CLAIM), "events": pa.list_(_EVENT),
     "tolls": pa.list_(_TOLL)}
)  # fmt: skip


class ResultBatch(Sequence[Mapping[str, Any]]):
    """Results of a batch's articles, in order, as one ``RESULT_TYPE`` array. Indexing gives
    the writer's part of one result as a dict (for code that reads results one by one)."""

    def __init__(self, array: pa.Array) -> None:
        if array.type != RESULT_TYPE:
            raise TypeError(f"a result batch holds {RESULT_TYPE}, not {array.type}")
        self.array = array

    @classmethod
    def from_results(cls, results: Iterable[Mapping[str, Any]]) -> ResultBatch:
        """Convert the contract's dicts (in C++: no Python code runs per value)."""
        if isinstance(results, ResultBatch):
            return results
        return cls(pa.array([r if isinstance(r, dict) else dict(r) for r in results], RESULT_TYPE))

    @classmethod
    def concat(cls, parts: Sequence[ResultBatch]) -> ResultBatch:
        return cls(pa.concat_arrays([p.array for p in parts]) if parts else _EMPTY_ARRAY)

    def placed(self, positions: Sequence[int], size: int) -> ResultBatch:
        """``size`` results: this batch's i-th at ``positions[i]``, empty results elsewhere
        (articles that were not extracted)."""
        slot = [len(self)] * size  # the empty result appended below
        for index, position in enumerate(positions):
            slot[position] = index
        return ResultBatch(pa.concat_arrays([self.array, _EMPTY_ONE]).take(slot))

    def take(self, indexes: Sequence[int]) -> ResultBatch:
        return ResultBatch(self.array.take(pa.array(indexes, pa.int64())))

    def __len__(self) -> int:
        return len(self.array)

    @overload
    def __getitem__(self, index: int) -> Mapping[str, Any]: ...
    @overload
    def __getitem__(self, index: slice) -> ResultBatch: ...
    def __getitem__(self, index: int | slice) -> Mapping[str, Any] | ResultBatch:
        if isinstance(index, slice):
            return ResultBatch(self.array[index])
        return self.array[index].as_py()


_EMPTY_ARRAY = pa.array([], RESULT_TYPE)
_EMPTY_ONE = pa.array([{"entities": [], "claims": [], "events": [], "tolls": []}], RESULT_TYPE)
