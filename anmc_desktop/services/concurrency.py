"""Optimistic locking for edits: a save never silently overwrites another organizer's.

Every record carries a ``version`` (SQLAlchemy's version_id_col bumps it on each update
and refuses an UPDATE whose version changed underneath it). An edit form keeps the
version it loaded; the service's update method takes it as ``expected_version`` and calls
``check_version`` right after loading the record in its unit of work:

    def update(self, city_id, draft, expected_version=None):
        with self._database.writing() as session:
            city = _load(session, city_id)
            check_version(session, city, expected_version, "City")
            ...

``check_version`` raises ConflictError listing what the other organizer changed since
(from the change log), with ``current_version`` for a deliberate overwrite. A race between
two saves at the same moment is caught by the version column itself and also raises
ConflictError (from ``Database.writing``). ``expected_version=None`` keeps today's
behaviour for callers that do not edit (imports, the command line).
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from anmc_desktop.errors import ChangedField, ConflictError
from anmc_desktop.models import City, Delegation, Person
from anmc_desktop.storage.change_log import entries_for
from anmc_desktop.text import display_name


class Versioned(Protocol):
    id: int
    version: int


def check_version(
    session: Session, record: Versioned, expected_version: int | None, what: str
) -> None:
    """Raise ConflictError if ``record`` changed since the organizer loaded ``expected_version``."""
    if expected_version is None or record.version == expected_version:
        return
    table = inspect(record).mapper.local_table.name
    raise ConflictError(
        what,
        record.id,
        changes_since(session, table, record.id, expected_version),
        current_version=record.version,
        label=label_of(record),
    )


def label_of(record: object) -> str | None:
    """A record named as organizers name it in a message ("Andrey Knorr", "the delegation
    of Tomsk", a meeting's title); None for a record without such a name."""
    if isinstance(record, Person):
        name = display_name(record.given_name, record.family_name, record.family_name_first)
        return name or record.native_name or None
    if isinstance(record, Delegation):
        return f"the delegation of {record.city.name_en}"
    if isinstance(record, City):
        return record.name_en
    title = getattr(record, "title", None)
    return f"“{title}”" if isinstance(title, str) and title else None


def changes_since(
    session: Session, table_name: str, record_id: int, version: int
) -> list[ChangedField]:
    """Each field changed after ``version``: its value then, its value now, by whom and when."""
    merged: dict[str, ChangedField] = {}
    for entry in entries_for(session, table_name, record_id):
        if entry.record_version is None or entry.record_version <= version:
            continue
        for field, (before, after) in entry.changes.items():
            earlier = merged.get(field)
            merged[field] = ChangedField(
                field=field,
                before=earlier.before if earlier else before,
                after=after,
                by=entry.changed_by,
                at=entry.changed_at.replace(tzinfo=dt.UTC),
            )
    return [change for change in merged.values() if change.before != change.after]
