"""``wirehouse docs``: generate the dbt documentation site, and serve it on localhost.

``dbt docs generate`` opens the warehouse to read its catalogue; run raw while a load or build
holds the file, it dies with DuckDB's "Could not set lock" traceback. Here the warehouse is
opened first the way every wirehouse command opens it (waiting, saying who holds it, exit 3
after --wait), and kept open while dbt runs in this process, which shares the open database,
so no other process can take the file between the wait and dbt.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

import click


def docs_target_dir(project: Path) -> Path:
    """Where dbt writes the site: $DBT_TARGET_PATH (as dbt reads it) or dbt_project/target."""
    given = os.environ.get("DBT_TARGET_PATH")
    return Path(given) if given else project / "target"


@click.command()
@click.option("--serve", is_flag=True, help="Serve the generated site on 127.0.0.1 afterwards.")
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=8080,
    show_default=True,
    help="Port to serve on.",
)
@click.option("--no-generate", is_flag=True, help="Serve the site generated last time.")
@click.pass_obj
def docs(obj: object, serve: bool, port: int, no_generate: bool) -> None:
    """Generate the dbt docs site (models, columns, tests, lineage) from the warehouse; with
    --serve, serve it on http://127.0.0.1:PORT until interrupted. Exit code: 0 done, 1 dbt
    failed, 2 not a warehouse, 3 the warehouse stayed locked."""
    from loaders.commands.options import require_warehouse
    from loaders.db import connect
    from loaders.dbt_runner import DbtProjectNotFound, project_dir, run_dbt

    db: Path = obj.db  # type: ignore[attr-defined]
    try:
        target = docs_target_dir(project_dir())
    except DbtProjectNotFound as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    if not no_generate:
        require_warehouse(db)
        with connect(db):  # waits for a load or build; held until dbt is done
            run = run_dbt(["docs", "generate"], db, ["--quiet"])
        if not run.success:
            click.echo(f"wirehouse docs: dbt docs generate failed: {run.error or run}", err=True)
            sys.exit(1)
        click.echo(f"wrote {target / 'index.html'}")
    if serve:
        serve_site(target, port)


def serve_site(directory: Path, port: int) -> None:
    """Serve ``directory`` on 127.0.0.1 only (never on every interface) until interrupted."""
    import functools
    import signal
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    if not (directory / "index.html").is_file():
        raise click.ClickException(f"no docs site in {directory}: run `wirehouse docs` first")
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(directory))
    # a server started in the background by a script inherits SIGINT ignored (POSIX shells do
    # that to `&` jobs), and Python then never raises KeyboardInterrupt: take SIGINT back
    signal.signal(signal.SIGINT, signal.default_int_handler)
    with ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        click.echo(f"serving {directory} on http://127.0.0.1:{port}/ (Ctrl-C stops)", err=True)
        with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is the way to stop
            server.serve_forever()
