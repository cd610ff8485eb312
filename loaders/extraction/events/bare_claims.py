"""What the readings of bare claims share (events/denials.py: "Baku denied the accusation";
events/responsibility.py: "X claimed responsibility"): the claims no event reports yet, with
the sentence their cue is in, and the insertion of the report they make in text order."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span


def untold_claims(
    doc: Doc, claims: list[dict], events: list[dict], bare: Callable[[Doc, dict], bool]
) -> Iterator[tuple[int, dict, Span, int]]:
    """(index, claim, cue, sentence number) of each claim no event is reported by and that
    ``bare`` accepts; the events are read once, before the caller adds any."""
    sentence_of = {sent.start_char: n for n, sent in enumerate(doc.sents)}
    told = {event["claim_index"] for event in events if event["claim_index"] is not None}
    for index, claim in enumerate(claims):
        if index in told or not bare(doc, claim):
            continue
        cue = doc.char_span(claim["cue_start"], claim["cue_end"], alignment_mode="expand")
        if cue is not None:
            yield index, claim, cue, sentence_of.get(cue.sent.start_char, 0)


def insert_in_text_order(events: list[dict], numbers: list[int], number: int, report: dict) -> None:
    """Put ``report`` (of sentence ``number``) after the events of its sentence and before
    the later ones, keeping ``numbers`` in step."""
    at = next((i for i, n in enumerate(numbers) if n > number), len(events))
    events.insert(at, report)
    numbers.insert(at, number)
