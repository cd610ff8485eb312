"""Known events named in passing: a sentence about something else that mentions an earlier event
does not report it. One grammatical test, two shapes:

- **a named event** ("the Christchurch attack", "the Lockerbie bombing", "the Easter Sunday
  bombings") that is an argument or adjunct of a verb telling no violence: "The Christchurch
  attack prompted a ban", "survivors of the Westgate mall attack met the president". "the
  Nairobi mall attack killed 67" is told by its own verb of violence, "the attack that struck
  the district" by its own clause, "the strike was believed to have been carried out by ..." by
  the clause below; "confirmed", "blamed X for" and "revenge for" report or answer it. A
  definite back-reference with nothing new ("hotels were quiet after the shooting") is left as
  it was: the measured sets code it both ways (world README, "Mentions of known events").
- **a clause on something else** (a relative clause or participle on a noun that is no event, or
  a temporal clause of since, after, before, until or when) dated before the story's days: "the
  town, which was shelled last month, ...", "hit by a missile in April", "a year after soldiers
  stormed the palace", "who died when a bomb blew up her car last October"; or a participle
  dated by a known event ("those killed in the Lockerbie bombing", "killed in Tuesday's
  ambush"). A temporal clause needs a year or more ("since it launched an offensive in late
  August" is told in the Syria dev set); "Kidal, which rebels overran on Tuesday, ..." is dated
  within the story's days and tells it.

A year alone is left to the article's date (pipeline._told_as_history drops events of years long
before it); main clauses are left to the other rules."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from loaders.extraction.events.modality_words import DENYING_VERBS
from loaders.extraction.events.presupposed import RESPONSE_WORDS, presupposed
from loaders.extraction.events.syntax import DEFINITE, lemma_of, words
from loaders.extraction.events.triggers import load_triggers
from loaders.extraction.events.verb_classes import EMBEDDING_STANCES

YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
MONTHS = words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
# "last month", "two years ago", "the previous spring": a stretch before the story's days
LONG_UNITS = words("month months year years decade decades century centuries")
SEASONS = words("spring summer autumn fall winter")
BEFORE_WORDS = words("last previous")  # not "past": "in the past year" runs up to the story
TEMPORAL_MARKS = words("since after before until till when once")
# verbs that tell an event happening or its course ("the attack took place", "clashes erupted",
# "the attack came as"), besides the trigger book's own verbs
OCCURRENCE_VERBS = words(
    "happen occur take erupt break begin start continue resume come last rage spread escalate "
    "intensify unfold leave claim carry conduct mount stage perpetrate commit perform "
    "execute go plant place lay pit involve"
)
# "provoked the clashes", "sparked the fighting": an event caused is an event told ("the attack
# prompted a ban": the event as the cause of something else is a mention)
CAUSING_VERBS = words("cause provoke trigger spark ignite unleash instigate incite prompt")
# a report of the event itself, or of who did it ("confirmed the bombings", "blamed guerrillas
# for the killings"): the event told, with a claimant (as the Syria dev set codes it)
REPORTING_VERBS = words(
    "confirm report announce acknowledge admit describe recount blame accuse attribute"
)
# a part in the event or a response to it ("denied involvement in the attack", "claimed
# responsibility for the bombing"): the modality and claims rules decide, the event stays
PART_NOUNS = words(
    "complicity involvement responsibility role part hand link links connection credit blame"
)
NOUN_LINKS = frozenset(
    {"pobj", "prep", "poss", "compound", "conj", "appos", "nmod", "dobj", "nsubj", "nsubjpass"}
)
# clauses hung on a noun or on another clause that say something of their own
ASIDE_DEPS = frozenset({"appos", "relcl", "acl", "ccomp", "parataxis"})


@cache
def _violence_lemmas() -> frozenset[str]:
    """Every lemma of the trigger book and every verb that governs an event noun there."""
    book = load_triggers()
    return frozenset(book.triggers) | book.governing_verbs


@cache
def _part_or_violence_lemmas() -> frozenset[str]:
    """PART_NOUNS and ``_violence_lemmas()`` joined once, not at each step up the parse."""
    return PART_NOUNS | _violence_lemmas()


def is_known_mention(token: Token) -> bool:
    """The trigger names a known earlier event in passing (module doc), or tells the toll of
    one in a clause on it ("the Beslan school siege, in which 334 hostages died")."""
    if named_in_passing(token) or in_dated_aside(token) or _dated_starting_point(token):
        return True
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    nouns = [verb.head, *(o for p in verb.head.children if p.lower_ == "of" for o in p.children)]
    if any(lemma_of(n) in _violence_lemmas() and named_in_passing(n) for n in nouns):
        return True  # "the attack on the embassy, which killed 26" after "prompted"
    inside = any(
        t.lower_ in ("which", "where") and t.head.lower_ in ("in", "during") for t in verb.subtree
    )
    return inside and any(_named(n) and _definite(n) for n in nouns)  # "the Beslan school siege"


def _dated_starting_point(token: Token) -> bool:
    """ "since the bombings of October 2002", "after the attack of May 2014", "since the attack
    on the convoy", "a month after the bombing of the ministry": an event noun that dates the
    news from it is an earlier event. "since" always dates a state by a known event; "after" and
    "before" need a year, a month without its day or a distance of weeks or more (a count of
    its own, "after the beheading of 21 Christians", leaves it to non_events.is_background)."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ != "pobj":
        return False
    mark = token.head
    if mark.lower_ not in ("since", "after", "following", "before"):
        return False
    if mark.lower_ == "since":
        return lemma_of(token) in _violence_lemmas()
    if _weeks_away(mark) and _definite(token) and not _counted(list(token.subtree)):
        return True  # "a month after the bombing of the ministry" ("weeks after a blast killed
        # nine" tells it with its particulars, as the background rule reads)
    subtree = [t for t in token.subtree if t.i != token.i]
    return any(YEAR.match(t.lower_) and t.ent_type_ == "DATE" for t in subtree) or past_anchor(
        subtree
    )


