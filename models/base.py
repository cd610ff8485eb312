"""Declarative base and the id-column helper shared by every warehouse table.

DuckDB has no SERIAL: each table draws its ids from an explicit sequence, declared here so that
Alembic creates the sequence with the table and the loaders can reserve ids in bulk
(``SELECT nextval('<table>_id_seq') FROM range(n)``).

Foreign keys are deliberately not declared in the database: DuckDB cannot alter or drop columns of
a table that carries one, and the dbt ``relationships`` tests enforce them instead. The columns
that hold references are named ``<table>_id`` and documented as such.

The fact tables an extraction writes per article (mentions, claims, events, toll_claims) have no
primary-key index either (``FactTable``): their ids are drawn from their sequences, so unique by
construction, and the dbt ``unique`` tests check them; an index on them only cost every load
(about 40% of a batch's inserts, tests/benchmarks/RESULTS.md) and every checkpoint.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

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
    """The table's surrogate key: drawn from its sequence, the primary key."""
    seq = id_sequence(table)
    return mapped_column(sa.BigInteger, seq, server_default=seq.next_value(), primary_key=True)


def fact_id_column(table: str) -> Mapped[int]:
    """A fact table's id: drawn from its sequence like ``id_column``, with no index behind it
    (``FactTable`` names it the mapper's key)."""
    seq = id_sequence(table)
    return mapped_column(sa.BigInteger, seq, server_default=seq.next_value(), nullable=False)


class FactTable:
    """Mixin of the tables whose id is a ``fact_id_column``: the ORM needs a key, the
    database gets no primary-key index (see the module's docstring)."""

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        table: sa.Table = cls.__table__  # type: ignore[attr-defined]
        return {"primary_key": [sequence_drawn_id(table)]}


def sequence_drawn_id(table: sa.Table) -> sa.Column[Any]:
    """The column a table draws from its sequence (its id), or its primary key when none is."""
    drawn = [c for c in table.columns if isinstance(c.default, sa.Sequence)]
    if drawn:
        return drawn[0]
    (column,) = table.primary_key.columns
    return column


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
