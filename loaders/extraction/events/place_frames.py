"""Frames that tell whether a place phrase is where an event happened: the words of its
speaker ("the defence ministry in Baku said"), a named settlement that is the verb's object
("attacked the Barlonyo camp"), the place people were taken "from"; and the country a place no
table knows takes from the story around it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.events.syntax import clause_verb, words
from loaders.extraction.place_mentions import NAMED_SITES, TOWN_WORDS
from loaders.extraction.referents import Referents

# "abducted 40 women from the village of X", "withdrew from Avdiivka": "from" names where
TAKEN_FROM_TYPES = frozenset({"territory_loss", "abduction"})


def placed(referents: Referents, ent: Span) -> dict:
    """The place a span names; one no table knows takes the country of the story's setting
    (the state whose places the article names most), as a coder reads it from the context."""
    place = referents.place(ent)
    if place.get("country") is None:
        home = referents.home_state()
        if home is not None and home.country:
            place = {**place, "country": home.country}
    return place


def named_area_hit(ent: Span, trigger: Token) -> bool:
    """ "attacked the Barlonyo camp", "shelled the Abu Salim district": a named settlement or
    quarter that is the object of the event's verb is where it happened."""
    root = ent.root
    if ent[-1].i != root.i or root.dep_ not in ("dobj", "nsubjpass"):
        return False
    return root.head.i in (trigger.i, clause_verb(trigger).i) and (
        root.lemma_.lower() in TOWN_WORDS | NAMED_SITES
    )


# speakers who are where it happened ("residents of Kharkiv said", "witnesses in Gao said")
LOCAL_SPEAKERS = words(
    "resident witness villager survivor doctor medic nurse paramedic rescuer hospital clinic "
    "morgue residents witnesses villagers survivors doctors medics"
)
# verbs of saying whose subject is the speaker ("the defence ministry in Baku said")
SPEAKING_LEMMAS = words("say tell report add state confirm announce claim deny accuse quote")


def victims_taken_for_speaker(subject: Token, token: Token) -> bool:
    """ "hacked to death 14 peasants in the village of X, an army communique said": the parser
    may hang the counted victims on the verb of saying, with the real speaker apposed after
    them; a place before that apposition is the victims', not the speaker's."""
    speakers = [c for c in subject.children if c.dep_ == "appos" and c.i > token.i]
    speakers += [  # or a second subject of the verb of saying after them
        c for c in subject.head.children if c.dep_ == "nsubj" and c.i > subject.right_edge.i
    ]
    counted = any(c.dep_ == "nummod" for c in subject.children)
    return bool(speakers) and counted and token.i < speakers[0].left_edge.i


def in_speaker_phrase(token: Token, trigger: Token) -> bool:
    """A place inside the words naming who tells the event ("the defence ministry in Baku
    said", "Western diplomats in Islamabad said", "according to officials in Kabul"): where
    the speaker sits, which gives way to any place the rest of the sentence names."""
    current = token
    for _ in range(8):
        head = current.head
        if head.i == current.i:
            return False
        if current.dep_ == "nsubj" and head.lemma_.lower() in SPEAKING_LEMMAS:
            # (not the event parsed as the subject: "A drone strike near X ..., media reported";
            # nor people of the place: "residents of Kharkiv said")
            local = any(t.lemma_.lower() in LOCAL_SPEAKERS for t in current.subtree)
            return (
                not local
                and not current.left_edge.i <= trigger.i <= current.right_edge.i
                and not victims_taken_for_speaker(current, token)
            )
        if current.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            return True
        if current.dep_ in ("nsubj", "dobj", "nsubjpass", "ccomp", "advcl", "relcl", "acl"):
            return False  # a clause of its own: the event's words, not the speaker's
        current = head
    return False
