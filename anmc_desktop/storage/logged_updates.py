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
from functools import lru_cache
from typing import Any

from sqlalchemy import Executable, Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from anmc_desktop.models.change_log import ChangeLogEntry
from anmc_desktop.storage.change_log import update_entry

_ENTRY = ChangeLogEntry.__table__
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
    values = {key: after for key, (_before, after) in changes.items()} | dict(derived)
    entry = update_entry(session, table, record_id, version + 1, changes)
    parameters = {f"set_{key}": value for key, value in values.items()} | {
        "row_id": record_id,
        "read_version": version,
        "new_version": version + 1,
    }
    server = session.get_bind().dialect.name == "postgresql"
    statement = _statement(table, tuple(values), server)
    if server:
        parameters |= {f"log_{key}": entry[key] for key in _ENTRY_COLUMNS}
        return session.execute(statement, parameters).first() is not None
    if session.execute(statement, parameters).rowcount != 1:  # type: ignore[attr-defined]
        return False
    session.execute(insert(ChangeLogEntry), entry)
    return True


@lru_cache(maxsize=256)
def _statement(table: Table, columns: tuple[str, ...], server: bool) -> Executable:
    """The UPDATE of these columns at a version read (with its log entry on a server),
    built once (for the last 256 shapes): building it cost more than sending it."""
    row = (
        update(table)
        .where(table.c.id == bindparam("row_id"), table.c.version == bindparam("read_version"))
        .values(
            {key: bindparam(f"set_{key}") for key in columns}
            | {"version": bindparam("new_version")}
        )
    )
    if not server:
        return row
    updated = row.returning(table.c.id).cte("updated")
    fixed = [bindparam(f"log_{key}", type_=_ENTRY.c[key].type) for key in _ENTRY_COLUMNS]
    logged = insert(_ENTRY).from_select(list(_ENTRY_COLUMNS), select(*fixed).select_from(updated))
    return logged.returning(_ENTRY.c.id)
