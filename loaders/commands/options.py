"""Click options that several commands share."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click


def serving_option(verb: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--serving PATH``: the serving file to ``verb`` (read or write)."""
    return click.option(
        "--serving",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help=f"Serving file to {verb} (default: serving.duckdb beside the warehouse).",
    )
