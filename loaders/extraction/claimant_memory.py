"""The speakers a document has had so far, for the claimants that name one again: "he"/"she"
(the last person who spoke, else the subject of the sentence before, else the last person
named), "it"/"they" (the last organisation, state or group), "the group", "the source" (the
organisation that spoke last), "the ministry" (the speaker whose phrase that noun headed), "the
Coalition" (an organisation named earlier with that head word). The half of ``Claimants`` that
remembers; ``Claimants`` (claimants.py) supplies ``doc``, ``referents``, ``lexicon``,
``spoken``, ``_personal`` and ``_remember``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from loaders.extraction.attribution_cues import Lexicon
from loaders.extraction.claim_spans import retexted
from loaders.extraction.referents import ACTOR_LABELS, Referents, actor_of, actor_ref, doc_ents

PERSONAL = frozenset({"he", "she", "him", "her"})
INSTITUTIONS = frozenset({"state", "organisation", "monitor", "armed_group"})
PARTITIVES = frozenset({"thousand", "hundred", "dozen", "million", "group", "number", "some"})


@dataclass
class Spoken:
    at: int  # token index of the speaker's head
    claimant: dict
    personal: bool
    lemma: str  # the head noun's lemma ("ministry")


class SpeakerMemory:
    doc: Doc
    referents: Referents
    lexicon: Lexicon
    spoken: list[Spoken]

    def _personal(self, head: Token, claimant: dict) -> bool:  # pragma: no cover - Claimants
        raise NotImplementedError

    def _remember(self, head: Token, claimant: dict, personal: bool) -> dict:  # pragma: no cover
        raise NotImplementedError

    def _pronoun(self, head: Token) -> dict:
        personal = head.lower_ in PERSONAL
        earlier = self._last(personal=personal)
        if earlier is None:
            earlier = self._named_before(head, personal)
        if earlier is None:
            return actor_ref(None, head.text, head.idx, head.idx + len(head.text))
        return self._remember(head, retexted(earlier, head), personal=personal)

    def _last(self, personal: bool, institutions: bool = False) -> dict | None:
        """The last speaker of that kind; ``institutions``: an organisation or a state, not a
        crowd ("the statement said" after "a resident said" is the ministry's)."""
        for spoken in reversed(self.spoken):
            if spoken.personal != personal or spoken.claimant["name"] is None:
                continue
            kind, country = spoken.claimant["kind"], spoken.claimant["country"]
            if institutions and not (kind in INSTITUTIONS or (kind == "agent" and country)):
                continue
            return spoken.claimant
        return None

    def _named_before(self, head: Token, personal: bool) -> dict | None:
        """No one of that kind spoke yet: the subject of the sentence before when it is an actor
        of that kind ("Thousands of farmers blocked roads. They said ..."), else the last
        person (or organisation) named before."""
        previous = self._previous_subject(head, personal)
        if previous is not None:
            return previous
        for ent in reversed(doc_ents(self.doc)):
            if ent.end > head.i or ent.label_ not in ACTOR_LABELS:
                continue
            if personal != (ent.label_ == "PERSON"):
                continue
            found = self.referents.actor(ent.root)
            if found["name"] is not None:
                return found
        return None

    def _previous_subject(self, head: Token, personal: bool) -> dict | None:
        sentence = head.sent
        if sentence.start == 0:
            return None
        before = self.doc[sentence.start - 1].sent
        subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON":
            return None
        if subject.lemma_.lower() in PARTITIVES:  # "Thousands of farmers": the farmers
            subject = next(
                (o for p in subject.children if p.lower_ == "of" for o in p.children), subject
            )
        plural = subject.tag_ in ("NNS", "NNPS")
        if personal and (plural or not self._personal(subject, {"kind": None})):
            return None
        collective = subject.ent_type_ in ("ORG", "NORP", "GPE")
        if not personal and head.lower_ in ("they", "them") and not plural and not collective:
            return None
        found = self.referents.actor(subject)
        return found if found["name"] is not None else None

    def _same_noun_spoke(self, head: Token) -> Spoken | None:
        """A bare definite noun ("the ministry", "the centre") that headed an earlier speaker's
        phrase names that speaker again."""
        determiner = next((c.lower_ for c in head.children if c.dep_ == "det"), None)
        if (
            determiner != "the"
            or head.pos_ != "NOUN"
            or any(c.dep_ in ("compound", "amod", "prep", "poss") for c in head.children)
        ):
            return None
        lemma = head.lemma_.lower()
        for spoken in reversed(self.spoken):  # "the source added" after "a medical source said"
            if spoken.lemma == lemma and spoken.claimant["text"]:
                return spoken
        return None

    def _same_noun_named(self, head: Token) -> dict | None:
        """ "the Coalition", "the ministry": a bare definite noun whose word heads an
        organisation named earlier in the text ("The Syrian Coalition", "the Ministry of
        Defence") is that organisation."""
        determiner = next((c.lower_ for c in head.children if c.dep_ == "det"), None)
        if determiner != "the" or head.pos_ not in ("NOUN", "PROPN"):
            return None
        if any(c.dep_ in ("compound", "amod", "prep", "poss", "appos") for c in head.children):
            return None
        lemma = head.lemma_.lower()
        for ent in reversed(doc_ents(self.doc)):
            if ent.end > head.i or ent.label_ not in ("ORG", "ACTOR") or len(ent) < 2:
                continue
            if ent.root.lemma_.lower() != lemma or ent.root.i == head.i:
                continue
            found = self.referents.actor(ent.root)
            if found["name"] is not None and found["kind"] != "person":
                return found
        return None

    def _spoke_as(self, lemma: str) -> dict | None:
        """The organisation or state an earlier speaker's phrase named with this noun."""
        for spoken in reversed(self.spoken):
            if spoken.lemma == lemma and spoken.claimant["name"] and not spoken.personal:
                return spoken.claimant
        return None

    def _anaphor(self, head: Token) -> bool:
        """ "the group said", "the source added": a definite generic noun names the last speaker."""
        determiner = next((c.lower_ for c in head.children if c.dep_ == "det"), None)
        # "the London-based Syrian opposition organisation": a body placed by its seat is one
        # met before, whatever else describes it
        based = any(t.lower_ == "based" or t.lower_.endswith("-based") for t in head.lefts)
        return (
            determiner in ("the", "this")
            and head.pos_ == "NOUN"
            and head.lemma_.lower() in self.lexicon.speaker_anaphors
            and not any(c.dep_ in ("prep", "acl") for c in head.children)
            and (based or not any(c.dep_ == "compound" for c in head.children))
            and all(
                self._same_country(c) for c in head.children if c.dep_ == "amod" and c.ent_type_
            )
        )  # "the London-based organisation" yes, "the Kurdish group" no

    def _same_country(self, demonym: Token) -> bool:
        """ "the Syrian opposition organisation" after a Syrian organisation spoke: the same."""
        earlier = self._last(personal=False, institutions=True)
        named = actor_of(demonym.text)
        return bool(earlier and named and named.country and named.country == earlier["country"])
