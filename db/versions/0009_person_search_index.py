"""a covering index for the person search (SQLite)

A search over 100,000 persons scanned the wide person rows twice per keystroke (once for
the fingerprint of the sorted order, once to filter); this index holds what both read
(the delegation, the version, the search text and the id), so each scan reads a narrow
index instead. SQLite only: a PostgreSQL B-tree refuses entries over 2,700 bytes, and a
search text joins a 4,000-character position.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | None = None
depends_on: str | None = None


def _on_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    if _on_sqlite():
        op.create_index("ix_person_search", "person", ["delegation_id", "version", "search_text"])


def downgrade() -> None:
    if _on_sqlite():
        op.drop_index("ix_person_search", table_name="person")
