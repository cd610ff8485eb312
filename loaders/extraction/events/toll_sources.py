"""A toll's source in a clause joined to the attack: "Gunmen attacked a police station on
Sunday, and the interior ministry said seven officers were killed".

The attack is told in the writer's voice and the only source the sentence names gives its toll
in a clause of its own. That source is the report's claimant (tests/devset_world/README.md,
"Three coding questions decided", 3): the toll is the part of the report a reader must weigh,
as a speaker after a participial toll ("..., killing nine, a doctor said") already is. The
clause must come after the attack's word, in its sentence, assert (a denial that anyone died is
no toll), tell deaths or wounds, and hold no event of its own ("and the army said it killed 20
rebels" is the army's own report, not a toll of the attack).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from loaders.extraction.events.syntax import words

# the words of a clause that gives a toll ("seven officers were killed", "nine died", "the dead")
TOLL_WORDS = words("kill die dead death wound injure injured toll body bodies casualty")


def toll_source(
    doc: Doc, sentence: Span, trigger_at: int, claims: Sequence[dict], triggers: Sequence[int]
) -> int | None:
    """The index of the claim that gives the toll of an event told in the writer's voice at
    character ``trigger_at`` (module doc); ``triggers``: every event's trigger offset."""
    for index, claim in enumerate(claims):
        if claim["stance"] != "assert" or not claim["claimant"].get("text"):
            continue
        if not trigger_at < claim["start"] < claim["end"] <= sentence.end_char:
            continue
        if any(claim["start"] <= at < claim["end"] for at in triggers):
            continue
        content = doc.char_span(claim["start"], claim["end"], alignment_mode="expand")
        if content is not None and any(
            t.lemma_.lower() in TOLL_WORDS or t.lower_ in TOLL_WORDS for t in content
        ):
            return index
    return None
