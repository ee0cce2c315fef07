"""An update of one versioned row and its change-log entry, in one round trip on a server.

A save through the ORM is a flush (its UPDATE) and then the change log's flush event (its
INSERT): two round trips to a team's server. ``update_logged`` writes both in one
statement on PostgreSQL (a data-modifying WITH: the entry is inserted for the row the
UPDATE returns, so for none when the row's version had changed), and as two statements on
SQLite, which has no round trips. Either way the row is written only at the version the
caller read, in the caller's transaction, with the entry the flush event would write.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Table, insert, literal, select, update
from sqlalchemy.orm import Session

from anmc_desktop.models.change_log import ChangeLogEntry
from anmc_desktop.storage.change_log import update_entry

_ENTRY_COLUMNS = (
    "changed_at",
    "changed_by",
    "action",
    "table_name",
    "record_id",
    "record_version",
    "changes",
)


def update_logged(
    session: Session,
    table: Table,
    record_id: int,
    version: int,
    changes: Mapping[str, list[Any]],
    derived: Mapping[str, Any],
) -> bool:
    """Write ``changes`` (column -> [before, after]) and ``derived`` (columns the log
    ignores, such as a search text) to the row ``record_id`` if its version is still
    ``version``, raising the version by one, and log the change. False, and nothing
    written, if another save changed the row since it was read."""
    values = {key: after for key, (_before, after) in changes.items()}
    row = update(table).where(table.c.id == record_id, table.c.version == version)
    row = row.values({**values, **derived, "version": version + 1})
    entry = update_entry(session, table, record_id, version + 1, changes)
    if session.get_bind().dialect.name != "postgresql":
        if session.execute(row).rowcount != 1:  # type: ignore[attr-defined]
            return False
        session.execute(insert(ChangeLogEntry), entry)
        return True
    updated = row.returning(table.c.id).cte("updated")
    fixed = [literal(entry[key], ChangeLogEntry.__table__.c[key].type) for key in _ENTRY_COLUMNS]
    logged = insert(ChangeLogEntry).from_select(
        list(_ENTRY_COLUMNS), select(*fixed).select_from(updated)
    )
    return session.execute(logged.returning(ChangeLogEntry.id)).first() is not None
