"""The ``wirehouse`` command line. Each command is a thin shell over a module that does the work."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

import click

from loaders import __version__
from loaders.paths import database_path

# Each command's module, imported when the command runs (or --help lists it): `wirehouse
# extract` then starts without the database stack (DuckDB, SQLAlchemy, Alembic, the lake), a
# second of every extraction process. The command is the module's attribute of the same name.
COMMANDS = {
    name: f"loaders.commands.{name}"
    for name in ("load", "extract", "reextract", "build", "docs", "publish", "query", "report",
                 "actors", "compact")
}  # fmt: skip


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in COMMANDS and cmd_name not in self.commands:
            self.add_command(getattr(importlib.import_module(COMMANDS[cmd_name]), cmd_name))
        return super().get_command(ctx, cmd_name)


class Context:
    def __init__(self, db: Path) -> None:
        self.db = db


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
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
    from loaders.schema import upgrade_to_head

    head = upgrade_to_head(obj.db)
    lake = os.environ.get("WIREHOUSE_CATALOG") and os.environ.get("WIREHOUSE_DATA_PATH")
    click.echo(f"{f'lake at {lake}' if lake else obj.db}: schema at revision {head}")


def main() -> None:
    try:
        cli(prog_name="wirehouse")
    except Exception as exc:
        code = _exit_code(exc)
        if code is None:
            raise
        click.echo(f"error: {exc}", err=True)
        sys.exit(code)


def _exit_code(exc: Exception) -> int | None:
    """3 for a warehouse held too long by another process, 2 for a lake set up wrong."""
    from loaders.db import WarehouseBusy
    from loaders.lake.extensions import ExtensionMissing
    from loaders.lake.schema import LakeSchemaError
    from loaders.lake.settings import LakeConfigError

    if isinstance(exc, WarehouseBusy):
        return 3
    if isinstance(exc, (LakeConfigError, LakeSchemaError, ExtensionMissing)):
        return 2
    return None


if __name__ == "__main__":
    sys.exit(main())
