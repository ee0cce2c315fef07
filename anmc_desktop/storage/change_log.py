"""Recording every insert, update and delete in the change log, in the same transaction.

The recording is generic: a session event looks at what a flush writes, so services need
not do anything for their changes to be in the change log. Rows written with bulk Core
statements (``session.execute(insert(...))``) bypass the flush: whoever writes them records
them with ``record_inserts`` and ``record_updates``, which write one change-log entry for
all the records of the statement (see models/change_log.py). ``entries_for`` reads a record's
changes from both kinds of entries.
"""

from __future__ import annotations

import datetime as dt
import json
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Date, DateTime, Table, Time, event, insert, inspect, select
from sqlalchemy.orm import InstanceState, Session, UOWTransaction, sessionmaker

from anmc_desktop.models.change_log import ChangeLogEntry
from anmc_desktop.storage.logged_inserts import insert_entry_by_sqlite, one_run_of_ids
from anmc_desktop.storage.logged_values import (
    BULK_JSON,
    NOTHING_TO_HIDE,
    as_logged,
    hidden,
    plain,
)

INSERT = "insert"
UPDATE = "update"
DELETE = "delete"

# Derived or bookkeeping columns that say nothing an organizer changed (an agenda item's
# calendar sequence moves only with changes that are logged themselves).
IGNORED_COLUMNS = frozenset({"id", "version", "search_text", "uuid", "sequence"})
_ACTOR = "anmc_change_log_actor"
_CHANGES_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class LoggedChange:
    """One change of one record, from an entry of its own or its part of a bulk entry."""

    changed_at: dt.datetime  # UTC, naive as stored
    changed_by: str
    action: str
    record_version: int | None
    changes: dict[str, list[Any]]  # field -> [before, after], as plain() gives them


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def record_changes_of(sessions: sessionmaker[Session], actor: Callable[[], str]) -> None:
    """Make every flush of these sessions write change-log rows for what it changed."""
    sessions.configure(info={_ACTOR: actor})

    @event.listens_for(sessions, "after_flush")
    def _after_flush(session: Session, context: UOWTransaction) -> None:
        # After the flush ids exist, while new/dirty/deleted and the attribute histories
        # still describe what was flushed.
        rows = _rows(session, context, actor(), utc_now())
        if rows:
            session.connection().execute(insert(ChangeLogEntry), rows)


def record_inserts(session: Session, table: Table, records: Iterable[Mapping[str, Any]]) -> None:
    """Log records that a bulk insert wrote (each one's column values, with its id and
    version) as one entry by the session's organizer.

    Each record's change log shows what the flush event logs for an ORM insert. Called
    right after the insert, in its transaction: in SQLite, rows inserted with one run of
    ids are logged by SQLite from the table (storage/logged_inserts.py).
    """
    records = list(records)
    logged = sorted(column.key for column in table.columns if column.key not in IGNORED_COLUMNS)
    connection = session.connection()
    if (
        connection.dialect.name == "sqlite"
        and (ids := one_run_of_ids(records)) is not None
        and records[0].keys() >= set(logged)  # the records of one insert share their keys
        and insert_entry_by_sqlite(
            connection,
            table,
            logged,
            _personal_keys(table),
            ids,
            _entry(session, INSERT, table.name, ids[0], ids[-1]),
        )
    ):
        return
    parts: list[Sequence[Any]] = list(map(_values_getter(["id", "version", *logged]), records))
    personal = [index + 2 for index, key in enumerate(logged) if key in _personal_keys(table)]
    moment_types = Date | DateTime | Time
    moments = [
        index + 2
        for index, key in enumerate(logged)
        if isinstance(table.c[key].type, moment_types) and index + 2 not in personal
    ]
    # Most records of an import have no personal values at all: looked for first.
    if not any(part[index] not in NOTHING_TO_HIDE for part in parts for index in personal):
        personal = []
    if personal or moments:
        parts = [as_logged(part, personal, moments) for part in parts]
    _insert_entry(session, INSERT, table.name, parts, columns=logged)


def record_updates(
    session: Session,
    table: Table,
    changes: Iterable[tuple[Mapping[str, Any], Mapping[str, Any]]],
) -> None:
    """Log records that a bulk update changed, as one entry: (before, after) column values
    of each.

    ``after`` holds the record's id and new version; only the columns that differ are
    logged, and a record where none differ is not, as the flush event does.
    """
    logged = {column.key for column in table.columns if column.key not in IGNORED_COLUMNS}
    personal = _personal_keys(table)
    parts = []
    for before, after in changes:
        changed = {
            key: [hidden(before.get(key)), hidden(value)]
            if key in personal
            else [before.get(key), value]
            for key, value in after.items()
            if key in logged and before.get(key) != value
        }
        if changed:
            parts.append([after["id"], after.get("version"), changed])
    _insert_entry(session, UPDATE, table.name, parts)


def record_links(
    session: Session, table: Table, field: str, values: Sequence[tuple[int, int | None, Any]]
) -> None:
    """Log, as one entry, what the rows of an association table written in bulk gave the
    records of ``table`` inserted with them: each record's (id, version, value of
    ``field``), shown as record_change shows its [before, after] of a new record."""
    _insert_entry(session, INSERT, table.name, values, columns=[field])


def record_change(
    session: Session, record: object, action: str, changes: Mapping[str, list[Any]]
) -> None:
    """Log a change of a record that its flush does not see (its rows in an association
    table), as an entry of its own: ``changes`` maps a field to [before, after]."""
    state = inspect(record)
    record_id = _record_id(state)
    if record_id is None:
        raise ValueError(f"{record!r} has no id to log a change of")
    session.connection().execute(
        insert(ChangeLogEntry),
        {
            "changed_at": utc_now(),
            "changed_by": _actor_of(session),
            "action": action,
            "table_name": state.mapper.local_table.name,
            "record_id": record_id,
            "record_version": _version(state),
            "changes": _CHANGES_JSON.encode(changes),
        },
    )


