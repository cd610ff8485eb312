"""warehouse identity: the id publish records in the serving file

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 07:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "warehouse_identity",
        sa.Column(
            "warehouse_id",
            sa.String(length=32),
            nullable=False,
            comment="Random id drawn when the warehouse was created",
        ),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.PrimaryKeyConstraint("warehouse_id", name=op.f("pk_warehouse_identity")),
    )
    # Existing warehouses get their id here too.
    op.execute(
        "INSERT INTO warehouse_identity (warehouse_id) VALUES (replace(uuid()::VARCHAR, '-', ''))"
    )


def downgrade() -> None:
    op.drop_table("warehouse_identity")
