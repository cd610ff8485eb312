"""``wirehouse_attributes``: the model's own attribute-ruler rules, applied by table lookup.

The English model's ``attribute_ruler`` (tag -> POS and morphology, a few lemma and POS
exceptions: 179 rules) runs a spaCy ``Matcher`` over every token: about 8% of the whole
pipeline's time, more than wirehouse's own rule components. Every one of its rules is a
pattern of one or two tokens testing TAG, LOWER, DEP or IS_SPACE for equality, set membership
or a regular expression, so the same rules can be read as dictionary lookups: each rule is
filed under one value its first token must have (its LOWER, else TAG, else DEP), and a token
tries only the rules filed under its own values (plus the few filed under none).

The result is the ruler's, exactly: the rules and attributes are read from the loaded
model's ruler (no copy of them here), all matching is done before anything is set (as the
ruler does: some rules set TAG or DEP, which others test), and a token matched by several
rules gets their attributes in rule order, the later rule winning. ``compile_rules`` raises
``UnsupportedRule`` on any pattern shape outside that set (a quantifier, another operator);
``load_nlp`` then keeps the stock ruler. tests/test_attribute_table.py checks the equality on
real documents.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

COMPONENT_NAME = "wirehouse_attributes"
STOCK_NAME = "attribute_ruler"
# The token features a rule may test, in the order of ``Doc.to_array``'s columns.
FEATURES = ("LOWER", "TAG", "DEP", "IS_SPACE")
FEATURE_IDS = [LOWER, TAG, DEP, IS_SPACE]
INDEXED = ("LOWER", "TAG", "DEP")  # the features a rule may be filed under, best first
INDEXED_COLUMNS = tuple(FEATURES.index(name) for name in INDEXED)
MEMO_LIMIT = 200_000  # distinct feature rows remembered


class UnsupportedRule(ValueError):
    """A ruler pattern this table cannot read exactly."""


Test = Callable[[tuple[int, int, int, int], Any], bool]


@dataclass(frozen=True)
class Rule:
    number: int  # the ruler's own rule number: a later rule's attributes win
    tokens: tuple[tuple[tuple[int, str, Any], ...], ...]  # per token: (feature, operator, value)
    index: int  # which token of the match gets the attributes (negative: from the end)


def compile_rules(ruler: Any) -> tuple[list[Rule], dict[tuple[int, int], list[Rule]], list[Rule]]:
    """The ruler's rules, those filed by (feature column, value hash), and those filed under
    none."""
    strings = ruler.vocab.strings
    rules = []
    for number, entry in enumerate(ruler.patterns):
        index = ruler.indices[number]
        for pattern in entry["patterns"]:
            tokens = tuple(tuple(_test(spec, strings)) for spec in pattern)
            rules.append(Rule(number, tokens, index))
    filed: dict[tuple[int, int], list[Rule]] = {}
    unfiled: list[Rule] = []
    for rule in rules:
        key = _filing(rule.tokens[0])
        if key is None:
            unfiled.append(rule)
            continue
        column, values = key
        for value in values:
            filed.setdefault((column, value), []).append(rule)
    return rules, filed, unfiled


def _test(spec: dict, strings: Any) -> list[tuple[int, str, Any]]:
    tests = []
    for name, wanted in spec.items():
        if name not in FEATURES:
            raise UnsupportedRule(f"attribute ruler tests {name}")
        column = FEATURES.index(name)
        if name == "IS_SPACE":
            if not isinstance(wanted, bool):
                raise UnsupportedRule(f"IS_SPACE {wanted!r}")
            tests.append((column, "==", int(wanted)))
        elif isinstance(wanted, str):
            tests.append((column, "==", strings.add(wanted) if wanted else 0))
        elif isinstance(wanted, dict) and len(wanted) == 1:
            operator, value = next(iter(wanted.items()))
            if operator in ("IN", "NOT_IN"):
                hashes = frozenset(strings.add(v) if v else 0 for v in value)
                tests.append((column, operator, hashes))
            elif operator == "REGEX":
                tests.append((column, operator, re.compile(value)))
            else:
                raise UnsupportedRule(f"operator {operator}")
        else:
            raise UnsupportedRule(f"{name}: {wanted!r}")
    return tests


def _filing(first: tuple[tuple[int, str, Any], ...]) -> tuple[int, frozenset[int]] | None:
    """Where a rule is filed: a value its first token must have, by the most selective
    feature (LOWER before TAG before DEP)."""
    for name in INDEXED:
        column = FEATURES.index(name)
        for test_column, operator, value in first:
            if test_column == column and operator == "==":
                return column, frozenset({value})
            if test_column == column and operator == "IN":
                return column, value
    return None


def _holds(tests: tuple[tuple[int, str, Any], ...], row: tuple, strings: Any) -> bool:
    for column, operator, value in tests:
        found = row[column]
        if operator == "==":
            if found != value:
                return False
        elif operator == "IN":
            if found not in value:
                return False
        elif operator == "NOT_IN":
            if found in value:
                return False
        elif not value.search(strings[found]):  # REGEX, on the string as the Matcher does
            return False
    return True


class AttributeTable:
    """Applies an attribute ruler's rules by lookup (see the module's docstring)."""

    def __init__(self, ruler: Any) -> None:
        self.strings = ruler.vocab.strings
        self.attrs = list(ruler.attrs)  # the ruler's normalised attributes, by rule number
        self.rules, self.filed, self.unfiled = compile_rules(ruler)
        # A token's features -> the rules whose first token they satisfy (words repeat: most
        # tokens are answered by one lookup here).
        self._first: dict[tuple, tuple[tuple[int, ...], tuple[Rule, ...]]] = {}
        self._merged: dict[tuple[int, ...], dict] = {}

    def __call__(self, doc: Doc) -> Doc:
        rows = list(map(tuple, doc.to_array(FEATURE_IDS).tolist()))
        count = len(rows)
        first, strings = self._first, self.strings
        matched: dict[int, list[int]] = {}
        for start, row in enumerate(rows):
            entry = first.get(row)
            if entry is None:
                entry = first[row] = self._first_matches(row)
            alone, longer = entry
            if alone:  # one-token rules (most): they match here, nothing else to test
                matched.setdefault(start, []).extend(alone)
            for rule in longer:
                end = start + len(rule.tokens)
                if end > count or not all(
                    _holds(tests, rows[start + offset], strings)
                    for offset, tests in enumerate(rule.tokens[1:], 1)
                ):
                    continue
                target = start + rule.index if rule.index >= 0 else end + rule.index
                matched.setdefault(target, []).append(rule.number)
        attributes = self._attributes
        for target, numbers in matched.items():
            key = tuple(numbers) if len(numbers) == 1 else tuple(sorted(set(numbers)))
            set_token_attrs(doc[target], attributes(key))
        if len(first) > MEMO_LIMIT:
            first.clear()  # a long run over ever new words: start over rather than grow
        return doc

    def _first_matches(self, row: tuple) -> tuple[tuple[int, ...], tuple[Rule, ...]]:
        """The rules whose first token ``row`` satisfies: the numbers of the one-token rules
        (they match outright), and the longer rules (their other tokens still to test)."""
        candidates = list(self.unfiled)
        for column in INDEXED_COLUMNS:
            candidates += self.filed.get((column, row[column]), ())
        found = [r for r in candidates if _holds(r.tokens[0], row, self.strings)]
        alone = [r for r in found if len(r.tokens) == 1 and r.index in (0, -1)]
        return tuple(r.number for r in alone), tuple(r for r in found if r not in alone)

    def _attributes(self, numbers: tuple[int, ...]) -> dict:
        """The rules' attributes merged in rule order (a later rule's value wins)."""
        merged = self._merged.get(numbers)
        if merged is None:
            merged = {}
            for number in numbers:
                merged.update(self.attrs[number])
            self._merged[numbers] = merged
        return merged


@Language.factory(COMPONENT_NAME, assigns=["token.pos", "token.morph", "token.lemma"])
def make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    return AttributeTable(nlp.get_pipe(STOCK_NAME))


def replace_ruler(nlp: Language) -> bool:
    """Put the table in the stock ruler's place; False (the ruler kept) when the model has no
    ruler or one of its rules is outside what the table reads."""
    if STOCK_NAME not in nlp.pipe_names:
        return False
    try:
        nlp.add_pipe(COMPONENT_NAME, before=STOCK_NAME)
    except UnsupportedRule:
        return False
    nlp.remove_pipe(STOCK_NAME)
    return True
