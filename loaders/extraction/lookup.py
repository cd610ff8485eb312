"""``wirehouse_dictionary``: the actor and place dictionaries as one lookup component.

It replaces spaCy's EntityRuler (and its token Matcher) with dictionary lookups over token
n-grams, so thousands of names cost little: at each token, the token's lower-case form (or exact
text, for acronyms) is looked up in a first-word index, and only the phrase lengths that begin
with that word are tried. It finds:
- names and aliases (label ACTOR) and gazetteer names (label PLACE), case-insensitively;
  acronyms ("IS", "US") by exact text; a one-word alias that is an everyday noun ("regime") only
  where the tagger reads a noun (so the component runs after the tagger);
- owner + agent noun ("Russian warplanes", "Kenyan police"): an owner word from one table
  followed by an agent noun from another, label ACTOR;
- towns of the world the model missed, after a place preposition (``lookup_towns.py``).
Overlaps are settled as the EntityRuler settled them (its ``overwrite_ents``): longest first,
then earliest; a tie between a name and a place goes to the name (see ``__call__``); the spans
found replace the entities they overlap.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from loaders.extraction.doc_memo import doc_words
from loaders.extraction.lookup_towns import town_spans

LABEL_RANK = {"ACTOR": 2, "GPE": 1}  # a tie between labels: ACTOR, then GPE, then PLACE
Hit = tuple[str, str, frozenset[str] | None]  # (label, id, required POS or None)


class PhraseTable:
    """Token tuples -> hits, with an index from first token to the lengths that start with it."""

    def __init__(self) -> None:
        self.phrases: dict[tuple[str, ...], list[Hit]] = {}
        self.lengths: dict[str, tuple[int, ...]] = {}

    def add(self, tokens: tuple[str, ...], hit: Hit) -> None:
        hits = self.phrases.setdefault(tokens, [])
        if hit not in hits:
            hits.append(hit)
        known = set(self.lengths.get(tokens[0], ()))
        self.lengths[tokens[0]] = tuple(sorted(known | {len(tokens)}, reverse=True))

    def find(self, words: list[str], start: int) -> Iterable[tuple[int, Hit]]:
        """(length, hit) of every phrase starting at ``start``, longest first."""
        for length in self.lengths.get(words[start], ()):
            if start + length <= len(words):
                for hit in self.phrases.get(tuple(words[start : start + length]), ()):
                    yield length, hit


class DictionaryComponent:
    def __init__(self, nlp: Language) -> None:
        from loaders.extraction.actors import resolve_actor
        from loaders.extraction.compiled import cached

        model = f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"
        tables = cached("lookup_tables", lambda: _build_tables(nlp), model)
        self.lower, self.exact, self.owners, self.agents = tables
        self._resolve = resolve_actor
        self._outcomes: dict[str, str | None] = {}

    def _outcome(self, text: str) -> str | None:
        """The canonical name an owner + agent phrase resolves to (the span's id)."""
        key = text.lower()
        if key not in self._outcomes:
            actor = self._resolve(text)
            self._outcomes[key] = actor.name if actor is not None else None
        return self._outcomes[key]

    def matches(self, doc: Doc) -> set[tuple[int, int, str, str]]:
        """Every (start, end, label, id) found, as the EntityRuler's matchers would."""
        texts, lowers = doc_words(doc)  # no Token objects: most words miss
        lower, exact, owners = self.lower.lengths, self.exact.lengths, self.owners.lengths
        found: set[tuple[int, int, str, str]] = set()

        def add(start: int, end: int, label: str, ent_id: str) -> None:
            if label == "GPE" and _inside_name(doc, start, end):
                return  # "Praia" in "Mocimboa da Praia" is no Cape Verde
            found.add((start, end, label, ent_id))

        for start, (word, text) in enumerate(zip(lowers, texts, strict=True)):
            if word in lower:
                for length, (label, ent_id, pos) in self.lower.find(lowers, start):
                    if pos is None or doc[start].pos_ in pos:
                        add(start, start + length, label, ent_id)
            if text in exact:
                for length, (label, ent_id, _pos) in self.exact.find(texts, start):
                    add(start, start + length, label, ent_id)
            if word not in owners:
                continue
            for length, _owner in self.owners.find(lowers, start):
                middle = start + length
                if middle >= len(doc):
                    continue
                for noun_length, _noun in self.agents.find(lowers, middle):
                    end = middle + noun_length
                    outcome = self._outcome(doc[start:end].text)
                    if outcome is not None:
                        add(start, end, "ACTOR", outcome)
        # towns of the world the model missed, where the text places them (lookup_towns.py)
        found |= town_spans(doc, texts, lowers, self.lower.phrases.__contains__)
        return found

    def __call__(self, doc: Doc) -> Doc:
        found = self.matches(doc)
        # Longest first, then earliest. A phrase that is both a name and a place ("Syria",
        # "Moscow") is an ACTOR: locations still read it as a place (events use the gazetteer
        # for any entity), while the document's memory of named actors needs the label. On the
        # dev set this beats PLACE first (event fields 913 vs 912 right) and the EntityRuler's
        # order, which was the arbitrary order of its match ids.
        ordered = sorted(
            found, key=lambda m: (m[1] - m[0], -m[0], LABEL_RANK.get(m[2], 0), m[3]), reverse=True
        )
        entities = list(doc.ents)
        new: list[Span] = []
        seen: set[int] = set()
        for start, end, label, ent_id in ordered:
            if start in seen or end - 1 in seen:
                continue
            new.append(Span(doc, start, end, label=label, span_id=ent_id))
            entities = [e for e in entities if not (e.start < end and e.end > start)]
            seen.update(range(start, end))
        doc.ents = entities + new
        return doc


def _build_tables(nlp: Language) -> tuple[PhraseTable, PhraseTable, PhraseTable, PhraseTable]:
    """(names in lower case, names as written, owner words, agent nouns), from the actor and
    place dictionaries, tokenised by the model's tokenizer."""
    from loaders.extraction.actors import actor_patterns, combination_tables
    from loaders.extraction.place_patterns import place_patterns

    lower, exact = PhraseTable(), PhraseTable()
    for pattern in [*actor_patterns(), *place_patterns()]:
        tokens = pattern["pattern"]
        hit_pos = None
        if len(tokens) == 1 and "POS" in tokens[0]:
            hit_pos = frozenset(tokens[0]["POS"]["IN"])
        if all("TEXT" in token for token in tokens):
            exact.add(tuple(t["TEXT"] for t in tokens), (pattern["label"], pattern["id"], None))
        else:
            words = tuple(t["LOWER"] for t in tokens)
            lower.add(words, (pattern["label"], pattern["id"], hit_pos))
    tokenize = nlp.tokenizer
    owner_words, nouns = combination_tables()
    owners, agents = PhraseTable(), PhraseTable()
    for owner in owner_words:
        owners.add(tuple(t.lower_ for t in tokenize(owner)), ("", owner, None))
    for noun in nouns:
        for variant in dict.fromkeys((noun, noun.replace("-", " "))):
            agents.add(tuple(t.lower_ for t in tokenize(variant)), ("", noun, None))
    return lower, exact, owners, agents


NAME_LINKS = frozenset({"da", "de", "do", "dos", "das", "del", "di", "du", "la", "le", "al", "el"})


def _inside_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a span is part of a longer proper name: a proper noun or a name link ("da",
    "de") right before it, or a proper noun right after it."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if before is not None and (before.lower_ in NAME_LINKS or before.pos_ == "PROPN"):
        return before.text[:1].isupper() or before.lower_ in NAME_LINKS
    return after is not None and after.pos_ == "PROPN" and after.text[:1].isupper()


@Language.factory("wirehouse_dictionary")
def make_dictionary(nlp: Language, name: str) -> DictionaryComponent:
    return DictionaryComponent(nlp)
