"""Text and metadata normalisation: bytes to clean text, dates to ISO, hashes for duplicates.

Every function here is pure: same input, same output, no I/O. Readers call ``decode_bytes``;
the loader calls ``clean_text`` before hashing and extraction, so offsets stored in the warehouse
index into exactly the text the warehouse keeps.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import re
import unicodedata

import ftfy

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class UndecodableError(ValueError):
    """Raised when bytes are binary or in no encoding we can trust."""


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    # Mixed files (UTF-8 with stray Windows-1252 bytes, as in FA-KES) decode byte by byte.
    assert isinstance(error, UnicodeDecodeError)
    chunk = error.object[error.start : error.end]
    return chunk.decode("cp1252", errors="replace"), error.end


codecs.register_error("wirehouse-cp1252", _cp1252_fallback)


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Decode input bytes; returns (text, encoding used).

    Order: a byte-order mark; strict UTF-8; UTF-8 with Windows-1252 for the few bytes that are
    not UTF-8 (when they are under 10% of the input); else charset-normalizer's best guess.
    Binary input (NUL bytes without a UTF-16/32 mark) raises UndecodableError.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise UndecodableError(f"invalid {encoding} after byte-order mark") from exc
    if b"\x00" in raw[:65536]:
        raise UndecodableError("binary content (NUL bytes)")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    invalid = _count_invalid_utf8(raw)
    # Western text in Windows-1252 has few high bytes; a text that is mostly high bytes is in
    # another single-byte encoding (Arabic, Cyrillic...), which charset-normalizer tells apart.
    if invalid <= max(1, len(raw) // 10):
        return raw.decode("utf-8", errors="wirehouse-cp1252"), "utf-8+cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise UndecodableError("no text encoding fits these bytes")
    return str(best), str(best.encoding)


def _count_invalid_utf8(raw: bytes) -> int:
    count = 0

    def counter(error: UnicodeError) -> tuple[str, int]:
        nonlocal count
        assert isinstance(error, UnicodeDecodeError)
        count += error.end - error.start
        return "", error.end

    codecs.register_error("wirehouse-count", counter)
    raw.decode("utf-8", errors="wirehouse-count")
    return count


_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\u200b\ufeff]")


def clean_text(text: str) -> str:
    """Repair mojibake, drop control characters, tidy white space; paragraphs stay apart.

    Lines are joined into paragraphs separated by one blank line; runs of spaces become one.
    """
    text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = text.replace("\ufffd", "")
    paragraphs = []
    for block in _BLANK_LINES.split(text):
        lines = [_SPACES.sub(" ", line).strip() for line in block.split("\n")]
        paragraph = " ".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def clean_line(text: str | None) -> str | None:
    """A one-line field (title, source name): repaired, single-spaced, None when empty."""
    if text is None:
        return None
    cleaned = clean_text(str(text)).replace("\n\n", " ")
    return cleaned or None


def content_hash(body: str) -> str:
    """Exact-duplicate key: sha256 of the cleaned body, case and white space folded."""
    folded = " ".join(body.casefold().split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def near_duplicate_key(source: str | None, title: str | None, day: dt.date | None) -> str | None:
    """Near-duplicate key: same source, same title (letters and digits only), same day.

    The loader keeps the first article with a key and counts later ones as duplicates.
    Without a source, a title or a date there is no key, so nothing is merged on a guess.
    """
    if not title or day is None or not source:
        return None
    folded_title = re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKD", title).casefold())
    key = f"{(source or '').casefold()}|{' '.join(folded_title.split())}|{day.isoformat()}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


EARLIEST_DATE = dt.date(1900, 1, 1)
_MDY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")


class DateError(ValueError):
    """A date that is present but impossible or implausible."""


def parse_date(value: str | dt.date | None, today: dt.date | None = None) -> dt.date | None:
    """Parse a publication date to a ``date``; None when absent.

    Accepts ISO (``2015-10-09``, with time), US ``M/D/YYYY`` (FA-KES; D/M when the first
    number cannot be a month), RFC 2822 (RSS) and written dates ("Oct. 7, 2015",
    "Wed 05 Apr 2017"). Raises DateError for impossible dates (31/31/2015), years before 1900
    and dates after ``today``.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        parsed = value.date()
    elif isinstance(value, dt.date):
        parsed = value
    else:
        text = str(value).strip()
        if not text:
            return None
        parsed = _parse_date_text(text)
    today = today or dt.date.today()
    if parsed < EARLIEST_DATE:
        raise DateError(f"implausible date {value!r} (before {EARLIEST_DATE.year})")
    if parsed > today:
        raise DateError(f"date {value!r} is in the future")
    return parsed


