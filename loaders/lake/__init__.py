"""Lake mode: the warehouse as a DuckLake (catalog in PostgreSQL, data in Parquet files).

Set ``WIREHOUSE_CATALOG`` (a PostgreSQL connection string) and ``WIREHOUSE_DATA_PATH`` (a
directory or object-store URL), or the global options ``--catalog`` / ``--data-path``, and every
command works on the lake instead of the DuckDB file. Needs ``pip install 'wirehouse[scale]'``.
"""
