"""The toll of an event recalled, not told (README "Tolls are not events"): the dead of an event
named to mark, judge, try or date something else are that event's toll, a `historical` row,
never a killing of the news and never lost:
- an anniversary or a span since it ("the 50th anniversary of the battle of Dien Bien Phu, in
  which thousands of soldiers died", "to mark ten years since the Bali bombings, which killed
  202", "one year since clashes killed 43");
- an event named with its year as a modifier ("the 51 people killed in the 2019 Christchurch
  mosque attacks", "the 1986 killing of an activist"), or a death word that names no event of
  the news (a charge, a trial, an inquiry: events/non_events.py) dated by a year ("accused of
  killing six priests in 1989"): a period named by that year, which the pipeline makes
  historical when it lies well before the article's date (pipeline._dated_toll).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from loaders.extraction.events.non_events import names_no_event
from loaders.extraction.events.syntax import lemma_of, prep_objects, words

YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
ANNIVERSARY_WORDS = words("anniversary anniversaries commemoration remembrance")
SPAN_UNITS = words("year years decade decades")
EVENT_PREPS = ("in", "during", "of")  # "killed in the 2019 attacks", "the killing of"
MONTH_STEMS = words(
    "jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july "
    "august september october november december"
)
CLIMB = 4  # how far up from the event noun an anniversary may govern it


def recalled_toll(token: Token, verb: Token, cause: Token | None) -> tuple[str, str | None] | None:
    """(kind, period) of the toll a word of dying tells of a recalled event, or None."""
    nouns = _event_nouns(token, verb, cause)
    if any(_marked_since(noun) for noun in [*nouns, verb]):
        return "historical", None
    for noun in nouns:
        year = _own_year(noun)
        if year is not None:
            return "periodic", year
    if names_no_event(token):
        years = [t.text for t in token.subtree if YEAR.match(t.text) and t.dep_ == "pobj"]
        if years:
            return "periodic", years[0]
    return None


def _event_nouns(token: Token, verb: Token, cause: Token | None) -> list[Token]:
    """The nouns naming the event whose dead the clause counts: the word itself ("the killing
    of"), the antecedent of a relative clause, the event a participle's dead died in, the
    cause."""
    nouns = [token] if token.pos_ == "NOUN" else []
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        head = verb.head
        nouns.append(head)
        if head.dep_ == "pobj" and head.head.lower_ == "of":
            nouns.append(head.head.head)  # "the battle of Dien Bien Phu, in which"
    nouns += prep_objects(verb, EVENT_PREPS)
    if cause is not None and cause.pos_ == "NOUN":
        nouns.append(cause)
    return nouns


def _marked_since(node: Token) -> bool:
    """Under "anniversary of", or after a span of years: "ten years since", "one year since"."""
    for _ in range(CLIMB):
        if lemma_of(node) in ANNIVERSARY_WORDS:
            return True
        if node.lower_ == "since" or any(
            c.dep_ == "mark" and c.lower_ == "since" for c in node.children
        ):
            spans = [node.head, *node.head.children]  # "ten years since", "mark ten years since"
            if any(
                lemma_of(span) in SPAN_UNITS and any(c.like_num for c in span.children)
                for span in spans
            ):
                return True
        if node.head is node:
            return False
        node = node.head
    return False


def _own_year(noun: Token) -> str | None:
    """A year written before the event noun, as its modifier: "the 2019 Christchurch mosque
    attacks", "the 1983 American invasion", "Saturday's 1986 killing"."""
    for t in noun.subtree:
        if t.i >= noun.i:
            break
        if (
            YEAR.match(t.text)
            and t.dep_ in ("nummod", "compound", "amod", "npadvmod", "poss")
            and lemma_of(t.head).rstrip(".") not in MONTH_STEMS  # "Aug. 21, 1983"
            and lemma_of(t.doc[t.i - 1]).rstrip(".,") not in MONTH_STEMS
            and not t.doc[t.i - 1].like_num  # "the Aug. 21, 1983, attack": a day, dated news
        ):
            return t.text
    return None
