"""The dateline as the place of a local lead: "SAN SALVADOR, Nov. 16 (Reuters) - Uniformed
gunmen burst into a Jesuit residence ... and shot dead six priests".

A dateline names where the copy was filed, which is where the lead's event happened only when
the lead names no place at all and points nowhere else: a dateline city of the story's own
country, and a lead without a place, a direction or an area ("in the northern war zone", "a
village in the south", "near the border") gives its event that city. Later sentences (another
side's version, background) and stories filed from a capital about the provinces keep no place.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from loaders.extraction.events.syntax import words
from loaders.extraction.mentions import place_ref
from loaders.extraction.place_datelines import dateline_place
from loaders.extraction.place_mentions import place_spans
from loaders.extraction.referents import Referents

# words of a lead that place its event away from the city it was filed in
ELSEWHERE_WORDS = words(
    "north northern south southern east eastern west western central northeast northeastern "
    "northwest northwestern southeast southeastern southwest southwestern province provinces "
    "district region regional county village villages town towns countryside border "
    "frontier zone outskirts suburb suburbs highway road camp island mountains hills front "
    "rural outside centre center interior country"
)
LEAD_ENDS = ("-", "\u2013", "\u2014", ":")  # a wire lead's dash or colon


def place_by_dateline(
    doc: Doc, events: list[dict], numbers: list[int], referents: Referents
) -> None:
    """Give, in place, the lead's placeless asserted events the dateline's city (module doc)."""
    filed = dateline_place(doc)
    if filed is None or filed.precision != "city":
        return
    home = referents.home_state()
    if home is not None and home.country != filed.country:
        return
    lead = _lead(doc)
    if lead is None or place_spans(lead) or any(t.lower_ in ELSEWHERE_WORDS for t in lead):
        return
    number = next(n for n, sentence in enumerate(doc.sents) if sentence.start == lead.start)
    at = doc.text[:120].upper().find(filed.name.upper())
    start, end = (at, at + len(filed.name)) if at >= 0 else (None, None)
    text = doc.text[at : at + len(filed.name)] if at >= 0 else filed.name
    for event, event_number in zip(events, numbers, strict=True):
        if event_number == number and event["location"] is None and event["stance"] == "assert":
            event["location"] = place_ref(filed, text, start, end)


def _lead(doc: Doc) -> Span | None:
    """The first sentence after the wire lead ("BAMAKO (Reuters) - ")."""
    sentences = list(doc.sents)
    if len(sentences) < 2 or not sentences[0].text.rstrip().endswith(LEAD_ENDS):
        return None  # no wire lead of its own: the story starts at once
    return sentences[1]
