"""The date of the clause that governs an event's clause, when the event's own clause names
none: "In 2007, Paraguay recalled its ambassador after two officers were killed" dates the
killing 2007, "became British territory in 1833, when the war killed 1,000 soldiers" 1833,
"the unit's operation in 1976-77 was an armed attack" 1976-77, "involvement in the war during
the 1840s saw Britons fighting" the 1840s. Told years before the article, such an event is
history (pipeline._told_as_history for a year, eras.in_past_era for a decade or a century)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from loaders.extraction.events.syntax import words

DATING_PREPS = words("in during throughout")
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
YEAR_WORDS = re.compile(r"^(?:1[0-9]|20)\d\d(?:\s*[-/]\s*\d{2,4})?$")  # "2007", "1976-77"
MOST_ANCESTORS = 6  # a clause within a few steps, not the far end of a long sentence


def governing_date(trigger: Token) -> Token | None:
    """The object of "in / during / throughout" that dates a clause above the trigger (or
    that clause's subject), or None."""
    own = {t.i for t in trigger.subtree}
    for steps, ancestor in enumerate(trigger.ancestors):
        if steps >= MOST_ANCESTORS:
            return None
        holders = [ancestor, *(c for c in ancestor.children if c.dep_ in SUBJECTS)]
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in DATING_PREPS or prep.i in own:
                    continue
                for date in prep.children:
                    if date.dep_ == "pobj" and date.ent_type_ in ("DATE", "TIME"):
                        return date
    return None


def governing_year(trigger: Token) -> str | None:
    """The year that dates the governing clause, as written ("2007", "1976-77"), or None."""
    date = governing_date(trigger)
    if date is None:
        return None
    text = date.doc[date.left_edge.i : date.right_edge.i + 1].text
    return text if YEAR_WORDS.match(text) else None
