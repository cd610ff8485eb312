"""Follow-up sentences: the same side telling more of the event it told just before.

"A suicide bomber blew himself up outside a police headquarters, killing nine policemen, the
governor's spokesman said. The attack, the second on the compound this year, also wounded 23
people, he said." The second sentence is no new event: it retells the first (a definite "the
attack", "the gunmen", or no actor of its own), from the same side or from no side at all (a
witness, a doctor, the writer), so it is folded into it: what it adds (the wounded, the toll a
follow-up gives or adds to, "Four soldiers were also killed"; a target, a place or an actor the
first report lacked) fills the first report, and the retelling is dropped. A report whose own
words name another actor ("troops killed the seven attackers"), another place or day, a new
event ("another", "minutes later", "five more"), or that another side tells ("The government
said its forces had targeted rebel positions": events/retold.py) stays a report of its own.
Only in a short wire item (one paragraph of at most five sentences): in a long article the
later mentions are kept, as the Syrian dev set codes them ("Mentions, not incidents"), for the
marts to cluster.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from loaders.extraction.doc_memo import doc_text
from loaders.extraction.events.syntax import words
from loaders.extraction.events.toll_links import (
    adds_toll,
    names_the_means,
    revise_tolls,
    time_span_of,
    type_by_added_toll,
)

SHORT_STORY_SENTENCES = 5  # a wire item of a few sentences (the lead and what it adds)
FOLLOW_WINDOW = 1  # a follow-up is the next sentence of the same paragraph
# event types a death clause or a generic verb of attack gives ("were killed", "opened fire",
# "had been beheaded"): a retelling of any earlier event, whatever its family
GENERIC_TYPES = frozenset({"killing", "execution", "armed_clash"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})
ARMED_SECTORS = frozenset({"REB", "INS", "SEP", "UAF", "IMG", "RAD"})
SIDE_KINDS = frozenset({"state", "armed_group"})
BODIES = frozenset({"MED", "NGO", "IGO", "HRI", "JUD", "EDU"})  # sectors of bodies with a voice
# words that open another event ("Minutes later, mortar rounds landed ...", "In a separate
# attack", "another bomb", "killing five more")
NEW_EVENT_WORDS = words("another later separately separate meanwhile elsewhere earlier more")
# words that add to a toll told before ("Four soldiers were also killed")
ADDING_WORDS = words("also other further additional")
# words that revise it ("The toll rose to 86")
REVISING_WORDS = words("rose risen climbed increased reached")
PLACE_TYPES = frozenset({"territory_capture", "territory_loss"})  # hold no deaths of their own
DEFINITE = words("the this that")
SPOKES = words("spokesman spokeswoman spokesperson official officials source sources statement")
PRONOUNS = words("it they he she its their his her")


def fold_followups(
    doc: Doc,
    events: list[dict],
    numbers: list[int],
    family_of: Callable[[str], str | None],
) -> None:
    """Fold, in place, each follow-up report into the report it retells (module doc), keeping
    ``events`` and their sentence ``numbers`` in step."""
    if not short_story(doc):
        return
    revise_tolls(doc, events, numbers, FOLLOW_WINDOW + 1)
    reach = list(numbers)  # the last sentence each report tells of, its follow-ups folded in
    later = 0
    while later < len(events):
        first = _retold(doc, events, numbers, reach, later, family_of)
        if first is None:
            later += 1
            continue
        _fold(doc, events[first], events[later])
        reach[first] = numbers[later]
        del events[later], numbers[later], reach[later]


def short_story(doc: Doc) -> bool:
    """A wire item: one paragraph (a headline above it aside) of a few sentences. A long
    article's later mentions of an event are kept as mentions, for the incidents the marts
    cluster (tests/devset/README.md, "Mentions, not incidents"): only in a short item is every
    sentence after the lead known to tell of what the lead told."""
    body = doc_text(doc).strip().split("\n")
    body = [part for part in body if part.strip()]
    if len(body) > 2:
        return False
    # a wire lead ("BELFAST, Jan. 6 (Reuters) -") or a fragment the parser cut is no sentence
    sentences = [s for s in doc.sents if sum(t.is_alpha for t in s) >= 4]
    return len(sentences) <= SHORT_STORY_SENTENCES


def _retold(
    doc: Doc,
    events: Sequence[dict],
    numbers: Sequence[int],
    reach: Sequence[int],
    later: int,
    family_of: Callable[[str], str | None],
) -> int | None:
    """The index of the earlier report that ``events[later]`` retells, or None."""
    event, number = events[later], numbers[later]
    trigger = event_trigger(doc, event)
    if event["stance"] != "assert" or trigger is None or _opens_new_event(trigger):
        return None
    nearest = None
    candidates = []
    for earlier in range(later - 1, -1, -1):
        first, first_number = events[earlier], reach[earlier]
        if numbers[earlier] == number or first["stance"] != "assert":
            continue
        if number - first_number > FOLLOW_WINDOW or nearest not in (None, first_number):
            break
        if "\n" in doc_text(doc)[first["sentence_end"] : event["sentence_start"]]:
            break  # another paragraph (or the headline above the story)
        nearest = first_number  # a follow-up tells of the last sentence that told an event
        same_kind = family_of(first["type"]) == family_of(event["type"])
        if same_kind or event["type"] in GENERIC_TYPES or names_the_means(first, event, trigger):
            candidates.append((not same_kind, first["type"] in PLACE_TYPES, -earlier))
    if not candidates:
        return None
    earlier = -min(candidates)[2]  # the same family first, then an act over a change of hands
    return earlier if _retells(doc, events[earlier], event, trigger) else None


def _retells(doc: Doc, first: dict, event: dict, trigger: Token) -> bool:
    voice = _same_voice(first.get("claimant"), event.get("claimant"), first["type"], event)
    if not (voice or adds_toll(first.get("claimant"), event, trigger)):
        return False
    if _differs(first.get("location"), event.get("location")):
        return False
    date = event.get("date_text")
    if date and first.get("date_text") != date and not _series_period(date):
        return False  # "engaged last night in fierce clashes": a day of its own, an act of its own
    counted_twice = first.get("killed_low") is not None and event.get("killed_low") is not None
    adds = _words_near(trigger, ADDING_WORDS | REVISING_WORDS) or event.get("actor") is None
    if counted_twice and not adds:
        return False  # two counts of their own: two events
    if _own_target(doc, first, event):
        return False  # "the strike had targeted bandits": who was hit, in a version of its own
    return _follows_up(doc, event, trigger) and _actor_retold(doc, first, event, trigger)


def _series_period(date: str) -> bool:
    """ "the second on the compound this year", "the fourth beheading this month": the period of
    a series the act belongs to, not a day of its own."""
    lowered = date.lower()
    return lowered.startswith("this ") or any(w in lowered for w in ("year", "month"))


def _own_target(doc: Doc, first: dict, event: dict) -> bool:
    target, first_target = event.get("target"), first.get("target")
    if not target or not first_target or target.get("start") is None:
        return False
    if (target.get("text") or "").lower() in PRONOUNS or _definite(doc, target):
        return False
    trigger = event_trigger(doc, event)
    if event.get("actor") is None and _death_clause(trigger):
        return False  # "Ten of the dead had been beheaded": the victims told before
    if event.get("actor") is None and trigger is not None and time_span_of(trigger):
        return False  # "40 soldiers died in six hours of fighting": the dead of the act told
    if trigger is not None and _words_near(trigger, ADDING_WORDS):
        return False  # "also wounded 23 people": more victims of the same act
    return (target.get("text") or "").lower() != (first_target.get("text") or "").lower()


def _follows_up(doc: Doc, event: dict, trigger: Token) -> bool:
    """The words of a follow-up: deaths with no one named as their cause ("Four soldiers were
    also killed", "Three of the dead were women"), the act named again ("The attack, the third
    this month", "the shell had been fired from"), or its doers pointed back to ("The
    guerrillas attacked at dawn", "They went from house to house") with no toll of their own."""
    actor = event.get("actor")
    if event["type"] in ("killing", "execution") and actor is None and _death_clause(trigger):
        return True
    if _definite_subject(trigger):
        return True
    pointing_back = actor is not None and (
        (actor.get("text") or "").lower() in PRONOUNS
        or _definite(doc, actor)
        or taken_from_before(event)
    )
    return pointing_back and event.get("killed_low") is None


def taken_from_before(event: dict) -> bool:
    """The doer's words lie before the event's sentence: a pronoun coded as the doers it takes
    up ("Gunmen stormed a hotel. They killed 12 guests"), a pointer back as "they" was."""
    start = (event.get("actor") or {}).get("start")
    return start is not None and start < event["sentence_start"]


def _death_clause(trigger: Token | None) -> bool:
    """ "were killed", "died": a death told in the passive or as dying."""
    if trigger is None:
        return False
    if trigger.lemma_.lower() in ("die", "perish"):
        return True
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children)


