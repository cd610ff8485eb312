"""Events counted or commanded, none of them told.

- **A tally**: a plural trigger counted by a number too large for one story's telling of its
  events ("The United States has launched more than 250 attacks in west Africa as part of its
  campaign", "hundreds of raids"), by a total ("a total of 40 car bombs and mortar explosions")
  or by a vague word ("many attacks"), with no day or hour in its clause, is a statistic: "jets
  carried out 30 air strikes on Tuesday" is one day's raids, told.
- **A command**: a verb in the base form heading a clause with no subject, auxiliary or
  marker of its own is an imperative ("a new strategy against the cartels: kill, destroy and
  break up entire cartels", "Bomb them all!"): it orders or urges, it tells nothing done
  (README "Modality")."""

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
    text = token.text.replace(",", "")
    return int(text) if text.isdigit() else 0


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
