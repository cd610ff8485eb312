"""Triggers that name no event that happened: plans, conditions, negations, running tolls,
descriptions, dated page headlines."""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.events.syntax import clause_verb, lemma_of, words

MODALS = frozenset(
    {"would", "could", "might", "may", "should", "will", "shall", "can", "must", "'d", "'ll"}
)


INTENT_VERBS = words(
    "plan threaten vow pledge intend want seek aim try attempt promise prepare expect "
    "hope refuse fail decide agree order urge call need propose mean wish"
)


INTENT_NOUNS = words("plan threat bid attempt intention call order")


def is_dated_headline(sentence: Span) -> bool:
    """ "Sat Jul 26 2014 ISIL Terrorists Execute 50 Captive Syrian Troops in Raqqa.": a page's
    date and headline, which the story's own sentences tell again."""
    first = next((t for t in sentence if not t.is_space), None)
    if first is None or first.ent_type_ not in ("DATE", "TIME") and not first.like_num:
        return False
    words = [
        t for t in sentence if t.is_alpha and len(t) > 3 and t.ent_type_ not in ("DATE", "TIME")
    ]
    capitalised = sum(1 for t in words if t.text[:1].isupper())
    return len(words) >= 3 and capitalised / len(words) >= 0.6


def is_cumulative(token: Token) -> bool:
    """ "More than 320,000 people have been killed since the conflict began": a war's running
    toll, not an event."""
    verb = clause_verb(token)
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    for child in (*verb.children, *token.children, *(g for c in clauses for g in c.children)):
        if child.lower_ == "since" and child.dep_ in ("prep", "mark"):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in ("over", "in")
            and any(
                g.lemma_.lower() in ("year", "month") and any(n.like_num for n in g.children)
                for g in child.children
            )
        ):
            return True  # "in over three years of turmoil"
    return False


def is_descriptive(token: Token) -> bool:
    """ "groups fighting against the government", "a coalition fighting IS": a participle that
    describes who someone is, not an event that happened."""
    return token.pos_ == "VERB" and token.tag_ == "VBG" and token.dep_ == "acl"


def is_hypothetical(token: Token) -> bool:
    # "plans for an offensive", "threat of strikes"
    if (
        token.pos_ in ("NOUN", "PROPN")
        and token.dep_ == "pobj"
        and lemma_of(token.head.head) in INTENT_NOUNS
    ):
        return True
    verb = clause_verb(token)
    seen = 0
    while seen < 4:
        seen += 1
        for child in verb.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in MODALS:
                return True
            if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
                return True
        if verb.dep_ == "xcomp" and lemma_of(verb.head) in INTENT_VERBS:
            return True
        if verb.dep_ in ("advcl", "acl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
        ):
            return True  # "launched an attack to recapture land": purpose, not yet done
        if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
            continue
        break
    return False


def is_negated(token: Token) -> bool:
    verb = clause_verb(token)
    for candidate in (token, verb):
        if any(c.dep_ == "neg" for c in candidate.children):
            return True
    return token.dep_ == "pcomp" and token.head.lower_ == "without"
