"""Recording every insert, update and delete in the change log, in the same transaction.

The recording is generic: a session event looks at what a flush writes, so services need
not do anything for their changes to be in the history. Rows written with bulk Core
statements (``session.execute(insert(...))``) bypass the flush: whoever writes them records
them with ``record_inserts`` and ``record_updates``, which write the same change-log rows
as the event, many in one statement.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, event, insert, inspect, select
from sqlalchemy.orm import InstanceState, Session, sessionmaker

from anmc_desktop.models.history import ChangeLogEntry

INSERT = "insert"
UPDATE = "update"
DELETE = "delete"

# Derived or bookkeeping columns that say nothing an organizer changed.
IGNORED_COLUMNS = frozenset({"id", "version", "search_text"})
_ACTOR = "anmc_history_actor"
_CHANGES_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)
_JSON_NATIVE = frozenset({str, int, float, bool, type(None)})  # values plain() keeps as they are


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def record_changes_of(sessions: sessionmaker[Session], actor: Callable[[], str]) -> None:
    """Make every flush of these sessions write change-log rows for what it changed."""
    sessions.configure(info={_ACTOR: actor})

    @event.listens_for(sessions, "after_flush")
    def _after_flush(session: Session, _context: object) -> None:
        # After the flush ids exist, while new/dirty/deleted and the attribute histories
        # still describe what was flushed.
        rows = _rows(session, actor(), utc_now())
        if rows:
            session.connection().execute(insert(ChangeLogEntry), rows)


def record_inserts(session: Session, table: Table, records: Iterable[Mapping[str, Any]]) -> None:
    """Log records that a bulk insert wrote: each one's column values, with its id and version.

    The rows are those the flush event writes for an ORM insert, by the same organizer.
    """
    now, actor = utc_now(), _actor_of(session)
    logged = [column.key for column in table.columns if column.key not in IGNORED_COLUMNS]
    rows = []
    for record in records:
        changes = {}
        for key in logged:
            value = record.get(key)
            changes[key] = [None, value if type(value) in _JSON_NATIVE else plain(value)]
        rows.append(_entry(now, actor, INSERT, table.name, record, changes))
    _insert_entries(session, rows)


def record_updates(
    session: Session,
    table: Table,
    changes: Iterable[tuple[Mapping[str, Any], Mapping[str, Any]]],
) -> None:
    """Log records that a bulk update changed: (before, after) column values of each.

    ``after`` holds the record's id and new version; only the columns that differ are
    logged, and a record where none differ is not, as the flush event does.
    """
    now, actor = utc_now(), _actor_of(session)
    logged = [column.key for column in table.columns if column.key not in IGNORED_COLUMNS]
    rows = []
    for before, after in changes:
        changed = {
            key: [plain(before.get(key)), plain(after[key])]
            for key in logged
            if key in after and before.get(key) != after[key]
        }
        if changed:
            rows.append(_entry(now, actor, UPDATE, table.name, after, changed))
    _insert_entries(session, rows)


def _actor_of(session: Session) -> str:
    actor = session.info.get(_ACTOR)
    if actor is None:
        raise RuntimeError("this session does not record changes (not a writing session)")
    return str(actor())


def _entry(
    now: dt.datetime,
    actor: str,
    action: str,
    table_name: str,
    record: Mapping[str, Any],
    changes: dict[str, list[Any]],
) -> dict[str, Any]:
    return {
        "changed_at": now,
        "changed_by": actor,
        "action": action,
        "table_name": table_name,
        "record_id": record["id"],
        "record_version": record.get("version"),
        "changes": _CHANGES_JSON.encode(changes),
    }


def _insert_entries(session: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.connection().execute(insert(ChangeLogEntry.__table__), rows)


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
                    "changes": _CHANGES_JSON.encode(changes),
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
