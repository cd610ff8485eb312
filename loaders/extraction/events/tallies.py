"""Events counted or commanded, none of them told.

- **A tally**: a plural trigger counted by a number too large for one story's telling of its
  events ("The United States has launched more than 250 attacks in west Africa as part of its
  campaign", "hundreds of raids"), by a total ("a total of 40 car bombs and mortar explosions")
  or by a vague word ("many attacks"), with no day or hour in its clause, is a statistic: "jets
  carried out 30 air strikes on Tuesday" is one day's raids, told.
- **A command**: a verb in the base form heading a clause with no subject, auxiliary or
  marker of its own is an imperative ("a new strategy against the cartels: kill, destroy and
  break up entire cartels", "Bomb them all!"): it orders or urges, it tells nothing done
  (README "Modality").
- **A statistic**: shares, rates and trends of events ("about 60 per cent of those killed were
  Tutsi", "kidnappings rose last year, with more than 3,000 people abducted"), and a plural
  trigger counted by 100 or more whatever its clause tells of the day."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events import states
from loaders.extraction.events.syntax import lemma_of, words

LARGE_COUNT = 20  # a day's raids on one front are told with their count; a campaign's are not
MULTIPLES = words("hundreds thousands")  # "hundreds of attacks"
# triggers that count people, not events: "took more than 1,000 hostages" tells one seizure
PEOPLE_TRIGGERS = words("hostage captive prisoner victim casualty body dead")
# a clause of its own: an imperative has none of these ("Troops kill 5" has its subject)
OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass", "mark"})
# "Kill the traitors, the leaflets read": a quoted command hangs on the verb that reports it
COMMAND_DEPS = frozenset({"ROOT", "parataxis", "appos", "dep", "advcl", "ccomp"})


def is_tally(token: Token) -> bool:
    """A plural trigger counted by a large number, a total or a vague word (module doc), or
    one of a vague series ("after a series of attacks this week": ``states.is_vague_series``)."""
    if states.is_vague_series(token):
        return True
    if token.tag_ != "NNS":
        return False
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "40 car bombs and mortar explosions"
    if lemma_of(first) == "total" or states.is_total(first) or states.is_vague_count(token):
        return True
    if lemma_of(first) in PEOPLE_TRIGGERS or not _large_count(first):
        return False
    verb = first.head if first.dep_ in ("nsubj", "nsubjpass", "dobj") else first
    return not any(node.ent_type_ in states.WHEN_LABELS for node in verb.subtree)


def _large_count(noun: Token) -> bool:
    """ "more than 250 attacks", "1,200 air strikes", "hundreds of raids"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in MULTIPLES:
        return True
    return any(c.dep_ == "nummod" and _number(c) >= LARGE_COUNT for c in noun.children)


def _number(token: Token) -> int:
    try:
        return int(float(token.text.replace(",", "")))
    except ValueError:
        return 0


def is_command(token: Token) -> bool:
    """A trigger verb that is, or is coordinated with, an imperative (module doc)."""
    verb = token
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "kill, destroy and break up"
    if token.tag_ != "VB" and token is not verb:
        return False
    if not _base_form(verb) or verb.dep_ not in COMMAND_DEPS:
        return False
    if any(c.dep_ in OWN_CLAUSE_DEPS for c in verb.children):
        return False
    return lemma_of(verb) != "be"


def _base_form(verb: Token) -> bool:
    """A verb in the base form; a capital after a colon may be tagged a name ("strategy: Kill,
    destroy and break up"): its coordinated base forms tell what it is."""
    if verb.tag_ == "VB":
        return True
    return verb.is_title and any(c.dep_ == "conj" and c.tag_ == "VB" for c in verb.children)


PROPORTIONS = words("percent cent % half third quarter majority most number share proportion")
# "kidnappings rose sharply, with more than 3,000 people abducted": a trend and its figure
CHANGE_VERBS = words(
    "rise fall increase decrease double triple treble halve jump soar climb drop decline surge "
    "grow shrink dip plunge plummet spike rocket slump fluctuate"
)

MANY_EVENTS = 100  # this many events of a kind are a statistic, none of them told
PERIOD_WORDS = words("year years month months week weeks decade decades")


def _counted(noun: Token) -> int:
    """The noun's first number ("19,000 murders"); 0 when none is written in figures."""
    return next((_number(c) for c in noun.children if c.dep_ == "nummod" and c.like_num), 0)


def _in_period_figure(token: Token) -> bool:
    """Inside "with ..." hung on a trend ("rose, with 3,000 abducted") or on a period told as
    a record ("last year was the deadliest, with 280 killed")."""
    for node in [token, *token.ancestors]:
        if node.lower_ != "with" or node.dep_ != "prep":
            continue
        holder = node.head
        if lemma_of(holder) in CHANGE_VERBS:
            return True
        if lemma_of(holder) == "be" and any(
            c.dep_ in ("nsubj", "npadvmod") and lemma_of(c) in PERIOD_WORDS for c in holder.children
        ):
            return True
    return False


# rounds that fall on a place ("Rockets fell on", "shells fell in"), not a figure that falls
PROJECTILES = words(
    "rocket rockets shell shells missile missiles bomb bombs mortar mortars grenade grenades "
    "projectile projectiles"
)
LANDING_PREPS = words("on onto in into near around across inside")


def _came_down(token: Token, verb: Token) -> bool:
    return (
        token.lower_ in PROJECTILES
        and lemma_of(verb) == "fall"
        and any(c.dep_ == "prep" and c.lower_ in LANDING_PREPS for c in verb.children)
    )


def is_statistic(token: Token) -> bool:
    """ "about 60 per cent of those killed in Angola were Tutsi", "kidnappings rose last year,
    with more than 3,000 people abducted": shares and trends of a statistic"""
    head = token.head
    if token.dep_ == "nsubj" and token.tag_ == "NNS" and lemma_of(head) in CHANGE_VERBS:
        # "kidnappings rose sharply last year": a trend, no event told; "Rockets fell on a
        # district of Tripoli": rounds that came down somewhere
        return not _came_down(token, head)
    if token.tag_ == "NNS" and any(c.dep_ == "prep" and c.lower_ == "per" for c in token.children):
        return True  # "60 killings per 100,000 people": a rate
    if token.tag_ == "NNS" and any(c.lower_ == "all" for c in token.children if c.dep_ != "prep"):
        return True  # "half of all suicide bombings in 2015 took place in Nigeria": every one
    if (
        token.tag_ == "NNS"
        and lemma_of(token) not in PEOPLE_TRIGGERS
        and _counted(token) >= MANY_EVENTS
    ):
        return True  # "80 percent of the 19,000 murders committed last year"
    if _in_period_figure(token):
        return True  # "last year was the deadliest, with 280 killed in attacks"
    return (
        token.dep_ == "acl"
        and head.lower_ in ("those", "people")
        and head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.lower_ in PROPORTIONS
    )
