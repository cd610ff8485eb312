"""A corpus of bad inputs, written on demand (some are tens of megabytes, some are links),
each with what the loader must do with it: load it (the article named by ``marker`` must be
stored, exactly once) or reject it (a rejection whose reason contains ``reason``).

Every file also sits beside good records (in the same file where the format allows), so the
test shows that bad input never costs good input.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Case:
    name: str  # file name, relative to the corpus directory
    expect: str  # "load" | "reject"
    marker: str | None = None  # a word only this case's loaded article holds
    reason: str | None = None  # expected words of the rejection reason
    locator: str | None = None  # where in the file the rejection points


def article(marker: str, extra: str = "") -> str:
    return f"Government forces shelled positions near Homs on Monday as they said. {marker} {extra}"


def jsonl(*records: object) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in records)


def write_bad_inputs(root: Path) -> list[Case]:
    root.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def add(name: str, content: bytes, *expected: Case) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        cases.extend(expected)

    add(
        "invalid-utf8.txt",
        article("MarkerInvalidUtf8").encode() + b" caf\xe9 \x93quoted\x94",
        Case("invalid-utf8.txt", "load", marker="MarkerInvalidUtf8"),
    )
    add(
        "utf16-bom.txt",
        ("Title: UTF-16\n\n" + article("MarkerUtf16")).encode("utf-16"),
        Case("utf16-bom.txt", "load", marker="MarkerUtf16"),
    )
    add(
        "nul-bytes.txt",
        b"Strikes\x00\x00hit\x00Homs",
        Case("nul-bytes.txt", "reject", reason="binary"),
    )
    add("empty.txt", b"", Case("empty.txt", "reject", reason="empty file"))
    big = ("Title: Huge\n\n" + "Shelling continued near Homs. " * 1_750_000).encode()  # ~52 MB
    add("huge-article.txt", big, Case("huge-article.txt", "reject", reason="article too large"))
    add(
        "long-line.jsonl",
        jsonl(
            {"text": article("MarkerBeforeLongLine")},
            {"text": "x" * 10_000_000},
            {"text": article("MarkerAfterLongLine")},
        ),
        Case("long-line.jsonl", "load", marker="MarkerBeforeLongLine"),
        Case("long-line.jsonl", "reject", reason="line too large", locator="line 2"),
        Case("long-line.jsonl", "load", marker="MarkerAfterLongLine"),
    )
    add(
        "semicolons.csv",
        f"title;text;date\nSemicolon;{article('MarkerSemicolon')};10/5/2015\n".encode(),
        Case("semicolons.csv", "load", marker="MarkerSemicolon"),
    )
    add(
        "tabs.tsv",
        f"title\ttext\nTabbed\t{article('MarkerTabbed')}\n".encode(),
        Case("tabs.tsv", "load", marker="MarkerTabbed"),
    )
    add(
        "unbalanced-quotes.csv",
        (
            f'title,text\nA,"{article("MarkerCsvBefore")}"\nB,"never closed {article("x")}\n'
            f"C,{article('MarkerCsvAfter')}\n"
        ).encode(),
        Case("unbalanced-quotes.csv", "load", marker="MarkerCsvBefore"),
        Case("unbalanced-quotes.csv", "reject", reason="unbalanced quote", locator="row 3"),
        Case("unbalanced-quotes.csv", "load", marker="MarkerCsvAfter"),
    )
    add(
        "too-many-fields.csv",
        f"title,text\nA,{article('MarkerFieldsOk')}\nB,two,three\n".encode(),
        Case("too-many-fields.csv", "load", marker="MarkerFieldsOk"),
        Case(
            "too-many-fields.csv", "reject", reason="fields where the header has", locator="row 3"
        ),
    )
    add(
        "no-text-column.csv",
        b"title,summary\nA,B\n",
        Case("no-text-column.csv", "reject", reason="no text column"),
    )
    add(
        "broken-line.jsonl",
        jsonl({"text": article("MarkerJsonGood1")})
        + b'{"text": "unterminated\n'
        + jsonl({"text": article("MarkerJsonGood2")}),
        Case("broken-line.jsonl", "load", marker="MarkerJsonGood1"),
        Case("broken-line.jsonl", "reject", reason="invalid JSON", locator="line 2"),
        Case("broken-line.jsonl", "load", marker="MarkerJsonGood2"),
    )
    add("number.json", b"42", Case("number.json", "reject", reason="not a JSON object"))
    add(
        "mixed-list.json",
        json.dumps([{"text": article("MarkerListItem")}, "just a string"]).encode(),
        Case("mixed-list.json", "load", marker="MarkerListItem"),
        Case("mixed-list.json", "reject", reason="not a JSON object but str", locator="item 1"),
    )
    add(
        "missing-text.jsonl",
        jsonl({"id": "m1", "title": "No body"}),
        Case("missing-text.jsonl", "reject", reason="no article text"),
    )
    add(
        "blank-text.jsonl",
        jsonl({"id": "b1", "text": " \n\t  "}),
        Case("blank-text.jsonl", "reject", reason="no article text"),
    )
    add(
        "no-body.html",
        b"<html><head><title>Nothing</title></head></html>",
        Case("no-body.html", "reject", reason="no main text"),
    )
    add("malformed.xml", b"<rss><channel><item><title>Cut off</ti", Case("malformed.xml", "reject"))
    add(
        "impossible-date.jsonl",
        jsonl({"text": article("MarkerImpossibleDate"), "published": "31/31/2015"}),
        Case("impossible-date.jsonl", "load", marker="MarkerImpossibleDate"),
    )
    add(
        "ancient-date.jsonl",
        jsonl({"text": article("MarkerAncientDate"), "published": "0025-01-01"}),
        Case("ancient-date.jsonl", "load", marker="MarkerAncientDate"),
    )
    add(
        "future-date.jsonl",
        jsonl({"text": article("MarkerFutureDate"), "published": "2999-01-01"}),
        Case("future-date.jsonl", "load", marker="MarkerFutureDate"),
    )
    add(
        "event-after-publication.jsonl",
        jsonl(
            {
                "text": article("MarkerLaterEvent", "Jets will strike Idlib on December 25, 2015."),
                "published": "2015-10-10",
            }
        ),
        Case("event-after-publication.jsonl", "load", marker="MarkerLaterEvent"),
    )
    add(
        "french.txt",
        "Les forces gouvernementales ont bombardé la ville et les villages autour de Homs lundi, "
        "selon une source militaire. MarkerFrench".encode(),
        Case("french.txt", "load", marker="MarkerFrench"),
    )
    add(
        "same-id.jsonl",
        jsonl(
            {"id": "dup", "text": article("MarkerSameIdOne")},
            {"id": "dup", "text": article("MarkerSameIdTwo")},
        ),
        Case("same-id.jsonl", "load", marker="MarkerSameIdOne"),
        Case("same-id.jsonl", "load", marker="MarkerSameIdTwo"),
    )
    add(
        "sql.jsonl",
        jsonl(
            {
                "id": "'); DROP TABLE articles;--",
                "text": "'); DROP TABLE articles;-- " + article("MarkerSql"),
            }
        ),
        Case("sql.jsonl", "load", marker="MarkerSql"),
    )
    odd = "-odd name; $(rm -rf) 'quoted' é.txt"
    add(odd, article("MarkerOddName").encode(), Case(odd, "load", marker="MarkerOddName"))
    add(
        "windows-1252.txt",
        article("MarkerCp1252 \u201cquoted\u201d \u2013 dash").encode("cp1252"),
        Case("windows-1252.txt", "load", marker="MarkerCp1252"),
    )
    add(
        "mojibake-crlf.txt",
        ("Title: CRLF\r\n\r\nAssadâ€™s forces\r\n" + article("MarkerCrlf")).encode(),
        Case("mojibake-crlf.txt", "load", marker="MarkerCrlf"),
    )
    add(
        "bom.json",
        b"\xef\xbb\xbf" + json.dumps({"text": article("MarkerBomJson")}).encode(),
        Case("bom.json", "load", marker="MarkerBomJson"),
    )
    add(
        "picture.png",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        Case("picture.png", "reject", reason="unsupported file type"),
    )
    add(
        "convert.py",
        b"import sys\n\n\ndef main():\n    print(sys.argv)\n",
        Case("convert.py", "reject", reason="unsupported file type '.py'"),
    )
    add(
        "fetch-feeds",  # a script without a suffix: sniffed, and not an article
        b"#!/bin/sh\nset -e\ncurl -o feed.xml https://example.org/feed\n",
        Case("fetch-feeds", "reject", reason="binary or source code"),
    )
    add(
        "wire-story-2015.10.07",  # a dotted name is not a file type: sniffed as text
        article("MarkerDottedName").encode(),
        Case("wire-story-2015.10.07", "load", marker="MarkerDottedName"),
    )
    add(
        "arabic-cp1256.txt",
        "قصفت الطائرات الحربية مدينة حلب يوم الاثنين".encode("cp1256"),
        Case("arabic-cp1256.txt", "load", marker="حلب"),
    )
    (root / "loop").mkdir(exist_ok=True)
    os.symlink("..", root / "loop" / "up")
    cases.append(Case("loop/up", "reject", reason="linked directory not followed"))
    os.symlink(root / "missing-target.txt", root / "dangling.txt")
    cases.append(Case("dangling.txt", "reject", reason="cannot read file"))
    return cases
