"""identities of meetings and agenda items; the calendar sequence of agenda items

A meeting file names its meeting by a UUID, so that importing a meeting that is already
there is noticed; an agenda item's UUID is its calendar UID on every laptop, and its
sequence number (SEQUENCE in iCalendar) rises with each change a calendar shows. Existing
records get fresh UUIDs and sequence 0 (no calendar has seen a change of them).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None

TABLES_WITH_AN_IDENTITY = ("meeting", "agenda_item")


def upgrade() -> None:
    bind = op.get_bind()
    for table in TABLES_WITH_AN_IDENTITY:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("uuid", sa.String(length=36), nullable=True))
            if table == "agenda_item":
                batch.add_column(sa.Column("sequence", sa.Integer(), nullable=True))
        ids = bind.execute(sa.text(f"SELECT id FROM {table}")).scalars().all()
        if ids:
            bind.execute(
                sa.text(f"UPDATE {table} SET uuid = :uuid WHERE id = :id"),
                [{"id": record_id, "uuid": str(uuid.uuid4())} for record_id in ids],
            )
        if table == "agenda_item":
            bind.execute(sa.text("UPDATE agenda_item SET sequence = 0"))
        with op.batch_alter_table(table) as batch:
            batch.alter_column("uuid", existing_type=sa.String(length=36), nullable=False)
            batch.create_unique_constraint(f"uq_{table}_uuid", ["uuid"])
            if table == "agenda_item":
                batch.alter_column("sequence", existing_type=sa.Integer(), nullable=False)


def downgrade() -> None:
    for table in TABLES_WITH_AN_IDENTITY:
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(f"uq_{table}_uuid", type_="unique")
            batch.drop_column("uuid")
            if table == "agenda_item":
                batch.drop_column("sequence")
