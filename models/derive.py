"""Write the files derived from models/codes.py: ``python -m models.derive`` (``--check`` only
reports what differs, exit 1).

- the var ``codes`` of ``dbt_project/dbt_project.yml`` (every code set, read by the generic dbt
  test ``accepted_code`` at compile time, so a selected build needs no seed);
- ``dbt_project/seeds/event_families.csv``: the family of each event type, for the marts;
- the coded-value table of README.md.

Each derived block sits between ``codes:begin`` and ``codes:end`` markers; the rest of the file
is left as it is.

tests/test_codes.py runs the check, so a derived copy cannot drift from codes.py unnoticed.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import models
from models.base import coded_columns
from models.codes import CODE_SETS, EVENT_FAMILY_OF

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "dbt_project" / "seeds"
DBT_PROJECT_FILE = REPO / "dbt_project" / "dbt_project.yml"
README = REPO / "README.md"
BEGIN, END = "<!-- codes:begin (python -m models.derive) -->", "<!-- codes:end -->"
YAML_BEGIN = (
    "  # codes:begin. Written by `python -m models.derive` from models/codes.py; "
    "do not edit by hand."
)
YAML_END = "  # codes:end"


def _csv(header: tuple[str, str], rows: list[tuple[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def dbt_codes_var() -> str:
    """The ``codes`` var of dbt_project.yml: one flow list per code set."""
    lines = ["  codes:"]
    for name, codes in CODE_SETS.items():
        lines.append(f"    {name}: {json.dumps(list(codes))}")  # JSON is YAML, quoted
    return "\n".join(lines)


def event_families_csv() -> str:
    return _csv(("event_type", "event_family"), sorted(EVENT_FAMILY_OF.items()))


def readme_table() -> str:
    """The README's coded-value table: each set, the warehouse columns it checks, its codes."""
    columns: dict[str, list[str]] = {}
    for (table, column), code_set in coded_columns(models.metadata).items():
        columns.setdefault(code_set, []).append(f"`{table}.{column}`")
    lines = ["| code set | checked columns | values |", "|---|---|---|"]
    for name, codes in CODE_SETS.items():
        checked = ", ".join(sorted(columns.get(name, []))) or "none (dbt tests, extraction)"
        lines.append(f"| `{name}` | {checked} | {', '.join(f'`{c}`' for c in codes)} |")
    return "\n".join(lines)


def between_markers(current: str, begin: str, end: str, block: str) -> str:
    """``current`` with the text between its ``begin`` and ``end`` lines replaced by ``block``."""
    if begin not in current or end not in current:
        raise ValueError(f"markers {begin!r} ... {end!r} not found")
    head, rest = current.split(begin, 1)
    _, tail = rest.split(end, 1)
    return f"{head}{begin}\n{block}\n{end}{tail}"


def derived_files() -> dict[Path, str]:
    return {
        DBT_PROJECT_FILE: between_markers(
            DBT_PROJECT_FILE.read_text(encoding="utf-8"), YAML_BEGIN, YAML_END, dbt_codes_var()
        ),
        SEEDS / "event_families.csv": event_families_csv(),
        README: between_markers(README.read_text(encoding="utf-8"), BEGIN, END, readme_table()),
    }


def stale_files() -> list[Path]:
    """The derived files whose content differs from what codes.py gives now."""
    return [
        path
        for path, text in derived_files().items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]


def main(argv: list[str]) -> int:
    stale = stale_files()
    if "--check" in argv:
        for path in stale:
            print(f"{path.relative_to(REPO)} differs from models/codes.py", file=sys.stderr)
        return 1 if stale else 0
    for path, text in derived_files().items():
        if path in stale:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
