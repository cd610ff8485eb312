"""Normalisation functions: decoding, cleaning, dates, credits, language."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.normalise import (
    DateError,
    UndecodableError,
    clean_text,
    content_hash,
    decode_bytes,
    detect_language,
    leading_date,
    near_duplicate_key,
    parse_date,
)
from loaders.sources import find_credits, resolve_source


def test_decode_mixed_utf8_and_windows_1252() -> None:
    raw = "Assad’s forces".encode() + b" \x93quoted\x94 \x96 dash"
    text, encoding = decode_bytes(raw)
    assert encoding == "utf-8+cp1252"
    assert text == "Assad’s forces “quoted” – dash"


def test_decode_byte_order_marks_and_binary() -> None:
    assert decode_bytes("Raqqa".encode("utf-16"))[0] == "Raqqa"
    assert decode_bytes(b"\xef\xbb\xbfHama")[0] == "Hama"
    with pytest.raises(UndecodableError):
        decode_bytes(b"\x00\x01binary\x00")


def test_clean_text_repairs_mojibake_and_tidies_space() -> None:
    assert (
        clean_text("Assadâ€™s  forces\r\n shelled\r\n\r\n\r\nHoms")
        == "Assad’s forces shelled\n\nHoms"
    )


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("4/5/2017", dt.date(2017, 4, 5)),
        ("25/10/2015", dt.date(2015, 10, 25)),
        ("2015-10-09", dt.date(2015, 10, 9)),
        ("2015-10-09T12:30:00Z", dt.date(2015, 10, 9)),
        ("Fri, 09 Oct 2015 10:00:00 GMT", dt.date(2015, 10, 9)),
        ("Oct. 7, 2015", dt.date(2015, 10, 7)),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(given: str | None, expected: dt.date | None) -> None:
    assert parse_date(given) == expected


@pytest.mark.parametrize("given", ["31/31/2015", "0025-01-01", "2999-01-01", "not a date"])
def test_impossible_dates_raise(given: str) -> None:
    with pytest.raises(DateError):
        parse_date(given)


def test_leading_date_of_fakes_style_bodies() -> None:
    assert leading_date("Wed 05 Apr 2017 Syria attack")[0] == dt.date(2017, 4, 5)
    assert leading_date("Date of publication 3 April 2017 At least")[0] == dt.date(2017, 4, 3)
    assert leading_date("Syrian forces advanced") == (None, None)


def test_hashes_fold_case_and_space_and_need_a_source_title_and_day() -> None:
    assert content_hash("Strikes  hit\nHoms") == content_hash("strikes hit homs")
    day = dt.date(2015, 10, 9)
    assert near_duplicate_key("AFP", "Strikes: Homs!", day) == near_duplicate_key(
        "afp", "strikes homs", day
    )
    assert near_duplicate_key(None, "Strikes", day) is None
    assert near_duplicate_key("AFP", None, day) is None


def test_credits_and_sources() -> None:
    assert find_credits("BEIRUT (Reuters) - Jets struck.").wire == "Reuters"
    assert find_credits("Jets struck Homs.\n\nMore. - AFP").wire == "AFP"
    photo = "Howitzers fire. (AP Photo/A. Person)\n\nBEIRUT: Jets struck. - AFP"
    assert find_credits(photo) == find_credits(photo).__class__(wire="AFP", dateline="Beirut")
    assert resolve_source("ahram").name == "Al-Ahram"
    assert resolve_source("Levant Ledger").kind == "unknown"


def test_language() -> None:
    assert detect_language("The army said it had taken the town after a week of fighting.") == "en"
    assert (
        detect_language("Les forces ont bombardé la ville et les villages pour une semaine.")
        == "und"
    )
    assert detect_language("Strikes hit Homs.") == "en"
    assert detect_language("قصف الطيران الحربي مدينة حلب") == "und"


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=40), st.dates().map(str), st.none()))
def test_parse_date_returns_a_date_or_a_date_error(value: str | None) -> None:
    try:
        result = parse_date(value)
    except DateError:
        return
    assert result is None or isinstance(result, dt.date)
