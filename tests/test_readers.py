"""Readers on their own: odd CSV and JSON never raise, and keep what can be kept."""

from __future__ import annotations

import io
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.readers.csv_file import read_csv_file
from loaders.readers.json_lines import read_json_lines
from loaders.readers.records import RawArticle, Rejection


def test_csv_doubled_quotes_multiline_fields_and_a_stray_quote() -> None:
    raw = (
        b"title,text\n"
        b'A,"He said ""we struck"" near Homs,\nthen left."\n'
        b'B,"a stray quote never closes\n'
        b"C,Clashes near Hama.\n"
    )
    records = list(read_csv_file(raw, "x.csv", {}))
    assert isinstance(records[0], RawArticle)
    assert records[0].text == 'He said "we struck" near Homs,\nthen left.'
    assert isinstance(records[1], Rejection) and records[1].locator == "row 4"
    assert "unbalanced quote" in records[1].reason
    assert isinstance(records[2], RawArticle) and records[2].title == "C"


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_csv_reader_never_raises(raw: bytes) -> None:
    for record in read_csv_file(b"title,text\n" + raw, "x.csv", {}):
        assert isinstance(record, RawArticle | Rejection)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.binary(max_size=80), st.dictionaries(st.text(max_size=8),
       st.one_of(st.text(max_size=20), st.integers(), st.none()), max_size=4).map(
       lambda d: json.dumps(d).encode())), max_size=6))  # fmt: skip
def test_json_lines_reader_never_raises(lines: list[bytes]) -> None:
    stream = io.BytesIO(b"\n".join(line.replace(b"\n", b" ") for line in lines))
    records = list(read_json_lines(stream, "x.jsonl", {}))
    assert all(isinstance(r, RawArticle | Rejection) for r in records)
