"""declaration: credentials of the signatories

Per signatory, whether the full powers or credentials letter has arrived and whether the
signature is given ad referendum. Existing signatories have neither.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None

SIGNATORY_FLAGS = ("credentials_received", "ad_referendum")


def upgrade() -> None:
    with op.batch_alter_table("signatory") as batch:
        for name in SIGNATORY_FLAGS:
            batch.add_column(
                sa.Column(name, sa.Boolean(), server_default=sa.false(), nullable=False)
            )


def downgrade() -> None:
    with op.batch_alter_table("signatory") as batch:
        for name in SIGNATORY_FLAGS:
            batch.drop_column(name)
