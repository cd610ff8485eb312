"""Tolls that are not events: a war's running total, a yearly rate, a past war's toll, the deaths
of a disease or a disaster, a generic statistic (contract ``tolls``, table ``toll_claims``).

A word of dying ("kill", "die", "death", "toll", "claim ... lives", "perish") names a toll, not
an event, when its own clause says so:
- ``disease`` / ``disaster``: the cause is a disease or a natural or accidental disaster
  ("Malaria kills...", "a fire broke out, killing 20", "died of cholera");
- ``running_total``: "since 2011", "since the war began", "in over three years of fighting",
  "so far" with a war named, a war as the killer in the perfect ("the war has killed"), a
  death toll of a war or conflict ("the death toll in the conflict has risen to");
- ``historical``: a decade or a dated past war ("in the 1990s", "the 1994 genocide",
  "World War Two");
- ``periodic``: a rate or a period total ("a year", "every month", "annually", "so far this
  year");
- ``generic``: a cause that is no actor ("road accidents kill ...").
Checked in that order. Only the trigger's clause is read, so "the army shelled the town on
Monday, a war that has killed 400,000 since 2011" keeps the shelling as an event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from loaders.extraction.actors import resolve_actor
from loaders.extraction.dates import resolve_date
from loaders.extraction.events.casualties import count_of
from loaders.extraction.events.syntax import (
    clause_verb,
    lemma_of,
    prep_objects,
    subject_of,
    words,
)
from loaders.extraction.events.toll_figures import (
    number_span,
    toll_figure,
    victims_of,
    victims_text,
)
from loaders.extraction.events.toll_periods import (
    counted_total,
    in_total,
    is_rate,
    month_period,
    named_conflict,
    perfect_period,
    period_of,
    ranks_since,
    relative_antecedent,
    running,
    series_cause,
    series_total,
    span_text,
    war_in_phrase,
    years_named,
    years_of,
)
from loaders.extraction.events.toll_recalls import recalled_toll
from loaders.extraction.events.toll_verbs import (
    ACCIDENTS,
    LEFT_DEAD_VERBS,
    LIFE_VERBS,
    accident_cause,
    accident_clause,
    leaves_dead,
    names_lives,
)
from loaders.extraction.events.weapon_fire import without_weapon_fire
from loaders.extraction.mentions import ents_between
from loaders.extraction.quantities import Count
from loaders.extraction.referents import place_of

TOLL_LEMMAS = frozenset(
    {"kill", "die", "death", "toll", "perish", "fatality", "casualty", "murder", "killing",
     *LIFE_VERBS, *LEFT_DEAD_VERBS}
)  # fmt: skip
DISEASES = words(
    "malaria cholera ebola measles tuberculosis tb aids hiv covid covid-19 coronavirus virus "
    "flu influenza dengue polio typhoid meningitis plague pandemic epidemic outbreak disease "
    "diseases cancer diarrhoea diarrhea pneumonia mpox lassa fever hunger famine "
    "malnutrition starvation illness illnesses infection infections"
)
DISASTERS = words(
    "earthquake quake tsunami flood floods flooding storm storms cyclone hurricane typhoon "
    "tornado landslide landslides mudslide avalanche drought heatwave heat cold frost wildfire "
    "wildfires fire fires blaze eruption volcano monsoon rains snowstorm blizzard "
    "lightning crash collision derailment stampede crush sinking capsizing collapse"
)
ACCIDENT_VERBS = words(
    "capsize sink plunge collide derail overturn collapse topple veer flip skid"
)  # not "crash": "a truck was crashed into the crowd, killing 31" is an attack
GENERIC_CAUSES = words("smoking tobacco pollution alcohol obesity guns firearms overdoses")
WAR_WORDS = words(
    "war wars conflict conflicts insurgency uprising crisis violence revolution genocide "
    "fighting unrest turmoil rebellion occupation struggle standoff feud"
)
EMBEDDED_CLAUSES = frozenset({"ccomp", "conj", "parataxis", "relcl", "acl", "advcl", "xcomp"})
LONG_PERIOD = re.compile(  # "a decade-long war", "Lebanon's 15-year civil war"
    r"\b(?:decade|\d+ ?- ?year|years|decades) ?- ?long\b|\b\d+ ?- ?year\b"
)
STATISTIC_MIN = 100  # a count of a period this large is a statistic, not one event's toll
HISTORY_MIN = 50_000  # no one event of the news kills this many: a past war's or regime's toll
DECADE = re.compile(r"\b(?:1[89]|20)\d0s\b|\bworld war\b", re.IGNORECASE)
DATED_WAR = re.compile(
    r"\b(?:1[89]|20)\d\d(?:\s*-\s*\d{2,4})?\s+(?:war|genocide|conflict|famine|massacre|civil war)"
)


@dataclass
class RawToll:
    kind: str
    token: Token  # the word of dying
    sentence: Span
    count: Count | None
    count_span: tuple[int, int] | None  # character offsets of the number
    victims_text: str | None
    conflict_text: str | None
    country: str | None
    since_text: str | None
    period_text: str | None


def find_toll(token: Token, sentence: Span, accident: bool = False) -> RawToll | None:
    """The toll a word of dying states, or None when it names an event (or nothing);
    ``accident``: the word's frame is an accident's (events/accident_frames.py)."""
    lemma = lemma_of(token)
    if lemma not in TOLL_LEMMAS or token.pos_ not in ("VERB", "NOUN", "AUX"):
        return None
    if lemma == "death" and token.dep_ == "compound":
        return None  # "death toll": the toll is the head
    if lemma in LIFE_VERBS and not names_lives(token):
        return None  # "claimed / cost / took the lives of", not "claimed responsibility"
    if lemma in LEFT_DEAD_VERBS and not leaves_dead(token):
        return None  # only "left 6,000 people dead", "lost their lives"
    if token.dep_ == "pobj" and token.head.lower_ == "since" and token.tag_ != "CD":
        return None  # "Since the first killings, police have arrested ...": a starting point
    verb = clause_verb(token)
    scope = _scope(token, verb)
    for ranking in [t for t in scope if t.lower_ == "since" and ranks_since(t)]:
        scope -= set(ranking.head.subtree)  # "the worst massacre since independence in 1975"
    antecedent = relative_antecedent(verb, WAR_WORDS)
    if antecedent is not None:  # "a campaign ... in 2008 in which 200 people were killed"
        scope |= set(antecedent.subtree) - set(verb.subtree)
    texts = " ".join(t.text for t in sorted(scope, key=lambda t: t.i))
    cause = _cause(token) or accident_cause(token, DISASTERS | {"accident"})  # "in a car accident"
    cause_words = {lemma_of(t) for t in _phrase(cause)} | {t.lower_ for t in _phrase(cause)}
    cause_words = without_weapon_fire(cause_words, _phrase(cause))  # "exchange of fire"
    if token.dep_ == "advcl" and lemma_of(token.head) in ACCIDENT_VERBS:
        cause_words.add("crash")  # "a ferry capsized off Bangladesh, killing 58 passengers"
    if cause_words & ACCIDENTS and cause_words & words("explosion blast fire leak"):
        cause_words.add("crash")  # "a gas explosion at a coal mine killed 11 miners"
    if accident or accident_clause(token, cause_words):
        cause_words.add("crash")
    since = next(
        (
            t
            for t in scope
            if t.lower_ == "since" and t.dep_ in ("prep", "mark") and not ranks_since(t)
        ),
        None,
    )
    since_text = span_text(since) if since is not None else None
    war = antecedent or _war_word(token, verb, scope, cause)
    if war is None and cause is not None and lemma_of(cause) in WAR_WORDS:
        war = cause
    named_war = named_conflict(token, verb)
    period = period_of(scope)
    years = years_named(scope)
    victims = victims_of(token, verb)
    count = count_of(victims) if victims is not None else None
    if count is None and lemma in ("toll", "fatality", "death"):
        count = toll_figure(token, verb)
    large = count is not None and (count.low or count.high or 0) >= STATISTIC_MIN
    if cause_words & DISEASES:
        kind = "disease"
    elif (cause_words & DISASTERS or _one_accident(cause)) and not cause_words & WAR_WORDS:
        kind = "disaster"
    elif cause_words & GENERIC_CAUSES:
        kind = "generic"  # "landmines kill thousands each year"
    elif (
        DECADE.search(texts)
        or DATED_WAR.search(texts.lower())
        or (war is not None and LONG_PERIOD.search(texts.lower()))
    ):
        kind = "historical"
        period = period or _match_text(DECADE, texts) or _match_text(DATED_WAR, texts.lower())
    elif named_war is not None and count is not None and (count.low or 0) >= STATISTIC_MIN:
        kind = "historical"  # "about 3,000 people were killed during the Troubles"
        war = war or named_war
    elif since is not None:
        kind = "running_total"
    elif period is not None and (
        is_rate(scope)
        or war is not None
        or large
        or series_cause(cause)
        or (cause is None and count is not None and perfect_period(verb, period))
    ):
        kind = "periodic"  # "a year", "last year in Afghanistan's conflict"
    elif cause is None and large and month_period(scope) is not None:
        kind = "periodic"  # "some 1,990 civilians were killed in January"
        period = month_period(scope)
    elif years_of(scope):
        kind = "running_total" if war is not None else "generic"
    elif (
        running(token, verb, war, scope)
        or (antecedent is not None and in_total(scope))
        or counted_total(token, verb, cause, count)
        or series_total(verb, cause, count)
    ):
        kind = "running_total"
    elif large and war is not None and war_in_phrase(token, war):
        kind = "running_total"  # "more than 300 people have been killed in the violence"
    elif war is not None and war is cause and large and verb.tag_ == "VBD":
        kind = "historical"  # "the civil war, which lasted 15 years, killed 150,000 people"
    elif (
        count is not None
        and (count.low or count.high or 0) >= HISTORY_MIN
        and verb.tag_
        in (
            "VBD",
            "VBN",
        )
    ):
        kind = "historical"  # "the Khmer Rouge killed up to two million Cambodians"
    elif years and (war is not None or large or _unattributed_year_count(token, cause, count)):
        # "killed in Rwanda's genocide in 1994", "police killed 6,416 people in 2020": a
        # period total; the pipeline makes it historical when the years lie well before the
        # article's date
        kind = "periodic"
        period = " ".join(years)
    elif count is not None and (recalled := recalled_toll(token, verb, cause)) is not None:
        kind, period = recalled[0], recalled[1] or period  # "the 2019 attacks, which killed 51"
    else:
        return None
    return RawToll(
        kind=kind,
        token=token,
        sentence=sentence,
        count=count,
        count_span=number_span(victims, token, verb),
        victims_text=victims_text(victims),
        conflict_text=span_text(war) if war is not None else None,
        country=_country(war, sentence),
        since_text=since_text,
        period_text=period,
    )


def since_date(since_text: str | None) -> str | None:
    """ "since 2011" -> 2011-01-01, "since March 2011" -> 2011-03-01; relative phrases None."""
    if not since_text:
        return None
    resolved = resolve_date(since_text, None)
    return resolved.date.isoformat() if resolved is not None else None


def _scope(token: Token, verb: Token) -> set[Token]:
    """The clause's own words: the trigger's and the clause verb's dependents, without the
    clauses they embed (a relative clause's "since 2011" belongs to its own toll)."""
    scope: set[Token] = {verb}
    shared = [
        g
        for c in verb.children
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
        for g in c.children
        if g.dep_ in ("npadvmod", "advmod", "prep", "dobj")
    ]
    stack = [token, *[c for c in verb.children if c != token], *shared]
    while stack:
        node = stack.pop()
        if node != token and node.dep_ in EMBEDDED_CLAUSES and not _since_clause(node):
            continue
        scope.add(node)
        stack.extend(node.children)
    return scope


def _since_clause(node: Token) -> bool:
    return node.dep_ == "advcl" and any(
        m.lower_ == "since" for m in node.children if m.dep_ == "mark"
    )


def _phrase(token: Token | None) -> list[Token]:
    if token is None:
        return []
    return [t for t in token.subtree if t.dep_ not in ("relcl", "acl")][:8]


def _cause(token: Token) -> Token | None:
    """What killed: a verb's subject or "by X", "died of/from X", "deaths from X"."""
    lemma = lemma_of(token)
    if lemma in ("kill", "murder", "leave", *LIFE_VERBS):
        agents = [o for c in token.children if c.dep_ == "agent" for o in c.children]
        if agents:
            return agents[0]
        if any(c.dep_ == "nsubjpass" for c in token.children):
            return None
        subject = subject_of(token)
        if (
            subject is not None
            and subject.lower_ in ("that", "which")
            and token.dep_ == "relcl"
            and token.head.pos_ in ("NOUN", "PROPN")
        ):
            head = token.head
            outer = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else None
            if outer is not None and lemma_of(outer) in DISASTERS | DISEASES | WAR_WORDS:
                return outer  # "flooding in the country that has killed several people"
            return head  # "violence that has killed hundreds of people"
        return subject
    causes = prep_objects(token, ("of", "from", "in", "after"))
    if lemma == "die":
        return causes[0] if causes else None
    return next((c for c in causes if lemma_of(c) not in ("people", "civilian")), None)


def _war_word(token: Token, verb: Token, scope: set[Token], cause: Token | None) -> Token | None:
    for candidate in sorted(scope, key=lambda t: abs(t.i - token.i)):
        if lemma_of(candidate) in WAR_WORDS and candidate.pos_ in ("NOUN", "PROPN"):
            return candidate
    return None


def _match_text(pattern: re.Pattern[str], text: str) -> str | None:
    found = pattern.search(text)
    return found.group(0) if found else None


def _country(war: Token | None, sentence: Span) -> str | None:
    """The conflict's country: a place in the war's phrase ("Syria's war"), else the one
    country the sentence names."""
    if war is not None:
        for token in war.subtree:
            if token.pos_ not in ("PROPN", "ADJ"):
                continue
            place = place_of(token.text)
            if place is not None and place.country:
                return place.country
            actor = resolve_actor(token.text)  # "Syrian civil war", "Yemeni conflict"
            if actor is not None and actor.country:
                return actor.country
    countries = {
        place.country
        for ent in ents_between(sentence.doc, sentence.start, sentence.end)
        if ent.label_ in ("GPE", "PLACE", "LOC", "ACTOR")
        and (place := place_of(ent.text)) is not None
        and place.precision == "country"
    }
    return countries.pop() if len(countries) == 1 else None


def _unattributed_year_count(token: Token, cause: Token | None, count: Count | None) -> bool:
    """ "Ten journalists were killed in Mexico in 2018": victims counted over a whole year, with
    no doer and no cause, are that year's figure."""
    if count is None or cause is not None:
        return False
    if not any(c.dep_ == "nsubjpass" for c in token.children):
        return False
    if any(c.dep_ == "agent" for c in token.children):
        return False
    # "killed in an attack on a mosque": a noun that is no place or time may be the event
    return all(
        obj.ent_type_ in ("GPE", "LOC", "DATE") or obj.like_num
        for obj in prep_objects(token, ("in", "during", "at"))
    )


def _one_accident(cause: Token | None) -> bool:
    """ "killed in a car accident": one accident, a disaster toll ("road accidents kill 1.3
    million a year" is a statistic, read by the rate)."""
    return cause is not None and cause.lower_ == "accident"
