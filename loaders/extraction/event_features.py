"""Features of one candidate event for the trained veto (event_classifier.py), read from the
parse the pipeline already made: nothing is parsed again.

A candidate is a raw event dict of ``doc.user_data[EVENTS_KEY]`` (components._event): its
type, stance, trigger offsets, sentence span, roles, date words and confidence. The features
are strings (a sparse binary vector); the model weighs the ones it saw in training and ignores
the others. They describe what the rules' false events have in common (README "False events
mined from ordinary stories"): the trigger's sense (its lemma with its object, subject and
modifiers), the tense, aspect and mood of the trigger and of the verbs that govern it, the
clause it sits in (a "when", "since", "after" clause; a relative clause; the object of a speech
verb), the time words of its sentence (years, decades, "last year", "ago"), anniversaries and
trials, statistics, riots and police, its place in the document (the first sentence, a
follow-up of an earlier event of its family), the rules' own reading (roles, count, claimant,
confidence) and the words of its sentence and around its trigger.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from spacy.tokens import Doc, Span, Token

MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should", "must", "shall"})
MARKERS = frozenset(
    {"when", "since", "after", "before", "following", "if", "unless", "as", "while", "until",
     "because", "though", "although", "whether", "despite", "amid", "during", "without"}
)  # fmt: skip
SPEECH = frozenset(
    {"say", "tell", "report", "claim", "add", "state", "announce", "confirm", "deny", "accuse",
     "warn", "recall", "remember", "believe", "think", "know", "fear", "estimate", "allege",
     "note", "describe", "insist", "argue", "explain", "acknowledge", "admit", "write", "call",
     "urge", "vow", "threaten", "promise", "condemn", "blame", "suggest", "show", "reveal"}
)  # fmt: skip
CUES = {
    "history": {"anniversary", "memorial", "commemorate", "commemoration", "mark", "remember",
                "history", "historic", "decade", "century", "era", "legacy", "ago", "former",
                "once", "previous", "past", "earlier", "recall"},
    "court": {"trial", "court", "verdict", "sentence", "convict", "charge", "accuse", "judge",
              "prosecutor", "tribunal", "guilty", "jail", "prison", "investigation", "inquiry"},
    "statistic": {"total", "tally", "toll", "average", "percent", "per", "annual", "rise",
                  "increase", "number", "figure", "record", "statistic", "estimate", "so",
                  "far", "least", "than", "more", "since", "overall", "year", "month"},
    "unrest": {"riot", "rioter", "protest", "protester", "protestor", "demonstrator",
               "demonstration", "police", "crowd", "tear", "gas", "rubber", "disperse",
               "march", "rally", "unrest", "strike", "union", "worker", "student"},
    "ongoing": {"continue", "ongoing", "war", "conflict", "campaign", "insurgency", "fight",
                "battle", "struggle", "drag", "long", "years", "months", "still"},
    "modality": {"plan", "threat", "threaten", "warn", "vow", "demand", "call", "urge", "fear",
                 "risk", "possible", "potential", "deal", "agreement", "ceasefire", "truce",
                 "halt", "stop", "end", "prevent", "avoid"},
}  # fmt: skip
YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
DECADE = re.compile(r"\b(?:1[5-9]|20)\d0s\b")
RELATIVE_TIMES = {
    "last_year": re.compile(r"\blast (?:year|decade|century)\b", re.I),
    "ago": re.compile(r"\b(?:years?|decades?|centur(?:y|ies)|months?) ago\b", re.I),
    "since_year": re.compile(r"\bsince (?:the )?(?:1[5-9]|20)\d\d", re.I),
    "in_year": re.compile(r"\b(?:in|of) (?:1[5-9]|20)\d\d\b", re.I),
    "so_far": re.compile(r"\bso far\b|\bto date\b|\bthis year\b", re.I),
    "a_year": re.compile(r"\b(?:a|per|each|every) (?:year|month|week|day)\b", re.I),
    "weekday": re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"),
    "recent": re.compile(r"\b(?:yesterday|today|tonight|overnight|this (?:morning|week))\b", re.I),
    "earlier": re.compile(r"\bearlier (?:this|in the)\b|\blast (?:week|month)\b", re.I),
}
WINDOW = 4  # tokens each side of the trigger whose lemmas are features


_FAMILIES: dict[str, str] = {}


def family(event_type: str) -> str:
    """The type's family (loaders/data/event_types.csv, the one table that defines them)."""
    if not _FAMILIES:
        from loaders.extraction.pipeline import event_types

        _FAMILIES.update((name, row["family"]) for name, row in event_types().items())
    return _FAMILIES.get(event_type, "other")


