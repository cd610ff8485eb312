"""Counter-claims: one event told again by another side, a sentence or two later.

"Ethiopian troops shelled the town of Adigrat on Monday, killing at least nine people, a local
hospital official said. The government said its forces had targeted rebel positions." The
second sentence is its own event report (its claimant, its target, its own sentence's place and
date words), of the same event: the same family, and the first report's actor when it names
only "its forces", "it" or "the government" (a side speaking of its own forces) or when it
denies, so the marts can put both reports in one incident (same family, actor, article date)
and show the dispute: who was hit, per whom. A denial that names no actor of its own denies the
denier's own act when the denier is a side of the war ("Moscow denied any involvement in the
raids", "Syria denied carrying out the attack"): the denier is its actor, so the denial stands
against the other side's report of the same strikes. Place and date are not copied across sentences:
an event's place and date phrase are words of its own sentence (offsets into it), except for a
denial that names no place of its own: "Russia denied the attack" denies the attack where it was
reported, so it takes that report's place (no offsets: the words are not in its sentence).
A side's own version told with a generic verb ("the junta said it had attacked a ceremony",
"Armenia denied firing at Ganja") is the strike it retells: it takes that strike's type.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from loaders.extraction.events.syntax import words

RETELL_WINDOW = 3  # sentences between a report and its retelling
OWN_SIDE_SECTORS = frozenset({"GOV", "MIL"})
SIDE_KINDS = frozenset({"state", "armed_group"})  # claimants that can deny their own strikes
# strikes from the air or by missile: what a state's forces do and its armed opponents rarely can
OWN_STRIKE_TYPES = frozenset({"air_strike", "missile_attack"})
ARMED_SECTORS = frozenset({"REB", "INS", "SEP", "RAD", "IMG", "UAF"})
# types a generic verb of attack gives ("attacked", "fired at", "killed"): a side's own version
# of a strike told with one of them is that strike
GENERIC_TYPES = frozenset({"armed_clash", "killing"})
STRIKE_FAMILY = "strike"
# the words of a side's actor that say it is the striker of the strike told before: a pronoun
# for the side ("it had attacked"), or the side's own weapons ("its artillery had killed")
RETELLING_ACTOR_WORDS = words(
    "it they its their jets warplanes aircraft planes drones helicopters artillery guns "
    "missiles rockets shells gunners pilots crews batteries tanks gunboats"
)


# a bare verb of striking ("struck", "hit", "targeted"), which the trigger table reads as an air
# strike unless its words say another kind
GENERIC_STRIKE_VERBS = frozenset({"strike", "hit", "target"})
MEANS_WORDS = words(
    "jets warplanes aircraft planes drones helicopters artillery guns missiles rockets shells "
    "mortars gunships"
)


def link_retellings(
    events: list[dict],
    sentence_numbers: Sequence[int],
    family_of: Callable[[str], str | None],
    claims: Sequence[dict] = (),
    fresh: Sequence[bool] = (),
) -> None:
    """Fill, in place, what a retelling leaves out from the report it retells (``claims``: the
    document's, to tell a side's denial from a negated event; ``fresh``: per event, whether its
    words introduce a new one, ``introduces``)."""
    for later, (event, number) in enumerate(zip(events, sentence_numbers, strict=True)):
        if event.get("claimant") is None or (later < len(fresh) and fresh[later]):
            continue
        if _denies_own_act(event):
            event["actor"] = dict(event["claimant"])
        _retype_sides_version(events, sentence_numbers, later, family_of)
        for earlier in range(later - 1, -1, -1):
            first, first_number = events[earlier], sentence_numbers[earlier]
            if number - first_number > RETELL_WINDOW:
                break
            if first_number == number or not _same_event(first, event, family_of):
                continue
            if _retells(event):
                _fill(event, first, _denied_by_claimant(event, claims))
            break


def _name(ref: dict | None) -> str | None:
    return ref.get("name") if ref else None


def _same_event(first: dict, event: dict, family_of: Callable[[str], str | None]) -> bool:
    if family_of(first["type"]) != family_of(event["type"]) or first["stance"] not in (
        "assert",
        "deny",
    ):
        return False
    if _name(first.get("claimant")) == _name(event["claimant"]):
        return False  # the same side telling more, not another side's version
    if event.get("date_text") and first.get("date_text") != event["date_text"]:
        return False
    here, there = event.get("location"), first.get("location")
    return not (here and there and here.get("name") != there.get("name"))


def _denies_own_act(event: dict) -> bool:
    """ "Russia denied carrying out raids there": a side denies an act it names no actor for."""
    claimant = event["claimant"]
    side = claimant.get("kind") in SIDE_KINDS or (
        claimant.get("sector") in OWN_SIDE_SECTORS and claimant.get("country") is not None
    )
    return (
        event["stance"] == "deny"
        and event.get("actor") is None
        and claimant.get("name") is not None
        and side
    )


def _own_side(event: dict) -> bool:
    """ "its forces", "it", "the government" in a government's or an army's own version."""
    actor, claimant = event.get("actor"), event["claimant"]
    return (
        actor is not None
        and not actor.get("country")
        and (actor.get("name") is None or actor.get("sector") in OWN_SIDE_SECTORS)
        and claimant.get("sector") in OWN_SIDE_SECTORS
    )


def _retells(event: dict) -> bool:
    """A report that names no actor of its own (or only its own side's forces), or a denial,
    retells an earlier one; a report with its own named actor is another event."""
    return event.get("actor") is None or _own_side(event) or event["stance"] == "deny"


def _retype_sides_version(
    events: list[dict],
    sentence_numbers: Sequence[int],
    later: int,
    family_of: Callable[[str], str | None],
) -> None:
    """ "Myanmar jets bombed a gathering, witnesses said. The junta said it had attacked a
    ceremony of the PDF": the striker's own version, told with a generic verb by the striker's
    side, of the strike reported just before is that strike (its type), when it places it
    nowhere else."""
    event, number = events[later], sentence_numbers[later]
    generic = event["type"] in GENERIC_TYPES or (
        event.get("trigger_lemma") in GENERIC_STRIKE_VERBS and not _names_means(event)
    )  # "its forces had struck positions": a bare verb of striking names no kind of strike
    if not generic or event["stance"] not in ("assert", "deny"):
        return
    # "its artillery", "the gunners" with no state of their own words: the speaker's forces
    side = _country(event.get("actor")) or (
        _country(event["claimant"])
        if event["stance"] == "deny" or _retelling_actor(event)
        else None
    )
    claimant = event["claimant"]
    if side is None or claimant.get("country") != side:
        return
    if event["stance"] == "assert" and not _retelling_actor(event):
        return
    for earlier in range(later - 1, -1, -1):
        first = events[earlier]
        if number - sentence_numbers[earlier] > RETELL_WINDOW:
            return
        if sentence_numbers[earlier] == number or first["stance"] != "assert":
            continue
        if family_of(first["type"]) != STRIKE_FAMILY or _country(first.get("actor")) != side:
            continue
        here, there = event.get("location"), first.get("location")
        if _name(first.get("claimant")) != _name(claimant) and not (
            here and there and here.get("name") != there.get("name")
        ):
            event["type"] = first["type"]
        return


def _country(ref: dict | None) -> str | None:
    return ref.get("country") if ref else None


def _retelling_actor(event: dict) -> bool:
    actor, claimant = event.get("actor") or {}, event.get("claimant") or {}
    if actor.get("start") is not None and actor.get("start") == claimant.get("start"):
        return True  # "The junta said it had attacked": the pronoun coded as the speaker
    words = (actor.get("text") or "").lower().split()
    # "it", "its jets", "their guns", "its forces": a side speaking of its own
    return bool(words) and (words[-1] in RETELLING_ACTOR_WORDS or words[0] in ("its", "their"))


def _names_means(event: dict) -> bool:
    """ "its jets struck", "its artillery hit": the actor's words say what kind of strike."""
    words = ((event.get("actor") or {}).get("text") or "").lower().split()
    return bool(set(words) & MEANS_WORDS)


def _denied_by_claimant(event: dict, claims: Sequence[dict]) -> bool:
    """ "Russia denied the attack", not "the attack will not go unpunished": a denial cue."""
    index = event.get("claim_index")
    return index is not None and index < len(claims) and claims[index]["stance"] == "deny"


def _fill(event: dict, first: dict, denied_by_claimant: bool = False) -> None:
    if denied_by_claimant and not event.get("location") and first.get("location"):
        # "Russia's defence ministry denied the attack": where the attack was reported
        event["location"] = {**first["location"], "start": None, "end": None}
    actor = event.get("actor")
    own_side = _own_side(event)
    first_actor = first.get("actor")
    if (actor is None or own_side) and first_actor and first_actor.get("country"):
        event["actor"] = {**first_actor, "text": actor.get("text") if actor else None}
        if actor is not None:
            event["actor"].update(start=actor.get("start"), end=actor.get("end"))
        else:
            event["actor"].update(start=None, end=None)


def own_unnamed_strike(event: dict) -> str | None:
    """ "The air strikes destroyed ISIS vehicles and killed a number of terrorists, a military
    source told SANA": a state's military or government telling of air or missile strikes on an
    armed group without naming who struck tells of its own forces' strikes. The country of that
    state (the event's actor), else None."""
    claimant, target = event.get("claimant"), event.get("target")
    if event.get("actor") is not None or event["stance"] != "assert":
        return None
    if event["type"] not in OWN_STRIKE_TYPES or not claimant or not target:
        return None
    if claimant.get("sector") not in OWN_SIDE_SECTORS or not claimant.get("country"):
        return None
    return claimant["country"] if target.get("sector") in ARMED_SECTORS else None
