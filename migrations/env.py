"""Alembic environment: the target is the wirehouse metadata, the URL the configured DuckDB file."""

from __future__ import annotations

from alembic import context
from sqlalchemy.pool import NullPool

import models
from loaders.db import database_path, make_engine

config = context.config
target_metadata = models.metadata


def _url() -> str:
    given = config.attributes.get("db_path") or config.get_main_option("wirehouse_db")
    return f"duckdb:///{database_path(given)}"


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=target_metadata)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = make_engine(database_path(config.attributes.get("db_path")), poolclass=NullPool)
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=target_metadata)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
