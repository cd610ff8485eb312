"""Declarative base and the id-column helper shared by every warehouse table.

DuckDB has no SERIAL: each table draws its ids from an explicit sequence, declared here so that
Alembic creates the sequence with the table and the loaders can reserve ids in bulk
(``SELECT nextval('<table>_id_seq') FROM range(n)``).

Foreign keys are deliberately not declared in the database: DuckDB cannot alter or drop columns of
a table that carries one, and the dbt ``relationships`` tests enforce them instead. The columns
that hold references are named ``<table>_id`` and documented as such.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from models.codes import CODE_SETS

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)


def id_sequence(table: str) -> sa.Sequence:
    """The sequence a table's surrogate key is drawn from."""
    return sa.Sequence(f"{table}_id_seq", metadata=Base.metadata)


def id_column(table: str) -> Mapped[int]:
    seq = id_sequence(table)
    return mapped_column(sa.BigInteger, seq, server_default=seq.next_value(), primary_key=True)


def one_of(column: str, code_set: str) -> sa.CheckConstraint:
    """CHECK (column IN (...)) over a code set of models.codes; ``info`` names the set, so the
    dbt seed, the README table and the tests find every coded column from the metadata."""
    values = ", ".join(f"'{value}'" for value in CODE_SETS[code_set])
    return sa.CheckConstraint(
        f'"{column}" IN ({values})', name=column, info={"column": column, "code_set": code_set}
    )


def coded_columns(metadata: sa.MetaData) -> dict[tuple[str, str], str]:
    """(table, column) -> code set name, for every column checked by ``one_of``."""
    found = {}
    for table in metadata.sorted_tables:
        for constraint in table.constraints:
            if isinstance(constraint, sa.CheckConstraint) and "code_set" in constraint.info:
                found[(table.name, constraint.info["column"])] = constraint.info["code_set"]
    return found


def created_at_column() -> Mapped[dt.datetime]:
    return mapped_column(sa.DateTime, server_default=sa.func.current_timestamp(), nullable=False)
