"""search texts of any length; SQLite never hands a deleted record's id to a new one

City and person search texts join several fields (a person's includes a 4000-character
position), so they become TEXT: PostgreSQL refused valid records whose search text was
longer than the VARCHAR. On SQLite every table with an integer id is rebuilt with
AUTOINCREMENT, so that a new record never reuses the id of a deleted one (the change log
and caches keyed by ids would mix the two). PostgreSQL sequences never reuse ids: there
only the column types change.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None

# Parents before children, as in the first schema.
TABLES_WITH_AN_ID = (
    "city",
    "meeting",
    "declaration",
    "delegation",
    "declaration_paragraph",
    "person",
    "agenda_item",
    "signatory",
    "change_log",
)
# Table -> the length of its search_text VARCHAR before this revision.
SEARCH_TEXTS = {"city": 200, "person": 4000}


def _on_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    if not _on_sqlite():
        for table, length in SEARCH_TEXTS.items():
            op.alter_column(
                table,
                "search_text",
                type_=sa.Text(),
                existing_type=sa.String(length=length),
                existing_nullable=False,
            )
        return
    # The rebuilt tables keep their foreign keys, CHECK constraints and indexes (batch
    # mode reflects them); the app's migrate() runs this with foreign key enforcement off,
    # as SQLite requires for rebuilding a table that others refer to.
    for table in TABLES_WITH_AN_ID:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": True}
        ) as batch:
            if table in SEARCH_TEXTS:
                batch.alter_column(
                    "search_text",
                    type_=sa.Text(),
                    existing_type=sa.String(length=SEARCH_TEXTS[table]),
                    existing_nullable=False,
                )
    _start_ids_above_removed_records()


def _start_ids_above_removed_records() -> None:
    """The rebuilt tables number on from their largest id; a record removed before this
    upgrade may have had a larger one, which the change log remembers."""
    bind = op.get_bind()
    for table in TABLES_WITH_AN_ID:
        logged = bind.execute(
            sa.text("SELECT max(record_id) FROM change_log WHERE table_name = :table"),
            {"table": table},
        ).scalar()
        if logged is None:
            continue
        current = bind.execute(
            sa.text("SELECT seq FROM sqlite_sequence WHERE name = :table"), {"table": table}
        ).scalar()
        if current is None:
            statement = "INSERT INTO sqlite_sequence (name, seq) VALUES (:table, :seq)"
        elif logged > current:
            statement = "UPDATE sqlite_sequence SET seq = :seq WHERE name = :table"
        else:
            continue
        bind.execute(sa.text(statement), {"table": table, "seq": logged})


def downgrade() -> None:
    if not _on_sqlite():
        for table, length in SEARCH_TEXTS.items():
            op.alter_column(
                table,
                "search_text",
                type_=sa.String(length=length),
                existing_type=sa.Text(),
                existing_nullable=False,
            )
        return
    for table in TABLES_WITH_AN_ID:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": False}
        ) as batch:
            if table in SEARCH_TEXTS:
                batch.alter_column(
                    "search_text",
                    type_=sa.String(length=SEARCH_TEXTS[table]),
                    existing_type=sa.Text(),
                    existing_nullable=False,
                )
