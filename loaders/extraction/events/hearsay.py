"""Reports, hearsay and their frames (events/modality.py asks): a report called false or denied,
one left unconfirmed, rumours as a source ("according to rumours"), the impersonal hearsay of
"it is alleged that", an open question ("it is unclear whether ...", but "unclear who fired"
presupposes the firing) and the stance words that modify a noun ("a planned assault")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.doc_memo import columns, remembered, sentence_bounds
from loaders.extraction.events.modality_words import (
    DENYING_VERBS,
    FALSE_WORDS,
    HEDGES,
    MODIFIER_STANCES,
    RUMOUR_SOURCES,
    UNCERTAIN_WORDS,
    UNCHECKED,
)
from loaders.extraction.events.syntax import clause_verb, lemma_of, words

# "it is alleged that", "it was rumoured that", "it is believed that": hearsay with no holder
ALLEGING = words("allege rumour rumor suspect believe think speculate suppose presume claim")
# "it is unclear who fired": a question of who, where or why presupposes the deed ("whether"
# and "if" do not)
# "there was no independent confirmation", "no way of verification"
CHECKING_NOUNS = words("confirmation verification corroboration")
BASELESS_NOUNS = words("truth basis substance foundation credence merit")
WH_WORDS = words("who whom whose which what where when why how")


def report_denied(report: Token) -> bool:
    """A report called false ("false claims", "the reports were baseless") or denied by the
    verb that governs it ("rejected reports", "dismissed as propaganda claims")."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in FALSE_WORDS for c in report.children):
        return True
    head = report.head
    if report.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "dismissed as false claims"
        if lemma_of(head) in BASELESS_NOUNS and any(
            c.dep_ == "det" and c.lower_ == "no" for c in head.children
        ):
            return True  # "there is no truth in reports that troops killed civilians"
    if report.dep_ in ("dobj", "pobj", "nsubjpass") and lemma_of(head) in DENYING_VERBS:
        return True
    if report.dep_ == "nsubjpass" and lemma_of(head) in FALSE_WORDS:
        return True  # "the reports were fabricated"
    return report.dep_ == "nsubj" and any(
        c.dep_ in ("acomp", "attr") and (c.lower_ in FALSE_WORDS or lemma_of(c) in FALSE_WORDS)
        for c in head.children
    )  # "claims that troops had looted the village were untrue"


def left_unchecked(verb: Token) -> bool:
    """ "could not confirm", "refused to confirm", "declined to verify": a report left open."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and lemma_of(verb.head) in words("refuse decline fail")


def according_to_rumour(verb: Token) -> bool:
    """ "According to rumours in the capital, the rebels have captured the airport" """
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            for to in child.children:
                for source in to.children:
                    if source.dep_ == "pobj" and (
                        lemma_of(source) in RUMOUR_SOURCES
                        or source.lower_ in RUMOUR_SOURCES
                        or modifier_stance(source) == "rumour"
                    ):
                        return True
    return False


def source_stance(verb: Token, clause: Token) -> str | None:
    """ "Unconfirmed reports said ...", "rumours say ...", "it is alleged that ...", "it is
    unclear whether they fired": the source or the frame of a clause makes what it tells a
    rumour or an open question; "it is unclear who fired" presupposes the firing."""
    if impersonal_hearsay(verb):
        return "rumour"
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.lower_ in RUMOUR_SOURCES or lemma_of(child) in RUMOUR_SOURCES:
                return "rumour"
            if modifier_stance(child) == "rumour":
                return "rumour"
        if child.dep_ in ("acomp", "attr") and child.lower_ in UNCERTAIN_WORDS:
            return "assert" if asks_who(clause) else "hypothetical"
    return None


def impersonal_hearsay(verb: Token) -> bool:
    """ "It is alleged that the offensive involved the killing of civilians", "it was rumoured
    that": a passive verb of hearsay or suspicion with an empty "it" holds no one to the deed."""
    return (
        lemma_of(verb) in ALLEGING
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in verb.children)
    )


def asks_who(clause: Token) -> bool:
    """ "who planted the bomb", "why the jets struck": an open question about a told deed."""
    first = clause.left_edge
    return first.lower_ in WH_WORDS and first.tag_ in ("WP", "WRB", "WDT", "WP$")


def modifier_stance(noun: Token) -> str | None:
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.lower_ in MODIFIER_STANCES:
            return MODIFIER_STANCES[child.lower_]
    return None


def hedged(token: Token) -> bool:
    """ "Soldiers allegedly shot dead a student": the writer passes on an allegation; a told
    event fronted as the clause's frame is not what is alleged ("In that same battle, warlords
    allegedly gunned down an officer")."""
    verb = clause_verb(token)
    if token.dep_ == "pobj" and token.i < verb.i and _definite_frame(token):
        return any(c.dep_ == "advmod" and c.lower_ in HEDGES for c in token.children)
    return any(c.dep_ == "advmod" and c.lower_ in HEDGES for c in (*token.children, *verb.children))


def _definite_frame(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "that", "this"))
        for c in noun.children
    )


def unconfirmed(token: Token) -> bool:
    """ "..., but this could not be confirmed", "the claim could not be independently verified":
    the sentence says its report is unchecked (read once per sentence)."""
    start, _end = sentence_bounds(token)
    return remembered(token.doc, ("unconfirmed", start), lambda: says_unchecked(token.sent))


def says_unchecked(sentence: Span) -> bool:
    lemmas = columns(sentence.doc).lemma  # a Token only for the few words that may be one
    for i in range(sentence.start, sentence.end):
        if lemmas[i] in CHECKING_NOUNS:
            if any(c.dep_ == "det" and c.lower_ == "no" for c in sentence.doc[i].children):
                return True  # "..., but there was no independent confirmation"
            continue
        if lemmas[i] not in UNCHECKED:
            continue
        word = sentence.doc[i]
        if any(c.dep_ == "auxpass" for c in word.children) and any(
            c.dep_ == "neg" for c in word.children
        ):
            return True
    return False
