"""The scene of doers taken up from the sentence before: "Gunmen stormed a hotel in Mogadishu
on Sunday. They killed 12 guests"; "Suspected Boko Haram fighters rode into the village of
Kukawa. The attackers shot dead 40 farmers".

A sentence whose doers are a pronoun or a definite description taking up the doers of the
sentence before continues that sentence's story: when it names no place of its own, its event
happened where the sentence before put those doers (its finest place, when finer than a
country). Only the sentence right before is read, and only for an asserted event with no place
that is not the doers' own version ("The group said it had killed ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from loaders.extraction.events.place_date import best_place
from loaders.extraction.events.place_frames import placed
from loaders.extraction.events.syntax import words
from loaders.extraction.place_mentions import place_spans
from loaders.extraction.referents import Referents

# nouns of doers that a definite description takes up ("the attackers", "the militants")
DOER_NOUNS = words(
    "attackers assailants gunmen militants insurgents rebels guerrillas fighters militiamen "
    "raiders bandits jihadists extremists insurgent militant attacker assailant gunman "
    "soldiers troops men group militia"
)


def place_by_doer(doc: Doc, events: list[dict], referents: Referents) -> None:
    """Give, in place, placeless asserted events whose doers come from the sentence before the
    finest place of that sentence (module doc)."""
    sentences = list(doc.sents)
    starts = [s.start_char for s in sentences]
    for event in events:
        if event["location"] is not None or event["stance"] != "assert" or not event["actor"]:
            continue
        if _own_version(event):
            continue  # "The group said it had killed 60 soldiers": a side's version, placed as told
        number = _sentence_number(starts, event["sentence_start"])
        if number is None or number == 0:
            continue
        sentence, before = sentences[number], sentences[number - 1]
        if place_spans(sentence) or not _taken_up(event["actor"], sentence, before):
            continue
        spans = place_spans(before)
        if spans:
            place = placed(referents, best_place(spans, referents))
            if place.get("precision") != "country":  # a scene, not a whole state
                event["location"] = place


def _own_version(event: dict) -> bool:
    actor, claimant = event["actor"], event.get("claimant") or {}
    if claimant.get("start") is None or actor.get("start") is None:
        return False
    return claimant["start"] < actor["end"] and actor["start"] < claimant["end"]


def _sentence_number(starts: list[int], start: int) -> int | None:
    return starts.index(start) if start in starts else None


def _taken_up(actor: dict, sentence: Span, before: Span) -> bool:
    """The actor's words lie in the sentence before (a pronoun resolved to them), or are a
    definite description of doers ("The attackers") with no name of their own."""
    start = actor.get("start")
    if start is None:
        return False
    if before.start_char <= start < before.end_char:
        return True
    tokens = [t for t in sentence if start <= t.idx < (actor.get("end") or start)]
    if len(tokens) < 2 or tokens[0].lower_ != "the":
        return False
    return tokens[-1].lower_ in DOER_NOUNS and not any(t.pos_ == "PROPN" for t in tokens)
