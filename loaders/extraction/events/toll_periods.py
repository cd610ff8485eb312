"""When a toll counts its dead: periods and rates ("a year", "last year"), whole years, running
totals of a war ("the war has killed", "so far"), named conflicts ("during the Troubles") and
large totals with no cause of their own (tolls.py decides the kind)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from loaders.extraction.events.syntax import lemma_of, prep_objects, words
from loaders.extraction.mentions import sentence_ents
from loaders.extraction.quantities import Count

PERIOD_UNITS = frozenset({"year", "month", "week", "day", "decade"})
# a rate may count in small units ("one person dies every 40 seconds"); a period may not ("in
# the past 24 hours" is one event's report)
RATE_UNITS = PERIOD_UNITS | {"hour", "minute", "second"}
PERIOD_PARTS = frozenset({"half", "quarter"})  # "the first half of the year"
ORDINAL_PERIODS = frozenset({"last", "past", "previous", "first", "second", "third", "fourth"})
RATE_WORDS = frozenset({"annually", "yearly", "daily", "monthly", "weekly"})
RATE_DETERMINERS = frozenset({"a", "an", "each", "every", "per"})


def running(token: Token, verb: Token, war: Token | None, scope: set[Token]) -> bool:
    if war is None:
        return False
    if any(t.lower_ == "so" and t.head.lower_ == "far" or t.lower_ == "far" for t in scope):
        return True  # "so far in the war"
    perfect = any(c.lemma_ == "have" and c.dep_ == "aux" for c in verb.children)
    if lemma_of(token) in ("toll", "death", "fatality"):
        return True  # "the death toll in the conflict", "the war's death toll"
    return perfect and (war.dep_ in ("nsubj", "poss") or war.head == token or token.head == war)


def war_in_phrase(token: Token, war: Token) -> bool:
    """ "have been killed in the violence", "have died in the unrest": the dead of a whole war,
    told in the perfect (tolls.py asks for a large count too)."""
    holder = war.head
    return (
        war.dep_ == "pobj"
        and holder.lower_ in ("in", "during")
        and holder.head == token
        and any(c.lemma_ == "have" and c.dep_ == "aux" for c in token.children)
    )


TOTAL_MIN = 1000  # "More than 5,100 people have died": a total this large is no one event


def counted_total(token: Token, verb: Token, cause: Token | None, count: Count | None) -> bool:
    """ "More than 5,100 people have died, according to the U.N.": a large count in the perfect
    with no cause, no place and no time of its own is a running total."""
    if cause is not None or count is None or (count.low or count.high or 0) < TOTAL_MIN:
        return False
    if not any(c.lemma_ == "have" and c.dep_ == "aux" for c in verb.children):
        return False
    return not any(
        c.dep_ in ("prep", "npadvmod", "agent") and c.lower_ != "according"  # the source
        for c in token.children
    )


def named_conflict(token: Token, verb: Token) -> Token | None:
    """ "during the Troubles", "in the Biafran war": a conflict known by its name."""
    for holder in (token, verb):
        for obj in prep_objects(holder, ("during", "in")):
            if obj.ent_type_ == "EVENT" or obj.pos_ == "PROPN" and obj.head.lower_ == "during":
                return obj
    return None


def years_of(scope: set[Token]) -> bool:
    """ "in over three years of turmoil", "over the past five years" """
    for token in scope:
        if lemma_of(token) in ("year", "month", "decade") and any(
            n.like_num or n.lower_ in ("several", "few") for n in token.children
        ):
            head = token.head
            if head.dep_ == "prep" and head.lower_ in ("in", "over", "during", "for", "of"):
                return True
            if any(c.lower_ == "past" for c in token.children):
                return True
    return False


def ranks_since(since: Token) -> bool:
    """ "the worst massacre since independence", "the first attack since 2009": the "since"
    ranks an event against the past; it starts no running total."""
    holder = since.head
    return holder.pos_ in ("NOUN", "PROPN", "ADJ") and (
        holder.tag_ == "JJS"
        or any(c.tag_ in ("JJS", "RBS") or c.lower_ in RANKING_WORDS for c in holder.children)
    )


RANKING_WORDS = frozenset({"first", "last", "biggest", "worst", "deadliest", "largest"})


def series_cause(cause: Token | None) -> bool:
    """ "Attacks ... this week killed 10": a plural act as the killer of a period's dead."""
    return cause is not None and cause.tag_ == "NNS" and lemma_of(cause) in SERIES_NOUNS


MONTHS = words(
    "january february march april may june july august september october november december"
)


STATISTIC_WORDS = words("figure figures statistic statistics data tally count record records")


def month_period(scope: set[Token]) -> str | None:
    """ "1,990 civilians were killed in January, according to government figures": a month
    named alone (no day, no year) in a sentence that cites figures counts a month's dead (a
    monthly figure when the count is large and no cause is named; tolls.py decides). "In May
    2016 more than 300 people were killed in a battle" tells an event."""
    for token in scope:
        if (
            token.lower_ in MONTHS
            and token.dep_ == "pobj"
            and token.head.lower_ in ("in", "during", "throughout")
            and not any(c.like_num for c in token.children)  # "in May 3", "in May 2016"
            and any(lemma_of(t) in STATISTIC_WORDS for t in token.sent)
        ):
            return f"{token.head.text} {token.text}"
    return None


