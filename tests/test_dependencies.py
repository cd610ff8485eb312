"""What the code imports is declared, and every reader's dependency imports where it installed."""

from __future__ import annotations

import ast
import importlib
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
OWN_PACKAGES = {"loaders", "models", "migrations", "tests"}
# Imported lazily by the readers, or by what they call (jusText under trafilatura needs
# lxml.html.clean): a missing one would only show on the first file of that format.
READER_MODULES = (
    "lxml.html", "lxml.html.clean", "trafilatura", "justext", "feedparser",
    "charset_normalizer", "ftfy", "dateutil.parser",
)  # fmt: skip


def _declared() -> set[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    # Extras count: lake mode imports psycopg and ray only when `wirehouse[scale]` is installed.
    extras = [d for group in project.get("optional-dependencies", {}).values() for d in group]
    names = {
        re.split(r"[<>=!~\[; ]", d, maxsplit=1)[0] for d in [*project["dependencies"], *extras]
    }
    return {n.lower().replace("_", "-") for n in names}


def _imported_modules() -> set[str]:
    modules = set()
    for folder in ("loaders", "models", "migrations"):
        for path in (REPO / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    modules.update(a.name.split(".")[0] for a in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    modules.add(node.module.split(".")[0])
    return modules - OWN_PACKAGES - set(sys.stdlib_module_names) - {"__future__"}


def test_every_imported_distribution_is_declared() -> None:
    owners = packages_distributions()
    declared = _declared()
    undeclared = {
        module: owners.get(module)
        for module in _imported_modules()
        if not {d.lower().replace("_", "-") for d in owners.get(module, [])} & declared
    }
    assert not undeclared, f"imported but not declared in pyproject.toml: {undeclared}"


@pytest.mark.parametrize("module", READER_MODULES)
def test_reader_dependency_imports(module: str) -> None:
    importlib.import_module(module)


def test_html_reader_reads_a_page_with_the_installed_packages() -> None:
    from loaders.readers.html_page import read_html_file

    paragraph = "Government forces shelled positions near Homs on Monday, residents said. "
    page = f"<html><body><nav>Home</nav><article><p>{paragraph * 4}</p></article></body></html>"
    (record,) = read_html_file(page.encode(), "page.html")
    assert "shelled positions near Homs" in record.text