def event_features(doc: Doc, events: list[dict[str, Any]], index: int) -> list[str]:
    """The feature strings of ``events[index]`` (the document's raw events, in order)."""
    event = events[index]
    span = doc.char_span(event["sentence_start"], event["sentence_end"], alignment_mode="expand")
    trigger = _trigger(doc, event)
    if span is None or trigger is None:
        return [f"type={event['type']}", "no_parse"]
    found = [f"type={event['type']}", f"fam={family(event['type'])}"]
    found += _rules_reading(event)
    found += _sense(trigger)
    found += _verb_chain(trigger)
    lemmas = {token.i: _lemma(token) for token in span}  # read once: the costly part
    found += _time_words(span.text)
    found += _cues(span, trigger, lemmas)
    found += _document_place(doc, span, events, index)
    found += _words(span, trigger, lemmas)
    return found


def _lemma(token: Token) -> str:
    """The token's lemma, lower case (its own words when the pipeline made no lemma)."""
    return token.lemma_.lower() or token.lower_


def _trigger(doc: Doc, event: dict[str, Any]) -> Token | None:
    start, end = event.get("trigger_start"), event.get("trigger_end")
    if start is None or end is None:
        return None
    found = doc.char_span(start, end, alignment_mode="expand")
    return found.root if found is not None and len(found) else None


def _rules_reading(event: dict[str, Any]) -> list[str]:
    """What the rules filled in: roles, counts, date words, claimant, confidence."""
    found = [f"conf={round(float(event.get('confidence') or 0) * 10)}"]
    for role in ("actor", "target"):
        ref = event.get(role) or {}
        found.append(f"{role}_kind={ref.get('kind') or 'none'}")
        found.append(f"{role}_named={ref.get('name') is not None}")
    found.append(f"place={bool((event.get('location') or {}).get('name'))}")
    found.append(f"killed={event.get('killed_low') is not None}")
    found.append(f"claimed={event.get('claimant') is not None}")
    date_text = event.get("date_text") or ""
    found.append(f"dated={'year' if YEAR.search(date_text) else bool(date_text)}")
    return found


def _sense(trigger: Token) -> list[str]:
    """The trigger's lemma with the words that fix its sense."""
    lemma = _lemma(trigger)
    found = [f"trig={lemma}", f"trig_pos={trigger.pos_}", f"trig_dep={trigger.dep_}"]
    for child in trigger.children:
        dep = child.dep_
        if dep in ("compound", "amod", "dobj", "nsubj", "nsubjpass", "agent", "poss", "npadvmod"):
            found.append(f"trig_{dep}={_lemma(child)}")
            found.append(f"{lemma}_{dep}={_lemma(child)}")
            if dep.startswith("nsubj") and child.ent_type_:
                found.append(f"subj_ent={child.ent_type_}")
        elif dep == "prep":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            found.append(f"{lemma}_prep={_lemma(child)}")
            found += [f"{lemma}_{_lemma(child)}={_lemma(g)}" for g in objects]
    if trigger.pos_ in ("NOUN", "PROPN"):
        head = trigger.head
        found.append(f"noun_head={_lemma(head)}")
        found.append(f"{lemma}_head={_lemma(head)}")
        if head.dep_ == "prep":
            found.append(f"noun_prep={_lemma(head)}")
    return found


def _governors(trigger: Token) -> Iterator[Token]:
    """The trigger, then each head up to the root."""
    token, seen = trigger, 0
    while seen < 12:
        yield token
        if token.head.i == token.i:
            return
        token, seen = token.head, seen + 1