def _actor_retold(doc: Doc, first: dict, event: dict, trigger: Token) -> bool:
    """The later report names no actor of its own, or the first one's, or points back to it
    ("the gunmen", "they"), or tells with a definite noun ("the shell", "the attack") who did
    what the first report left without an actor."""
    actor, first_actor = event.get("actor"), first.get("actor")
    if actor is None:
        return True
    if first_actor and actor.get("name") and actor.get("name") == first_actor.get("name"):
        return True
    text = (actor.get("text") or "").lower()
    if text in PRONOUNS or taken_from_before(event):
        return True  # "they" of a witness or of the same side: the doers told before
    if _definite(doc, actor):
        return first_actor is None or _compatible_sides(doc, first_actor, actor)
    return first_actor is None and _definite_subject(trigger)


def _same_voice(first: dict | None, later: dict | None, first_type: str, event: dict) -> bool:
    """The follow-up is told by the writer, by the side that told the first report, or by no
    side (a witness, a doctor, residents) adding deaths or telling the same act; another side's
    version is a counter-claim, and a body's other kind of act ("some of the dead had been
    executed", say rights groups) a version of its own."""
    if later is None:
        return True
    if first is not None and _same_organ(first, later):
        return later.get("name") == first.get("name") or _sector_group(later) == _sector_group(
            first
        )
    if not _is_side(later):
        # a witness, a doctor, residents (a body such as a monitor or an outlet tells a version
        # of its own: "The Observatory said the explosion targeted a police centre")
        actor = event.get("actor") or {}
        own = (actor.get("text") or "").lower() in ("it", "its") or (
            actor.get("start") is not None and actor.get("start") == later.get("start")
        )  # "The Observatory said it ...", its pronoun coded as the speaker
        body = later.get("kind") not in ("person", "agent", None) or later.get("sector") in BODIES
        return not own and not body and event["type"] in (first_type, "killing")
    return False


