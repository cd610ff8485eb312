"""Reading and validating the curated actor files: ``actors*.yaml`` and the CAMEO agents table.

Every ``loaders/data/actors*.yaml`` (named actors and curated agent nouns), plus any YAML file
listed in ``$WIREHOUSE_ACTORS`` (paths separated by ``os.pathsep``), so users extend the
dictionary without touching code; ``loaders/data/actors_cameo_agents.csv`` holds the generic
agent nouns from CAMEO (regenerated offline by ``cameo.py``).
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from loaders.extraction.actors.model import KINDS, SECTORS, Actor, ActorDataError

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
CAMEO_AGENTS_FILE = DATA_DIR / "actors_cameo_agents.csv"
USER_FILES_VARIABLE = "WIREHOUSE_ACTORS"

_ACTOR_FIELDS = frozenset(
    {"name", "kind", "country", "sector", "aliases", "exact_aliases", "adjectives", "source"}
)
_AGENT_FIELDS = frozenset({"name", "sector", "country", "nouns", "standalone", "source"})


def data_files() -> list[Path]:
    """The YAML files read, bundled ones first, then the user's ($WIREHOUSE_ACTORS)."""
    files = sorted(DATA_DIR.glob("actors*.yaml"))
    extra = os.environ.get(USER_FILES_VARIABLE, "")
    files += [Path(part) for part in extra.split(os.pathsep) if part.strip()]
    return files


def cameo_agents() -> Iterator[tuple[str, str]]:
    """(noun, sector) rows of the bundled CAMEO table (nouns in lower case, words spaced)."""
    with CAMEO_AGENTS_FILE.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        for row in rows:
            yield row["noun"], row["sector"]


def fail(path: Path, where: str, problem: str) -> ActorDataError:
    return ActorDataError(f"{path}: {where}: {problem}")


def string_list(value: Any, path: Path, where: str, field: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise fail(path, where, f"'{field}' must be a list of non-empty strings, got {value!r}")
    return value


def check_codes(
    entry: dict[str, Any], path: Path, where: str, countries: frozenset[str]
) -> tuple[str | None, str | None]:
    country, sector = entry.get("country"), entry.get("sector")
    if country is not None and (not isinstance(country, str) or country not in countries):
        raise fail(path, where, f"country {country!r} is not an ISO 3166-1 alpha-3 code")
    if sector is not None and sector not in SECTORS:
        raise fail(path, where, f"sector {sector!r} is not one of {' '.join(sorted(SECTORS))}")
    return country, sector


def read_yaml(path: Path) -> dict[str, Any]:
    try:
        content = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise ActorDataError(f"{path}: file not found") from error
    except yaml.YAMLError as error:
        raise ActorDataError(f"{path}: not valid YAML: {error}") from error
    if content is None:
        return {}
    if not isinstance(content, dict) or not set(content) <= TOP_LEVEL_KEYS:
        raise ActorDataError(f"{path}: the top level must be a mapping of {sorted(TOP_LEVEL_KEYS)}")
    if not isinstance(content.get("found_as_written", False), bool):
        raise ActorDataError(f"{path}: found_as_written must be true or false")
    return content


def office_bodies(
    content: dict[str, Any], path: Path, sectors: frozenset[str]
) -> Iterator[tuple[str, str]]:
    """(noun, sector) of `office_bodies`: {SECTOR: [nouns]} in a YAML file."""
    found = content.get("office_bodies") or {}
    if not isinstance(found, dict):
        raise fail(path, "office_bodies", "must map a CAMEO sector to a list of nouns")
    for sector, nouns in found.items():
        if sector not in sectors:
            raise fail(path, "office_bodies", f"unknown sector {sector!r}")
        for noun in string_list(nouns, path, "office_bodies", sector):
            yield noun, sector


# "successors": which present state a dissolved one's sides read as (actors_history.yaml;
# loaders/extraction/state_eras.py)
TOP_LEVEL_KEYS = frozenset(
    {"actors", "found_as_written", "agents", "not_agents", "office_bodies", "successors"}
)


def entries(content: dict[str, Any], key: str, path: Path) -> Iterator[tuple[str, dict]]:
    found = content.get(key) or []
    if not isinstance(found, list):
        raise ActorDataError(f"{path}: '{key}' must be a list of entries")
    for number, entry in enumerate(found, start=1):
        label = entry.get("name") if isinstance(entry, dict) else None
        where = f"{key} entry {number}" + (f" ({label!r})" if label else "")
        if not isinstance(entry, dict):
            raise fail(path, where, f"must be a mapping, got {entry!r}")
        yield where, entry


def parse_actor(
    entry: dict, path: Path, where: str, countries: frozenset[str]
) -> tuple[Actor, list[str], list[str], list[str]]:
    unknown = set(entry) - _ACTOR_FIELDS
    if unknown:
        raise fail(
            path, where, f"unknown field(s) {sorted(unknown)}; allowed {sorted(_ACTOR_FIELDS)}"
        )
    name, kind = entry.get("name"), entry.get("kind")
    if not isinstance(name, str) or not name.strip():
        raise fail(path, where, "'name' is required (the canonical name)")
    if kind not in KINDS:
        raise fail(path, where, f"kind {kind!r} is not one of {sorted(KINDS)}")
    country, sector = check_codes(entry, path, where, countries)
    if sector is None:
        raise fail(path, where, "'sector' is required (a CAMEO code)")
    aliases = string_list(entry.get("aliases"), path, where, "aliases")
    exact = string_list(entry.get("exact_aliases"), path, where, "exact_aliases")
    adjectives = string_list(entry.get("adjectives"), path, where, "adjectives")
    if adjectives and kind != "state":
        raise fail(path, where, "'adjectives' are for kind 'state' only")
    return Actor(name.strip(), country, sector, kind), aliases, exact, adjectives


def parse_agent(
    entry: dict, path: Path, where: str, countries: frozenset[str]
) -> tuple[Actor, list[str], bool]:
    unknown = set(entry) - _AGENT_FIELDS
    if unknown:
        raise fail(
            path, where, f"unknown field(s) {sorted(unknown)}; allowed {sorted(_AGENT_FIELDS)}"
        )
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise fail(path, where, "'name' is required (what the noun denotes on its own)")
    country, sector = check_codes(entry, path, where, countries)
    if sector is None:
        raise fail(path, where, "'sector' is required (a CAMEO code)")
    nouns = string_list(entry.get("nouns"), path, where, "nouns")
    if not nouns:
        raise fail(path, where, "'nouns' must list at least one noun")
    standalone = entry.get("standalone", True)
    if not isinstance(standalone, bool):
        raise fail(path, where, f"'standalone' must be true or false, got {standalone!r}")
    return Actor(name.strip(), country, sector, "agent"), nouns, standalone
