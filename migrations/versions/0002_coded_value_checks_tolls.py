"""coded-value checks, event stances and best counts, toll_claims

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 06:50:00

DuckDB has no ALTER TABLE ... ADD CONSTRAINT, so each table that gains a CHECK is rebuilt: its
rows go to a temporary copy, the table is created again from its reflected definition plus the
checks (and, for ``events``, the new columns), and the rows come back. Sequences are untouched,
so ids keep counting where they were.

The code sets are frozen here as they stood at this revision (a migration is history);
tests/test_migrations.py fails when models.codes moves on without a migration that follows.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SECTORS = (
    "GOV", "MIL", "REB", "OPP", "COP", "SPY", "JUD", "LEG", "PTY", "CVL", "MED", "EDU", "BUS",
    "NGO", "IGO", "IMG", "UAF", "REF", "HLH", "ELI", "RAD", "SEP", "INS", "LAB", "AGR", "ENV",
    "CRM", "REL",
)  # fmt: skip
CHECKS: dict[str, dict[str, tuple[str, ...]]] = {
    "sources": {"kind": ("outlet", "wire_agency", "monitor", "government", "unknown")},
    "load_runs": {
        "command": ("load", "reextract"),
        "status": ("running", "succeeded", "partial", "failed", "interrupted"),
    },
    "entities": {"kind": ("actor", "place", "person"), "sector": _SECTORS},
    "locations": {"precision": ("site", "city", "admin1", "country", "unresolved")},
    "claims": {"stance": ("assert", "deny")},
    "events": {
        "date_precision": ("day", "week", "month", "year"),
        "stance": ("assert", "deny", "threaten", "plan", "demand", "hypothetical", "rumour"),
    },
}
# (table, column) -> (comment at 0001, comment from this revision on)
COMMENTS = {
    ("sources", "kind"): ("One of SOURCE_KINDS", "One of models.codes.SOURCE_KINDS"),
    ("load_runs", "status"): ("One of RUN_STATUSES", "One of models.codes.RUN_STATUSES"),
    ("entities", "kind"): ("One of ENTITY_KINDS", "One of models.codes.ENTITY_KINDS"),
    ("claims", "stance"): ("assert | deny", "One of models.codes.CLAIM_STANCES"),
    ("events", "stance"): ("assert | deny", "One of models.codes.EVENT_STANCES"),
}
TOLL_KINDS = ("running_total", "periodic", "historical", "disease", "disaster", "generic")


def _event_columns() -> list[sa.Column]:
    return [
        sa.Column(
            "killed_best",
            sa.Integer(),
            nullable=True,
            comment="Best estimate: the lowest figure the words support, or the one given",
        ),
        sa.Column("injured_best", sa.Integer(), nullable=True),
        sa.Column(
            "killed_open_ended",
            sa.Boolean(),
            nullable=True,
            comment="No stated upper bound ('more than 10'); then killed_high is null",
        ),
        sa.Column("injured_open_ended", sa.Boolean(), nullable=True),
    ]


def _check(table: str, column: str, values: tuple[str, ...]) -> sa.CheckConstraint:
    listed = ", ".join(f"'{value}'" for value in values)
    return sa.CheckConstraint(f'"{column}" IN ({listed})', name=f"ck_{table}_{column}")


def _rebuild(
    table: str,
    checks: dict[str, tuple[str, ...]],
    add: Sequence[sa.Column] = (),
    drop: Sequence[str] = (),
    comment_at: int = 1,
) -> None:
    """Create ``table`` again with these checks (none: without checks), keeping its rows."""
    conn = op.get_bind()
    old = sa.Table(table, sa.MetaData(), autoload_with=conn)
    for column in old.columns:
        if (table, column.name) in COMMENTS:
            column.comment = COMMENTS[(table, column.name)][comment_at]
    uniques = [c.columns.keys() for c in old.constraints if isinstance(c, sa.UniqueConstraint)]
    new = sa.Table(
        table,
        sa.MetaData(),
        *[column._copy() for column in old.columns if column.name not in drop],
        *[column._copy() for column in add],
        *[sa.UniqueConstraint(*names, name=f"uq_{table}_{'_'.join(names)}") for names in uniques],
        *[_check(table, column, values) for column, values in checks.items()],
    )
    kept = ", ".join(f'"{c.name}"' for c in old.columns if c.name not in drop)
    op.execute(f"CREATE TEMPORARY TABLE _rebuild_{table} AS SELECT * FROM {table}")
    op.execute(f"DROP TABLE {table}")
    new.create(conn)
    op.execute(f"INSERT INTO {table} ({kept}) SELECT {kept} FROM _rebuild_{table}")
    op.execute(f"DROP TABLE _rebuild_{table}")


def upgrade() -> None:
    for table, checks in CHECKS.items():
        _rebuild(table, checks, add=_event_columns() if table == "events" else ())
    op.execute(sa.schema.CreateSequence(sa.Sequence("toll_claims_id_seq")))
    op.create_table(
        "toll_claims",
        sa.Column(
            "toll_claim_id",
            sa.BigInteger(),
            server_default=sa.text("nextval('toll_claims_id_seq')"),
            nullable=False,
        ),
        sa.Column("article_id", sa.BigInteger(), nullable=False, comment="-> articles"),
        sa.Column(
            "claim_id",
            sa.BigInteger(),
            nullable=True,
            comment="-> claims; null when in the writer's own voice",
        ),
        sa.Column(
            "toll_kind", sa.String(), nullable=False, comment="One of models.codes.TOLL_KINDS"
        ),
        sa.Column("victims_text", sa.String(), nullable=True, comment="civilians, people..."),
        sa.Column("killed_low", sa.Integer(), nullable=True),
        sa.Column("killed_high", sa.Integer(), nullable=True),
        sa.Column("killed_best", sa.Integer(), nullable=True),
        sa.Column("open_ended", sa.Boolean(), nullable=True),
        sa.Column("conflict_text", sa.String(), nullable=True, comment="Syria's war..."),
        sa.Column("country_iso3", sa.String(length=3), nullable=True),
        sa.Column("since_date", sa.Date(), nullable=True),
        sa.Column("since_text", sa.String(), nullable=True, comment="since 2011"),
        sa.Column("period_text", sa.String(), nullable=True, comment="a year, in the 1990s"),
        sa.Column("count_start", sa.Integer(), nullable=True),
        sa.Column("count_end", sa.Integer(), nullable=True),
        sa.Column("sentence_start", sa.Integer(), nullable=False),
        sa.Column("sentence_end", sa.Integer(), nullable=False),
        sa.Column("extractor_version", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("toll_claim_id", name=op.f("pk_toll_claims")),
        _check("toll_claims", "toll_kind", TOLL_KINDS),
    )


def downgrade() -> None:
    op.drop_table("toll_claims")
    op.execute(sa.schema.DropSequence(sa.Sequence("toll_claims_id_seq")))
    dropped = [column.name for column in _event_columns()]
    for table in CHECKS:
        _rebuild(table, {}, drop=dropped if table == "events" else (), comment_at=0)