def voice_of_its_own(first: dict | None, later: dict | None) -> bool:
    """The later report is told by a side or a body (a monitor, a ministry, an outlet) that did
    not tell the first one: a version of its own (events/retold.py), not the same speaker
    again, the writer or a witness."""
    if later is None or (first is not None and _same_organ(first, later)):
        return False
    body = later.get("kind") not in ("person", "agent", None) or later.get("sector") in BODIES
    return _is_side(later) or body


def _same_organ(first: dict, later: dict) -> bool:
    """The same speaker again: "he", "it", the same head word ("the ministry" after "the
    Interior Ministry"), or its spokesman ("police ... a police spokesman", "the military ...
    military spokesman Brigadier X"); not another organ of the same state ("local officials"
    and "the army", "the separatist authorities" and "Ukraine's military")."""
    mine, theirs = _words_of(first), _words_of(later)
    if not mine or not theirs:
        return False
    if theirs == [theirs[-1]] and theirs[-1] in PRONOUNS:
        return True
    if mine[-1] == theirs[-1]:
        return True
    spoke_for = (theirs, mine[-1]), (mine, theirs[-1])
    return any(SPOKES & set(words) and head in words for words, head in spoke_for)


def _words_of(claimant: dict) -> list[str]:
    text = (claimant.get("text") or "").lower().replace("'s", "")
    return [w.strip(".,") for w in text.split() if w not in ("the", "a", "an")]


def _is_side(claimant: dict) -> bool:
    return claimant.get("kind") in SIDE_KINDS or _sector_group(claimant) is not None


def _sector_group(ref: dict) -> str | None:
    sector = ref.get("sector")
    if sector in STATE_SECTORS:
        return "state"
    if sector in ARMED_SECTORS:
        return "armed"
    return None


