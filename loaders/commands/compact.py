"""``wirehouse compact``: merge a lake's small files and expire its old snapshots."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click


@click.command()
@click.option(
    "--keep-hours",
    default=24.0,
    show_default=True,
    type=click.FloatRange(0),
    help="Keep snapshots younger than this (time travel window); older ones are expired.",
)
@click.pass_obj
def compact(obj: object, keep_hours: float) -> None:
    """Lake mode: flush inlined rows, merge adjacent small Parquet files, rewrite files with
    many deletions, expire old snapshots and delete unreferenced files. A file warehouse is
    checkpointed (DuckDB compacts its own file)."""
    from loaders.db import connect, lake_for

    db: Path = obj.db  # type: ignore[attr-defined]
    settings = lake_for(db)
    if settings is None:
        with connect(db) as conn:
            conn.execute("CHECKPOINT")
        click.echo(f"{db}: checkpointed")
        return
    from loaders.lake.compact import compact as run_compact

    result = run_compact(settings, dt.timedelta(hours=keep_hours))
    b, a = result.before, result.after
    click.echo(
        f"lake compacted in {result.seconds:.1f} s: data files {b.data_files} -> {a.data_files}, "
        f"delete files {b.delete_files} -> {a.delete_files}, snapshots {b.snapshots} -> "
        f"{a.snapshots}, {b.bytes:,} -> {a.bytes:,} bytes"
    )