def _weeks_away(word: Token) -> bool:
    """ "weeks after", "a month after", "two years before": a distance of a week or more
    measures the time from a known earlier event ("days after", "hours after" are the story's
    own days, as the Syria dev set codes "two days after Russian jets hit a convoy")."""
    return any(c.dep_ == "npadvmod" and lemma_of(c) in WEEK_UNITS for c in word.children)


def named_in_passing(token: Token) -> bool:
    """A known event noun that is an argument or adjunct of a verb telling no violence."""
    if token.pos_ not in ("NOUN", "PROPN") or presupposed(token):
        return False
    if not _named(token):
        return False  # "the attack", "the killing of a cleric": retold or told, other rules
    node = token
    while node.pos_ not in ("VERB", "AUX"):
        if node.dep_ not in NOUN_LINKS or node.head.i == node.i:
            return False  # a headline's root, a name list: no clause to judge
        if node is not token and lemma_of(node) in _part_or_violence_lemmas():
            return False  # "involvement in the attack", "a wave of attacks": other rules
        if node.dep_ == "prep" and node.lower_ == "behind":
            return False  # "believed to be behind the attack": who did it, a claim
        link, node = node.dep_, node.head
    if lemma_of(node) == "be" and link != "prep":
        return False  # "it was the second attack on the town": a copula names, other rules
    # judge; "has been tight since the bombings of 2002" dates a state by it
    if lemma_of(node) in REPORTING_VERBS | RESPONSE_WORDS or _told_below(node):
        return False
    if lemma_of(node) in CAUSING_VERBS and token.dep_ in ("dobj", "nsubjpass"):
        return False
    if lemma_of(node) in _violence_lemmas() or lemma_of(node) in OCCURRENCE_VERBS:
        return node.dep_ in ("acl", "relcl") and in_dated_aside(node)  # "those killed in ..."
    # "denied the attack", "threatened an offensive": a stance the modality rules give
    return lemma_of(node) not in EMBEDDING_STANCES and lemma_of(node) not in DENYING_VERBS


def _told_below(verb: Token) -> bool:
    """ "the strike was believed to have been carried out by Russian planes", "the attack
    appeared to have been carried out by ...": a clause below the verb tells the event."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX"):
            lemma = lemma_of(child)
            if lemma in OCCURRENCE_VERBS or lemma in _violence_lemmas() or _told_below(child):
                return True
    return False


def in_dated_aside(token: Token) -> bool:
    """The trigger's clause (or one above it, up to the sentence's main clause) is an aside on
    something else dated before the story's days (module doc)."""
    node = token
    while node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("relcl", "acl", "advcl"):
            # a "since" clause dates a state by the event it names: a month before is enough
            long_only = node.dep_ == "advcl" and not _marked(node, "since")
            dated = (
                past_anchor(_clause_words(node), long_only)
                or _dated_by_known(node)
                or (
                    node.dep_ == "advcl" and _weeks_away(node) and not _counted(_clause_words(node))
                )
            )
            if _aside(node) and dated:
                return True
        node = node.head
    return False


def _counted(tokens: list[Token]) -> bool:
    """A count among the words ("killing nine", "two soldiers"): the event's own particulars."""
    return any(t.like_num and t.ent_type_ != "DATE" for t in tokens)


