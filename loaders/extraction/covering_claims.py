"""Which claim covers a point of the text: the speaker of each token (an event's doer may be
named only by the claim it sits in) and the claim an event or a toll is reported under
(components.EventsComponent)."""

from __future__ import annotations

from spacy.tokens import Doc

from loaders.extraction.actors import Actor
from loaders.extraction.claim_citing import CITED_CUES as CITED


def speakers_by_token(doc: Doc, claims: list[dict]) -> dict[int, Actor]:
    """Token index -> the claimant of the innermost named claim covering it."""
    speakers: dict[int, Actor] = {}
    # widest first; of equal spans a cited source's goes first, so the verb's speaker, who
    # asserts it, wins ("Police said ..., citing witnesses": the police claim the event)
    for claim in sorted(claims, key=lambda c: (c["start"] - c["end"], c["cue"] not in CITED)):
        who = claim["claimant"]
        if who["name"] is None:
            continue
        actor = Actor(who["name"], who["country"], who["sector"], who["kind"] or "agent")
        span = doc.char_span(claim["start"], claim["end"], alignment_mode="expand")
        for token in span or []:
            speakers[token.i] = actor
    return speakers


def claim_index(position: int, claims: list[dict]) -> int | None:
    """The claim an event or toll at ``position`` (a character offset) is reported under."""
    covering = [i for i, c in enumerate(claims) if c["start"] <= position < c["end"]]
    if not covering:
        return None
    denials = [i for i in covering if claims[i]["stance"] == "deny"]
    named = [i for i in covering if claims[i]["claimant"]["name"] is not None]
    pool = denials or named or covering
    # the narrowest claim; of equal ones the inner speaker ("Reuters quoted a diplomat as
    # saying ...": the diplomat, whose cue comes later), never a cited source over its speaker
    # ("Police said ..., citing witnesses": the police assert it)
    return min(
        pool,
        key=lambda i: (
            claims[i]["end"] - claims[i]["start"],
            claims[i]["cue"] in CITED,
            -claims[i]["cue_start"],
        ),
    )
