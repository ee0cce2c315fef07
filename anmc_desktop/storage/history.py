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
import operator
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Column, Table, event, insert, inspect, select
from sqlalchemy.orm import InstanceState, Session, sessionmaker

from anmc_desktop.models.history import ChangeLogEntry

INSERT = "insert"
UPDATE = "update"
DELETE = "delete"

# Derived or bookkeeping columns that say nothing an organizer changed.
IGNORED_COLUMNS = frozenset({"id", "version", "search_text"})
_ACTOR = "anmc_history_actor"
_CHANGES_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)
# Values encoded in one go for the bulk API, separated by a character JSON text escapes.
_SEPARATOR = "\x00"
# Column types whose values JSON writes as plain() does: StrEnum and IntEnum as their
# values, the others (dates, plain enums, Decimal) through ``default``.
_SCALAR_TYPES = (str, int, float, bool, dt.date, dt.time, Decimal, enum.Enum)
_ENTRIES = cast(Table, ChangeLogEntry.__table__)
# The order the shared values come in, then the values of each row (_insert_entries).
_ENTRY_COLUMNS = (
    "changed_at",
    "changed_by",
    "action",
    "table_name",
    "record_id",
    "record_version",
    "changes",
)


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
    logged = sorted(column.key for column in table.columns if column.key not in IGNORED_COLUMNS)
    encode = _insert_encoder(table, logged)
    entries = [(record["id"], record.get("version"), encode(record)) for record in records]
    _insert_entries(session, INSERT, table.name, entries)


def record_updates(
    session: Session,
    table: Table,
    changes: Iterable[tuple[Mapping[str, Any], Mapping[str, Any]]],
) -> None:
    """Log records that a bulk update changed: (before, after) column values of each.

    ``after`` holds the record's id and new version; only the columns that differ are
    logged, and a record where none differ is not, as the flush event does.
    """
    logged = [column.key for column in table.columns if column.key not in IGNORED_COLUMNS]
    entries = []
    for before, after in changes:
        changed = {
            key: [plain(before.get(key)), plain(after[key])]
            for key in logged
            if key in after and before.get(key) != after[key]
        }
        if changed:
            entries.append((after["id"], after.get("version"), _CHANGES_JSON.encode(changed)))
    _insert_entries(session, UPDATE, table.name, entries)


def _insert_encoder(table: Table, logged: list[str]) -> Callable[[Mapping[str, Any]], str]:
    """What the flush event writes as the changes of an inserted record, ``{"column": [null,
    value], ...}`` by sorted column, made faster for thousands of records.

    Every record has the same columns, so their text around the values is a template;
    the values of a record are encoded with one call, separated by a control character
    that JSON text cannot hold unescaped. That needs values JSON writes as plain() does
    (text, numbers, booleans, None; dates and enums by ``default``): a table with a column
    of any other type gets the event's own encoding.
    """

    def encode_each(record: Mapping[str, Any]) -> str:
        return _CHANGES_JSON.encode({key: [None, plain(record.get(key))] for key in logged})

    columns = {column.key: column for column in table.columns}
    if not logged or not all(_plain_scalar(columns[key]) for key in logged):
        return encode_each

    template = (
        "{"
        + ", ".join(_CHANGES_JSON.encode(key).replace("%", "%%") + ": [null, %s]" for key in logged)
        + "}"
    )
    values_of = operator.itemgetter(*logged) if len(logged) > 1 else None

    def encode(record: Mapping[str, Any]) -> str:
        try:
            values = values_of(record) if values_of else (record[logged[0]],)
        except KeyError:
            values = tuple(record.get(key) for key in logged)
        texts = _SEPARATED_JSON.encode(values)[1:-1].split(_SEPARATOR)
        if len(texts) != len(logged):  # a list where the column's type says a scalar
            return encode_each(record)
        return template % tuple(texts)

    return encode


def _plain_scalar(column: Column[Any]) -> bool:
    """Whether JSON writes this column's values as plain() does (no lists, dicts, bytes)."""
    try:
        python_type = column.type.python_type
    except NotImplementedError:
        return False
    return issubclass(python_type, _SCALAR_TYPES)


def _actor_of(session: Session) -> str:
    actor = session.info.get(_ACTOR)
    if actor is None:
        raise RuntimeError("this session does not record changes (not a writing session)")
    return str(actor())


def _insert_entries(
    session: Session, action: str, table_name: str, entries: list[tuple[int, int | None, str]]
) -> None:
    """Insert change-log rows (record id, version, changes) by the session's organizer, now.

    One executemany of the statement SQLAlchemy compiles for this database, with values
    its own bind processors convert (the same organizer, time, action and table for all
    rows, so those are converted once): SQLAlchemy's per-row parameter handling took as
    long as the database's work.
    """
    if not entries:
        return
    now, actor = utc_now(), _actor_of(session)
    connection = session.connection()
    dialect = connection.dialect
    compiled = _ENTRIES.insert().compile(dialect=dialect, column_keys=list(_ENTRY_COLUMNS))
    shared = {"changed_at": now, "changed_by": actor, "action": action, "table_name": table_name}
    converters: dict[str, Callable[[Any], Any] | None] = {}
    for name, bind in compiled.binds.items():
        converters[name] = bind.type.dialect_impl(dialect).bind_processor(dialect)
    for name, value in shared.items():
        convert = converters[name]
        shared[name] = convert(value) if convert else value
    per_row = _ENTRY_COLUMNS[len(shared) :]
    if any(converters[name] for name in per_row):
        entries = [
            tuple(
                convert(value) if convert else value
                for convert, value in zip((converters[n] for n in per_row), entry, strict=True)
            )
            for entry in entries
        ]
    order = tuple(compiled.positiontup or ()) if compiled.positional else None
    rows: list[Any]
    if order == _ENTRY_COLUMNS:
        first = tuple(shared.values())
        rows = [first + entry for entry in entries]
    else:
        rows = [shared | dict(zip(per_row, entry, strict=True)) for entry in entries]
        if order is not None:
            in_order = operator.itemgetter(*order)
            rows = [in_order(row) for row in rows]
    connection.exec_driver_sql(compiled.string, rows)


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


# plain() as the default: after it is defined.
_SEPARATED_JSON = json.JSONEncoder(ensure_ascii=False, separators=(_SEPARATOR, ": "), default=plain)


def entries_for(session: Session, table_name: str, record_id: int) -> list[ChangeLogEntry]:
    """A record's history, oldest first."""
    return list(
        session.scalars(
            select(ChangeLogEntry)
            .where(ChangeLogEntry.table_name == table_name, ChangeLogEntry.record_id == record_id)
            .order_by(ChangeLogEntry.id)
        )
    )
