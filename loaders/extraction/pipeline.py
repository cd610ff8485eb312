"""The extractor: ``load_nlp`` builds the spaCy pipeline once, ``extract_batch`` runs it.

Pipeline: the English model (tagger, parser, NER) with ``wirehouse_norms`` first (so "IS" reads
as a name, not the verb), ``wirehouse_paragraphs`` before the parser, ``wirehouse_dictionary``
(lookup.py) before ``ner``: the actor and place dictionaries as token n-gram lookups (its ACTOR
and PLACE spans win over the model's guesses, e.g. "Islamic State" is one actor, not NORP +
noun), then
``wirehouse_claims`` and ``wirehouse_events`` (components.py), then, when enabled,
``wirehouse_event_check`` (event_classifier.py: a trained veto on the rules' asserted events).
Two stock components are replaced by stand-ins giving the same annotations faster (STAND_INS):
the attribute ruler's rules as table lookups (attribute_table.py) and the lemmatizer's answers
remembered per word form (lemma_table.py). Documents always go through ``nlp.pipe`` in batches.

Dates: an event's date phrase resolves against the article's ``published`` date (dates.py). An
event with no date phrase is dated to the article's date with precision "week" (date_text null):
a wire story reports the last few days, and this keeps every date on or before the article's
own. Without a published date, such events have no date.

Location: the place in the event's clause under a locative preposition (in, near, at...), else
such a place elsewhere in the sentence, else null; a country ("in northern Syria") gives way to a
town or province the sentence names. The dateline ("BEIRUT:") names the bureau that filed the
story (AFP covers Syria from Beirut), not where events happened (on the dev set it was wrong far
more often than right): only a wire item's lead that names no place and points nowhere else
takes a dateline city of the story's own country (events/dateline.py).
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from collections.abc import Iterator, Sequence
from typing import Any

from loaders.extraction import model  # noqa: F401 - sets BLAS threads before numpy loads
from loaders.extraction.contract import DocInput

EXTRACTOR_VERSION = "0.4.43"  # session 6: senses, modality, roles x2, sides, wire, attribution,
# recall, references; session 7: unrest, verb classes of modality, roles by frame, known events
# in passing, recall x2; session 8: modal scopes and trials (third modality round), the event's
# place in world copy, ordinary news that reads like war (representative sample), toll
# clauses linked to their attack, other wars (prefixed pasts, phrasal triggers, shoot-downs),
# targets and headline verbs; session 9: one event one report (story references), toll verbs
# and frames, recalled and accidental tolls, accidents, disasters and commemorations, recall
# shapes (weapons' fire, striking arms, set-off participles, past tenses read as modifiers,
# verbless tolls), event places from grammar (names a verb of assault on ground takes, named
# camps and sites, same-name towns by the story's country); session 10: false events mined from
# ordinary stories (arrests by states, governing dates, stopped and examined events, frames);
# stance scope mined from synthetic stories (negation, conditions, conjoined infinitives,
# obligation); news of five decades (old credits and datelines, states by every name and of
# their day, weapons made verbs, withdrawals, invasions); pronoun doers as what they take up,
# "the capital", namesake towns by the story's other places (doers round); mined misses (people
# pronouns as victims, fire aimed at people, indefinite events after "after", the dead before
# "after", beatings); session 11: real-news page furniture (repeated titles, publication
# lines), multi-day totals and present-passive holdings, fire of several weapons as one event,
# actors everywhere (peoples, parties, juntas, multi-word states), PARC attribution forms,
# capitals kept over namesake towns; session 12: the place of a speech and reporting bodies
# never the event's, a riot type, armed against armed as a battle, since/weeks-after as
# background, the world's small towns and first-level divisions; session 13: datelines,
# counter-versions and a toll's source in a joined clause, the strike named in a death verb's
# phrase, counts to date as totals, older wars' movements and aircraft, world-city namesakes
BATCH_SIZE = 32
# Stand-ins for stock components, same annotations by lookup (attribute_table.py, lemma_table.py)
STAND_INS = frozenset({"wirehouse_attributes", "wirehouse_lemmas"})
ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "SEP", "UAF", "IMG"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP"})
EVENT_KEYS = (
    "type", "plover_category", "plover_mode", "acled_event_type", "acled_sub_event_type",
    "actor", "target", "location", "date", "date_precision", "date_text", "killed_low",
    "killed_high", "injured_low", "injured_high", "claimant", "stance", "claim_index",
    "sentence_start", "sentence_end", "confidence",
)  # fmt: skip
# Contract keys whose rules may not fill them (yet): None when the event lacks them.
OPTIONAL_EVENT_KEYS = ("killed_best", "killed_open_ended", "injured_best", "injured_open_ended")


def load_nlp(event_check: bool | None = None) -> Any:
    """The wirehouse pipeline: the one place the model is chosen (see model.py).
    ``event_check``: add the trained event veto (None: ``event_classifier.enabled()``)."""
    from loaders.extraction import components, event_classifier, lookup  # noqa: F401 - factories
    from loaders.extraction.attribute_table import replace_ruler
    from loaders.extraction.lemma_table import replace_lemmatizer
    from loaders.extraction.verb_norms import model_past_norms
    from loaders.extraction.weapon_verbs import keep_whole, weapon_verb_norms

    nlp = model.load_model()  # the layers on numpy's BLAS (model.py)
    nlp.max_length = 5_000_000
    replace_ruler(nlp)  # the model's own rules and lemmas, by lookup (same annotations)
    replace_lemmatizer(nlp)
    keep_whole(nlp)  # "machine-gunned" one token
    norms = {**components.DEFAULT_NORMS, **model_past_norms(nlp)}  # "retook" reads as "took"
    norms |= weapon_verb_norms()  # "machine-gunned" reads as "shot"
    nlp.add_pipe("wirehouse_norms", first=True, config={"norms": norms})
    nlp.add_pipe("wirehouse_paragraphs", before="parser")
    nlp.add_pipe("wirehouse_dictionary", before="ner")
    nlp.add_pipe("wirehouse_claims", last=True)
    nlp.add_pipe("wirehouse_events", last=True)
    if event_classifier.enabled() if event_check is None else event_check:
        nlp.add_pipe(event_classifier.COMPONENT_NAME, last=True)
    _warm_up()
    # The lookup tables just loaded are hundreds of thousands of objects that live as long as
    # the process: out of the cyclic collector's sight, its full passes stop walking them.
    gc.freeze()
    return nlp


def added_components(nlp: Any) -> list[str]:
    """The components wirehouse adds to the stock model (not the stand-ins that do a stock
    component's work by lookup): disable these and the pipeline annotates as the model does."""
    return [n for n in nlp.pipe_names if n.startswith("wirehouse_") and n not in STAND_INS]


def _warm_up() -> None:
    """Load the dictionaries' lazy indexes now, not inside the first batch."""
    from loaders.extraction.referents import actor_of, place_of

    actor_of("Russia")
    place_of("Aleppo")
    place_of("Qaryat al-Warm-Up")  # an unknown name loads the city index too


def extract_batch(nlp: Any, docs: Sequence[DocInput], n_process: int = 1) -> list[dict]:
    """One contract result per input, in input order, through ``nlp.pipe``."""
    from loaders.extraction import components

    results: list[dict] = [{} for _ in docs]
    valid: list[tuple[str, int]] = []
    for index, doc in enumerate(docs):
        problem = _problem(doc)
        if problem:
            results[index] = {
                "id": doc.get("id") if isinstance(doc, dict) else None,
                "error": problem,
            }
        else:
            valid.append((doc["text"], index))
    piped = nlp.pipe(valid, as_tuples=True, batch_size=BATCH_SIZE, n_process=n_process)
    for parsed, index in piped:
        source = docs[index]
        published = _published(source.get("published"))
        history: list[dict] = []  # the tolls of events told as history
        results[index] = {
            "id": source["id"],
            "entities": parsed.user_data.get(components.ENTITIES_KEY, []),
            "claims": parsed.user_data.get(components.CLAIMS_KEY, []),
            "events": list(
                _finish_events(parsed, source["text"], published, history, source.get("title"))
            ),
            "tolls": [
                _dated_toll(t, published) for t in parsed.user_data.get(components.TOLLS_KEY, [])
            ]
            + history,
        }
    return results


HISTORICAL_YEARS = 2  # a period total of years this far before the article's is history
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _dated_toll(toll: dict, published: dt.date | None) -> dict:
    """A period total named by whole years ("in 1994", "between 1975 and 1979") is historical
    when the years lie well before the article's own date, a periodic statistic otherwise."""
    years = [int(y) for y in YEAR.findall(toll.get("period_text") or "")]  # not "40 seconds"
    if (
        toll["toll_kind"] == "periodic"
        and years
        and published is not None
        and max(years) <= published.year - HISTORICAL_YEARS
    ):
        return {**toll, "toll_kind": "historical"}
    return toll


def _problem(doc: Any) -> str | None:
    if not isinstance(doc, dict):
        return "input is not a JSON object"
    if not isinstance(doc.get("text"), str) or not doc["text"].strip():
        return "missing or empty text"
    if "id" not in doc or doc["id"] is None:
        return "missing id"
    return None


def _published(value: Any) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _finish_events(
    parsed: Any, text: str, published: dt.date | None, history: list[dict], title: str | None
) -> Iterator[dict]:
    from loaders.extraction import components
    from loaders.extraction.dates import resolve_date
    from loaders.extraction.events.repeated_titles import drop_title_copies
    from loaders.extraction.state_eras import event_as_of

    types = event_types()
    raws = parsed.user_data.get(components.EVENTS_KEY, [])
    for raw in drop_title_copies(raws, text, title):
        event = dict(raw)
        mapping = types[event["type"]]
        event.update(
            plover_category=mapping["plover_category"] or None,
            plover_mode=mapping["plover_mode"] or None,
            acled_event_type=mapping["acled_event_type"] or None,
            acled_sub_event_type=mapping["acled_sub_event_type"] or None,
        )
        _acled_by_actor(event)
        event_as_of(event, published)  # "Moscow said" in 1985: the Soviet Union
        resolved = resolve_date(event["date_text"], published) if event["date_text"] else None
        sentence = text[event["sentence_start"] : event["sentence_end"]]
        if _told_as_history(event["date_text"], resolved, published, sentence):
            # "in 1972, soldiers shot dead 13 marchers" in a 2015 story: background, its dead a
            # historical toll (asserted reports only: a denial or a threat counts no dead)
            if event["killed_low"] is not None and event["stance"] == "assert":
                history.append(_history_toll(event))
            continue
        if resolved is not None:
            event["date"], event["date_precision"] = resolved.date.isoformat(), resolved.precision
        elif published is not None:
            event["date"], event["date_precision"] = published.isoformat(), "week"
            event["date_text"] = None
        else:
            event["date"], event["date_precision"] = None, None
        yield {
            **{key: event[key] for key in EVENT_KEYS},
            **{key: event.get(key) for key in OPTIONAL_EVENT_KEYS},
        }


def _history_toll(event: dict) -> dict:
    """The contract toll row of an event told as history: its dead, victims, place's country,
    year and claim."""
    return {
        "toll_kind": "historical",
        "victims_text": (event["target"] or {}).get("text"),
        "killed_low": event["killed_low"],
        "killed_high": event["killed_high"],
        "killed_best": event.get("killed_best"),
        "open_ended": event.get("killed_open_ended"),
        "conflict_text": None,
        "country_iso3": (event["location"] or {}).get("country"),
        "since_date": None,
        "since_text": None,
        "period_text": event["date_text"],
        "count_start": None,
        "count_end": None,
        "sentence_start": event["sentence_start"],
        "sentence_end": event["sentence_end"],
        "claim_index": event["claim_index"],
        "claimant": event["claimant"],
    }


# "since the 2006 war", "the worst since 2009", "since the conflict began in 1992": the year
# dates something else
YEAR_OF_ANOTHER = re.compile(
    r"\b(?:since|after|before|until|following|than|from)\W+(?:\w+\W+){0,4}$", re.IGNORECASE
)


def _told_as_history(
    date_text: str | None, resolved: Any, published: dt.date | None, sentence: str
) -> bool:
    """An event dated by a whole year named in its sentence that lies HISTORICAL_YEARS or more
    before the article's date is history recalled, not news (as for period tolls)."""
    if resolved is None or published is None or not YEAR.search(date_text or ""):
        return False
    at = sentence.find(date_text or "")
    if at >= 0 and YEAR_OF_ANOTHER.search(sentence[max(0, at - 30) : at]):
        return False
    return resolved.date.year <= published.year - HISTORICAL_YEARS


def _acled_by_actor(event: dict) -> None:
    """ACLED sub-events that depend on who acted (documented in event_types.csv)."""
    actor, target = event["actor"] or {}, event["target"] or {}

    def is_state(ref: dict) -> bool:
        return ref.get("kind") == "state" or (
            bool(ref.get("country"))
            and ref.get("sector") in STATE_SECTORS
            and ref.get("kind") != "armed_group"
        )

    if event["type"] == "territory_capture" and is_state(actor):
        event["acled_sub_event_type"] = "Government regains territory"
    if event["type"] == "territory_loss" and target and is_state(target) and not is_state(actor):
        event["acled_sub_event_type"] = "Government regains territory"
    if event["type"] == "riot" and not (is_state(actor) or is_state(target)):
        event["acled_sub_event_type"] = "Mob violence"  # "a mob lynched two men": no authority
    if event["type"] == "killing" and (
        target.get("sector") in ARMED_SECTORS or target.get("kind") == "armed_group"
    ):
        event["acled_event_type"], event["acled_sub_event_type"] = "Battles", "Armed clash"


_TYPES: dict[str, dict[str, str]] | None = None


def event_types() -> dict[str, dict[str, str]]:
    """loaders/data/event_types.csv by type (PLOVER and ACLED equivalents, family)."""
    global _TYPES
    if _TYPES is None:
        import csv
        from pathlib import Path

        path = Path(__file__).resolve().parent.parent / "data" / "event_types.csv"
        with path.open(encoding="utf-8", newline="") as handle:
            _TYPES = {row["type"]: row for row in csv.DictReader(handle)}
    return _TYPES
