"""Events told over a stretch of days: a total, not one event of the news (the Syria set's
"aggregate war tolls" and the FA-KES sample's "statistic or aggregate"): "at least 135 people
have been killed in air strikes over the past three days", "shelling has killed dozens in the
past week", "lost 100 fighters in the battle during the last five days", "have been killed
since the offensive began". The period may sit on the trigger's own verb or on a verb above it
("have died in the past two weeks after troops answered with air raids"). "In the past 24
hours" and "in the past two days" are one day's report (the Syria set dates them), so a run of
days needs three or more; "last week" (no article) and a start this week ("since Sunday") date
one report, and an event inside the since phrase ("silent since its first attack") is told.
The running period of the calendar counts in the perfect ("have been killed in air strikes this
month", "has carried out 40 bombings so far this year": a count to date) but dates one event in
the past tense ("a strike this month killed five") or ranked by a superlative ("has launched the
deadliest attack so far this year"), and under a verb that tells none happened it is a state
("has been spared major attacks this year"); the first part of a year ("in the first six months
of the year", "the first half of 2016") is a stretch in any tense."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.syntax import clause_verb, lemma_of, with_conjuncts, words
from loaders.extraction.events.verb_classes import CLAUSE_DENIALS, NEGATIVE_IMPLICATIVE

STRETCH_PREPS = words("in over during for throughout within")
LAST_WORDS = words("past last previous recent")
LONG_UNITS = words("week weeks month months year years")
DAY_UNITS = words("day days")
MIN_DAYS = 3
NUMBER_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "ten": 10}
MAX_CLIMB = 3  # verbs above the trigger's own clause that may carry its period


def over_a_stretch(token: Token) -> bool:
    verb = clause_verb(token)
    for _ in range(MAX_CLIMB + 1):
        if verb.pos_ in ("VERB", "AUX") and _stretch_in_coordination(verb, token):
            return True
        if verb.head.i == verb.i or verb.dep_ in ("relcl", "acl", "ccomp", "xcomp"):
            break  # a relative or reported clause dates its own events, not its host's
        verb = clause_verb(verb.head)
    return _carries_stretch(token, token) if token.pos_ == "NOUN" else False


def _stretch_in_coordination(verb: Token, trigger: Token) -> bool:
    """The period on the verb or on a verb or noun coordinated with it: "135 have been killed
    and hundreds injured in air strikes over the past three days" (the parser hangs the period
    on the second conjunct), "X's shelling ... has killed dozens in the past week"."""
    conjuncts = with_conjuncts(verb)
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        conjuncts.append(verb.head)
    return any(_carries_stretch(node, trigger) for node in conjuncts)


def _carries_stretch(head: Token, trigger: Token) -> bool:
    for child in head.children:
        if trigger.i in {t.i for t in child.subtree}:
            continue  # "silent since its first attack": the event dates the stretch
        if child.dep_ == "prep" and child.lower_ in STRETCH_PREPS:
            if any(_stretch_noun(o, head) for o in child.children if o.dep_ == "pobj"):
                return True
        elif child.dep_ == "npadvmod" and _stretch_noun(child, head):
            return True  # "killed dozens the past week", "have been killed this month"
        elif _since(child) and _perfect(head):
            return True  # "have been killed since January", "... since the offensive began"
    return False


# a start this close is one report's span ("fighting has raged since Sunday", "since dawn")
SHORT_STARTS = words(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today dawn morning "
    "afternoon evening night midnight noon"
)


def _since(child: Token) -> bool:
    if child.dep_ == "prep":
        opened = child.lower_ == "since"
    else:
        opened = child.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "since" for c in child.children
        )
    return opened and not any(t.lower_ in SHORT_STARTS for t in child.subtree) and not _a_day(child)


MONTHS = words(
    "january february march april may june july august september october november december "
    "jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct "
    "oct. nov nov. dec dec."
)


def _a_day(since: Token) -> bool:
    """ "since August 3": a month with its day dates one report, as a weekday does (the world
    set's coding: "fighting has raged since August 3" is news); "since January" is a stretch."""
    subtree = list(since.subtree)
    has_month = any(t.lower_ in MONTHS for t in subtree)
    has_day = any(t.like_num and t.lower_.isdigit() and 1 <= int(t.lower_) <= 31 for t in subtree)
    return has_month and has_day


# the running unit of the calendar: "this month", "so far this year" ("has launched an
# offensive this week" is news: the Syria set codes it, as "since Sunday" dates one report)
RUNNING_UNITS = words("month year")
# verbs whose object did not happen ("spared", "avoided"; not "escaped an ambush", which did)
NONE_HAPPENED = NEGATIVE_IMPLICATIVE - CLAUSE_DENIALS
# the first part of a year: "the first six months of the year", "the first half of 2016"
PART_UNITS = words("months half quarter weeks")


def _stretch_noun(noun: Token, head: Token) -> bool:
    """ "the past three days", "the last week", "recent months"; "this month" under a verb in
    the perfect; "the first six months of the year"."""
    lemma = noun.lower_
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "det", "nummod")}
    if lemma in RUNNING_UNITS and {c.lower_ for c in noun.children} == {"this"}:
        # "have been killed this month"; "killed five this month", "had executed 48 earlier
        # this month" date one event
        # "has launched the deadliest attack so far this year": a superlative ranks one event
        # "has been spared major attacks this year" tells none happened: a state, not a total
        return (
            _present_perfect(head)
            and lemma_of(head) not in NONE_HAPPENED
            and not any(t.tag_ == "JJS" for t in head.subtree)
        )
    if lemma in PART_UNITS and "first" in modifiers and "the" in modifiers:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    if not modifiers & LAST_WORDS or not modifiers & {"the", "recent"}:
        return False  # "last week", "last month": a date of one event, not a stretch
    if lemma in LONG_UNITS:
        return True
    if lemma not in DAY_UNITS:
        return False
    counts = [c for c in noun.children if c.dep_ == "nummod"]
    return any(_number(c) >= MIN_DAYS for c in counts)


def _number(token: Token) -> int:
    text = token.lower_.replace(",", "")
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text, 0)


def _present_perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("have", "has", "'ve") for c in verb.children)


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
