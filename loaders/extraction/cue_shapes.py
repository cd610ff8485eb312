"""Shapes of a cue verb's parse that its senses ask for (``attribution_cues.verb_cue``): an
object and its complement ("called the claim pure propaganda", "declared Ortega the winner"), an
object and its infinitive ("asked residents to stay indoors"), a subject among a word class
("the audit found ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

QUOTE_MARKS = frozenset({'"', "“", "``", "'"})


def subject_among(token: Token, words: frozenset[str]) -> bool:
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lemma_.lower() in words or subject.lower_ in words)


def object_infinitive(token: Token) -> bool:
    """An object and its infinitive: "asked residents to stay indoors" (the parse hangs the
    infinitive on the verb, or makes the object its subject)."""
    infinitives = [
        c
        for c in token.children
        if c.dep_ in ("xcomp", "ccomp")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    return bool(infinitives) and (
        any(c.dep_ == "dobj" for c in token.children)
        or any(a.dep_ == "nsubj" for c in infinitives for a in c.children)
    )


def object_complement(token: Token) -> list[Token]:
    """ "called the claim 'pure propaganda'": the object and what it is called (not "what it
    called violations": a name in passing)."""
    found = [c for c in token.children if c.dep_ == "dobj"]
    if any(c.tag_ in ("WP", "WDT") or c.lower_.endswith("self") for c in found):
        return []  # "a group calling itself X" (a name), "what it called X" (a name in passing)
    complements = [c for c in token.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr")]
    if found and complements:
        return found + complements
    quoted = [n for o in found for n in o.rights if n.dep_ in ("amod", "appos") and _quoted(n)]
    if quoted:
        return found + quoted  # 'called the remarks "unacceptable"' (parsed as a modifier)
    doc = token.doc
    bare = [  # "declared Ortega the winner": the complement parsed as an apposition, no comma
        n for o in found for n in o.rights
        if n.dep_ == "appos" and doc[n.left_edge.i - 1].text != "," and n.left_edge.lower_ == "the"
    ]  # fmt: skip
    if bare:
        return found + bare
    if not found and any(
        c.dep_ == "oprd" and any(n.dep_ == "nmod" and n.pos_ == "NOUN" for n in c.children)
        for c in complements
    ):
        return complements  # "called the case political persecution": the object parsed inside
    return []


def _quoted(token: Token) -> bool:
    doc, first = token.doc, token.left_edge
    before = doc[first.i - 1] if first.i > 0 else None
    return first.text in QUOTE_MARKS or (before is not None and before.text in QUOTE_MARKS)
