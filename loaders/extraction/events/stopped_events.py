"""Event nouns that name what is stopped or investigated, not an event told: "the rebels
announced a halt in attacks", "a suspension of air strikes", "an end to the fighting", "have
suspended attacks against government forces" (a commitment to stop: no attack told, README
"Modality"), and "set up a committee to probe the death of a citizen" (the definite object
of a verb of inquiry or trial, as "an investigation into the attack" already is: README
"Mentions of known events")."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.syntax import DEFINITE, lemma_of, words

# the words that end one told event ("called on both sides to end the shelling": it is under
# way, presupposed.py), and with them those that only pause or suspend a kind of event
ENDING_NOUNS = words("end halt stop cessation suspension")
ENDING_VERBS = words("end halt stop cease")
STOPPING_NOUNS = ENDING_NOUNS | words("pause moratorium freeze lull stoppage respite letup")
STOPPING_PREPS = words("in of to on")
STOPPING_VERBS = ENDING_VERBS | words("suspend pause freeze")
INQUIRY_VERBS = words("probe investigate prosecute try examine review")


def is_stopped_or_examined(token: Token) -> bool:
    if _examined(token):
        return True
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "a halt in attacks and kidnappings"
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in STOPPING_PREPS:
        holder = head.head  # "a halt in attacks"; "brought an end to the fighting"
        return lemma_of(holder) in STOPPING_NOUNS or any(
            c.dep_ == "dobj" and lemma_of(c) in STOPPING_NOUNS for c in holder.children
        )
    if token.dep_ != "dobj":
        return False
    bare = token.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in token.children)
    return bare and lemma_of(head) in STOPPING_VERBS  # "have suspended attacks"


LINKS = frozenset({"relcl", "acl", "pobj", "prep", "appos", "conj", "compound"})


def _examined(token: Token) -> bool:
    """The trigger is, or tells of, the object of a verb of inquiry: "to probe the death of a
    citizen who was beaten to death"."""
    node = token
    for _ in range(5):
        if node.dep_ == "dobj" and lemma_of(node.head) in INQUIRY_VERBS:
            # a known event ("the death of", "the killing"); "investigating a 2013 shooting
            # at a church that killed 20" tells one with its particulars (README)
            return any(c.dep_ == "poss" or c.lower_ in DEFINITE for c in node.children)
        if node.dep_ not in LINKS or node.head.i == node.i:
            return False
        node = node.head
    return False
