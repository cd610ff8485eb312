"""The date words of an event's own clause (not those that date another event it mentions)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from loaders.extraction.doc_memo import subtree_indices
from loaders.extraction.events.syntax import clause_verb
from loaders.extraction.referents import doc_ents

DATE_LABELS = ("DATE", "TIME")


_DATE_WORDS = re.compile(
    r"\b(today|yesterday|tonight|overnight|last night|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|week|month|year|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|jan|feb|aug|sept?|oct|nov|dec|\d{4}|24 hours)\b",
    re.IGNORECASE,
)


ANOTHER_EVENT_PREPS = frozenset({"since", "after", "before", "until", "following"})


def _dates_another(token: Token) -> bool:
    """ "near Arish, the deadliest attack since the bombing of a mosque in 2017": an apposition,
    or a since / after phrase on an event noun, dates another event, not this one."""
    if token.dep_ == "appos":
        return True
    return (
        token.dep_ == "prep"
        and token.lower_ in ANOTHER_EVENT_PREPS
        and any(o.dep_ == "pobj" and o.ent_type_ not in DATE_LABELS for o in token.children)
    )


def date_phrase(trigger: Token, sentence: Span) -> str | None:
    doc = trigger.doc
    scope = set(subtree_indices(trigger))
    if trigger.dep_ in ("compound", "nmod") and trigger.head.pos_ in ("NOUN", "PROPN"):
        scope |= set(subtree_indices(trigger.head))  # "an assassination attempt in 2004"
    verb = clause_verb(trigger)
    if verb != trigger:
        # the clause's own words, not those of clauses nested in it
        scope |= {c.i for c in verb.children} | {
            t.i
            for c in verb.children
            if c.dep_ in ("prep", "npadvmod", "advmod", "tmod")
            for t in c.subtree
        }
    for child in list(verb.children) if verb == trigger else []:
        if child.dep_ in ("ccomp",):
            scope -= subtree_indices(child)
    for token in [doc[i] for i in sorted(scope)]:
        if token.i != trigger.i and _dates_another(token):
            scope -= subtree_indices(token)
    dates = [
        e
        for e in doc_ents(doc)
        if e.label_ in DATE_LABELS
        and sentence.start <= e.start < sentence.end
        and e.start in scope
        and _DATE_WORDS.search(e.text)
    ]
    if not dates:
        return None
    nearest = min(dates, key=lambda e: abs(e.start - trigger.i))
    return nearest.text
