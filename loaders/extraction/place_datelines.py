"""Datelines: the place a wire story was filed from ("BEIRUT (Reuters) -"), which is no place
of an event by itself (events/dateline.py decides when it is)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from loaders.extraction.doc_memo import doc_text
from loaders.extraction.mentions import place_of
from loaders.extraction.places import Place
from loaders.extraction.word_sets import words as _words
from loaders.sources import find_credits

DATELINE_FOLLOWERS = _words(
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun - ) :"
)


def is_dateline(ent: Span) -> bool:
    """ "Moscow AFP Saturday 7 Oct 2017", "BEIRUT (Reuters) -": a place followed by a wire
    agency's name and then a day, a date or the lead's dash is where the copy was filed, not
    where anything happened (headlines run into the body where punctuation was lost)."""
    from loaders.sources import resolve_source

    doc, i = ent.doc, ent.end
    if i < len(doc) and doc[i].text == "(":
        i += 1
    source = resolve_source(doc[i].text) if i < len(doc) else None
    if source is None or source.kind != "wire_agency":
        return False  # a line break after the place names no source at all
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is None or after.lower_ in DATELINE_FOLLOWERS or after.like_num


def dateline_place(doc: Doc) -> Place | None:
    """The place of the copy's dateline ("BAMAKO (Reuters) -", "SANAA, Yemen -"): where the
    story was filed, which the model rarely labels in capitals."""
    credits = find_credits(doc_text(doc)[:300])
    if credits.dateline is None:
        return None
    if credits.dateline_state:  # "SALISBURY, Rhodesia", "RANGOON, Burma": the city of that state
        place = place_of(f"{credits.dateline}, {credits.dateline_state}")
        if place is not None:
            return place
    return place_of(credits.dateline)
