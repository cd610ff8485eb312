"""A story's title printed again at the top of its body (README "A headline above its story";
the Syria set: "headlines repeated at the start of the body" are not coded).

Outlets often print the headline again as the body's first words, before or after a dateline
("Monday 4 Jul 2016 Rockets kill five in port town AFP The rockets hit ..."), with no line
break, so the headline's events share a sentence with the lead and the first-line rule of
``story_references`` cannot see them. When the document's title is known and its words open
the body (within the first few words), an event whose trigger lies inside that copy is the
lead's event told twice: it is dropped when the body below tells an asserted event (the Syria
set codes no repeated headline; a body that tells no event keeps the title's). Unlike the bare
first line of ``story_references``, the copy IS the title, so the body's event need not be of
the same family or toll: headlines sum up ("34 killed in clashes" above a lead that tells the
clashes, "killed in offensive" above the air raids).
"""

from __future__ import annotations

import re

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


def drop_title_copies(events: list[dict], text: str, title: str | None) -> list[dict]:
    """``events`` without those told only by the repeated title (module doc)."""
    span = title_copy(text, title)
    if span is None:
        return events
    start, end = span

    def inside(event: dict) -> bool:
        trigger = event.get("trigger_start")
        return trigger is not None and start <= trigger < end

    below = [e for e in events if not inside(e) and e["stance"] == "assert"]
    if not below:
        return events  # the body tells no event: the title's may be the only report of it
    kept = [e for e in events if not inside(e)]
    for copy in (e for e in events if inside(e)):
        _hand_over_casualties(copy, below)
    return kept


CASUALTY_FIELDS = tuple(
    f"{kind}_{part}"
    for kind in ("killed", "injured")
    for part in ("low", "high", "best", "open_ended")
)


def _hand_over_casualties(copy: dict, below: list[dict]) -> None:
    """The lead's toll clause may have been linked to the copy's event (they share a sentence):
    the lead's event of the same type in that sentence, told with no dead, takes the copy's."""
    if copy.get("killed_low") is None and copy.get("injured_low") is None:
        return
    for event in below:
        same_sentence = event.get("sentence_start") == copy.get("sentence_start")
        if same_sentence and event["type"] == copy["type"] and event.get("killed_low") is None:
            if event.get("injured_low") is None:
                event.update({f: copy.get(f) for f in CASUALTY_FIELDS if f in copy})
            return
