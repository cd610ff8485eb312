"""``wirehouse load PATH...``: the front door for articles."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from loaders.engines import ENGINES
from loaders.readers import FORMATS

MAX_LISTED_REJECTIONS = 50


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="auto", show_default=True)
@click.option("--source", default=None, help="Outlet to credit when the input names none.")
@click.option("--map", "mappings", multiple=True, metavar="COL=FIELD",
              help="Map an input column/field to an article field (text, title, published, "
                   "source, url, external_id). Repeatable.")  # fmt: skip
@click.option("--batch-size", default=256, show_default=True, type=click.IntRange(1, 100_000))
@click.option("--strict", is_flag=True, help="Stop at the first bad record.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary table.")
@click.option("--no-extract", is_flag=True, help="Load articles without running extraction.")
@click.option("--workers", default=None, type=click.IntRange(1, 64),
              help="Processes for extraction [default: the usable cores, at most 4; batches "
                   "under 64 articles are extracted in process].")  # fmt: skip
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
              help="Where extraction runs: local processes, or a Ray cluster's executors "
                   "($WIREHOUSE_RAY_ADDRESS; else a local Ray with --workers CPUs).")  # fmt: skip
@click.pass_obj
def load(
    obj: object,
    paths: tuple[str, ...],
    fmt: str,
    source: str | None,
    mappings: tuple[str, ...],
    batch_size: int,
    strict: bool,
    quiet: bool,
    no_extract: bool,
    workers: int | None,
    engine: str,
) -> None:
    """Load articles from files, directories (recursively), feed URLs or '-' (JSON Lines on
    standard input). Exit code: 0 all loaded, 1 some input rejected, 2 nothing loaded."""
    from rich.console import Console

    from loaders.extract_step import Extractor, make_extractor
    from loaders.load import load as run_load
    from loaders.readers import read_inputs
    from loaders.readers.fields import MappingError, parse_map_options
    from loaders.schema import upgrade_to_head

    db: Path = obj.db  # type: ignore[attr-defined]
    err = Console(stderr=True)
    try:
        overrides = parse_map_options(mappings)
    except MappingError as exc:
        raise click.UsageError(str(exc)) from exc
    upgrade_to_head(db)
    if engine == "ray" and not no_extract:
        from loaders.engines.ray_engine import RayExtractor

        extractor: Extractor | None = RayExtractor(executors=workers)
    else:
        extractor = None if no_extract else make_extractor(workers)
    close = getattr(extractor, "close", None)
    if close is not None:  # also when the load fails: no batch stays queued for the workers
        click.get_current_context().call_on_close(close)
    if extractor is None and not no_extract and not quiet:
        err.print("[yellow]extraction is not available: articles load without events[/]")

    records = read_inputs(list(paths), fmt, overrides)
    show_progress = not quiet and err.is_terminal
    if show_progress:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        from loaders.readers.estimate import estimate_records

        total = estimate_records(list(paths))
        progress = Progress(
            TextColumn("loading"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=err,
            transient=True,
        )
        task = progress.add_task("load", total=total, rate="")

        def advance(count: int) -> None:
            progress.advance(task, count)
            elapsed = progress.tasks[0].elapsed or 0
            done = progress.tasks[0].completed
            progress.update(task, rate=f"{done / elapsed:,.0f} articles/s" if elapsed else "")

        with progress:
            summary = run_load(db, records, list(paths), source=source, batch_size=batch_size,
                               strict=strict, extractor=extractor, on_progress=advance)  # fmt: skip
    else:
        summary = run_load(db, records, list(paths), source=source, batch_size=batch_size,
                           strict=strict, extractor=extractor)  # fmt: skip

    for rejection in summary.rejections[:MAX_LISTED_REJECTIONS]:
        click.echo(f"rejected: {rejection.describe()}", err=True)
    if len(summary.rejections) > MAX_LISTED_REJECTIONS:
        more = len(summary.rejections) - MAX_LISTED_REJECTIONS
        click.echo(
            f"... and {more} more (see table rejected_inputs, run {summary.run_id})", err=True
        )
    for warning in summary.warnings[:MAX_LISTED_REJECTIONS]:
        click.echo(f"warning: {warning}", err=True)
    if summary.stopped_early:
        click.echo("stopped at the first bad record (--strict)", err=True)
    if not quiet:
        _print_summary(summary)
    sys.exit(summary.exit_code())


def _print_summary(summary: object) -> None:
    from rich.console import Console
    from rich.table import Table

    from loaders.load import LoadSummary

    assert isinstance(summary, LoadSummary)
    table = Table(title=f"load run {summary.run_id}: {summary.status()}", title_justify="left")
    for column in ("file", "read", "new", "duplicate", "rejected"):
        table.add_column(column, justify="left" if column == "file" else "right")
    for name, counts in summary.files.items():
        table.add_row(name, *(str(v) for v in (counts.read, counts.new, counts.duplicate,
                                                counts.rejected)))  # fmt: skip
    total = summary.total()
    table.add_row("total", str(total.read), str(total.new), str(total.duplicate),
                  str(total.rejected), style="bold")  # fmt: skip
    Console(width=160).print(table)