def _verb_chain(trigger: Token) -> list[str]:
    """Tense, aspect and mood of the trigger and of its governing verbs; the clause markers and
    dependency labels on its path to the root; the root verb."""
    found: list[str] = []
    for depth, token in enumerate(_governors(trigger)):
        where = "trig" if depth == 0 else "gov"
        if token.pos_ in ("VERB", "AUX") or depth == 0:
            found.append(f"{where}_tag={token.tag_}")
            for aux in token.children:
                word = aux.lower_
                if aux.dep_ in ("aux", "auxpass"):
                    if word == "had":
                        found.append(f"{where}_pluperfect")
                    elif word in ("has", "have"):
                        found.append(f"{where}_perfect")
                    elif word in MODALS:
                        found.append(f"{where}_modal={word}")
                    elif aux.tag_ == "TO":
                        found.append(f"{where}_infinitive")
                    elif aux.lemma_ == "be" and token.tag_ == "VBG":
                        found.append(f"{where}_progressive")
                elif aux.dep_ == "neg":
                    found.append(f"{where}_negated")
                elif aux.dep_ in ("mark", "advmod") and word in MARKERS:
                    found.append(f"mark={word}")
        if depth and token.lower_ in MARKERS and token.dep_ in ("prep", "mark", "advmod"):
            found.append(f"mark={token.lower_}")
        if token.dep_ in ("advcl", "relcl", "ccomp", "xcomp", "acl", "pcomp", "pobj", "conj"):
            found.append(f"path_dep={token.dep_}")
        if token.dep_ == "ROOT":
            lemma = _lemma(token)
            found.append(f"root={lemma}")
            found.append(f"root_is_trigger={depth == 0}")
            if depth and lemma in SPEECH:
                found.append("root_speech")
    return found


def _time_words(sentence: str) -> list[str]:
    found = [f"time_{name}" for name, pattern in RELATIVE_TIMES.items() if pattern.search(sentence)]
    years = [int(y) for y in YEAR.findall(sentence)]
    if years:
        found.append(f"year_before_2000={min(years) < 2000}")
        found.append(f"year_decade={min(years) // 10 * 10}")
        found.append(f"years={min(len(years), 3)}")
    if DECADE.search(sentence):
        found.append("decade_named")
    return found


def _cues(span: Span, trigger: Token, lemmas: dict[int, str]) -> list[str]:
    """Which cue lists the sentence's lemmas meet, and whether near the trigger."""
    found = []
    for token in span:
        lemma = lemmas[token.i]
        near = abs(token.i - trigger.i) <= WINDOW
        for name, words in CUES.items():
            if lemma in words:
                found.append(f"cue_{name}")
                if near:
                    found.append(f"cue_{name}_near")
    numbers = sum(token.like_num for token in span)
    found.append(f"numbers={min(numbers, 3)}")
    return found


def _document_place(doc: Doc, span: Span, events: list[dict[str, Any]], index: int) -> list[str]:
    """The sentence's place in the document and the events before it."""
    event = events[index]
    opening = next((t.sent for t in doc if not t.is_space), None)
    first = opening is not None and opening.end_char > span.start_char
    same = family(event["type"])
    earlier = [e for e in events[:index] if e["sentence_start"] < event["sentence_start"]]
    found = [f"first_sentence={first}", f"earlier_events={min(len(earlier), 3)}"]
    found.append(f"earlier_same_family={any(family(e['type']) == same for e in earlier)}")
    together = sum(e["sentence_start"] == event["sentence_start"] for e in events)
    found.append(f"events_in_sentence={min(together, 3)}")
    return found


def _words(span: Span, trigger: Token, lemmas: dict[int, str]) -> list[str]:
    """Lemmas and lemma bigrams of the sentence; lemmas and bigrams around the trigger."""
    words = {t.i: "#" if t.like_num else lemmas[t.i] for t in span}
    sentence = [words[t.i] for t in span if not t.is_punct]
    found = [f"w={lemma}" for lemma in set(sentence)]
    found += [f"b={a}_{b}" for a, b in set(zip(sentence, sentence[1:], strict=False))]
    start, end = max(span.start, trigger.i - WINDOW), min(span.end, trigger.i + WINDOW + 1)
    near = [words[i] for i in range(start, end)]
    found += [f"n={lemma}" for lemma in set(near)]
    found += [f"nb={a}_{b}" for a, b in set(zip(near, near[1:], strict=False))]
    return found
