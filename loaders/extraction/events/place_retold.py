"""The place a later sentence gives to the event told before it.

"Gunmen opened fire on a minibus on Tuesday, killing six passengers. The attack happened near
Dadaab, close to the Somali border, police said." A sentence whose subject is a definite noun
of an event ("the attack", "the blast", "the explosion") and whose verb tells only that it
happened ("happened", "occurred", "took place", "was carried out") says where the event of the
sentence before it happened: its place fills that event's when the event has none, or replaces
it when it is finer (a town for a province or a country; a named site or quarter for a town:
"... in Mogadishu. The blast occurred in the Bakara market"). The sentence tells no event of its
own, so an event read from its noun is dropped. Only within a paragraph and two sentences of a
short wire item, as follow-ups are folded (followups.py).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from loaders.extraction.doc_memo import columns, doc_text
from loaders.extraction.events.followups import short_story
from loaders.extraction.events.place_anchors import unanchored
from loaders.extraction.events.place_date import fineness, under_locative
from loaders.extraction.events.place_frames import placed
from loaders.extraction.events.syntax import DEFINITE, words
from loaders.extraction.place_mentions import place_spans
from loaders.extraction.referents import Referents

RETELL_REACH = 2  # sentences between the event and the sentence placing it
# verbs that tell only that a thing happened (and "took place", "was carried out" below)
OCCURRENCE_LEMMAS = words("happen occur unfold")
VERB_LEMMAS = OCCURRENCE_LEMMAS | words("take carry")
# nouns of a violent event a retelling names by a definite article
EVENT_NOUNS = words(
    "attack attacks blast blasts explosion explosions bombing bombings ambush shooting shootings "
    "raid raids strike strikes killing killings massacre incident assault clash clashes "
    "fighting shelling airstrike airstrikes kidnapping abduction"
)
# how precise a place is: a site, then a name no table knows (a village, a quarter, a site the
# retelling names for this event), a town, a province, a country
PRECISION_ORDER = {"site": 0, "unresolved": 1, "city": 2, "admin1": 3, "country": 4}
SITE_RANK = 1


def place_by_retelling(
    doc: Doc, events: list[dict], numbers: list[int], referents: Referents
) -> None:
    """Give, in place, each event the place a retelling sentence after it names (module doc),
    and drop the events read from those sentences' nouns."""
    lemmas = columns(doc).lemma
    if not any(lemma in VERB_LEMMAS for lemma in lemmas) or not short_story(doc):
        return  # a long article's later mentions are kept as mentions (followups.py)
    sentences = list(doc.sents)
    dropped: set[int] = set()
    for n, sentence in enumerate(sentences):
        for verb in sentence:
            if lemmas[verb.i] not in VERB_LEMMAS:
                continue
            subject = occurrence_subject(verb)
            if subject is None:
                continue
            hosts = _events_before(doc, events, numbers, sentences, n)
            if not hosts:
                continue
            found = [
                e
                for e in place_spans(sentence)
                if verb.left_edge.i <= e.start <= verb.right_edge.i
                and e.root.i != subject.i
                and under_locative(e.root)
            ]
            if found:
                best = min(unanchored(found), key=lambda e: (fineness(e), e.start))
                _give(events, hosts, placed(referents, best))
            if tells_more(verb):
                continue
            dropped |= {
                i
                for i, number in enumerate(numbers)
                if number == n and _read_from(events[i], subject)
            }
    for i in sorted(dropped, reverse=True):
        del events[i], numbers[i]


def occurrence_subject(verb: Token) -> Token | None:
    """The definite event noun that is the subject of a verb of occurrence ("The attack
    happened", "the explosion took place", "the raid was carried out"), or None."""
    lemma = verb.lemma_.lower()
    took_place = lemma == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children
    )
    carried_out = lemma == "carry" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )
    if lemma not in OCCURRENCE_LEMMAS and not took_place and not carried_out:
        return None
    for child in verb.children:
        definite = any(d.dep_ == "det" and d.lower_ in DEFINITE for d in child.children)
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in EVENT_NOUNS and definite:
            return child
    return None


def _events_before(
    doc: Doc, events: list[dict], numbers: list[int], sentences: list[Span], n: int
) -> list[int]:
    """The asserted events of the nearest earlier sentence (within reach, same paragraph)."""
    for back in range(1, RETELL_REACH + 1):
        m = n - back
        if m < 0 or "\n" in doc_text(doc)[sentences[m].end_char : sentences[n].start_char]:
            return []
        hosts = [i for i, number in enumerate(numbers) if number == m]
        hosts = [i for i in hosts if events[i]["stance"] == "assert"]
        if hosts:
            return hosts
    return []


def _give(events: list[dict], hosts: list[int], place: dict) -> None:
    for i in hosts:
        known = events[i].get("location")
        # a site or an unknown name it names for the event beats one of the same rank
        finer = _rank(place) < _rank(known) if known is not None else True
        if finer or (known is not None and _rank(place) == _rank(known) <= SITE_RANK):
            events[i]["location"] = place


def _rank(place: dict) -> int:
    return PRECISION_ORDER.get(place.get("precision") or "unresolved", 1)


def _read_from(event: dict, subject: Token) -> bool:
    """Whether the event was read from the retelling's own noun."""
    start = event.get("trigger_start")
    return start is not None and subject.idx <= start < subject.idx + len(subject.text)


def tells_more(verb: Token) -> bool:
    """ "the bombing took place in X, resulting in the martyrdom of 3 citizens": a clause of
    result or a second verb makes the sentence a report of its own, not only where."""
    return any(
        t.pos_ == "VERB" and t.dep_ in ("advcl", "acl", "xcomp", "conj") for t in verb.subtree
    )
