"""A headline's topic label: "Yemen: Houthi fighters seized a base", "Kashmir: Militants ...".

Wire services and aggregators open a line with the country or region it is about and a colon.
The parser reads that name as the subject or a modifier of the clause after it ("Somalia" as the
actor of "attacked"), so the label ends a sentence of its own, as a dateline does. Only a name the
gazetteer knows as a country or a region counts: "Police: five killed" (a speaker) and "Analysis:"
(a label with no place) stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.extraction.mentions import place_of

LABEL = re.compile(r"^[ \t]*([A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2})[ \t]*:[ \t]+", re.MULTILINE)
TOPIC_PRECISIONS = frozenset({"country", "admin1"})  # a city before a colon may be a speaker


def place_label_ends(text: str) -> Iterator[int]:
    """The offsets where a line's story starts after a country or region label and its colon."""
    for found in LABEL.finditer(text):
        place = place_of(found.group(1))
        if place is not None and place.precision in TOPIC_PRECISIONS:
            yield found.end()
