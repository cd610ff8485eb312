"""Triggers that tell a lasting state or a vague run of events, not one event of the news: a war
being fought ("the government is battling an Islamist insurgency in the north"), an undated
series ("after a series of attacks this week") and bare plurals in a charge of complicity
("accused of complicity in killings, abductions and extortion")."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.syntax import lemma_of, words

WAR_VERBS = words("battle fight")
# "is battling", "has been fighting", "who were battling": the progressive of a war verb
BE_FORMS = words("is are was were been be 's 're")
WHEN_LABELS = frozenset({"DATE", "TIME"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NOW_WORDS = words("now today tonight overnight currently still")
SERIES_WORDS = words("series spate string succession rash run")
TARGET_PREPS = words("on against at near targeting between")  # target or sides named
HARM_VERBS = words("kill die wound injure")
# "complicity in killings", "accused of abductions": a charge over a kind of event
CHARGE_NOUNS = words(
    "complicity involvement role part responsibility hand link links connection accusation "
    "accusations allegation allegations charge charges"
)
CHARGE_VERBS = words("accuse suspect charge blame implicate")


def is_lasting_state(token: Token) -> bool:
    """A war verb in the progressive with no time and no named place of its own tells who is
    at war ("Bosnia is battling an insurgency in the north", "rebels who were battling forces
    loyal to Bozize"), not a battle of the news ("troops are battling rebels in Goma" and
    "were fighting on Monday" keep their event)."""
    if token.pos_ != "VERB" or token.tag_ != "VBG" or lemma_of(token) not in WAR_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in BE_FORMS for c in token.children):
        return False
    for child in token.children:
        if child.dep_ in ("dobj", "nsubj", "aux", "punct", "cc", "conj", "relcl", "advcl"):
            continue
        for node in child.subtree:
            if node.ent_type_ in WHEN_LABELS or node.lower_ in NOW_WORDS:
                return False
            if child.dep_ == "prep" and node.ent_type_ in PLACE_LABELS:
                return False
    return True


def is_vague_series(token: Token) -> bool:
    """ "after a series of attacks this week", "suffered a series of terrorist attacks in the
    country": many events, none told ("a series of strikes on Raqqa" names its target and is
    told; "a series of air strikes killed 20" tells its toll)."""
    if token.tag_ != "NNS" or token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    series = token.head.head
    if lemma_of(series) not in SERIES_WORDS or series.dep_ in ("nsubj", "nsubjpass"):
        return False
    if any(c.dep_ == "nummod" for c in token.children):
        return False
    if any(lemma_of(a) in HARM_VERBS for a in series.ancestors):
        return False  # "21 police officers were killed in a series of clashes": told
    return not any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS for c in token.children)


def is_charged_kind(token: Token) -> bool:
    """ "accused of complicity in killings, abductions and extortion": a bare plural in a
    charge names a kind of crime, not an event told ("complicity in the killing of a dissident"
    presupposes one)."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if token.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod") for c in node.children):
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in token.children):
        return False
    if node.dep_ != "pobj":
        return False
    holder = node.head.head
    return lemma_of(holder) in CHARGE_NOUNS or lemma_of(holder) in CHARGE_VERBS