def _is_point(unit: Token) -> bool:
    """ "a few days ago", "a couple of weeks ago": a time, not a rate."""
    return unit.head.lower_ == "ago" or any(c.lower_ in ("few", "couple") for c in unit.children)


def period_of(scope: set[Token]) -> str | None:
    for token in sorted(scope, key=lambda t: t.i):
        if _is_point(token):
            continue
        if token.lower_ in RATE_WORDS:
            return token.text
        if lemma_of(token) in RATE_UNITS and any(
            c.lower_ in RATE_DETERMINERS for c in token.children
        ):
            return span_text(token)  # a rate: "a year", "each month", "every 40 seconds"
        if lemma_of(token) in PERIOD_UNITS and any(
            c.lower_ in ("last", "past", "previous", "first", "recent") for c in token.children
        ):
            return span_text(token)  # "last year", "the first six months", "in recent weeks"
        if (
            lemma_of(token) in PERIOD_PARTS
            and any(c.lower_ in ORDINAL_PERIODS for c in token.children)
            and any(lemma_of(o) in PERIOD_UNITS for o in prep_objects(token, ("of",)))
        ):
            return span_text(token)  # "in the first half of the year"
        if lemma_of(token) in PERIOD_UNITS and any(c.lower_ == "this" for c in token.children):
            far = any(t.lower_ == "far" for t in scope)  # "this week", "so far this year"
            return f"so far this {token.lower_}" if far else f"this {token.lower_}"
    return None


def is_rate(scope: set[Token]) -> bool:
    """ "a year", "each month", "annually" """
    return any(
        t.lower_ in RATE_WORDS
        or (
            lemma_of(t) in RATE_UNITS
            and not _is_point(t)
            and any(c.lower_ in RATE_DETERMINERS for c in t.children)
        )
        for t in scope
    )


def years_named(scope: set[Token]) -> list[str]:
    """Whole years named in the clause ("in 1994", "between 1975 and 1979")."""
    found = []
    for token in sorted(scope, key=lambda t: t.i):
        if not (token.like_num and re.fullmatch(r"(?:1[89]|20)\d\d", token.text)):
            continue
        ent = next((e for e in sentence_ents(token) if e.start <= token.i < e.end), None)
        bare = (
            re.sub(r"\b(?:between|and|from|to|until|in|the|years?)\b", "", ent.text) if ent else ""
        )
        if ent is not None and re.search(r"[A-Za-z]", bare):
            continue  # "7 July 2015", "August 2014": a date, not a period of years
        found.append(token.text)
    return found


def span_text(token: Token) -> str:
    span = token.doc[token.left_edge.i : token.right_edge.i + 1]
    return span.text if len(span) <= 12 else token.text


# event nouns whose plural names a series of acts, not one ("the attacks have killed thousands")
SERIES_NOUNS = words(
    "attack raid bombing strike airstrike air-strike clash killing shelling ambush assault "
    "massacre operation crackdown riot"
)
SERIES_MIN = 100  # "the attacks have killed 12 people" may be one night's; hundreds are not


def series_total(verb: Token, cause: Token | None, count: Count | None) -> bool:
    """ "The attacks have claimed thousands of lives", "the raids have killed hundreds": a bare
    plural series told in the perfect with a large count and no day of its own is a running
    total of a campaign, not one event (a day or a place with it: "the attacks on Monday")."""
    if cause is None or cause.tag_ != "NNS" or lemma_of(cause) not in SERIES_NOUNS:
        return False
    if count is None or (count.low or count.high or 0) < SERIES_MIN:
        return False
    if not any(c.lemma_ == "have" and c.dep_ == "aux" for c in verb.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


# what a relative clause of dying may hang on and still count a whole conflict's dead ("the
# protests, which killed at least 20 people in total", "a campaign of communal violence in 2008
# in which more than 200 people were killed"); tolls.py adds its own war words
RELATIVE_SERIES = frozenset({"protest", "protests", "crackdown", "campaign", "wave", "insurgency"})


def relative_antecedent(verb: Token, war_words: frozenset[str]) -> Token | None:
    """The conflict a relative clause of dying tells the toll of: its antecedent, when that is a
    word of war or of a series of violence (not "an attack, which killed 12": one event)."""
    if verb.dep_ != "relcl":
        return None
    head = verb.head
    if lemma_of(head) in war_words or head.lower_ in RELATIVE_SERIES:
        return head
    return None


def in_total(scope: set[Token]) -> bool:
    """ "which killed at least 20 people in total": a total over a series."""
    return any(t.lower_ == "total" and t.head.lower_ == "in" for t in scope)


def perfect_period(verb: Token, period: str | None) -> bool:
    """ "More than 90 people have been killed in recent weeks": the perfect over weeks, months
    or years counts a period's dead (not "in the past 24 hours" or a few days: one report)."""
    if period is None or any(w in period.lower() for w in ("day", "hour", "night")):
        return False
    return any(  # the present perfect: "have been killed", not "had claimed"
        c.dep_ in ("aux", "auxpass") and lemma_of(c) == "have" and c.tag_ in ("VBP", "VBZ")
        for c in verb.children
    )
