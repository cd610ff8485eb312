"""Doers that the word cues of a sense cannot see: a state named by its country ("Honduras has
detained 17,000 people": the state arrests), a pronoun that stands for the speaker of the
clause reporting the deed ("Spanish police said they had detained four suspects": the police),
and counted groups ("thousands of protesters": the protesters)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from loaders.extraction.events.syntax import lemma_of, subject_of, words
from loaders.extraction.places import geocode

STATE = "STATE"  # the cue word of a doer that names a country
PLACE_LABELS = frozenset({"GPE", "LOC"})
# a pronoun that reports its speaker's own deed: "police said they had detained"
SPEAKER_PRONOUNS = words("they we it he she")
SAY_VERBS = words("say tell announce state report confirm add claim admit acknowledge insist")
QUANTITY_WORDS = words(
    "thousands hundreds dozens scores tens millions group groups crowd crowds number hundred "
    "thousand dozen some many most band mob gang all each both none any several part rest "
    "half majority round rounds volley volleys salvo salvos burst bursts"
)  # "rounds of tear gas", "a volley of stones": the of-noun is what is fired or thrown


def is_quantity(token: Token) -> bool:
    return token.like_num or token.lower_ in QUANTITY_WORDS


def names_state(token: Token) -> bool:
    """The token heads the name of a country ("Honduras", "South Korea")."""
    if token.ent_type_ not in PLACE_LABELS:
        return False
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return _is_country(doc[start:end].text)


@lru_cache(maxsize=4096)
def _is_country(name: str) -> bool:
    place = geocode(name)
    return place is not None and place.precision == "country"


def speaker_for(doer: Token) -> Token:
    """The speaker a reporting clause's pronoun doer stands for, else the doer itself."""
    if doer.lower_ not in SPEAKER_PRONOUNS or doer.dep_ != "nsubj":
        return doer
    clause = doer.head
    if clause.dep_ != "ccomp" or lemma_of(clause.head) not in SAY_VERBS:
        return doer
    speaker = subject_of(clause.head)
    if speaker is None or speaker.pos_ == "PRON":
        return doer
    return speaker
