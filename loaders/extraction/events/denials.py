"""Denials that tell no event of their own: "Baku denied the accusation", "Russia denied any
involvement", "the army denied the reports".

The words denied are a noun phrase pointing back (no verb of their own, so no event was read
in them), and the denier is a side of the war (a state, its organs, an armed group). Such a
denial is the denier's denial of the event the story reported just before (in the sentence
before it or earlier in its own, asserted by another claimant: a denial two sentences on may
answer what those sentences tell, "Johnson said Russia should be investigated for the attack on
an aid convoy. Russia denies involvement") when that event is the denier's own
act by the story's account (its actor has the denier's country) or names no actor at all (the
denier then denies being the one who struck). The denial becomes a report of that event with
stance ``deny``: the same type, actor, place and date phrase (the place without offsets: its
words are not in the denial's sentence), the denier as claimant, no target and no toll; so the
marts can put the accusation and the denial side by side. A denial whose words say what is
denied ("denied that any soldiers had been captured") is left to the event rules. Only strikes
(air and drone strikes, missiles, shelling: the family the dispute mart compares) are denied
this way for now: the Syria dev set codes no event in "Faylaq al-Rahman denied the allegation"
of a clash, and the other families have no dispute to feed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from loaders.extraction.events.bare_claims import insert_in_text_order, untold_claims
from loaders.extraction.events.retold import OWN_SIDE_SECTORS, SIDE_KINDS

CLAUSE_POS = frozenset({"VERB", "AUX"})
DENIAL_CONFIDENCE = 0.4  # the event is read from the story around the denial, not its words
DENIAL_REACH = 1  # sentences back a bare denial looks for what it denies
DENIED_FAMILY = "strike"  # the events a bare denial may deny (module doc)


def add_bare_denials(
    doc: Doc,
    claims: list[dict],
    events: list[dict],
    numbers: list[int],
    family_of: Callable[[str], str | None],
) -> None:
    """Append, in place, a denied report for each bare denial (module doc), keeping ``events``
    and their sentence ``numbers`` in text order."""
    for index, claim, cue, number in untold_claims(doc, claims, events, _bare_denial):
        denied = _denied_event(events, numbers, number, claim["claimant"])
        if denied is not None and family_of(denied["type"]) == DENIED_FAMILY:
            insert_in_text_order(events, numbers, number, _denial(denied, claim, index, cue.sent))


def _bare_denial(doc: Doc, claim: dict) -> bool:
    claimant = claim["claimant"]
    side = claimant.get("kind") in SIDE_KINDS or (
        claimant.get("sector") in OWN_SIDE_SECTORS and claimant.get("country") is not None
    )
    if claim["stance"] != "deny" or claimant.get("name") is None or not side:
        return False
    content = doc.char_span(claim["start"], claim["end"], alignment_mode="expand")
    return content is not None and not any(token.pos_ in CLAUSE_POS for token in content)


def _denied_event(
    events: Sequence[dict], numbers: Sequence[int], number: int, denier: dict
) -> dict | None:
    """The last asserted event told before the denial, by another claimant, that is the
    denier's own act or names no actor."""
    for event, at in reversed(list(zip(events, numbers, strict=True))):
        if at > number:
            continue
        if number - at > DENIAL_REACH:
            return None
        claimant = event.get("claimant") or {}
        if event["stance"] != "assert" or claimant.get("name") == denier["name"]:
            continue
        actor = event.get("actor")
        if actor is None or actor.get("country") == denier.get("country"):
            return event
    return None


def _denial(denied: dict, claim: dict, index: int, sentence) -> dict:  # noqa: ANN001 - a Span
    text = sentence.text
    start = sentence.start_char + (len(text) - len(text.lstrip()))
    actor = denied.get("actor")
    actor = {**actor, "start": None, "end": None} if actor else dict(claim["claimant"])
    place = denied.get("location")
    counts = ("killed", "injured")
    return {
        "type": denied["type"],
        "actor": actor,
        "target": None,
        "location": {**place, "start": None, "end": None} if place else None,
        "date_text": denied.get("date_text"),
        **{f"{n}_{k}": None for n in counts for k in ("low", "best", "high", "open_ended")},
        "claimant": claim["claimant"],
        "stance": "deny",
        "claim_index": index,
        "sentence_start": start,
        "sentence_end": sentence.start_char + len(text.rstrip()),
        "confidence": DENIAL_CONFIDENCE,
        "trigger_start": claim["cue_start"],
        "trigger_end": claim["cue_end"],
    }
