"""The place of a saying is not the place of what is said.

"The opposition said in Turkey that ...", "told reporters in Geneva", "Speaking in Moscow, the
minister said ...", "At a news conference in Beirut", "In a statement issued in Nairobi",
"accused Kyiv during a briefing in Moscow of shelling a school": a place phrase that hangs on a
verb of communication (or on its hearer, or on a noun of communication: a statement, a news
conference, a briefing, an interview) says where the speaker spoke. It is never the event's
place, whatever verb reports it; a place inside the reported content ("said troops had shelled
Homs") hangs on the content's own verb and still is, and so does the place people of the place
speak from ("a resident told reporters in Kidal"), as in place_frames.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extraction.events.place_frames import LOCAL_SPEAKERS
from loaders.extraction.events.syntax import words

# verbs of communication: saying, telling, announcing, accusing, warning, briefing
COMMUNICATION_VERBS = words(
    "say tell report announce state add confirm claim deny accuse allege warn brief speak "
    "address declare quote insist explain note stress testify comment reply respond write "
    "tweet blame condemn disclose reveal acknowledge admit assert argue describe recount"
)
# nouns of communication: where they were made is where the speaker was (not gatherings, a
# rally or a meeting, where violence may happen)
COMMUNICATION_NOUNS = words(
    "statement conference briefing interview speech communique communiqué remarks "
    "announcement release declaration bulletin"
)
# hearers of a saying whose place is the speaker's ("told reporters in Geneva"; not "warned
# residents in Aleppo", who are where the danger is)
AUDIENCES = words(
    "reporter reporters journalist journalists press media correspondent correspondents "
    "parliament lawmakers legislators deputies senators diplomats envoys council assembly "
    "audience agency newspaper television radio"
)
# the ways a place phrase hangs on a saying: its adjuncts, its hearer ("told reporters in X"),
# a participle or noun of it ("a statement issued in X", "speaking in X")
CLIMBS = frozenset(
    {"prep", "pobj", "compound", "amod", "appos", "dobj", "dative", "acl", "npadvmod"}
)
STEPS = 7


def _communicates(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX"):
        return lemma in COMMUNICATION_VERBS
    return token.pos_ == "NOUN" and lemma in COMMUNICATION_NOUNS


def said_there(place: Token, trigger: Token, also: Token | None = None) -> bool:
    """Whether a place (the root token of its span) is where a speaker said something, not
    where the event (``trigger``, or ``also``) happened (module doc)."""
    anchors = {trigger.i} | ({also.i} if also is not None else set())
    current = place
    for _ in range(STEPS):
        head = current.head
        if head.i == current.i or head.i in anchors or current.i in anchors:
            return False
        if current.dep_ not in CLIMBS:
            return False  # a clause of its own ("said the attack happened in X"): its words
        hearer = current.dep_ in ("dobj", "dative") and head.pos_ in ("VERB", "AUX")
        if hearer and not (current.pos_ == "PROPN" or current.lemma_.lower() in AUDIENCES):
            return False  # "warned residents in Aleppo": the hearers are where it happens
        if _communicates(head) and not (head.pos_ == "NOUN" and _under(head, anchors)):
            # the event must not lie under the place's own phrase ("a statement on the attack
            # in X": the attack's place); it is the content, or the words around the saying
            if any(t.i in anchors for t in current.subtree):
                return False
            return not _argument_of(head, trigger) and not _local_speaker(head)
        current = head
    return False


def _local_speaker(saying: Token) -> bool:
    """ "a resident told reporters in Kidal", "speaking at the hospital in Gao, a doctor said":
    people of the place speak from where it happened (place_frames.py)."""
    verb = saying
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX"):
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return any(t.lemma_.lower() in LOCAL_SPEAKERS for t in subject.subtree)
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd"})


def _argument_of(verb: Token, trigger: Token) -> bool:
    """ "Heavy fighting was reported in Mogadishu", "the army reported clashes in Kunar": the
    event is what is reported, not the content of a saying; the verb's place is its own."""
    current = trigger
    while current.head.i != current.i:
        if current.head.i == verb.i:
            return current.dep_ in ARGUMENTS
        current = current.head
    return False


def _under(token: Token, anchors: set[int]) -> bool:
    """The noun is part of the event's own phrase ("a bomb hit a news conference in X")."""
    return any(a.i in anchors for a in token.ancestors)
