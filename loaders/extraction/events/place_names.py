"""Names the gazetteer knows as places, whatever the model tagged them.

The model tags many towns of wars it saw little of as persons or leaves them untagged
("recaptured Sukhumi": PERSON; "retook Soyo": nothing), so the object of a capture or a loss
was read as the side hit, not the place taken. A one-word name the gazetteer knows is a place
here; a person's full name ("John Smith") or a people ("Kurds") is not. (Letting such a name
meet a capture verb's need for a place object, "entered Gulu", was tried and dropped: a false
event in blind4 and no gain on any other measured split.)
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.referents import ent_at, place_of


def gazetteer_place(token: Token) -> bool:
    """A proper name the gazetteer knows as a town or region, not a full personal name."""
    if token.pos_ != "PROPN" or token.ent_type_ == "NORP":
        return False
    ent = ent_at(token)
    if ent is not None and ent.label_ == "PERSON" and len(ent) > 1:
        return False
    return place_of(ent.text if ent is not None else token.text) is not None
