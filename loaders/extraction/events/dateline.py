"""The dateline as the place of a local story: "SAN SALVADOR, Nov. 16 (Reuters) - Uniformed
gunmen burst into a Jesuit residence ... and shot dead six priests".

A dateline names where the copy was filed, which is where an event happened only when the text
places nothing else (tests/devset_world/README.md, "Three coding questions decided", 1): a
dateline city of the story's own country, and a lead without another place, a direction or an
area ("in the northern war zone", "a village in the south", "near the border", "on the coast")
gives its events that city. In a short wire item that names no place but the dateline's city
in any sentence, the later sentences' placeless events told by the writer, by the lead's source
or by that source again ("it added", "they said") are there too ("A second blast killed a
policeman hours later"), and so is a denial (it takes the place of the report it denies); another
side's version keeps no place (rule "Counter-claims"). Stories filed from a capital about the
provinces keep no place. Words of a source ("the interior ministry said", "regional officials
said") place nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from loaders.extraction.events.followups import short_story
from loaders.extraction.events.syntax import words
from loaders.extraction.mentions import place_of, place_ref
from loaders.extraction.place_datelines import dateline_place
from loaders.extraction.place_mentions import place_spans
from loaders.extraction.places import Place
from loaders.extraction.referents import Referents
from loaders.sources import find_credits

# words of a lead that place its event away from the city it was filed in
ELSEWHERE_WORDS = words(
    "north northern south southern east eastern west western central northeast northeastern "
    "northwest northwestern southeast southeastern southwest southwestern province provinces "
    "district region regional county village villages town towns countryside border "
    "frontier zone outskirts suburb suburbs highway road camp island mountains hills front "
    "rural outside centre center interior country coast coastal desert jungle bush valley "
    "hinterland delta"
)
# of these, words that place only with an object of their own: "outside the capital", "the
# centre of the country", "the interior" (never "outside a police station", "a health centre",
# "the interior ministry")
SETTLEMENTS = words("city town capital village country province region")
PRONOUN_SOURCES = words("he she it they")
LEAD_ENDS = ("-", "\u2013", "\u2014", ":")  # a wire lead's dash or colon


def place_by_dateline(
    doc: Doc, events: list[dict], numbers: list[int], referents: Referents
) -> None:
    """Give, in place, the placeless events the dateline's city (module doc)."""
    filed = dateline_place(doc)
    if filed is None or filed.precision != "city":
        return
    home = referents.home_state()
    if home is not None and home.country != filed.country:
        return
    lead = _lead(doc)
    if lead is None:
        return
    sources = _source_tokens(events)
    if _placed_elsewhere(lead, filed, sources):
        return
    sentences = list(doc.sents)
    number = next(n for n, sentence in enumerate(sentences) if sentence.start == lead.start)
    later = sentences[number + 1 :]
    whole = short_story(doc) and not any(_placed_elsewhere(s, filed, sources) for s in later)
    written = find_credits(doc.text[:300]).dateline or filed.name  # "KANDAHAR" for Kandahār
    at = doc.text[:120].upper().find(written.upper())
    start, end = (at, at + len(written)) if at >= 0 else (None, None)
    text = doc.text[at : at + len(written)] if at >= 0 else filed.name
    lead_sources = {_name(e) for e, n in zip(events, numbers, strict=True) if n == number}
    for event, event_number in zip(events, numbers, strict=True):
        if event["location"] is not None or event["stance"] not in ("assert", "deny"):
            continue
        in_lead = event_number == number and event["stance"] == "assert"
        if in_lead or (whole and event_number > number and _told_by_lead(event, lead_sources)):
            event["location"] = place_ref(filed, text, start, end)


def _lead(doc: Doc) -> Span | None:
    """The first sentence after the wire lead ("BAMAKO (Reuters) - ")."""
    sentences = list(doc.sents)
    if len(sentences) < 2 or not sentences[0].text.rstrip().endswith(LEAD_ENDS):
        return None  # no wire lead of its own: the story starts at once
    return sentences[1]


def _placed_elsewhere(sentence: Span, filed: Place, sources: set[int]) -> bool:
    """Whether the sentence names a place other than the dateline's city or its country, or a
    direction or area, outside its sources' words ("the Burundi Red Cross said")."""
    for span in place_spans(sentence):
        if span.start_char in sources:
            continue
        named = place_of(span.text)
        if named is None or named.country != filed.country:
            return True
        if named.gazetteer_id != filed.gazetteer_id and named.precision != "country":
            return True
    return any(_elsewhere(t) for t in sentence if t.idx not in sources)


def _elsewhere(token: Token) -> bool:
    word = token.lower_
    if word not in ELSEWHERE_WORDS:
        return False
    if word == "outside":
        return any(c.lemma_.lower() in SETTLEMENTS for c in token.subtree if c is not token)
    if word in ("centre", "center"):
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    if word == "interior":
        return token.dep_ not in ("compound", "amod")
    return True


def _source_tokens(events: Sequence[dict]) -> set[int]:
    """The character offsets of every event's claimant words (a token is a source's by its
    start)."""
    spans = [
        (c["start"], c["end"])
        for e in events
        if (c := e.get("claimant")) and c.get("start") is not None and c.get("end") is not None
    ]
    return {i for start, end in spans for i in range(start, end)}


def _name(event: dict) -> str | None:
    claimant = event.get("claimant") or {}
    return claimant.get("name") or claimant.get("text")


def _told_by_lead(event: dict, lead_sources: set[str | None]) -> bool:
    """A later event the writer, the lead's source or a pronoun for a speaker tells, or a
    denial (of the lead's report): not another side's version."""
    if event["stance"] == "deny":
        return True
    claimant = event.get("claimant") or {}
    text = (claimant.get("text") or "").lower()
    return not claimant or text in PRONOUN_SOURCES or _name(event) in lead_sources
