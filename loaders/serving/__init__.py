"""Serving: a published read-only copy of the warehouse for BI tools, ad hoc SQL and the report.

DuckDB lets one process write a file and then no other may open it, not even read only. So
readers never open the warehouse: they open ``serving.duckdb``, a copy that ``publish`` replaces
atomically, and a load or build never waits for a dashboard.
"""
