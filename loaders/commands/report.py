"""``wirehouse report``: a self-contained HTML report over the serving file."""

from __future__ import annotations

from pathlib import Path

import click

from loaders.commands.options import require_warehouse, serving_option


@click.command()
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="HTML file to write (default: report.html beside the warehouse).",
)
@serving_option("read")
@click.pass_obj
def report(obj: object, output: Path | None, serving: Path | None) -> None:
    """Write one HTML file (no CDN, no script, works offline) with strikes by actor and claimed
    target, incidents over time, killed by governorate, disputed strikes and a map."""
    from loaders.serving.paths import report_path, serving_path
    from loaders.serving.report import ReportError, write_report

    db: Path = obj.db  # type: ignore[attr-defined]
    if serving is None:  # the serving file beside the warehouse: the warehouse must be real
        require_warehouse(db)
    try:
        result = write_report(serving_path(db, serving), report_path(db, output))
    except ReportError as exc:
        raise click.ClickException(str(exc)) from exc
    for title in result.empty_sections:
        click.echo(f"warning: no data for '{title}'", err=True)
    drawn = len(result.sections) - len(result.empty_sections)
    click.echo(f"wrote {result.path} ({drawn} of {len(result.sections)} charts with data)")
