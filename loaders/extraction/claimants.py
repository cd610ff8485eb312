"""Who a claim's source is: an actor, never a date, a place, a number or a stray fragment.

Resolution goes through ``Referents.actor`` (the actors module's resolver with the document's
memory), so a claimant carries its country, sector and kind. On top of it, what only speech
knows:
- the author behind a statement or a spokesperson ("a statement from X said", "X's spokesman
  said", "a spokesman for X");
- pronouns as sources: "he"/"she" are the last person who spoke (else the last person named),
  "it"/"they" the last organisation, state or group that spoke (else the last one named);
  "the group", "the agency", "the source" are the organisation that spoke last;
- a named person speaking for an organisation or a state is claimed for it ("Lieutenant Igor
  Makushev of the Russian General Staff" -> Russia; "Homs Governor Talal Barazi" -> Syria when
  Syria is named in the article); the person's words stay in the claimant's ``text``;
- a country named as the speaker is its state ("Kenya says ..."), whether or not the actor
  dictionary lists it;
- a date, time or number opening the speaker's phrase (datelines, "Date of publication ...") is
  cut off; a speaker that is only a date, a number or a town is no claimant (``text`` null).
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc, Span, Token

from loaders.extraction.actors import Actor, load_dictionary
from loaders.extraction.attribution_cues import Lexicon, load_lexicon
from loaders.extraction.claim_spans import (
    identity_of,
    is_dateish,
    named_as,
    phrase_tokens,
    retexted,
    standing_for,
    trim_junk,
)
from loaders.extraction.claimant_memory import PERSONAL, SpeakerMemory, Spoken
from loaders.extraction.claimant_states import capital_state, country_state, seat_state
from loaders.extraction.claims import RawClaim
from loaders.extraction.referents import (
    ACTOR_LABELS,
    EVENT_NOUNS,
    PLACE_LABELS,
    Referents,
    actor_of,
    actor_ref,
    doc_ents,
    ent_at,
    is_named,
    noun_phrase,
    place_of,
    stateless_people,
)

WORLD_COUNTRIES = Path(__file__).resolve().parent.parent / "data" / "world" / "countries.csv"
IMPERSONAL = frozenset({"it", "they", "them"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP"})
NO_SOURCE: dict = actor_ref(None, None, None, None)


class Claimants(SpeakerMemory):
    """The claimants of one document, resolved in text order (each remembers who spoke)."""

    def __init__(self, doc: Doc, referents: Referents, lexicon: Lexicon | None = None) -> None:
        self.doc = doc
        self.referents = referents
        self.lexicon = lexicon or load_lexicon()
        self.spoken: list[Spoken] = []
        self.speaks_for: dict[str, dict] = {}  # person's name -> whom they speak for

    def resolve(self, speaker: Token | None) -> dict | None:
        """The claimant of a speaker token; None when the token cannot be a source at all."""
        if speaker is None:
            return dict(NO_SOURCE)
        head = self._author(speaker)
        if is_dateish(head):
            return None  # a date or a number parsed as the subject: no attribution
        lower = head.lower_
        if head.pos_ == "PRON" and lower in PERSONAL | IMPERSONAL:
            return self._pronoun(head)
        if lower in ("i", "we", "you"):
            return None  # a speaker inside a quotation: the quotation's own claim covers it
        if head.lemma_.lower() in EVENT_NOUNS:
            return dict(NO_SOURCE)  # "the attack ..., adding that": a parse slip, not a source
        same = self._same_noun_spoke(head)  # "the ministry said" after "the Defence Ministry"
        if same is not None:
            return self._remember(head, retexted(same.claimant, head), personal=same.personal)
        named = self._same_noun_named(head)  # "the Coalition added" after "The Syrian Coalition"
        if named is not None:
            return self._remember(head, retexted(named, head), personal=False)
        if self._anaphor(head):
            earlier = self._last(personal=False, institutions=True)
            if earlier is not None:
                return self._remember(head, retexted(earlier, head), personal=False)
        country = self._country_named(head)  # "Kenya says", "Sri Lanka says"
        if country is not None:
            return self._remember(head, country, personal=False)
        known_as = named_as(head)  # "the group known as the Observatory"
        # an unnamed civil organ ("the Defense Ministry") speaks for the state whose organ spoke
        # just before ("Russia's military said ..."); unnamed forces ("the army") stay the war's
        unnamed = actor_of(noun_phrase(head).text)
        civil = unnamed is not None and unnamed.kind == "agent" and unnamed.sector == "GOV"
        prior = self._state_that_spoke_before(head) if civil else None
        claimant = self.referents.actor(known_as or head, prior, as_speaker=True)
        if known_as is not None:
            words = noun_phrase(head)
            claimant.update(text=words.text, start=words.start_char, end=words.end_char)
        if head.i != speaker.i and speaker.left_edge.i <= head.i:
            # "the army's spokesman", "a statement from the ministry": the author, in these words
            words = self.doc[speaker.left_edge.i : max(head.right_edge.i, speaker.i) + 1]
            claimant.update(text=words.text, start=words.start_char, end=words.end_char)
        trim_junk(self.doc, claimant, head)
        personal = self._personal(head, claimant)  # before a person is claimed for a body
        seat = self._seat_state(head, claimant)  # "the defence ministry in Moscow"
        if seat is not None:
            claimant = seat
        elif claimant["name"] is None:
            claimant = self._place_or_nothing(head, claimant)
        elif claimant["kind"] == "agent" and not claimant["country"]:
            claimant = self._home_official(head, claimant)
        elif claimant["kind"] == "person":
            known = self.speaks_for.get(claimant["name"])
            if known is not None:  # "Barazi said" after "Homs Governor Talal Barazi said"
                claimant = {**claimant, **known}
            else:
                person_name = claimant["name"]
                claimant = self._affiliation(head, claimant)
                self.speaks_for[person_name] = identity_of(claimant)
        return self._remember(head, claimant, personal=personal)

    # --- who speaks for whom ------------------------------------------------------------------

    def _author(self, speaker: Token) -> Token:
        """The speaker behind "a statement from X", "X's spokesman", "a spokesman for X"."""
        lemma = speaker.lemma_.lower()
        if lemma not in self.lexicon.statement_nouns | self.lexicon.spokesperson_nouns:
            return speaker
        if ent_at(speaker) is not None and ent_at(speaker).label_ == "PERSON":
            return speaker
        for child in speaker.children:
            if is_dateish(child):
                continue  # "Monday's statement said": the statement speaks, unnamed
            if child.dep_ == "poss" and child.lower_ not in ("its", "their", "his", "her"):
                return child
            if child.dep_ == "prep" and child.lower_ in ("by", "from", "of", "for"):
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        compounds = [c for c in speaker.children if c.dep_ in ("compound", "amod")]
        if compounds and lemma in self.lexicon.statement_nouns:
            return compounds[-1]  # "a Guards statement"
        if lemma in self.lexicon.statement_nouns and speaker.dep_ == "dobj":
            issuer = next((c for c in speaker.head.children if c.dep_ == "nsubj"), None)
            if issuer is not None:  # "the army issued a statement saying ..."
                return issuer
        return speaker

    def _affiliation(self, head: Token, claimant: dict) -> dict:
        """A person who speaks for an organisation or a state is claimed for it."""
        person = ent_at(head)
        phrase = phrase_tokens(head)
        title = self._title_sector(head, person) or claimant["sector"]
        for ent in doc_ents(self.doc):
            if ent.label_ not in ACTOR_LABELS or (person is not None and ent == person):
                continue
            adjacent = person is not None and ent.end == person.start and ent.label_ != "PERSON"
            if ent.start not in phrase and not adjacent:  # "the head of the Observatory Rami X"
                continue
            actor = actor_of(ent.text) or country_state(ent.text)  # "Spain's Defense Minister"
            if not is_named(actor) or actor is None or actor.kind == "person":
                continue
            if actor.kind != "state" or title in STATE_SECTORS:  # not "Syrian Kurd activist"
                return standing_for(actor, claimant)
        for token in (self.doc[i] for i in sorted(phrase)):  # "militia spokesman X"
            if token.dep_ == "compound" and token.pos_ == "NOUN" and token.i < head.i:
                earlier = self._spoke_as(token.lemma_.lower())
                if earlier is not None:
                    return {**claimant, **identity_of(earlier)}
        for token in (self.doc[i] for i in sorted(phrase)):  # "head of the monitor group"
            if token.dep_ in ("pobj", "appos") and token.i != head.i and token.pos_ == "NOUN":
                found = self.referents.actor(token)
                if found["name"] and found["kind"] in ("state", "monitor", "organisation"):
                    return {**claimant, **identity_of(found)}
        sector = claimant["sector"] or title
        if claimant["country"] and sector in STATE_SECTORS:
            state = self.referents.state_of(claimant["country"])
            if state is not None:
                return standing_for(Actor(state.name, state.country, sector, "state"), claimant)
        return claimant

    def _country_named(self, head: Token) -> dict | None:
        """A speaker phrase that is only a country's name is that country's state."""
        ent = ent_at(head)
        words = noun_phrase(head)
        if ent is None or ent.label_ not in ("GPE", "PLACE", "ORG", "ACTOR"):
            return None
        if ent.text.lower() != words.text.lower().removeprefix("the "):
            return None
        state = country_state(ent.text)
        if state is None:
            return None
        known = actor_of(ent.text)
        if known is not None and known.kind == "state":
            state = known  # the dictionary's own name and sector
        return actor_ref(state, words.text, words.start_char, words.end_char)

    def _seat_state(self, head: Token, claimant: dict) -> dict | None:
        """ "the defence ministry in Moscow": a state body placed in a state's seat is that
        state's, whatever the article's home state."""
        if claimant["sector"] not in STATE_SECTORS or claimant["kind"] not in ("agent", "state"):
            return None
        owner = seat_state(head)
        if owner is None:
            return None
        return standing_for(Actor(owner.name, owner.country, claimant["sector"], "state"), claimant)

    def _home_official(self, head: Token, claimant: dict) -> dict:
        """ "the defence ministry in Moscow": that state's; "an official source" in a war story:
        the home state's."""
        if claimant["sector"] not in STATE_SECTORS:
            return claimant
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return claimant  # "the foreign ministries of four world powers": theirs, unresolved
        if any(stateless_people(c) for c in head.children if c.dep_ in ("amod", "compound")):
            return claimant  # "a senior Kurdish commander": a people's, not the home state's
        for token in head.subtree:
            if token.dep_ == "pobj" and token.head.head.i == head.i:
                owner = actor_of(token.text)
                if owner is not None and owner.kind == "state":
                    return standing_for(
                        Actor(owner.name, owner.country, claimant["sector"], "state"), claimant
                    )
        # "Russia's military said ... The Defense Ministry statement said ...": the state whose
        # organ spoke in the sentence before speaks on, before the war's home state is guessed
        prior = self._state_that_spoke_before(head) if claimant["sector"] == "GOV" else None
        state = prior or self.referents.home_state()
        if state is None:
            return claimant
        return standing_for(Actor(state.name, state.country, claimant["sector"], "state"), claimant)

    def _state_that_spoke_before(self, head: Token) -> Actor | None:
        if not self.spoken:
            return None
        last = self.spoken[-1]
        spoken_at = self.doc[last.at].sent.start
        sentences_between = sum(1 for s in self.doc.sents if spoken_at < s.start <= head.i)
        country = last.claimant["country"]
        if sentences_between > 1 or last.claimant["sector"] not in STATE_SECTORS or not country:
            return None
        return self.referents.state_of(country) or load_dictionary().states.get(country)

    def _title_sector(self, head: Token, person: Span | None) -> str | None:
        """ "Homs Governor Talal Barazi": the sector of the title before the name."""
        start = person.start if person is not None else head.i
        for token in self.doc[noun_phrase(head).start : start]:
            actor = actor_of(token.text) if token.pos_ in ("NOUN", "PROPN") else None
            if actor is not None and actor.kind == "agent" and actor.sector:
                return actor.sector
        return None

    def _place_or_nothing(self, head: Token, claimant: dict) -> dict:
        """A country speaks as its state; a town is no speaker (its noun phrase's owner may be)."""
        ent = ent_at(head)
        if ent is None:
            return claimant
        state = country_state(ent.text)
        if state is not None:
            return standing_for(state, claimant)
        place = place_of(ent.text)
        if place is None or ent.label_ not in PLACE_LABELS:
            return claimant
        capital = capital_state(place)  # "Bogota insisted": the government seated there
        if capital is not None and ent.text.lower() == noun_phrase(head).text.lower():
            return standing_for(capital, claimant)
        if head.dep_ == "pobj" and head.head.head.pos_ in ("NOUN", "PROPN"):
            owner = head.head.head  # "residents in Aleppo said": the residents speak
            found = self.referents.actor(owner)
            if found["text"]:
                return found
        return dict(NO_SOURCE)

    def _personal(self, head: Token, claimant: dict) -> bool:
        if claimant["kind"] == "person" or head.ent_type_ == "PERSON":
            return True
        if head.pos_ == "PROPN":  # "Abu Mohammad al-Golani, a commander of al-Nusra"
            titles = [c for c in head.children if c.dep_ in ("appos", "compound")]
            return any(self._person_noun(t) for t in titles)
        return self._person_noun(head)

    def _person_noun(self, token: Token) -> bool:
        return token.tag_ == "NN" and token.lemma_.lower() in self.lexicon.person_nouns

    def _remember(self, head: Token, claimant: dict, personal: bool) -> dict:
        self.spoken.append(Spoken(head.i, claimant, personal, head.lemma_.lower()))
        if claimant["name"] is not None:
            kind = claimant["kind"] or "agent"
            self.referents.last_speaker = Actor(
                claimant["name"], claimant["country"], claimant["sector"], kind
            )
        return claimant


def resolve_claims(doc: Doc, raw: list[RawClaim], referents: Referents) -> list[dict]:
    """Contract claims in text order; a speaker that cannot be a source drops its claim."""
    claimants = Claimants(doc, referents)
    claims = []
    seen: set[int] = set()
    sourced = {(c.start, c.end) for c in raw if c.speaker is not None}
    for claim in sorted(raw, key=lambda c: c.cue_start):
        if claim.cue_start in seen:
            continue
        nested = claim.start <= doc[claim.cue_start].idx < claim.end  # "X is understood to
        # favour ..., officials said": the unsourced cue is inside what the officials say
        if claim.speaker is None and (claim.start, claim.end) in sourced and not nested:
            continue  # "responded in a statement posted online that ...": one claim, sourced
        claimant = claimants.resolve(claim.speaker)
        if claimant is None:
            continue
        seen.add(claim.cue_start)
        cue = doc[claim.cue_start : claim.cue_end]
        claims.append(
            {
                "claimant": claimant,
                "cue": cue.text,
                "cue_start": cue.start_char,
                "cue_end": cue.end_char,
                "stance": claim.stance,
                "start": claim.start,
                "end": claim.end,
            }
        )
    return claims
