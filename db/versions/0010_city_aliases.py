"""aliases of cities, editable per city

An import meets a city under other names than the two a city row holds: its official name
("Tomsk Region"), a historic one ("Rangoon") or its name in another script ("東京"). The
organizers keep them per city; every import matches them, with the built-in ones.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "city_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=200), nullable=False),
        sa.Column("alias_key", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["city_id"], ["city.id"], ondelete="CASCADE",
                                name="fk_city_alias_city_id_city"),
        sa.PrimaryKeyConstraint("id", name="pk_city_alias"),
        sa.UniqueConstraint("alias_key", name="uq_city_alias_alias_key"),
        sqlite_autoincrement=True,
    )  # fmt: skip
    op.create_index("ix_city_alias_city_id", "city_alias", ["city_id"])


def downgrade() -> None:
    op.drop_index("ix_city_alias_city_id", table_name="city_alias")
    op.drop_table("city_alias")
