"""A story's title printed again at the top of its body (README "A headline above its story";
the Syria set: "headlines repeated at the start of the body" are not coded).

Outlets often print the headline again as the body's first words, before or after a dateline
("Monday 4 Jul 2016 Rockets kill five in port town AFP The rockets hit ..."), with no line
break, so the headline's events share a sentence with the lead and the first-line rule of
``story_references`` cannot see them. When the document's title is known and its words open
the body (within the first few words), an event whose trigger lies inside that copy is the
lead's event told twice: it is dropped when the body below tells an event of the same family
or the same toll (a title whose event the body does not tell is kept).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# how far into the body the copy may start: a dateline, a day and a date come first
TITLE_REACH = 80
WORD = re.compile(r"\w+")


def title_copy(text: str, title: str | None) -> tuple[int, int] | None:
    """The (start, end) of the title's words repeated near the start of ``text``, or None."""
    words = WORD.findall(title or "")
    if len(words) < 3:
        return None  # "Syria" or "Update": too short to tell a copy from the lead's words
    pattern = re.compile(r"\W+".join(re.escape(w) for w in words), re.IGNORECASE)
    match = pattern.search(text, 0, TITLE_REACH + len(title or ""))
    if match is None or match.start() > TITLE_REACH:
        return None
    return match.start(), match.end()


def drop_title_copies(
    events: list[dict], text: str, title: str | None, family_of: Callable[[str], str | None]
) -> list[dict]:
    """``events`` without those told only by the repeated title (module doc)."""
    span = title_copy(text, title)
    if span is None:
        return events
    start, end = span

    def inside(event: dict) -> bool:
        trigger = event.get("trigger_start")
        return trigger is not None and start <= trigger < end

    below = [e for e in events if not inside(e) and e["stance"] == "assert"]
    kept = []
    for event in events:
        if inside(event) and _told_below(event, below, family_of):
            continue
        kept.append(event)
    return kept


def _told_below(event: dict, below: list[dict], family_of: Callable[[str], str | None]) -> bool:
    family = family_of(event["type"])
    toll = event.get("killed_low")
    return any(
        family_of(other["type"]) == family or (toll is not None and other.get("killed_low") == toll)
        for other in below
    )
