"""A place the event's clause takes up again without naming it: "the town", "the city", "the
village", "there" ("Rebels captured the diamond town of Koidu on Saturday. Fighting there
killed 16 soldiers"; "Iraq said Iranian troops had occupied the town"). The event is in the
place those words refer to: the last named place of that kind told before them in the story
(the same sentence or the sentences before it), coded by its name (README "Named sites").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.extraction.doc_memo import subtree_indices
from loaders.extraction.events.capital_place import capital_place, is_capital_anaphor
from loaders.extraction.events.place_frames import placed
from loaders.extraction.events.syntax import clause_verb, words
from loaders.extraction.place_mentions import place_spans
from loaders.extraction.referents import Referents, place_of

# nouns that take up a settlement named before ("the town", "the city")
SETTLEMENT_ANAPHORS = words("town city village hamlet settlement")
# prepositions and verbs whose object is where ("in the town", "occupied the town")
WHERE_PREPOSITIONS = words("in near at outside around inside into on")
REACH = 3  # sentences back to look for the name
# precisions a settlement's name may have ("Koidu" unknown to the tables, "Halabja" a city)
TOWN_PRECISIONS = frozenset({"city", "site"})


def _anaphor(token: Token) -> bool:
    """ "the town" (no name of its own, no "of X"), or the adverb "there"."""
    if token.lower_ == "there":
        return token.dep_ == "advmod" and token.head.pos_ in ("VERB", "NOUN")
    if token.lemma_.lower() not in SETTLEMENT_ANAPHORS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
        return False
    if any(c.dep_ in ("compound", "amod", "prep", "appos", "poss") for c in token.children):
        return False  # "the town of Adigrat", "the border town": the name or kind follows
    head = token.head
    return (token.dep_ == "pobj" and head.lower_ in WHERE_PREPOSITIONS) or token.dep_ == "dobj"


def anaphoric_place(trigger: Token, also: Token | None, referents: Referents) -> dict | None:
    """The named place a "the town" or "there" of the event's clause refers to, or None."""
    scope: set[int] = set()
    for anchor in filter(None, (trigger, also, clause_verb(trigger))):
        scope |= subtree_indices(anchor)
    doc = trigger.doc
    anaphors = [doc[i] for i in sorted(scope) if _anaphor(doc[i]) or is_capital_anaphor(doc[i])]
    if not anaphors:
        return None
    if is_capital_anaphor(anaphors[0]):
        return capital_place(anaphors[0], referents)
    named = _named_before(anaphors[0])
    return placed(referents, named) if named is not None else None


def _named_before(anaphor: Token) -> Span | None:
    """The last settlement named before the anaphor within REACH sentences."""
    doc = anaphor.doc
    sentences = [s for s in doc.sents if s.start <= anaphor.i]
    for sentence in reversed(sentences[-(REACH + 1) :]):
        spans = [e for e in place_spans(sentence) if e.end <= anaphor.i]
        for span in reversed(spans):
            place = place_of(span.text)
            if place is None or place.precision in TOWN_PRECISIONS:
                return span  # a town the tables know, or a name they lack (a village)
    return None