def _compatible_sides(doc: Doc, first: dict, later: dict) -> bool:
    """ "the planes" after "Russian jets": no other side (the country of a doer whose words
    name none is only the one a default gave it)."""
    span = doc.char_span(later["start"], later["end"], alignment_mode="expand")
    named = span is not None and any(
        t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE") for t in span
    )
    countries = first.get("country"), later.get("country")
    if named and all(countries) and countries[0] != countries[1]:
        return False
    groups = {_sector_group(first), _sector_group(later)}
    return len(groups - {None}) <= 1


def _differs(first: dict | None, later: dict | None) -> bool:
    if not first or not later:
        return False
    if not (first.get("name") and later.get("name")):  # a place no table knows: its words
        one, other = ((p.get("text") or "").lower() for p in (first, later))
        return bool(one and other) and one not in other and other not in one
    return first["name"] != later["name"]


def event_trigger(doc: Doc, event: dict) -> Token | None:
    start, end = event.get("trigger_start"), event.get("trigger_end")
    if start is None or end is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _opens_new_event(trigger: Token) -> bool:
    """ "Minutes later, mortar rounds landed ...", "another bomb", "killing five more"."""
    sentence = trigger.sent
    return any(t.lower_ in NEW_EVENT_WORDS for t in sentence if t.lower_ != "more") or any(
        t.lower_ == "more" and t.head.pos_ in ("NUM", "VERB") and t.i > trigger.i for t in sentence
    )


def _words_near(trigger: Token, wanted: frozenset[str]) -> bool:
    return any(t.lower_ in wanted for t in trigger.sent)


def _definite(doc: Doc, ref: dict) -> bool:
    """ "the gunmen", "The guerrillas", "the planes": a plain definite noun phrase."""
    start, end = ref.get("start"), ref.get("end")
    if start is None or end is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return span[0].lower_ in ("the", "these", "those") and span.root.pos_ == "NOUN"


def _definite_subject(trigger: Token) -> bool:
    """ "the shell had been fired from ...", "The attack, the third this month, ...", "the
    gunmen had lined the men up before opening fire": the act itself, or the subject of its
    clause (or of the clause it hangs from), is a definite noun or a pronoun pointing back."""
    if any(c.dep_ == "det" and c.lower_ in DEFINITE for c in trigger.children):
        return True
    if time_span_of(trigger):
        return True  # "died in six hours of fighting": how long the act told went on
    clause, steps = trigger, 0
    while steps < 4:
        for child in clause.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i != trigger.i:
                return child.lower_ in ("they", "it") or any(
                    d.dep_ == "det" and d.lower_ in DEFINITE for d in child.children
                )
        if clause.head.i == clause.i or clause.dep_ in ("ccomp", "ROOT"):
            return False
        clause, steps = clause.head, steps + 1
    return False


def _fold(doc: Doc, first: dict, event: dict) -> None:
    """What the follow-up adds to the first report."""
    trigger = event_trigger(doc, event)
    if names_the_means(first, event, trigger):
        first["type"] = event["type"]  # "... killed in a terrorist attack. The blast ..."
    first["type"] = type_by_added_toll(
        first["type"], event_trigger(doc, first), event.get("killed_low"), event.get("target")
    )
    for name in ("killed", "injured"):
        _fold_count(first, event, name, trigger)
    for role in ("target", "location"):
        told = event.get(role)
        if first.get(role) is None and told and (told.get("text") or "").lower() not in PRONOUNS:
            first[role] = told
    actor = event.get("actor")
    if first.get("actor") is None and actor and (actor.get("text") or "").lower() not in PRONOUNS:
        first["actor"] = actor


def _fold_count(first: dict, event: dict, name: str, trigger: Token | None) -> None:
    low, high = event.get(f"{name}_low"), event.get(f"{name}_high")
    if low is None:
        return
    keys = [f"{name}_{k}" for k in ("low", "best", "high", "open_ended")]
    if first.get(f"{name}_low") is None or (
        trigger is not None and _words_near(trigger, REVISING_WORDS)
    ):
        for key in keys:
            first[key] = event.get(key)
        return
    if trigger is not None and _words_near(trigger, ADDING_WORDS):
        first[f"{name}_low"] += low
        if first.get(f"{name}_best") is not None and event.get(f"{name}_best") is not None:
            first[f"{name}_best"] += event[f"{name}_best"]
        first_high = first.get(f"{name}_high")
        first[f"{name}_high"] = None if first_high is None or high is None else first_high + high
