"""The model's layers on numpy's BLAS (model.load_model): every layer built on the numpy backend
without blis, the stock model loaded afterwards left on thinc's default, and the same
annotations as the stock model on real text (tags, heads, labels, entities)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, POS, TAG

from loaders.extraction.model import BLAS_VARIABLE, load_model, model_name

WORLD = Path(__file__).parent / "devset_world" / "world.jsonl"
ANNOTATIONS = [TAG, POS, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]


def _layers_on_blis(nlp: Any) -> list[str]:
    """The components' layers (outside the parser's and NER's output layer, which spaCy builds
    after the load) that compute their matrix products with blis."""
    return [
        f"{name}:{node.name}"
        for name, pipe in nlp.pipeline
        if getattr(pipe, "model", None) is not None
        for node in pipe.model.walk()
        if node.ops.name == "numpy" and node.ops.use_blis and node.name != "linear"
    ]


@pytest.fixture(scope="module")
def models() -> tuple[Any, Any]:
    return load_model(), spacy.load(model_name())


def test_the_layers_run_on_numpy_and_the_stock_model_keeps_blis(models: tuple[Any, Any]) -> None:
    ours, stock = models
    assert _layers_on_blis(ours) == []
    assert len(_layers_on_blis(stock)) > 50  # thinc's default, untouched by load_model


def test_the_annotations_equal_the_stock_model(models: tuple[Any, Any]) -> None:
    ours, stock = models
    items = [json.loads(line) for line in WORLD.read_text(encoding="utf-8").splitlines()]
    texts = [item["text"] for item in items if item.get("split") == "dev"][:120]
    tokens = 0
    for expected, found in zip(stock.pipe(texts), ours.pipe(texts), strict=True):
        tokens += len(found)
        assert (expected.to_array(ANNOTATIONS) == found.to_array(ANNOTATIONS)).all(), found.text
    assert tokens > 2_000


def test_the_variable_restores_blis(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(BLAS_VARIABLE, "blis")
    assert len(_layers_on_blis(load_model(exclude=["ner"]))) > 10


def test_openblas_runs_one_thread_after_the_load(models: tuple[Any, Any]) -> None:
    """numpy (imported by pytest's plugins before model.py could set OPENBLAS_NUM_THREADS)
    multiplies on one thread once the model is loaded."""
    import ctypes

    import numpy

    libraries = list((Path(numpy.__file__).parent.parent / "numpy.libs").glob("lib*openblas*"))
    if not libraries:
        pytest.skip("numpy is not linked to a bundled OpenBLAS here")
    getter = getattr(ctypes.CDLL(str(libraries[0])), "scipy_openblas_get_num_threads64_", None)
    if getter is None:
        pytest.skip("the bundled OpenBLAS does not name its thread count getter as expected")
    assert getter() == 1
