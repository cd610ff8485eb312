"""One step up the dependency path from an event's clause to the verb that governs it, read by
the verb's class (events/verb_classes.py) and the verb's own polarity: an implicative passes the
event on up ("managed to seize": as true as "managed"), a negated one denies it ("did not manage
to seize"); a negative implicative denies it ("failed to recapture") unless it is negated
itself ("did not fail to shell"); a factive presupposes it ("regretted that troops had fired");
near misses and "yet to" deny it ("came close to capturing", "stopped short of attacking",
"has yet to launch"); a negated denial or stop passes it on ("did not stop shelling"); what a
verb of protection guards against is a danger ("protects the city from missile attacks").
Non-factive verbs are left to the caller's table (EMBEDDING_STANCES)."""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from loaders.extraction.events.modality_words import FOILING, UNCHECKED
from loaders.extraction.events.syntax import lemma_of
from loaders.extraction.events.verb_classes import (
    EMBEDDING_STANCES,
    NEAR_MISS,
    NOT_YET,
    PROTECTING,
    restored_lemma,
    verb_class,
)

# the complements a governing verb takes: an infinitive or gerund (xcomp; advcl when the parser
# takes "went on to seize" for a purpose), a that-clause (ccomp), a gerund after a preposition
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "advcl", "pcomp"})
# "came close to", "stopped short of": the verbs of a near miss told as done
MISSING_VERBS = frozenset({"come", "stop", "fall", "get", "draw"})
# "ruled out an offensive" denies it; "did not rule out an air strike" leaves it open
RULING_OUT = frozenset({"rule out", "exclude"})


class Step(NamedTuple):
    """What the governing verb says of the event: a stance to stop at, or a verb to go on from
    (``stance`` None) whose own stance decides."""

    stance: str | None
    governor: Token | None


def governing_step(node: Token) -> Step | None:
    """The step from ``node`` (the event's trigger or a verb on its path) to the verb that
    governs its clause, when that verb is of a class that says whether the event happened;
    None when it is not (the caller reads its other frames and its non-factive table)."""
    if node.dep_ == "pobj" and _guarded_against(node):
        return Step("hypothetical", None)
    if node.dep_ == "dobj":
        return _object_step(node)
    if node.dep_ not in COMPLEMENT_DEPS or node.head.i == node.i:
        return None
    if node.dep_ == "pcomp":
        return _prepositional_step(node)
    governor = node.head
    if governor.pos_ not in ("VERB", "AUX"):
        return None
    if node.dep_ == "advcl" and not _is_infinitive(node):
        return None  # "attacked the town, killing five": a participle, not a complement
    if node.dep_ == "advcl" and any(c.dep_ == "dobj" and c.i < node.i for c in governor.children):
        return None  # "started an advance to control the areas": a purpose, not a complement
    not_yet = any(c.dep_ == "advmod" and c.lower_ in NOT_YET for c in governor.children)
    if node.dep_ == "xcomp" and not_yet:
        return Step("assert" if _negated(governor) else "deny", None)  # "has yet to launch"
    kind = verb_class(_phrasal_lemma(governor), that_clause=node.dep_ == "ccomp")
    if kind == "factive":
        return Step("assert", None)
    if kind == "veridical":  # "admitted that", as true as the admitting; "could not confirm
        # that" and "refused to confirm that" are left to the unchecked reports (hearsay.py)
        unchecked = _negated(governor) or lemma_of(governor) in UNCHECKED
        return None if unchecked else Step(None, governor)
    if kind == "implicative":
        return Step("deny", None) if _negated(governor) else Step(None, governor)
    if kind == "negative":
        return Step(None, governor) if _negated(governor) else Step("deny", None)
    if _negated(governor) and EMBEDDING_STANCES.get(governor_lemma(governor)) == "deny":
        return Step(None, governor)  # "did not deny that his men had killed", "did not stop"
    return None


def _object_step(node: Token) -> Step | None:
    """ "ruled out a ground offensive" (deny), "did not rule out an air strike" (open); "did not
    deny the attack" passes the attack on up, as true as the verb above it."""
    governor = node.head
    if governor.pos_ not in ("VERB", "AUX"):
        return None
    if _phrasal_lemma(governor) in RULING_OUT:
        return Step("hypothetical" if _negated(governor) else "deny", None)
    if _negated(governor) and EMBEDDING_STANCES.get(governor_lemma(governor)) == "deny":
        return Step(None, governor)
    return None


def governs_negation(token: Token) -> bool:
    """The negation on the verb above an event object is that verb's own: "did not rule out an
    air strike", "did not deny the attack", "could not prevent the massacre" negate the ruling
    out, the denial, the foiling, not the event."""
    verb = token.head
    if token.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or not _negated(verb):
        return False
    lemma = governor_lemma(verb)
    if _phrasal_lemma(verb) in RULING_OUT or EMBEDDING_STANCES.get(lemma) == "deny":
        return lemma not in FOILING or any(c.dep_ in ("det", "poss") for c in token.children)
    return False


def _prepositional_step(node: Token) -> Step | None:
    """ "succeeded in capturing", "refrained from shelling", "came close to capturing",
    "stopped short of attacking"."""
    preposition = node.head
    holder = preposition.head
    if preposition.dep_ != "prep" or holder.i == preposition.i:
        return None
    instead = holder.lower_ == "instead" or any(c.lower_ == "instead" for c in preposition.children)
    if instead and preposition.lower_ == "of":
        return Step("deny", None)  # "instead of attacking the town, the rebels withdrew"
    if holder.lower_ in NEAR_MISS and holder.pos_ in ("ADV", "ADJ"):
        verb = holder.head
        if lemma_of(verb) in MISSING_VERBS or verb.tag_ in ("VBD", "VBN"):
            return Step("deny", None)  # "came close to capturing": it did not happen
        return Step("hypothetical", None)  # "is close to capturing": it may
    if holder.pos_ not in ("VERB", "AUX"):
        return None
    kind = verb_class(_phrasal_lemma(holder), that_clause=False)
    if kind == "implicative":
        return Step("deny", None) if _negated(holder) else Step(None, holder)
    if kind == "negative":
        return Step(None, holder) if _negated(holder) else Step("deny", None)
    return None


def _guarded_against(noun: Token) -> bool:
    """ "protects the city from missile attacks", "defend its members against any invasion":
    a danger guarded against, unless one told event ("shielded them from the shelling")."""
    preposition = noun.head
    if preposition.lower_ not in ("from", "against") or preposition.dep_ != "prep":
        return False
    told = any(c.dep_ == "poss" or c.lower_ in ("the", "this", "that") for c in noun.children)
    return not told and governor_lemma(preposition.head) in PROTECTING


def counterfactual(verb: Token) -> bool:
    """ "Had the device gone off, it would have killed dozens", "Were the army to attack":
    a condition told by an auxiliary before its subject, with no "if"."""
    if verb.dep_ != "advcl" or any(c.dep_ == "mark" for c in verb.children):
        return False
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return bool(subjects) and any(
        c.dep_ in ("aux", "auxpass")
        and c.lower_ in ("had", "were", "should")
        and c.i < min(subjects)
        for c in verb.children
    )


def governor_lemma(verb: Token) -> str:
    """The lemma a governing verb is listed under ("hopes": "hope", not the model's "hop")."""
    return restored_lemma(lemma_of(verb), verb.lower_)


def _phrasal_lemma(verb: Token) -> str:
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{governor_lemma(verb)} {particle}" if particle else governor_lemma(verb)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _is_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
