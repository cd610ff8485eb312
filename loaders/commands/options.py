"""Click options and checks that several commands share."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

# Exit code of a command given a path that is not a warehouse (as for other usage errors).
NOT_A_WAREHOUSE_EXIT = 2


def require_warehouse(db: Path) -> None:
    """Exit 2, naming the path, unless ``db`` is an initialised warehouse. Only ``init`` and
    ``load`` create one: a mistyped --db must not become an empty warehouse."""
    from loaders.schema import NotAWarehouse
    from loaders.schema import require_warehouse as check

    try:
        check(db)
    except NotAWarehouse as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(NOT_A_WAREHOUSE_EXIT)


def serving_option(verb: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--serving PATH``: the serving file to ``verb`` (read or write)."""
    return click.option(
        "--serving",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help=f"Serving file to {verb} (default: serving.duckdb beside the warehouse).",
    )
