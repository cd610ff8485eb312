"""The data tests a data-only build may leave out: those that read only what is unchanged since
the last successful build, which ran them (or left them out for the same reason).

On a data-only build (loaders/build_state.py) the seeds are the project's still, and the lookup
tables whose hashes equal the recorded ones hold the rows that build read. A view reads only
its parents, so a view whose parents are all unchanged is unchanged too (the staging views of
those tables, the actors' target groups). A test whose every input is unchanged would read the
same rows again and give the same answer: it is left out, by name, and the build says so. The
tests of everything else run (scoped to new rows where macros/written_keys.sql can).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from loaders.build_state import SEEDS


def unchanged_nodes(manifest: Any, unchanged_tables: Iterable[str]) -> set[str]:
    """Unique ids of the seeds (when "seeds" is among the unchanged), of the sources over
    unchanged tables and of the views whose every parent is one of these."""
    tables = set(unchanged_tables)
    unchanged = {uid for uid, node in manifest.nodes.items()
                 if _kind(node) == "seed" and SEEDS in tables}  # fmt: skip
    unchanged |= {uid for uid, source in manifest.sources.items()
                  if source.identifier in tables}  # fmt: skip
    views = {uid: node for uid, node in manifest.nodes.items()
             if _kind(node) == "model" and node.config.materialized == "view"}  # fmt: skip
    grown = True
    while grown:  # views over views: until no view is added
        grown = False
        for uid, view in views.items():
            parents = view.depends_on.nodes
            if uid not in unchanged and parents and set(parents) <= unchanged:
                unchanged.add(uid)
                grown = True
    return unchanged


def data_tests_to_leave_out(manifest: Any, unchanged_tables: Iterable[str]) -> list[str]:
    """Names of the data tests that read only unchanged nodes, sorted."""
    unchanged = unchanged_nodes(manifest, unchanged_tables)
    return sorted(
        node.name
        for node in manifest.nodes.values()
        if _kind(node) == "test"
        and node.depends_on.nodes
        and set(node.depends_on.nodes) <= unchanged
    )


def _kind(node: Any) -> str:
    return str(getattr(node.resource_type, "value", node.resource_type))
