"""People in an article: a person's country and sector from the words around the name, and
the same person again by a part of the name ("Mr Otieno", "Otieno")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from loaders.extraction.actors import Actor
from loaders.extraction.mentions import (
    ACTOR_LABELS,
    PLACE_LABELS,
    TITLE_WORDS,
    actor_of,
    ent_at,
    noun_phrase,
    place_of,
)


class PeopleMixin:
    """The person half of ``Referents`` (which supplies ``doc``, ``people`` and ``home_state``)."""

    doc: Doc
    people: list[tuple[str, Actor]]

    def home_state(self) -> Actor | None:  # pragma: no cover - provided by Referents
        raise NotImplementedError

    def _person(self, person: Span, span: Span, ents: list[Span]) -> Actor:
        # "Abdel Rahman" after "Rami Abdel Rahman of ...", "Mr Otieno" after "Peter Otieno"
        name = " ".join(w for w in person.text.split() if w.lower().rstrip(".") not in TITLE_WORDS)
        for text, earlier in reversed(self.people):
            if name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                return earlier
        found = self._new_person(person, span, ents)
        self.people.append((span.text, found))
        return found

    def _earlier_person(self, text: str) -> Actor | None:
        """A person named in full before, now by a part of the name ("Ruto", "Mr Salem")."""
        name = " ".join(w for w in text.split() if w.lower().rstrip(".") not in TITLE_WORDS)
        if not name or not name[:1].isupper():
            return None
        for _text, earlier in reversed(self.people):
            full = earlier.name
            same = full.endswith(" " + name) or full.startswith(name + " ")
            if earlier.kind == "person" and full != name and same:
                return earlier
        return None

    def _described(self, person: Actor, head: Token, speaker: Actor | None) -> Actor:
        """ "Peter Otieno, the Kenyan president": the apposition gives a country and sector that
        the name alone lacks, for this mention and the later ones ("Mr Otieno")."""
        if person.country or person.kind != "person":
            return person
        for child in head.rights:
            if child.dep_ != "appos":
                continue
            described = actor_of(noun_phrase(child).text)
            if described is not None and described.country:
                found = Actor(person.name, described.country, described.sector, "person")
                self.people = [(t, found if a == person else a) for t, a in self.people]
                return found
        return person

    def _new_person(self, person: Span, span: Span, ents: list[Span]) -> Actor:
        known = actor_of(person.text)
        if known is not None and known.kind == "person" and known.country:
            return known
        country = sector = None
        for ent in ents:
            if ent == person or ent.label_ not in ACTOR_LABELS:
                continue
            other = actor_of(ent.text)
            if other is not None and other.country:
                country, sector = other.country, other.sector
                break
        titles = [
            t.text
            for t in span
            if t.lower_ in TITLE_WORDS and not (person.start <= t.i < person.end)
        ]
        titles += [t.text for t in person if t.lower_ in TITLE_WORDS]
        # the organisation's sector wins ("of the Russian General Staff": MIL); else the title's,
        # a military rank first ("spokesman General Igor Konashenkov": MIL)
        title_sectors = [a.sector for a in map(actor_of, titles) if a is not None and a.sector]
        if sector is None and title_sectors:
            sector = "MIL" if "MIL" in title_sectors else title_sectors[0]
        if country is None:
            whole = actor_of(span.text)
            if whole is not None:
                country, sector = whole.country, sector or whole.sector
        if country is None:  # "Homs Governor Talal Barazi": the place he governs
            for ent in ents:
                place = place_of(ent.text) if ent.label_ in PLACE_LABELS else None
                if place is not None and place.country and ent.end <= person.start:
                    country = place.country
                    break
        first = next((t for t in person if t.lower_ not in TITLE_WORDS), person[0])
        name = self.doc[first.i : person.end].text
        return Actor(name=name, country=country, sector=sector, kind="person")


def titled_name(span: Span) -> Span | None:
    """Capitalised words right after a title ("Lieutenant Igor Makushev"): a person's name."""
    doc = span.doc
    for token in span:
        if token.lower_ not in TITLE_WORDS or not token.text[:1].isupper():
            continue
        end = token.i + 1
        while (
            end < span.end
            and doc[end].pos_ == "PROPN"
            and doc[end].text[:1].isupper()
            and doc[end].lower_ not in TITLE_WORDS
            and ent_at(doc[end]) is None
        ):
            end += 1
        if end - token.i >= 3:  # at least two name words
            return doc[token.i + 1 : end]
    return None
