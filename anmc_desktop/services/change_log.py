"""A record's change log: who changed what, and when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from anmc_desktop.db import Database
from anmc_desktop.storage.change_log import entries_for


@dataclass(frozen=True)
class ChangeRecord:
    changed_at: dt.datetime  # UTC, aware
    changed_by: str
    action: str  # "insert", "update" or "delete"
    record_version: int | None
    # field -> (before, after), as stored: dates as ISO text, enums as their value
    changes: dict[str, tuple[object, object]]


class ChangeLogService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def for_record(self, table_name: str, record_id: int) -> list[ChangeRecord]:
        """Every change of one record (``table_name`` as in the models, e.g. "person"),
        oldest first."""
        with self._database.reading() as session:
            return [
                ChangeRecord(
                    changed_at=entry.changed_at.replace(tzinfo=dt.UTC),
                    changed_by=entry.changed_by,
                    action=entry.action,
                    record_version=entry.record_version,
                    changes={
                        field: (before, after) for field, (before, after) in entry.changes.items()
                    },
                )
                for entry in entries_for(session, table_name, record_id)
            ]
