"""Who and where a span of an article refers to: actor and place references with offsets.

Wraps ``resolve_actor`` and ``geocode`` (the dictionaries) with what only the document knows:
- a person ("Lieutenant Igor Makushev") is named as such; the country and sector come from the
  actor or nationality beside the name ("of the Russian General Staff" -> RUS, MIL);
- "he", "she", "it", "they" as a speaker are the previous speaker;
- "its fighters", "their main weapons depot" belong to the sentence's speaker, else to the
  nearest actor named before;
- "the Observatory", "the Guards" (a shortened name) are the actor named in full earlier;
- "a monitoring group" is the one monitor named in the article; "the jihadist group", "the
  militant group", "the jihadists" are the armed group named last.
- "the ministry said", "the agency quoted" are the organisation named in full earlier;
- "IS targets", "ISILs positions" are the group that owns them; "the General Staff of the Armed
  Forces of the Russian Federation" is Russia's (an agent of the state in the "of" phrase);
- unnamed soldiers ("soldiers were executed", sector MIL without a country) belong to the
  article's home state: the country most of its places lie in (Syria, in a Syrian war story).
These are cheap, local rules, not coreference resolution: they can be wrong, and say so with a
lower event confidence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from loaders.extraction import name_phrases as phrases
from loaders.extraction.actors import Actor, load_dictionary
from loaders.extraction.antecedents import pronoun_antecedent, taken_up
from loaders.extraction.doc_memo import remembered
from loaders.extraction.home_country import home_country
from loaders.extraction.mentions import (
    ACTOR_LABELS,
    NAMED_KINDS,
    PLACE_LABELS,
    TITLE_WORDS,
    actor_of,
    actor_ref,
    doc_ents,
    ent_at,
    ents_between,
    is_named,
    noun_phrase,
    place_of,
    place_ref,
)
from loaders.extraction.name_phrases import stateless_people  # claimants import it from here
from loaders.extraction.patrons import patron_side
from loaders.extraction.people import PeopleMixin, titled_name
from loaders.extraction.place_namesakes import story_place
from loaders.extraction.quotes import in_quotation
from loaders.extraction.referent_words import (
    CIVIL_ORGANS,
    EVENT_NOUNS,
    GROUP_HEADS,
    HOMEGROWN,
    MONITOR_HEADS,
    OWN_BODY_SECTORS,
    POSSESSIVES,
    PRONOUNS,
    QUANTIFIERS,
    UNOWNED_AIRCRAFT,
)

__all__ = [  # the mentions helpers are imported from here by events, claims and components
    "ACTOR_LABELS",
    "NAMED_KINDS",
    "PLACE_LABELS",
    "TITLE_WORDS",
    "Referents",
    "actor_of",
    "actor_ref",
    "doc_ents",
    "ent_at",
    "is_named",
    "noun_phrase",
    "place_of",
    "place_ref",
]


def _named_actors(doc: Doc) -> tuple[tuple[int, Actor], ...]:
    found = [(e.start, actor_of(e.text)) for e in doc_ents(doc) if e.label_ in ACTOR_LABELS]
    return tuple((at, a) for at, a in found if is_named(a) and a is not None and a.kind != "person")


class Referents(PeopleMixin):
    """Resolution with the memory of one document (what was named before, who spoke last)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.named: list[tuple[int, Actor]] = []  # (token index, actor) of named mentions
        self.last_speaker: Actor | None = None
        self._home: tuple[Actor | None] | None = None
        self.people: list[tuple[str, Actor]] = []  # (words, actor) of persons resolved so far
        self.named.extend(remembered(doc, "named_actors", lambda: _named_actors(doc)))  # once

    # --- actors ---------------------------------------------------------------------------

    def actor(self, head: Token, speaker: Actor | None = None, as_speaker: bool = False,
              as_doer: bool = False) -> dict:  # fmt: skip
        """The actor a phrase headed by ``head`` names (ACTOR dict); ``as_speaker``: a claim's
        source (an apposition may name it); ``as_doer``: an event's doer (antecedents.py)."""
        if as_doer and (antecedent := pronoun_antecedent(head)) is not None:
            return taken_up(self, head, *antecedent, speaker)  # "The junta said it had"
        head = phrases.clause_antecedent(head) or head  # "Militants ... killed 65 as they attacked"
        span = noun_phrase(head)
        core = self.doc[span.start : head.i + 1]
        found = self._resolve(head, span, core, speaker)
        if found is not None:
            found = phrases.demonym_country(found, core)
        if found is not None and found.kind == "state" and phrases.generic_state_word(core):
            home = self.home_state()  # "the regime forces" in a story from Bahrain: Bahrain's
            if home is not None and home.country != found.country:
                found = Actor(home.name, home.country, found.sector, "state")
        # a state's spokesman speaking of unnamed forces speaks of its own (see components.py)
        state_speaker = speaker is not None and speaker.sector in ("MIL", "GOV") and speaker.country
        if (
            found is not None
            and found.kind == "agent"
            and found.sector == "MIL"
            and not found.country
            and not state_speaker
            and not any(stateless_people(t) for t in core if t.dep_ in ("amod", "compound"))
            and head.lemma_.lower() not in UNOWNED_AIRCRAFT  # "a drone struck": whose, unsaid
        ):
            home = self.home_state()  # "soldiers were executed": the war's own state's soldiers
            if home is not None:
                found = Actor(home.name, home.country, "MIL", "state")
        elif found is not None and found.kind == "agent" and found.sector in CIVIL_ORGANS:
            found = self._own_organ(found, speaker)
        elif found is not None and found.kind == "agent" and found.sector in HOMEGROWN:
            home = None if found.country else self.home_state()  # "gunmen killed 14 villagers"
            if home is not None:
                found = Actor(found.name, home.country, found.sector, "agent")
        if is_named(found) and found is not None and len(span) > 1:
            self.people.append((span.text, found))  # "Rami Abdel Rahman of the Observatory"
        if not is_named(found):
            # "One of those groups, Liwa Suqour al-Jabal, said": the apposition names it.
            for child in head.rights:
                if child.dep_ == "appos" and (as_speaker or not phrases.speaks_next(child)):
                    named = self._resolve(child, noun_phrase(child), self._core(child), speaker)
                    if is_named(named):
                        appos = noun_phrase(child)
                        return actor_ref(named, appos.text, appos.start_char, appos.end_char)
        return actor_ref(found, span.text, span.start_char, span.end_char)

    def _resolve(self, head: Token, span: Span, core: Span, speaker: Actor | None) -> Actor | None:
        lower = head.lower_
        if lower in PRONOUNS and head.pos_ == "PRON":
            if lower in ("it", "they") and in_quotation(head):
                return None  # quoted speakers say "we": "they came back and struck," a doctor said
            if lower in ("it", "they") and speaker is not None and speaker.kind != "person":
                return speaker  # "the army said it had struck", "the rebels said they had"
            return self.last_speaker if lower in ("he", "she", "it", "they") else speaker
        if lower in ("that", "which", "who") and head.dep_.startswith("nsubj"):
            verb = head.head
            for _ in range(3):  # "a campaign which Moscow says is targeting...": up to the noun
                if verb.dep_ == "relcl":
                    noun = verb.head
                    if noun.dep_ == "appos":  # "the Vanuatu Liberation Army, an army of ..., which"
                        noun = noun.head
                    return self._resolve(noun, noun_phrase(noun), self._core(noun), speaker)
                if verb.head.i == verb.i:
                    break
                verb = verb.head
            return None
        if (name := phrases.named_as(head)) is not None:  # "a group known as the Guerreros Unidos"
            found = self._resolve(name, noun_phrase(name), self._core(name), speaker)
            if is_named(found):
                return found
        ents = ents_between(self.doc, span.start, span.end)
        persons = [e for e in ents if e.label_ == "PERSON" and not phrases.agent_word(e)]
        if not persons:
            titled = titled_name(span)  # "Lieutenant Igor Makushev", missed by the model
            if titled is not None:
                persons = [titled]
                ents = [*ents, titled]
        if not persons and head.pos_ == "PROPN":
            earlier = self._earlier_person(core.text)  # "Salem" the model took for a town
            if earlier is not None:
                return earlier
        person_at_head = next((e for e in persons if e.start <= head.i < e.end), None)
        if person_at_head is not None or (persons and head.lower_ in TITLE_WORDS):
            found = self._person(person_at_head or persons[0], span, ents)
            return self._described(found, head, speaker)
        patroned = patron_side(head, core)  # "the Saudi-led coalition", "Russian-backed rebels"
        if patroned is not None:
            return patroned
        # names up to the head first ("Russian warplanes"); names after it ("rebel groups other
        # than IS", "one of its generals") only when the words up to the head say nothing
        ents = [e for e in ents if not phrases.based_on(e)]  # "the London-based Observatory"
        leading = [e for e in ents if e.start <= head.i]
        trailing = [e for e in ents if e.start > head.i]
        coordinated = phrases.coordinated_sides(core)  # "Eritrean and Ethiopian troops": the first
        if coordinated is not None:
            return coordinated
        group = phrases.group_after_of(head, span)  # "Kurdish militants of the PKK": the PKK
        if group is not None:
            return group
        found = self._named_in(leading, head, core)
        if found is not None:
            return phrases.owned_by_state(found, head)
        actor = actor_of(core.text)
        if actor is not None and phrases.name_of_its_own(actor, head, span, core):
            actor = None  # "The Union of Idlib Medical Relief" is no labour union
        if actor is None:
            found = self._named_in(trailing, head, core)
            if found is not None:
                return found
        elif actor.kind == "agent" and not actor.country:
            # "the General Staff of the Armed Forces of the Russian Federation": a state's organ
            of_ents = [e for e in trailing if phrases.under_of(self.doc[e.start], head)]
            found = self._named_in(of_ents, head, core)
            if found is not None and found.kind == "state":
                return Actor(found.name, found.country, actor.sector, "state")
            tied = phrases.tied_whole(head, span)  # "Forces loyal to Khalifa Haftar"
            if tied is not None:
                return tied
        actor = actor or actor_of(span.text)
        if actor is None or not is_named(actor):
            modified = self._modifier_actor(head)  # "IS targets", "ISILs positions"
            if modified is not None:
                return modified
        if actor is None:
            organ = phrases.state_organ(head)  # "The Russian Coordination Center"
            if organ is not None:
                return organ
        owner = next((t for t in core if t.lower_ in POSSESSIVES and t.dep_ == "poss"), None)
        if owner is None and (head.pos_ == "NUM" or head.lower_ in QUANTIFIERS):
            # "one of its generals": the generals belong to whoever "its" is
            owner = next((t for t in span if t.lower_ in POSSESSIVES and t.dep_ == "poss"), None)
        if owner is not None:
            possessor = (
                self._clause_subject(head, speaker)
                or (
                    speaker
                    if owner.lower_ == "our" or phrases.side_speaks(owner, speaker)
                    else None
                )
                or self._named_in_sentence_before(owner, speaker)
                or (
                    None if phrases.impersonal(owner, speaker) else speaker
                )  # "its targets," he said
                or self.before(head.i)
            )
            if possessor is not None and (actor is None or not is_named(actor)):
                if actor is not None and actor.sector in OWN_BODY_SECTORS - {possessor.sector}:
                    return Actor(actor.name, possessor.country, actor.sector, actor.kind)
                return possessor
        if actor is None or not is_named(actor):
            generic = self._generic(head, core, actor)
            if generic is not None:
                return generic
        return actor

    def _modifier_actor(self, head: Token) -> Actor | None:
        if head.pos_ != "NOUN":
            return None
        for child in head.children:
            if child.dep_ not in ("compound", "poss", "nmod") or child.lower_ in POSSESSIVES:
                continue
            words = self.doc[child.left_edge.i : child.i + 1].text
            candidates = [words]
            if len(words) > 2 and words.endswith("s") and words[:-1].isupper():
                candidates.append(words[:-1])  # "ISILs positions" (apostrophe lost)
            for text in candidates:
                actor = actor_of(text)
                if is_named(actor):
                    return actor
        return None

    def _named_in(self, ents: list[Span], head: Token, core: Span) -> Actor | None:
        for candidate in sorted(ents, key=lambda e: (not (e.start <= head.i < e.end), -e.end)):
            if candidate.label_ in ACTOR_LABELS:
                actor = actor_of(candidate.text)
                if actor is not None and (is_named(actor) or candidate.end - 1 == head.i):
                    actor = phrases.outer_demonym(actor, candidate, ents)  # "Bosnian Croat"
                    return self._owned_by_core(actor, core)
        return None

    def _named_in_sentence_before(self, owner: Token, speaker: Actor | None) -> Actor | None:
        """ "IS has never been so close..., and this is its biggest advance": the last actor named
        earlier in the sentence, other than the speaker and the clause's own subject."""
        sentence = owner.sent
        subject_tokens: set[int] = set()
        verb = owner.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for child in verb.children:
            if child.dep_.startswith("nsubj"):
                subject_tokens |= {t.i for t in child.subtree}
        for at, actor in reversed(self.named):
            earlier = sentence.start <= at < owner.i and at not in subject_tokens
            if earlier and (speaker is None or actor.name != speaker.name):
                return actor
        return None

    def _own_organ(self, organ: Actor, speaker: Actor | None) -> Actor:
        """Unnamed police, officials, courts are the speaking official's state, else the state
        the article's places lie in ("police killed three gunmen in Garissa", said the Kenyan
        president; "the government said" in a story from Haiti)."""
        if organ.country:
            return organ
        official = speaker is not None and speaker.sector in ("GOV", "MIL", "COP")
        country = speaker.country if official and speaker is not None else None
        state = (load_dictionary().states.get(country) if country else None) or self.home_state()
        if state is None:
            return organ
        return Actor(state.name, state.country, organ.sector, "state")

    def home_state(self) -> Actor | None:
        """The state whose territory the article's places lie in most often; without places,
        the state the article names most ("Haitian teachers", "Kenya said")."""
        if self._home is None:
            country = remembered(self.doc, "home_country", lambda: home_country(self.doc))
            state = self.state_of(country) or load_dictionary().states.get(country or "")
            self._home = (state,)
        return self._home[0]

    def state_of(self, country: str | None) -> Actor | None:
        """The state with this country code, as named in the article."""
        for _, actor in self.named:
            if actor.kind == "state" and actor.country == country:
                return actor
        return None

    def _clause_subject(self, head: Token, speaker: Actor | None) -> Actor | None:
        """ "Paris launched its first raids": "its" is the subject of the phrase's own clause."""
        if head.dep_ == "poss":
            head = head.head  # "its" itself: the phrase it sits in
        if head.dep_ != "dobj":
            return None
        verb = head.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i == head.i or subject.lower_ in POSSESSIVES:
            return None
        if subject.lemma_.lower() in EVENT_NOUNS:
            return None  # "Russian strikes destroyed their depot": strikes own nothing
        if subject.lower_ in PRONOUNS:
            return speaker if subject.lower_ in ("it", "they", "we") else None
        found = self._resolve(subject, noun_phrase(subject), self._core(subject), speaker)
        return found if is_named(found) else None

    def _core(self, head: Token) -> Span:
        return self.doc[noun_phrase(head).start : head.i + 1]

    def _owned_by_core(self, actor: Actor, core: Span) -> Actor:
        # "Russian warplanes": the entity is "Russian" but the phrase says more (MIL).
        whole = actor_of(core.text)
        if whole is not None and whole.country == actor.country and whole.name == actor.name:
            return whole
        return actor

    def _generic(self, head: Token, core: Span, actor: Actor | None) -> Actor | None:
        words = {t.lower_ for t in core} | {t.lemma_.lower() for t in core}
        determiner = next((t.lower_ for t in core if t.dep_ == "det"), None)
        based = any(t.lower_ == "based" or t.lower_.endswith("-based") for t in core)
        if words & MONITOR_HEADS or ("group" in words and ("monitoring" in words or based)):
            monitors = {a.name: a for _, a in self.named if a.kind == "monitor"}
            if len(monitors) == 1:
                return next(iter(monitors.values()))
        if determiner == "the" and (
            head.lemma_.lower() in GROUP_HEADS or head.lower_ in GROUP_HEADS
        ):
            return self.before(head.i, kinds=("armed_group",))
        # "the Observatory", "the Guards": a shortened name of an actor named before.
        if head.pos_ == "PROPN" or head.text[:1].isupper():
            for _, named in reversed(self.named):
                if head.text.lower() in named.name.lower().split():
                    return named
        # "the ministry said", "the agency quoted": the phrase that named it in full before
        if determiner in ("the", "this") and head.pos_ == "NOUN":
            for text, earlier in reversed(self.people):
                if head.lower_ in text.lower().split() and earlier.kind != "person":
                    return earlier
        return None

    def before(self, index: int, kinds: tuple[str, ...] | None = None) -> Actor | None:
        """The last named actor mentioned before token ``index``."""
        for at, actor in reversed(self.named):
            if at < index and (kinds is None or actor.kind in kinds):
                return actor
        return None

    # --- places ---------------------------------------------------------------------------

    def place(self, ent: Span) -> dict:
        place = story_place(self.doc, ent.text)  # a namesake of the story's country
        return place_ref(place, ent.text, ent.start_char, ent.end_char)
