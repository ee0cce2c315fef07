"""Recording every insert, update and delete in the change log, in the same transaction.

The recording is generic: a session event looks at what a flush writes, so services need
not do anything for their changes to be in the history. Rows written with bulk Core
statements (``session.execute(insert(...))``) bypass the flush and are not recorded.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import InstanceState, Session, sessionmaker

from anmc_desktop.models.history import ChangeLogEntry

INSERT = "insert"
UPDATE = "update"
DELETE = "delete"

# Derived or bookkeeping columns that say nothing an organizer changed.
IGNORED_COLUMNS = frozenset({"id", "version", "search_text"})


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def record_changes_of(sessions: sessionmaker[Session], actor: Callable[[], str]) -> None:
    """Make every flush of these sessions write change-log rows for what it changed."""

    @event.listens_for(sessions, "after_flush")
    def _after_flush(session: Session, _context: object) -> None:
        # After the flush ids exist, while new/dirty/deleted and the attribute histories
        # still describe what was flushed.
        rows = _rows(session, actor(), utc_now())
        if rows:
            session.connection().execute(insert(ChangeLogEntry), rows)


def _rows(session: Session, actor: str, now: dt.datetime) -> list[dict[str, Any]]:
    rows = []
    for action, objects in (
        (INSERT, session.new),
        (UPDATE, session.dirty),
        (DELETE, session.deleted),
    ):
        for instance in objects:
            if isinstance(instance, ChangeLogEntry):
                continue
            state = inspect(instance)
            changes = _changes(state, action)
            if action == UPDATE and not changes:
                continue
            record_id = _record_id(state)
            if record_id is None:
                continue
            rows.append(
                {
                    "changed_at": now,
                    "changed_by": actor,
                    "action": action,
                    "table_name": state.mapper.local_table.name,
                    "record_id": record_id,
                    "record_version": None if action == DELETE else _version(state),
                    "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True),
                }
            )
    return rows


def _changes(state: InstanceState[Any], action: str) -> dict[str, list[Any]]:
    changes: dict[str, list[Any]] = {}
    for prop in state.mapper.column_attrs:
        key = prop.key
        if key in IGNORED_COLUMNS:
            continue
        if action == INSERT:
            changes[key] = [None, plain(state.dict.get(key))]
        elif action == DELETE:
            changes[key] = [plain(state.dict.get(key)), None]
        else:
            history = state.attrs[key].history
            if not history.added and not history.deleted:
                continue
            before = history.deleted[0] if history.deleted else None
            after = history.added[0] if history.added else None
            if before != after:
                changes[key] = [plain(before), plain(after)]
    return changes


def _record_id(state: InstanceState[Any]) -> int | None:
    identity = state.identity or state.mapper.primary_key_from_instance(state.obj())
    if identity and len(identity) == 1 and isinstance(identity[0], int):
        return identity[0]
    return None


def _version(state: InstanceState[Any]) -> int | None:
    column = state.mapper.version_id_col
    if column is None:
        return None
    value = state.mapper.get_property_by_column(column).key
    version = state.dict.get(value)
    return version if isinstance(version, int) else None


def plain(value: object) -> Any:
    """A value as JSON can hold it: dates as ISO text, enums as their value."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return repr(value)


def entries_for(session: Session, table_name: str, record_id: int) -> list[ChangeLogEntry]:
    """A record's history, oldest first."""
    return list(
        session.scalars(
            select(ChangeLogEntry)
            .where(ChangeLogEntry.table_name == table_name, ChangeLogEntry.record_id == record_id)
            .order_by(ChangeLogEntry.id)
        )
    )


def latest_change_id(session: Session) -> int:
    return session.scalar(select(ChangeLogEntry.id).order_by(ChangeLogEntry.id.desc())) or 0