def _parse_date_text(text: str) -> dt.date:
    try:
        if match := _ISO.match(text):
            return dt.date(*(int(g) for g in match.groups()))
        if match := _MDY.match(text):
            first, second, year = (int(g) for g in match.groups())
            month, day = (first, second) if first <= 12 else (second, first)
            return dt.date(year, month, day)
    except ValueError as exc:
        raise DateError(f"impossible date {text!r}") from exc
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    from dateutil import parser as date_parser

    try:
        return date_parser.parse(text, fuzzy=False, default=dt.datetime(1, 1, 1)).date()
    except (ValueError, OverflowError) as exc:
        raise DateError(f"unparseable date {text!r}") from exc


_LEADING_DATE = re.compile(
    r"^(?:Date of publication\s+)?((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?"
    r"(\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\b"
)


def leading_date(body: str) -> tuple[dt.date | None, str | None]:
    """A date that opens the body ("Wed 05 Apr 2017 ...", "Date of publication 3 April 2017").

    Returns (date, matched text) or (None, None). Used only when the input gives no date.
    """
    match = _LEADING_DATE.match(body)
    if not match:
        return None, None
    try:
        return _parse_date_text(match.group(2)), match.group(0)
    except DateError:
        return None, None


_ENGLISH_WORDS = frozenset(
    {
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "it",
        "with",
        "as",
        "was",
        "by",
        "at",
        "from",
        "he",
        "said",
        "his",
        "are",
        "be",
        "this",
        "have",
        "has",
        "had",
        "were",
        "an",
        "which",
        "not",
        "but",
        "they",
        "their",
        "its",
        "who",
        "been",
        "also",
        "after",
        "more",
        "than",
        "would",
        "will",
    }
)


_OTHER_WORDS = frozenset(
    {
        "le",
        "la",
        "les",
        "des",
        "du",
        "et",
        "est",
        "une",
        "dans",
        "pour",
        "qui",
        "sur",
        "avec",
        "der",
        "die",
        "das",
        "und",
        "ist",
        "nicht",
        "ein",
        "eine",
        "mit",
        "von",
        "zu",
        "el",
        "los",
        "las",
        "del",
        "y",
        "por",
        "con",
        "una",
        "para",
        "os",
        "em",
        "um",
        "uma",
        "il",
        "di",
        "che",
        "per",
        "non",
        "sono",
    }
)


def detect_language(text: str) -> str:
    """'en' when English function words are frequent, else 'und' (undetermined).

    The English spaCy model only serves English; other languages load but are not extracted.
    Short texts with few function words count as English when written in Latin letters and
    showing no other language's function words.
    """
    words = re.findall(r"[^\W\d_]+", text[:5000].casefold())
    if not words:
        return "und"
    english = sum(w in _ENGLISH_WORDS for w in words) / len(words)
    other = sum(w in _OTHER_WORDS for w in words) / len(words)
    if english >= 0.12 and english > other:
        return "en"
    latin = sum(w.isascii() for w in words) / len(words)
    if len(words) < 20 and other == 0 and latin > 0.9:
        return "en"
    return "und"
