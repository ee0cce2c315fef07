"""The change log: who changed which record, when, and what the fields were before and after.

Rows are written by the database layer (anmc_desktop/db.py) for every insert, update and
delete in the same transaction as the change itself, and are never edited.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from anmc_desktop.models.base import Base


class ChangeLogEntry(Base):
    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_record", "table_name", "record_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # UTC, without a zone so that SQLite and PostgreSQL store the same value.
    changed_at: Mapped[dt.datetime]
    changed_by: Mapped[str]
    action: Mapped[str]
    table_name: Mapped[str]
    record_id: Mapped[int]
    # The record's version after this change (None for a delete or an unversioned table).
    record_version: Mapped[int | None]
    # JSON object: {field: [before, after]}; for an insert before is null, for a delete after.
    changes: Mapped[str] = mapped_column(Text)
