"""``wirehouse reextract``: refresh extracted rows after the extractor changed."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.option("--all", "everything", is_flag=True, help="Re-extract every article, stale or not.")
@click.option("--batch-size", default=256, show_default=True, type=click.IntRange(1, 100_000))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64))
@click.pass_obj
def reextract(obj: object, everything: bool, batch_size: int, workers: int) -> None:
    """Rerun extraction over stored articles whose rows come from another extractor version,
    replacing each article's extracted rows atomically, without reloading articles."""
    from loaders.commands.options import require_warehouse
    from loaders.extract_step import make_extractor
    from loaders.reextract import reextract as run_reextract
    from loaders.schema import upgrade_to_head

    db: Path = obj.db  # type: ignore[attr-defined]
    require_warehouse(db)
    upgrade_to_head(db)
    extractor = make_extractor(workers)
    if extractor is None:
        raise click.ClickException("extraction is not available in this installation")
    summary = run_reextract(db, extractor, batch_size=batch_size, everything=everything)
    click.echo(
        f"re-extracted {summary.articles} article(s) with extractor {extractor.version} "
        f"(run {summary.run_id})"
    )
