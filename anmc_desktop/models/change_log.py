"""The change log: who changed which record, when, and what the fields were before and after.

Rows are written by the database layer (anmc_desktop/storage/change_log.py) for every insert,
update and delete in the same transaction as the change itself, and are never edited.

An edit writes one row per record. A bulk write (a person import of thousands of rows)
writes one row for all its records: ``record_id`` and ``last_record_id`` are the smallest
and largest id it covers and ``changes`` holds each record's part (see
storage/change_log.py). One row per record doubled the time of an import.
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
        Index("ix_change_log_batch", "table_name", "last_record_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # UTC, without a zone so that SQLite and PostgreSQL store the same value.
    changed_at: Mapped[dt.datetime]
    changed_by: Mapped[str]
    action: Mapped[str]
    table_name: Mapped[str]
    record_id: Mapped[int]
    # Set for a bulk write only: the largest id of the records it covers.
    last_record_id: Mapped[int | None]
    # The record's version after this change (None for a delete, an unversioned table or
    # a bulk write, whose changes give each record's version).
    record_version: Mapped[int | None]
    # JSON object: {field: [before, after]}; for an insert before is null, for a delete
    # after. A bulk write: {"records": [[id, version, {field: [before, after]}], ...]}, or
    # for inserts {"columns": [field, ...], "records": [[id, version, value, ...], ...]}.
    changes: Mapped[str] = mapped_column(Text)
