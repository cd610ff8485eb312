"""The figures of a toll (tolls.py asks): the victims a word of dying points to ("killed 5,000
people", "the 800,000 people killed in", "471 people are said to be killed", "between 80,000
and 100,000 people have died", "the death toll rose to 400"), their words and where the
number stands in the text."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.syntax import children, lemma_of, prep_objects, subject_of
from loaders.extraction.events.toll_verbs import LIFE_VERBS
from loaders.extraction.quantities import Count, parse_count


def victims_of(token: Token, verb: Token) -> Token | None:
    found = _victims(token, verb)
    if found is not None and found.lower_ in ("average", "total", "tally"):
        owners = prep_objects(found, ("of",))
        return owners[0] if owners else found  # "an average of 12 people are killed"
    return found


def _victims(token: Token, verb: Token) -> Token | None:
    lemma = lemma_of(token)
    if lemma in ("kill", "murder", "leave"):
        for dep in ("dobj", "nsubjpass"):
            found = [c for c in token.children if c.dep_ == dep]
            if found:
                return found[0]
        if lemma == "leave":
            dead = [c for c in token.children if c.dep_ == "oprd" and has_number(c)]
            if dead:
                return dead[0]  # "has left more than 10,000 dead"
        if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
            return token.head  # "for the 800,000 people killed in the 1994 genocide"
        if token.dep_ == "xcomp":
            raised = children(token.head, "nsubjpass", "nsubj")
            if raised:
                return raised[0]  # "471 people are said to be killed"
        shared = [o for c in children(token, "conj") for o in children(c, "dobj")]
        return shared[0] if shared else None  # "killed or injured 5,000 people"
    if lemma in ("die", "perish", "lose"):
        ranged = [o for o in prep_objects(token, ("between",)) if has_number(o)]
        return subject_of(token) or (ranged[0] if ranged else None)  # "between 80,000 and
        # 100,000 people have died", parsed as a prepositional phrase
    if lemma in LIFE_VERBS:  # "claimed 12 lives", "cost the lives of 2,000 people"
        return next((c for c in token.children if c.dep_ == "dobj"), None)
    if lemma in ("death", "fatality", "casualty", "killing") and any(
        c.like_num for c in token.subtree
    ):
        owners = [o for o in prep_objects(token, ("of",)) if has_number(o)]
        return owners[0] if owners else token  # "the killing of almost 800,000 people"
    return None


def has_number(noun: Token) -> bool:
    return any(t.like_num for t in noun.subtree)


def victims_text(victims: Token | None) -> str | None:
    """ "hundreds of thousands of people" -> "people" """
    while victims is not None and (
        victims.like_num or victims.lower_ in ("hundreds", "thousands", "dozens", "scores")
    ):
        owners = prep_objects(victims, ("of",))
        victims = owners[0] if owners else None
    if victims is None or not victims.is_alpha or victims.lemma_.lower() in ("life", "death"):
        return None if victims is None or victims.lemma_.lower() != "life" else "people"
    return victims.text.lower()


def toll_figure(token: Token, verb: Token) -> Count | None:
    """ "the death toll rose to 400,000", "stands at", "reached", "is" """
    holders = [verb, *[c for c in verb.children if c.dep_ == "prep"]]
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("pobj", "dobj", "attr") and child != token:
                count = parse_count(" ".join(t.text for t in child.subtree))
                if count is not None:
                    return count
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in ("to", "at"):
                for obj in child.children:
                    count = parse_count(" ".join(t.text for t in obj.subtree))
                    if count is not None:
                        return count
    return None


def number_span(victims: Token | None, token: Token, verb: Token) -> tuple[int, int] | None:
    pool = list(victims.subtree) if victims is not None else list(verb.subtree)
    numbers = [t for t in pool if t.like_num or t.lower_ in ("dozens", "hundreds", "thousands")]
    if not numbers:
        return None
    first = numbers[0]
    last = first
    while last.i + 1 < len(token.doc) and token.doc[last.i + 1].like_num:
        last = token.doc[last.i + 1]  # "1.5 million"
    return first.idx, last.idx + len(last.text)
