"""One source for every coded value (models/codes.py): each derived copy is checked here."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, get_args

import pytest
import yaml

import models
from loaders.extraction import contract
from models import codes, derive
from models.base import coded_columns

REPO = Path(__file__).resolve().parent.parent
DBT_PROJECT = REPO / "dbt_project"


def dbt_tests(kind: str) -> list[tuple[str, dict[str, Any]]]:
    """(file:column, arguments) of every ``kind`` test in the dbt project's YAML files."""
    found = []

    def visit(node: Any, where: str) -> None:
        if isinstance(node, dict):
            if kind in node and isinstance(node[kind], dict):
                found.append((where, node[kind].get("arguments", node[kind])))
            name = node.get("name")
            for value in node.values():
                visit(value, f"{where}:{name}" if isinstance(name, str) else where)
        elif isinstance(node, list):
            for value in node:
                visit(value, where)

    for path in sorted(DBT_PROJECT.glob("[!t]*/**/*.yml")):
        visit(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)
    return found


def test_derived_files_are_up_to_date() -> None:
    stale = [str(p.relative_to(REPO)) for p in derive.stale_files()]
    assert stale == [], f"run `python -m models.derive`: {stale} differ from models/codes.py"


def test_event_families_seed_is_the_event_types_file() -> None:
    with codes.EVENT_TYPES_FILE.open(encoding="utf-8", newline="") as handle:
        source = {row["type"]: row["family"] for row in csv.DictReader(handle)}
    seed = DBT_PROJECT / "seeds" / "event_families.csv"
    with seed.open(encoding="utf-8", newline="") as handle:
        copied = {row["event_type"]: row["event_family"] for row in csv.DictReader(handle)}
    assert copied == source and set(codes.EVENT_TYPES) == set(source)


def test_every_literal_accepted_values_list_is_a_code_set() -> None:
    """Lists still written out in dbt YAML (marts) must equal a set of codes.py exactly, so a
    code added there fails here until the list is updated (or becomes a row_checks code)."""
    known = {frozenset(values): name for name, values in codes.CODE_SETS.items()}
    literal = dbt_tests("accepted_values")
    drifted = [
        (where, args["values"]) for where, args in literal if frozenset(args["values"]) not in known
    ]
    assert drifted == []


def test_accepted_code_tests_name_real_sets_and_cover_every_checked_column() -> None:
    used = {code_set for _, args in dbt_tests("row_checks")
            for code_set in args.get("codes", {}).values()}  # fmt: skip
    assert used <= set(codes.CODE_SETS), used - set(codes.CODE_SETS)
    checked = set(coded_columns(models.metadata).values())
    assert checked <= used, f"coded columns without a dbt row_checks code: {checked - used}"


@pytest.mark.parametrize(
    ("literal", "code_set"),
    [
        (contract.ClaimStance, codes.CLAIM_STANCES),
        (contract.EventStance, codes.EVENT_STANCES),
        (contract.DatePrecision, codes.DATE_PRECISIONS),
        (contract.TollKind, codes.TOLL_KINDS),
    ],
)
def test_contract_literals_equal_their_code_sets(literal: Any, code_set: tuple[str, ...]) -> None:
    assert get_args(literal) == code_set


def test_readme_table_lists_every_code() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split(derive.BEGIN, 1)[1].split(derive.END, 1)[0]
    for name, values in codes.CODE_SETS.items():
        row = next(line for line in table.splitlines() if line.startswith(f"| `{name}` |"))
        assert row.rsplit("|", 2)[1].strip() == ", ".join(f"`{v}`" for v in values)
