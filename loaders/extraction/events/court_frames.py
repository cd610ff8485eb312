"""Deeds told in court: what a court, a jury or an inquest is told or finds ("prosecutors told
the court that the defendant had planted the bomb", "the court heard that the gunmen opened
fire", "the judge ruled that the police had shot the protester", "a witness testified that
soldiers shot the men") and what a defendant is said to have done retell the case being tried,
not news of the day (world README, coding rule on trials and verdicts); the charge itself
("accused of killing", "convicted of the bombing") is read in non_events.is_charge. Speakers
such as "state prosecutors said" report news and stay: only the court as audience or finder
frames a trial."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.syntax import lemma_of, words

COURT_NOUNS = words(
    "court courts tribunal tribunals jury juries judge judges inquest inquests hearing "
    "magistrate magistrates courtroom panel"
)
DEFENDANTS = words("defendant defendants accused")
# verbs whose clause is told to a court (its object) or heard, ruled or found by one (subject)
TELLING = words("tell")
FINDING = words("hear rule find conclude determine")
TESTIFYING = words("testify")


def told_in_court(token: Token) -> bool:
    """The trigger's clause is told to, heard or found by a court, or its doer is a defendant."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    defendant = subject is not None and subject.lower_ in DEFENDANTS
    if defendant and any(c.dep_ == "det" for c in subject.children):
        return True  # "the defendant had planted the bomb"
    node = token
    for governor in token.ancestors:
        if node.dep_ == "ccomp" and _court_frame(governor):
            return True
        node = governor
    return False


def _court_frame(verb: Token) -> bool:
    lemma = lemma_of(verb)
    if lemma in TESTIFYING:
        return True
    roles = {c.dep_: c for c in verb.children if c.dep_ in ("nsubj", "dobj", "dative")}
    if lemma in TELLING:
        listener = roles.get("dobj") or roles.get("dative")
        return listener is not None and lemma_of(listener) in COURT_NOUNS
    subject = roles.get("nsubj")
    return lemma in FINDING and subject is not None and lemma_of(subject) in COURT_NOUNS
