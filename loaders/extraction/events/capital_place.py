"""Where "the capital" of a story is: "ISLAMABAD (Reuters) - A suicide bomber struck a police
training centre in the capital"; "the capital's Eastleigh district".

"The capital" names the capital city of the story's state. It is, in order: the dateline city
when it is a capital or seat of government (the world countries table); the last capital named
before it in the story; the capital of the state whose places the story names most. An
apposition names it outright ("the capital, Ouagadougou") and wins over all three.
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.claimant_states import capital_state, seats_of
from loaders.extraction.events.place_frames import placed
from loaders.extraction.mentions import place_of, place_ref
from loaders.extraction.place_datelines import dateline_place
from loaders.extraction.place_mentions import place_spans
from loaders.extraction.referents import Referents

# where the capital is the scene ("in the capital", "attacked the capital"); "north of the
# capital" and "a trip to the capital" are elsewhere
WHERE = frozenset({"in", "at", "inside", "across", "around", "near", "outside", "on"})


def is_capital_anaphor(token: Token) -> bool:
    """ "the capital" as the scene (no "of X", no adjective of its own: "a provincial
    capital" is a kind)."""
    if token.lower_ != "capital" or token.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    where = (token.dep_ == "pobj" and token.head.lower_ in WHERE) or token.dep_ == "dobj"
    return where and not any(
        c.dep_ in ("amod", "compound", "prep", "poss", "nmod") and c.lower_ != "national"
        for c in token.children
    )


def capital_place(anaphor: Token, referents: Referents) -> dict | None:
    """The place "the capital" names (module doc), or None."""
    for child in anaphor.children:
        if child.dep_ == "appos":
            spans = [e for e in place_spans(anaphor.sent) if e.start <= child.i < e.end]
            if spans:
                return placed(referents, spans[0])
    doc = anaphor.doc
    filed = dateline_place(doc)
    if filed is not None and capital_state(filed) is not None:
        at = doc.text[:120].upper().find(filed.name.upper())
        if at >= 0:
            return place_ref(filed, doc.text[at : at + len(filed.name)], at, at + len(filed.name))
        return place_ref(filed, filed.name, None, None)
    for sentence in reversed([s for s in doc.sents if s.start <= anaphor.i]):
        for span in reversed([e for e in place_spans(sentence) if e.end <= anaphor.i]):
            if capital_state(place_of(span.text)) is not None:
                return placed(referents, span)
    home = referents.home_state()
    for city in seats_of(home.country) if home is not None and home.country else ():
        place = place_of(city)
        if place is not None and place.country == home.country:
            return place_ref(place, anaphor.text, anaphor.idx, anaphor.idx + len(anaphor.text))
    return None
