"""Events told of a past era: a decade or a century named whole in the trigger's own clause
("Grozny, which Russian forces bombed to ruins in the 1990s", "villages burned during the
1980s", "massacres in the 19th century") are history recalled, not news (as a whole year two
or more years before the article's date is: pipeline._told_as_history)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from loaders.extraction.events.governing_dates import governing_date
from loaders.extraction.events.syntax import clause_verb, words

DECADE = re.compile(r"^(?:1[89]|20)\d0s$|^'\d0s$")  # "the 1990s", "the '80s"
ERA_PREPS = words("in during throughout through")
PAST_CENTURY = re.compile(r"^(?:1[0-9]|20)th$|^(?:nineteenth|twentieth|eighteenth)$")
PREVIOUS = words("last previous past")
OLD_YEAR = re.compile(r"^1[0-8]\d\d$")  # "in 1833": before the dates an article resolves
# the trigger's clause reaches its complements: "bombed [the city] to ruins in the 1990s"
COMPLEMENTS = frozenset({"xcomp", "dobj", "oprd", "acomp", "advmod"})


def in_past_era(token: Token) -> bool:
    """The trigger's clause is dated by a decade or a past century, or tells a death in a
    war named whole."""
    if died_in_named_war(token):
        return True
    verb = clause_verb(token)
    holders = {token, verb}
    holders |= {c for h in (token, verb) for c in h.children if c.dep_ in COMPLEMENTS}
    if any(_long_ago(holder) for holder in holders):
        return True  # "clashed nearly a century ago", "fought years ago"
    if any(_dated_otherwise(holder) for holder in holders):
        return False  # "bombed Grozny on Monday, as they did in the 1990s"
    governing = governing_date(token)  # "the war during the 1840s saw Britons fighting"
    if governing is not None and _is_era(governing):
        return True
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in ERA_PREPS | _of_noun(holder, token):
                continue
            if any(o.dep_ == "pobj" and _is_era(o) for o in prep.children):
                return True
    return False


AGES = words("century centuries decade decades years")  # plural "years": two or more


def _long_ago(holder: Token) -> bool:
    """ "a century ago", "two decades ago", "years ago": before the HISTORICAL_YEARS of
    pipeline._told_as_history ("a year ago", "two months ago" are left to the article's date)."""
    return any(
        c.dep_ == "advmod" and c.lower_ == "ago" and any(u.lower_ in AGES for u in c.children)
        for c in holder.children
    )


def _of_noun(holder: Token, token: Token) -> frozenset[str]:
    """ "the attacks of the 1990s": a noun trigger's own "of" dates it too."""
    return frozenset({"of"}) if holder is token and token.pos_ == "NOUN" else frozenset()


def _is_era(noun: Token) -> bool:
    if DECADE.match(noun.lower_) or OLD_YEAR.match(noun.text):
        return True
    if noun.lower_ not in ("century", "centuries"):
        return False
    return any(
        c.dep_ == "amod" and (PAST_CENTURY.match(c.lower_) or c.lower_ in PREVIOUS)
        for c in noun.children
    )


WAR_NOUNS = words("war wars genocide revolution")
DYING = words("kill die perish")


def died_in_named_war(token: Token) -> bool:
    """ "Her father was killed in the Iran-Iraq war", "he died in the Korean War": a death in a
    war named whole, with no doer and no day of the news, is that war's toll, not an event."""
    if token.lemma_.lower() not in DYING or any(c.dep_ == "agent" for c in token.children):
        return False
    if _dated_otherwise(token):
        return False
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        for war in prep.children:
            if war.dep_ == "pobj" and war.lower_ in WAR_NOUNS and _named(war):
                return True
    return False


def _named(war: Token) -> bool:
    return any(
        c.dep_ in ("compound", "amod", "nmod") and (c.pos_ == "PROPN" or c.ent_type_ == "NORP")
        for c in war.children
    )


def _dated_otherwise(holder: Token) -> bool:
    """A day, a week or a month of the news dates the clause too."""
    for child in holder.children:
        dates = [child] if child.dep_ == "npadvmod" else []
        if child.dep_ == "prep":
            dates = [o for o in child.children if o.dep_ == "pobj"]
        for date in dates:
            if date.ent_type_ in ("DATE", "TIME") and not _is_era(date):
                return True
    return False
