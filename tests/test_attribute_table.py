"""The stand-ins for the model's attribute ruler and lemmatizer (attribute_table.py,
lemma_table.py): the same annotations as the stock components on real text, and the stock
ruler kept when a rule is outside what the table reads; the token columns the rules read
(doc_memo.columns) equal the tokens' own strings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from loaders.extraction.attribute_table import (
    COMPONENT_NAME,
    AttributeTable,
    UnsupportedRule,
    replace_ruler,
)
from loaders.extraction.lemma_table import replace_lemmatizer
from loaders.extraction.model import model_name

WORLD = Path(__file__).parent / "devset_world" / "world.jsonl"
ANNOTATIONS = [POS, MORPH, LEMMA, TAG, DEP, HEAD]
# The ruler's rules of two tokens and its space and expletive rules, in one text
RULE_CASES = (
    "Y'all gonna c'm on, ain't nothin' gotta let's go.  \n\nThere is a man. There's none!\n"
    "They were gon na leave. What is it?   It is there."
)


def _dev_texts() -> list[str]:
    items = [json.loads(line) for line in WORLD.read_text(encoding="utf-8").splitlines()]
    return [item["text"] for item in items if item.get("split") == "dev"][:150] + [RULE_CASES]


@pytest.fixture(scope="module")
def pipelines() -> tuple[Any, Any]:
    stock = spacy.load(model_name())
    tables = spacy.load(model_name())
    assert replace_ruler(tables) and replace_lemmatizer(tables)
    return stock, tables


def test_the_stand_ins_replace_the_stock_components(pipelines: tuple[Any, Any]) -> None:
    stock, tables = pipelines
    assert "attribute_ruler" in stock.pipe_names and "lemmatizer" in stock.pipe_names
    assert "attribute_ruler" not in tables.pipe_names and "lemmatizer" not in tables.pipe_names
    position = stock.pipe_names.index("attribute_ruler")
    assert tables.pipe_names[position : position + 2] == [COMPONENT_NAME, "wirehouse_lemmas"]


def test_the_annotations_equal_the_stock_components(pipelines: tuple[Any, Any]) -> None:
    stock, tables = pipelines
    texts = _dev_texts()
    tokens = 0
    for expected, found in zip(stock.pipe(texts), tables.pipe(texts), strict=True):
        tokens += len(found)
        assert (expected.to_array(ANNOTATIONS) == found.to_array(ANNOTATIONS)).all(), found.text
        assert [t.lemma_ for t in expected] == [t.lemma_ for t in found]
        assert [str(t.morph) for t in expected] == [str(t.morph) for t in found]
    assert tokens > 2_000


def test_rules_of_two_tokens_and_preset_lemmas(pipelines: tuple[Any, Any]) -> None:
    _, tables = pipelines
    doc = tables("They were gonna leave.")
    assert [t.lemma_ for t in doc][2:4] == ["go", "to"]  # the ruler's lemmas, kept by the table
    doc = tables("There is a man.")
    assert doc[1].pos_ == "VERB"  # "is" after an expletive


def test_a_rule_outside_the_table_keeps_the_stock_ruler() -> None:
    nlp = spacy.load(model_name(), exclude=["lemmatizer", "ner"])
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "boom", "OP": "+"}]], {"LEMMA": "bang"})  # a quantifier
    with pytest.raises(UnsupportedRule):
        AttributeTable(ruler)
    assert not replace_ruler(nlp)
    assert "attribute_ruler" in nlp.pipe_names and COMPONENT_NAME not in nlp.pipe_names


def test_token_columns_read_as_the_tokens_do(pipelines: tuple[Any, Any]) -> None:
    """doc_memo.columns: the strings the rule loops test instead of building Tokens; and the
    remembered subtrees."""
    from loaders.extraction.doc_memo import columns, subtree_indices

    _, tables = pipelines
    for doc in tables.pipe(_dev_texts()[:60]):
        words = columns(doc)
        assert words.lower == [t.lower_ for t in doc]
        assert words.lemma == [t.lemma_.lower() for t in doc]
        assert words.pos == [t.pos_ for t in doc]
        assert words.dep == [t.dep_ for t in doc]
        for token in doc[:40]:
            assert subtree_indices(token) == {t.i for t in token.subtree}
