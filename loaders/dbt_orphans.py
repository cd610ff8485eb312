"""Relations an older version of the dbt project left behind, dropped after a build.

dbt creates what the project declares and never removes what it no longer declares: a mart
renamed, a model made ephemeral (``int_event_reports_toll_checked`` was a view once). In the
``marts`` schema such a leftover would be published with stale numbers beside the real marts;
in the others it is a view over columns that may no longer exist. After a successful build the
project's manifest lists every relation it owns, and anything else in its schemas goes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb

from loaders.build_state import STATE_SCHEMA, STATE_TABLE

# The schemas dbt writes (macros/generate_schema_name.sql); `main` is the loader's.
DBT_SCHEMAS = ("staging", "intermediate", "marts")
BUILT_RESOURCES = ("model", "seed", "snapshot")


def declared_relations(manifest: dict[str, Any]) -> set[tuple[str, str]]:
    """(schema, name) of every relation the project materialises."""
    declared = set()
    for node in manifest.get("nodes", {}).values():
        if node.get("resource_type") not in BUILT_RESOURCES:
            continue
        if node.get("config", {}).get("materialized") == "ephemeral":
            continue
        name = node.get("alias") or node["name"]
        declared.add((str(node["schema"]).lower(), str(name).lower()))
    return declared


def leftover_relations(
    conn: duckdb.DuckDBPyConnection, declared: set[tuple[str, str]]
) -> list[tuple[str, str, str]]:
    """(schema, name, 'TABLE' or 'VIEW') of relations in dbt's schemas the project no longer
    declares."""
    rows = conn.execute(
        "SELECT schema_name, table_name, 'TABLE' FROM duckdb_tables() "
        "WHERE database_name = current_database() AND schema_name IN ?1 "
        "UNION ALL SELECT schema_name, view_name, 'VIEW' FROM duckdb_views() "
        "WHERE database_name = current_database() AND schema_name IN ?1 AND NOT internal",
        [list(DBT_SCHEMAS)],
    ).fetchall()
    leftovers = [row for row in rows if (row[0].lower(), row[1].lower()) not in declared]
    return sorted(leftovers, key=lambda row: (row[2] != "VIEW", row[0], row[1]))  # views first


def parsed_nodes(manifest: Any) -> dict[str, Any]:
    """What declared_relations reads of ``manifest.json``, from the Manifest a parse in this
    process returned (a data-only build writes no manifest.json: loaders/commands/build.py)."""
    return {"nodes": {uid: {"resource_type": str(getattr(node.resource_type, "value",
                                                             node.resource_type)),
                            "schema": node.schema, "name": node.name,
                            "alias": getattr(node, "alias", None),
                            "config": {"materialized": getattr(node.config, "materialized", None)}}
                      for uid, node in manifest.nodes.items()}}  # fmt: skip


def drop_leftovers(conn: duckdb.DuckDBPyConnection, manifest: Path | dict[str, Any]) -> list[str]:
    """Drop what the manifest (the path of ``manifest.json``, or parsed_nodes of one parsed in
    process) does not declare; the names dropped."""
    if isinstance(manifest, Path):
        manifest = json.loads(manifest.read_text(encoding="utf-8"))
    declared = declared_relations(manifest)
    if not declared:  # an unreadable or foreign manifest must never empty the warehouse
        return []
    declared.add((STATE_SCHEMA, STATE_TABLE))  # wirehouse's record of the build, not dbt's
    dropped = []
    for schema, name, kind in leftover_relations(conn, declared):
        conn.execute(f'DROP {kind} IF EXISTS "{schema}"."{name}"')
        dropped.append(f"{schema}.{name}")
    return dropped
