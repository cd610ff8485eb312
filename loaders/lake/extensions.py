"""The DuckDB extensions lake mode needs, from the pinned PyPI wheels, never downloaded.

``duckdb-extension-ducklake`` and ``duckdb-extension-postgres`` ship the binaries inside the
wheel. DuckDB finds extensions by name in ``<directory>/<duckdb version>/<platform>/``; the
postgres binary must be named ``postgres_scanner`` (the name DuckLake asks DuckDB to load), so
the files are linked there under the right names. Connections get ``extension_directory`` set
to this directory and ``autoinstall_known_extensions`` off: a missing file is an error that says
what to install, never a download.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

import duckdb

EXTENSIONS_ENV = "WIREHOUSE_EXTENSIONS"
# extension name DuckDB loads -> (Python package of the wheel, file name inside it)
WHEELS = {
    "ducklake": ("duckdb_extension_ducklake", "ducklake.duckdb_extension"),
    "postgres_scanner": ("duckdb_extension_postgres", "postgres.duckdb_extension"),
}


class ExtensionMissing(RuntimeError):
    """A lake extension is not installed (the `scale` extra is missing)."""


def extension_directory() -> Path:
    """$WIREHOUSE_EXTENSIONS, else share/wirehouse/duckdb-extensions in this environment."""
    given = os.environ.get(EXTENSIONS_ENV)
    return Path(given) if given else Path(sys.prefix) / "share" / "wirehouse" / "duckdb-extensions"


def _platform() -> str:
    row = duckdb.execute("PRAGMA platform").fetchone()
    assert row is not None
    return str(row[0])


def _wheel_file(package: str, filename: str) -> Path:
    try:
        module = importlib.import_module(package)
    except ImportError as exc:
        raise ExtensionMissing(
            f"{package.replace('_', '-')} is not installed: lake mode needs "
            f"`pip install 'wirehouse[scale]'`"
        ) from exc
    path = Path(module.__file__ or "").parent / "extensions" / f"v{duckdb.__version__}" / filename
    if not path.is_file():
        raise ExtensionMissing(f"{path} is missing: the wheel does not match DuckDB "
                               f"{duckdb.__version__}")  # fmt: skip
    return path


def ensure_extensions() -> Path:
    """Link the wheels' binaries into the extension directory (once); return the directory."""
    root = extension_directory()
    target = root / f"v{duckdb.__version__}" / _platform()
    for name, (package, filename) in WHEELS.items():
        dest = target / f"{name}.duckdb_extension"
        source = _wheel_file(package, filename)
        if dest.is_symlink() and dest.resolve() == source.resolve():
            continue
        target.mkdir(parents=True, exist_ok=True)
        temp = dest.with_name(f".{dest.name}.{os.getpid()}")
        temp.unlink(missing_ok=True)
        temp.symlink_to(source)
        os.replace(temp, dest)  # atomic: concurrent writers may all do this at once
    return root


def duckdb_config() -> dict[str, str | bool]:
    """Connection settings that load the lake extensions from disk and never download one."""
    return {
        "extension_directory": str(ensure_extensions()),
        "autoinstall_known_extensions": False,
        "autoload_known_extensions": True,
    }
