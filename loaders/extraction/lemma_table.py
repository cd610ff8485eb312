"""``wirehouse_lemmas``: the model's own lemmatizer, remembered per word form.

The English model's rule lemmatizer reads each token's text, POS and morphology and answers
in Python, token by token; it remembers only the answers that reach its suffix rules, so a
singular noun or a base-form verb (most words) is worked out again at each occurrence: about 5%
of the whole pipeline; and each new word costs it a scan of its word lists. Its answer depends
on nothing but (form, POS, morphology), so this component asks a copy of the stock lemmatizer
whose word lists are sets, once per such triple, and then sets each document's lemmas in one
array write. Like the stock component it leaves alone a lemma already set (by the
attribute ruler's exceptions) unless the lemmatizer overwrites. tests/test_attribute_table.py
checks the equality on real documents.
"""

from __future__ import annotations

import copy
from typing import Any

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc

COMPONENT_NAME = "wirehouse_lemmas"
STOCK_NAME = "lemmatizer"
MEMO_LIMIT = 200_000  # distinct (form, POS, morphology) triples remembered
INDEX_TABLE = "lemma_index"


class LemmaTable:
    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = _with_indexed_lookups(lemmatizer)
        self.strings = lemmatizer.vocab.strings
        self.overwrite = bool(lemmatizer.overwrite)
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = columns[:, 3].copy()
        known, changed = self._lemmas, False
        for i, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            found = known.get(key)
            if found is None:
                found = known[key] = self.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = found
            changed = True
        if changed:
            doc.from_array([LEMMA], lemmas)
        if len(known) > MEMO_LIMIT:
            known.clear()
        return doc


def _with_indexed_lookups(lemmatizer: Any) -> Any:
    """A copy of the stock lemmatizer whose word lists ("lemma_index": every known noun, verb,
    adjective, adverb; 57,000 nouns) are sets: it asks ``form in index`` of each candidate form,
    which on the stock list is a scan (most of its time on a word it has not seen). Membership
    is the same; the stock component itself is left as it was."""
    tables = lemmatizer.lookups
    indexed = Lookups()
    for name in tables.tables:
        table = tables.get_table(name)
        rows = dict(table.items())
        if name == INDEX_TABLE:
            rows = {key: frozenset(v) if isinstance(v, list) else v for key, v in rows.items()}
        indexed.add_table(name, rows)
    fast = copy.copy(lemmatizer)
    fast.lookups = indexed
    fast.cache = {}
    fast.lemmatize = fast.rule_lemmatize  # the stock's bound method would read the stock's lists
    return fast


@Language.factory(COMPONENT_NAME, assigns=["token.lemma"])
def make_lemma_table(nlp: Language, name: str) -> LemmaTable:
    return LemmaTable(nlp.get_pipe(STOCK_NAME))


def replace_lemmatizer(nlp: Language) -> bool:
    """Put the table in the stock lemmatizer's place (False: no rule lemmatizer to wrap). The
    stock component stays reachable as the table's ``lemmatizer``."""
    if STOCK_NAME not in nlp.pipe_names:
        return False
    stock = nlp.get_pipe(STOCK_NAME)
    if getattr(stock, "mode", None) != "rule" or not hasattr(stock, "lemmatize"):
        return False
    nlp.add_pipe(COMPONENT_NAME, before=STOCK_NAME)
    nlp.remove_pipe(STOCK_NAME)
    return True