def _marked(verb: Token, mark: str) -> bool:
    return any(c.dep_ in ("mark", "advmod") and c.lower_ == mark for c in verb.children)


def _aside(verb: Token) -> bool:
    """A relative clause or participle on a noun that names no event, or a temporal clause."""
    if verb.dep_ == "advcl":
        return any(
            c.dep_ in ("mark", "advmod") and c.lower_ in TEMPORAL_MARKS for c in verb.children
        )
    if any(c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in verb.children):
        return False  # "the impression that 14 terrorists had been killed": what it says
    head = verb.head
    return head.pos_ in ("NOUN", "PROPN", "PRON") and lemma_of(head) not in _violence_lemmas()


def _dated_by_known(verb: Token) -> bool:
    """ "killed in the Lockerbie bombing", "killed in Tuesday's ambush": a participle or
    relative clause whose "in" names a known event (a name, or a day's possessive)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or lemma_of(noun) not in _violence_lemmas():
                continue
            if _named(noun) or any(
                c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in noun.children
            ):
                return True
    return False


def _clause_words(verb: Token) -> list[Token]:
    """The clause's words, without the asides hung inside it (an apposition, a clause on one
    of its nouns): "attacked a checkpoint near Arish, the deadliest since a 2017 bombing"."""
    kept: list[Token] = []
    stack = [verb]
    while stack:
        node = stack.pop()
        kept.append(node)
        stack.extend(c for c in node.children if c.dep_ not in ASIDE_DEPS)
    return kept


def past_anchor(tokens: list[Token], long_only: bool = False) -> bool:
    """A time before the story's days among ``tokens``: "two years ago", "a year after", "the
    last decade"; unless ``long_only``, also a month without its day ("in April", "last
    October"), "last month", "last year", "the previous spring". A day, a week or "earlier this
    year" are the story's own, and "last year" may be last month in January: a temporal clause
    asks for a year's distance or more. A year alone is left to the article's date ("the 2015
    bombing" in a 2015 story may be news): pipeline._told_as_history drops old years."""
    present = {t.i for t in tokens}
    for token in tokens:
        lower, lemma = token.lower_, lemma_of(token)
        if token.dep_ == "npadvmod" and lemma in YEAR_UNITS:
            return True  # "a year after soldiers stormed the palace"
        if long_only:  # "last year" may be last month, in January: a year's distance or more
            units = DECADE_UNITS
        else:
            units = LONG_UNITS | SEASONS | MONTHS
            if lower in MONTHS and token.pos_ == "PROPN" and not _has_day(token, present):
                return True
        nxt = token.nbor() if token.i + 1 < len(token.doc) else None
        following = nxt is not None and nxt.i in present
        if lower in BEFORE_WORDS and following and (lemma_of(nxt) in units or nxt.lower_ in units):
            return True
        if lower == "ago" and token.i > 0 and lemma_of(token.nbor(-1)) in units | YEAR_UNITS:
            return True
    return False


YEAR_UNITS = words("year years decade decades century centuries")
WEEK_UNITS = words("week weeks month months") | YEAR_UNITS
DECADE_UNITS = words("decade decades century centuries")


def _has_day(month: Token, present: set[int]) -> bool:
    """ "May 3", "3 May", "on March 12, 2014": a day of the month beside the month."""
    for offset in (-1, 1):
        i = month.i + offset
        if i in present and 0 <= i < len(month.doc):
            near = month.doc[i]
            if near.like_num and near.text.isdigit() and 1 <= int(near.text) <= 31:
                return True
    return False


def _named(noun: Token) -> bool:
    """ "the Christchurch attack", "the Houla massacre", "the Easter Sunday bombings": a name
    before the noun (not a side, "the Taliban attack", nor a month or a weekday that dates a
    told event, "the Monday attack"; a year is left to the article's date)."""
    for child in noun.children:
        if child.i > noun.i:
            continue
        if child.dep_ in ("compound", "nmod") and any(
            t.pos_ == "PROPN" and t.ent_type_ not in SIDE_LABELS and not _calendar(t)
            for t in child.subtree
        ):
            return True  # "the Beslan school siege"
    return False


def _calendar(token: Token) -> bool:
    """A month's or a weekday's name ("Aug.", "Sunday")."""
    return token.lower_.rstrip(".") in MONTHS or token.lower_ in WEEKDAYS


SIDE_LABELS = frozenset({"ACTOR", "NORP", "PERSON"})
WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")


def _definite(noun: Token) -> bool:
    return any(
        (c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in noun.children
    )
