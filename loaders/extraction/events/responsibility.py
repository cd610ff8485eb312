"""Claims of responsibility that name no act: "The leftist Montoneros guerrilla group claimed
responsibility in a telephone call to a newspaper."

"X claimed responsibility for the attack" tells the act again ("the attack" is a trigger, and X
its actor: events/finder.py); without "for ...", the words name no act, and the claim is the
group's own report of the act the story told just before: the same type, the group as actor and
claimant, no target, place or toll of its own (its words name none). So a group's claim stands
beside a state's report of the same bombing, as another side's version does (events/retold.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from loaders.extraction.events.bare_claims import insert_in_text_order, untold_claims

CLAIM_REACH = 2  # sentences back a bare claim of responsibility looks for the act it claims
CLAIM_CONFIDENCE = 0.4  # the act is read from the story around the claim, not its words
ARMED_SECTORS = frozenset({"REB", "INS", "SEP", "UAF", "IMG", "RAD"})


def add_bare_responsibility(
    doc: Doc, claims: list[dict], events: list[dict], numbers: list[int]
) -> None:
    """Append, in place, the claimer's report of the act each bare claim of responsibility
    claims (module doc), keeping ``events`` and their sentence ``numbers`` in text order."""
    for index, claim, cue, number in untold_claims(doc, claims, events, _bare_claim):
        claimed = _claimed_event(events, numbers, number, claim["claimant"])
        if claimed is not None:
            insert_in_text_order(events, numbers, number, _report(claimed, claim, index, cue.sent))


def _bare_claim(doc: Doc, claim: dict) -> bool:
    """ "claimed responsibility" with nothing claimed after it, by a named armed side."""
    claimant = claim["claimant"]
    armed = claimant.get("kind") == "armed_group" or claimant.get("sector") in ARMED_SECTORS
    if claim["stance"] != "assert" or claimant.get("name") is None or not armed:
        return False
    content = doc.char_span(claim["start"], claim["end"], alignment_mode="expand")
    if content is None or not len(content) or content[0].lower_ != "responsibility":
        return False
    return not any(t.lower_ == "for" and t.head.i == content[0].i for t in content)


def _claimed_event(
    events: Sequence[dict], numbers: Sequence[int], number: int, claimer: dict
) -> dict | None:
    """The last asserted act told before the claim, by another claimant."""
    for event, at in reversed(list(zip(events, numbers, strict=True))):
        if at > number:
            continue
        if number - at > CLAIM_REACH:
            return None
        claimant = event.get("claimant") or {}
        if event["stance"] == "assert" and claimant.get("name") != claimer["name"]:
            return event
    return None


def _report(claimed: dict, claim: dict, index: int, sentence) -> dict:  # noqa: ANN001 - a Span
    text = sentence.text
    counts = ("killed", "injured")
    return {
        "type": claimed["type"],
        "actor": dict(claim["claimant"]),
        "target": None,
        "location": None,
        "date_text": claimed.get("date_text"),
        **{f"{n}_{k}": None for n in counts for k in ("low", "best", "high", "open_ended")},
        "claimant": claim["claimant"],
        "stance": "assert",
        "claim_index": index,
        "sentence_start": sentence.start_char + (len(text) - len(text.lstrip())),
        "sentence_end": sentence.start_char + len(text.rstrip()),
        "confidence": CLAIM_CONFIDENCE,
        "trigger_start": claim["cue_start"],
        "trigger_end": claim["cue_end"],
    }
