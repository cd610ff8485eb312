"""The ``wirehouse`` command line. Each command is a thin shell over a module that does the work."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from loaders import __version__
from loaders.db import WarehouseBusy, database_path
from loaders.lake.extensions import ExtensionMissing
from loaders.lake.schema import LakeSchemaError
from loaders.lake.settings import LakeConfigError
from loaders.schema import upgrade_to_head


class Context:
    def __init__(self, db: Path) -> None:
        self.db = db


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wirehouse")
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Warehouse file (default: $WIREHOUSE_DB or ./warehouse.duckdb).",
)
@click.option(
    "--wait",
    type=click.FloatRange(0),
    default=None,
    help="Seconds to wait for a warehouse another process holds (default: $WIREHOUSE_WAIT or 60).",
)
@click.option(
    "--catalog",
    default=None,
    metavar="POSTGRES_URL",
    help="Lake mode: PostgreSQL catalog of a DuckLake (default: $WIREHOUSE_CATALOG).",
)
@click.option(
    "--data-path",
    default=None,
    metavar="DIR_OR_URL",
    help="Lake mode: where the lake's Parquet files live (default: $WIREHOUSE_DATA_PATH).",
)
@click.pass_context
def cli(
    ctx: click.Context,
    db: Path | None,
    wait: float | None,
    catalog: str | None,
    data_path: str | None,
) -> None:
    """wirehouse: conflict news into a DuckDB warehouse analysts can trust."""
    if wait is not None:
        os.environ["WIREHOUSE_WAIT"] = str(wait)
    for name, value in (("WIREHOUSE_CATALOG", catalog), ("WIREHOUSE_DATA_PATH", data_path)):
        if value is not None:  # dbt and every module read the same variables
            os.environ[name] = value
    path = database_path(db)
    # dbt and Alembic read the same variable: one warehouse for every tool in this process.
    os.environ["WIREHOUSE_DB"] = str(path)
    ctx.obj = Context(path)


@cli.command()
@click.pass_obj
def init(obj: Context) -> None:
    """Create the warehouse file (or bring it to the newest schema)."""
    head = upgrade_to_head(obj.db)
    lake = os.environ.get("WIREHOUSE_CATALOG") and os.environ.get("WIREHOUSE_DATA_PATH")
    click.echo(f"{f'lake at {lake}' if lake else obj.db}: schema at revision {head}")


# --- commands registered by feature modules (one import and one add_command each) ---
from loaders.commands.actors import actors  # noqa: E402
from loaders.commands.build import build  # noqa: E402
from loaders.commands.compact import compact  # noqa: E402
from loaders.commands.docs import docs  # noqa: E402
from loaders.commands.extract import extract  # noqa: E402
from loaders.commands.load import load  # noqa: E402
from loaders.commands.publish import publish  # noqa: E402
from loaders.commands.query import query  # noqa: E402
from loaders.commands.reextract import reextract  # noqa: E402
from loaders.commands.report import report  # noqa: E402

for command in (load, extract, reextract, build, docs, publish, query, report, actors, compact):
    cli.add_command(command)


def main() -> None:
    try:
        cli(prog_name="wirehouse")
    except WarehouseBusy as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(3)
    except (LakeConfigError, LakeSchemaError, ExtensionMissing) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    sys.exit(main())