def update_entry(
    session: Session, table: Table, record_id: int, version: int, changes: Mapping[str, list[Any]]
) -> dict[str, Any]:
    """The change-log row of an update written without a flush (see storage/logged_updates.py):
    the entry the flush event writes for the same change. ``changes``: field -> [before, after]."""
    personal = _personal_keys(table)
    logged = {
        key: [hidden(plain(value)) if key in personal else plain(value) for value in pair]
        for key, pair in changes.items()
        if key not in IGNORED_COLUMNS
    }
    return {
        "changed_at": utc_now(),
        "changed_by": _actor_of(session),
        "action": UPDATE,
        "table_name": table.name,
        "record_id": record_id,
        "record_version": version,
        "changes": _CHANGES_JSON.encode(logged),
    }


def entries_for(session: Session, table_name: str, record_id: int) -> list[LoggedChange]:
    """A record's changes, oldest first: its own entries and its parts of bulk entries."""
    entry = ChangeLogEntry
    own = select(entry).where(
        entry.table_name == table_name,
        entry.record_id == record_id,
        entry.last_record_id.is_(None),
    )
    bulk = select(entry).where(
        entry.table_name == table_name,
        entry.last_record_id >= record_id,
        entry.record_id <= record_id,
    )
    found = [*session.scalars(own), *session.scalars(bulk)]
    changes = []
    for logged in sorted(found, key=lambda e: e.id):
        if logged.last_record_id is None:
            changes.append(
                LoggedChange(
                    logged.changed_at,
                    logged.changed_by,
                    logged.action,
                    logged.record_version,
                    json.loads(logged.changes),
                )
            )
            continue
        part = _part_of(json.loads(logged.changes), record_id)
        if part is not None:
            version, record_changes = part
            changes.append(
                LoggedChange(
                    logged.changed_at, logged.changed_by, logged.action, version, record_changes
                )
            )
    return changes


def _values_getter(keys: list[str]) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    """The values of ``keys`` (two or more) in a record, None for a key it lacks (one C
    call per record when it has them all, as the rows of an import do)."""
    getter = operator.itemgetter(*keys)

    def values_of(record: Mapping[str, Any]) -> tuple[Any, ...]:
        try:
            return cast(tuple[Any, ...], getter(record))
        except KeyError:
            return tuple(map(record.get, keys))

    return values_of


def _part_of(
    payload: dict[str, Any], record_id: int
) -> tuple[int | None, dict[str, list[Any]]] | None:
    """One record's version and changes in a bulk entry's payload; None if it has none."""
    columns = payload.get("columns")
    for record in payload["records"]:
        if record[0] != record_id:
            continue
        if columns is None:
            return record[1], record[2]
        return record[1], {
            key: [None, value] for key, value in zip(columns, record[2:], strict=True)
        }
    return None


def _actor_of(session: Session) -> str:
    actor = session.info.get(_ACTOR)
    if actor is None:
        raise RuntimeError("this session does not record changes (not a writing session)")
    return str(actor())


def _insert_entry(
    session: Session,
    action: str,
    table_name: str,
    parts: Sequence[Sequence[Any]],
    columns: list[str] | None = None,
) -> None:
    """Insert one change-log entry for the records of a bulk write: ``parts`` holds each
    record's [id, version, ...] (its changes, or its values in ``columns``' order)."""
    if not parts:
        return
    payload: dict[str, Any] = {"records": parts}
    if columns is not None:
        payload = {"columns": columns} | payload
    ids = [part[0] for part in parts]
    entry = _entry(session, action, table_name, min(ids), max(ids))
    session.connection().execute(
        insert(ChangeLogEntry), entry | {"changes": BULK_JSON.encode(payload)}
    )


def _entry(
    session: Session, action: str, table_name: str, first_id: int, last_id: int
) -> dict[str, Any]:
    """A bulk entry's columns but its changes."""
    return {
        "changed_at": utc_now(),
        "changed_by": _actor_of(session),
        "action": action,
        "table_name": table_name,
        "record_id": first_id,
        "last_record_id": last_id,
        "record_version": None,
    }


def _rows(
    session: Session, context: UOWTransaction, actor: str, now: dt.datetime
) -> list[dict[str, Any]]:
    # The flush's own list of deletes: session.deleted misses the orphans it deletes by
    # cascade (signatories cleared from a declaration).
    deleted = [
        state
        for state, (is_delete, list_only) in context.states.items()
        if is_delete and not list_only
    ]
    gone = set(deleted)
    rows = []
    for action, states in (
        (INSERT, [inspect(instance) for instance in session.new]),
        (UPDATE, [s for s in map(inspect, session.dirty) if s not in gone]),
        (DELETE, deleted),
    ):
        for state in states:
            if state.class_ is ChangeLogEntry:
                continue
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


def _personal_keys(table: Table) -> frozenset[str]:
    return frozenset(column.key for column in table.columns if column.info.get("personal"))


def _changes(state: InstanceState[Any], action: str) -> dict[str, list[Any]]:
    changes = _all_changes(state, action)
    for key in _personal_keys(state.mapper.local_table):
        if key in changes:
            changes[key] = [hidden(value) for value in changes[key]]
    return changes


def _all_changes(state: InstanceState[Any], action: str) -> dict[str, list[Any]]:
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
            # SQLAlchemy's record of the attribute's values in this flush.
            attribute = state.attrs[key].history
            if not attribute.added and not attribute.deleted:
                continue
            before = attribute.deleted[0] if attribute.deleted else None
            after = attribute.added[0] if attribute.added else None
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
