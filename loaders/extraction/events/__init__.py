"""Events: trigger words, their roles from the dependency parse, place, date and casualties.

Modules, one job each: ``triggers`` (the trigger book), ``senses`` (word senses that name no
violent event), ``non_events`` (triggers that name no event of their sentence) and ``states``
(wars told as states, vague series and trends, charges, habits, penalties), ``references``
(titles, names, links, settings, topics, stories and life histories that tell no event),
``modality``
(an event's stance: asserted, denied, threatened, planned, demanded, hypothetical, rumoured)
with ``frames`` (conditions as "in case", reports said not to exist), ``hearsay`` (reports
called false or left unconfirmed, impersonal hearsay, open questions), ``presupposed`` (the
act another answers or that is asked to end), ``eras`` (events of a past decade or century),
``repeats`` (deeds done again and again, places plagued by a kind of event), ``tolls``
(running totals and statistics, which are no events), ``toll_periods`` (the periods and
totals they count) and ``toll_figures`` (the victims and figures they count), ``roles``
(verbs), ``means`` (nouns) with ``noun_agents`` (who did or was aimed at by the act a noun
names), ``role_parts`` (what they share) and ``targets`` (type, actor, target from the parse),
``target_heads`` (what a target's words name), ``victim_types`` (a killing or a battle by whom
it hit), ``casualties``,
``place_date`` (where), ``event_dates`` (when), ``merging`` (one event per mention group),
``retold`` (counter-claims) and ``finder`` (the sentence loop).


A trigger (``loaders/data/event_triggers.yaml``) is a verb or noun lemma that names a type of
event ("strike", "seize", "killed"). Its roles come from the parse:
- verbs: actor = subject (the antecedent for "that/which", the head verb's subject for a
  participle or conjunct), target = object or "on/against X"; in the passive the subject is the
  target and "by X" the actor ("was killed by IS");
- nouns: actor = possessor, nationality or "by X" ("Russian strikes", "its raids", "strikes by
  Russian jets"), else the subject of the verb whose object it is ("French warplanes carried
  out new strikes"); target = "on/against X", or the object of the verb it is the subject of;
- a means noun that is the subject of an effect verb ("Strikes on Aleppo killed some 100
  militants", "raids that killed...", "killed by air strikes") is one event, of the noun's type,
  with the verb's object as target and casualties;
- territory: the object is the place taken, "from X" the side that lost it.
- "clashes between X and Y": X is the actor, Y the target; "clashed with Y": Y the target.
Planned, threatened, demanded, hypothetical, rumoured and negated events are kept with their
stance (modality.py); a war's running toll or a statistic is a toll row (tolls.py). Not emitted:
participles that describe someone ("groups fighting the government"), earlier events named to
date another ("after the Peshawar bombing"), aggregates ("a surge of bombings") and a page's
dated headline opening the text ("Sat Jul 26 2014 ISIL Terrorists Execute 50 ...": its story
tells the events again). Within a sentence, deaths are
the casualties of its other event ("bombed a post, killing 200 fighters", "22 killed in a car
bomb"), and two mentions of one event (same type, same or unknown actor) are merged.

Casualties: the victims of a killing (object, or passive subject) give ``killed``; "wounding"/
"injured" beside it give ``injured`` (rules in quantities.py). A killing with several counted
victim groups ("killing two senior field commanders and some 200 fighters") keeps the largest.

Confidence (0..1): 0.4, +0.2 for a verb trigger (a noun names an event less surely), +0.15 for
a named actor, +0.1 for a named target, +0.1 for a resolved place, +0.05 for a date phrase,
-0.1 when the type was inferred from context (a trigger whose type needs a cue), -0.1 when the
actor was carried over from an earlier event ("the raids", "the campaign"); within 0.05..0.95.
"""

from loaders.extraction.events.finder import find_events
from loaders.extraction.events.raw import RawEvent
from loaders.extraction.events.triggers import TRIGGERS_FILE, TriggerBook, load_triggers

__all__ = ["TRIGGERS_FILE", "RawEvent", "TriggerBook", "find_events", "load_triggers"]
