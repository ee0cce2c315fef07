"""change log: one entry for the records of a bulk write

A person import writes one change-log entry for all its records instead of one each;
``last_record_id`` bounds the ids that entry covers, so that a record's history finds it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column("change_log", sa.Column("last_record_id", sa.Integer(), nullable=True))
    op.create_index(
        "ix_change_log_batch", "change_log", ["table_name", "last_record_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_change_log_batch", table_name="change_log")
    with op.batch_alter_table("change_log") as batch:
        batch.drop_column("last_record_id")
