"""The body that reports is not the one that killed.

An outlet or a news agency, a monitor or a rights group, an aid or a health body (CAMEO MED,
NGO, HLH; the dictionary's monitors) tells of violence, counts its dead or treats its wounded;
it does not wage it. When the grammar hands such a body the doer's place ("The Observatory said
shelling hit ...": the speaker taken as the subject of "shelling"; "their bombardment" taken up
as the last speaker; a headline's credit line run into the lead, "... in Aleppo Monitor AFP
Syrian government air strikes"), the actor is who the text says did it, or nobody:
- a pronoun or a possessive doer ("it said it had carried out raids", "their bombardment", "the
  rebels' radio said its fighters had attacked") takes up instead the last side named before
  it, in its sentence or the one before, that can fight (a state or an armed group);
- any other words naming a reporting body give no actor. They are dropped last
  (components.py), once the mentions of one event in a sentence are merged: "The Observatory
  said shelling on Sunday hit several areas" stays one shelling, whose doer is unknown.
The body stays what it is: the claimant of its claims (claims.py) and, hit, a target.
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.mentions import actor_ref
from loaders.extraction.referents import Referents

REPORTING_SECTORS = frozenset({"MED", "NGO", "HLH"})
REPORTING_KINDS = frozenset({"monitor"})
SIDE_KINDS = ("state", "armed_group")
PRONOUN_DOERS = frozenset({"it", "its", "they", "their", "them", "he", "his", "she", "her"})
POSSESSIVES = frozenset({"its", "their", "his", "her"})
SENTENCES_BACK = 1  # the pronoun's own sentence and the one before


def reports(actor: dict | None) -> bool:
    """Whether the actor is a body that reports, heals or aids (module doc)."""
    if not actor:
        return False
    return actor.get("kind") in REPORTING_KINDS or actor.get("sector") in REPORTING_SECTORS


def doer_not_reporter(actor: dict | None, token: Token | None, referents: Referents) -> dict | None:
    """The event's doer as read (``actor``, from ``token``); a pronoun that took up a reporting
    body takes up the side named before it instead, when there is one (module doc)."""
    if not reports(actor) or actor is None or token is None:
        return actor
    words = (actor.get("text") or "").lower().split()
    # "it", "their", or a phrase a possessive owns ("its fighters": the station's, read)
    if words and (len(words) == 1 or words[0] in POSSESSIVES) and words[0] in PRONOUN_DOERS:
        owner = _reporters_owner(token, referents)  # "the rebels' radio said its fighters"
        if owner is not None:
            return {**owner, "text": actor.get("text"), "start": actor.get("start"),
                    "end": actor.get("end")}  # fmt: skip
        side = _side_before(token, referents)
        if side is not None:
            return actor_ref(side, actor.get("text"), actor.get("start"), actor.get("end"))
    return actor  # dropped last (module doc)


ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "SEP", "UAF", "IMG", "COP", "GOV"})


def _reporters_owner(token: Token, referents: Referents) -> dict | None:
    """ "The rebels' radio station said its fighters had attacked": the side that owns the
    reporting body that speaks (the possessor of the speaking clause's subject)."""
    verb = token.head
    for _ in range(6):
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < token.i), None)
        if subject is not None and subject.i != token.i and token not in subject.subtree:
            owners = [c for c in subject.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            if owners:
                found = referents.actor(owners[0])
                sides = found.get("kind") in SIDE_KINDS or found.get("sector") in ARMED_SECTORS
                return found if sides and not reports(found) else None
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _side_before(token: Token, referents: Referents):  # noqa: ANN202 - an Actor or None
    """The last state or armed group named before the token, in its sentence or the one
    before."""
    sentences = [s for s in token.doc.sents if s.start <= token.i]
    first = sentences[max(0, len(sentences) - 1 - SENTENCES_BACK)].start if sentences else 0
    for at, actor in reversed(referents.named):
        if first <= at < token.i and actor.kind in SIDE_KINDS:
            return actor
    return None
