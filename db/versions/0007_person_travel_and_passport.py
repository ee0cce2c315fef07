"""persons' travel, stay and passport data

What the logistics lists and the letters of issue 18 print: flights and the arrival point,
who meets the person, hotel and room, the car or bus, and for visa support letters the
passport's number and expiry and the nationality. Texts default to "" for the persons
already there, as the models' defaults do.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None

TEXT_COLUMNS = (
    "arrival_flight",
    "arrival_point",
    "departure_flight",
    "met_by",
    "hotel",
    "room",
    "transport",
    "passport_number",
    "nationality",
)


def upgrade() -> None:
    # Added in place (ALTER TABLE ADD COLUMN), never by copying the table: a SQLite copy
    # would lose the table's AUTOINCREMENT, and ids of deleted persons would come back.
    with op.batch_alter_table("person") as batch:
        for name in TEXT_COLUMNS:
            batch.add_column(
                sa.Column(name, sa.String(length=200), nullable=False, server_default="")
            )
        batch.add_column(sa.Column("passport_expiry", sa.Date(), nullable=True))
    if op.get_bind().dialect.name != "sqlite":
        # The server default only filled the rows already there; the models give it.
        for name in TEXT_COLUMNS:
            op.alter_column("person", name, existing_type=sa.String(length=200),
                            server_default=None)  # fmt: skip


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        for name in (*TEXT_COLUMNS, "passport_expiry"):
            batch.drop_column(name)
