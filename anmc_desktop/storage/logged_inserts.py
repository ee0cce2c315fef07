"""A bulk insert's change-log entry made by SQLite from the rows the insert just wrote.

``change_log.record_inserts`` turns each record's values into JSON in Python: for the
100,000 persons of an import, 3 million values, read, dates formatted and encoded, about a
tenth of the import. SQLite's json functions make the same text in C, reading the rows
back by their ids (which SQLite inserts get in one run, see services/bulk.py).

The text holds what the Python path writes: the same columns in the same order, datetimes
as ``isoformat`` gives them, flags as true and false, personal values hidden
(tests/storage/test_logged_inserts.py compares the two). A table with a column of another
type (times, numbers with decimals, binary data) is logged by the Python path.
"""

from __future__ import annotations

import datetime as dt
import operator
import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    ColumnElement,
    Connection,
    Date,
    DateTime,
    Enum,
    Integer,
    String,
    Table,
    case,
    func,
    insert,
    literal,
    or_,
    select,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeEngine

from anmc_desktop.models.change_log import ChangeLogEntry
from anmc_desktop.storage.logged_values import PERSONAL_VALUE

# SQLAlchemy's text of a datetime in SQLite ends in its microseconds, which
# isoformat leaves out when they are zero.
_NO_MICROSECONDS = ".000000"
_PROBE = dt.datetime(2014, 9, 17, 14, 30, 5)
# From this version on, every SQLite has the json functions (before, only if compiled in).
_JSON_BUILT_IN = (3, 38, 0)


def insert_entry_by_sqlite(
    connection: Connection,
    table: Table,
    logged: list[str],
    personal: frozenset[str],
    ids: range,
    entry: dict[str, Any],
) -> bool:
    """Insert the change-log entry ``entry`` (every column but its changes) of the rows of
    ``table`` with these ids, its changes made by SQLite: {"columns": logged, "records":
    [[id, version, *values], ...]}. False, with nothing written, for a column whose
    stored form has no such reading here, or an SQLite that may lack the json functions."""
    if sqlite3.sqlite_version_info < _JSON_BUILT_IN:
        return False
    dialect = connection.dialect
    values = [_logged_value(table.c[key], key in personal, dialect) for key in logged]
    if any(value is None for value in values):
        return False
    records = func.json_group_array(func.json_array(table.c.id, table.c.version, *values))
    changes = func.json_object(
        "columns", func.json_array(*map(literal, logged)), "records", records
    )
    given = [literal(value, ChangeLogEntry.__table__.c[key].type) for key, value in entry.items()]
    rows = select(*given, changes).where(table.c.id.between(ids.start, ids.stop - 1))
    connection.execute(insert(ChangeLogEntry).from_select([*entry, "changes"], rows))
    return True


def one_run_of_ids(records: Sequence[Mapping[str, Any]]) -> range | None:
    """The records' ids if they follow one another from the first, in order."""
    if not records:
        return None
    ids = list(map(operator.itemgetter("id"), records))
    run = range(ids[0], ids[0] + len(ids))
    return run if ids == list(run) else None


def _logged_value(
    column: Column[Any], personal: bool, dialect: Dialect
) -> ColumnElement[Any] | None:
    """How the column's stored value is logged, as plain() would log the value written;
    None if it cannot be read here."""
    column_type = column.type
    if personal:
        return case((or_(column.is_(None), column == ""), column), else_=literal(PERSONAL_VALUE))
    if isinstance(column_type, Boolean):
        # json() of a constant is worked out once per statement, and a CASE keeps its
        # value JSON (1 and 0 are what SQLAlchemy stores for True and False).
        return case({1: func.json("true"), 0: func.json("false")}, value=column)
    if isinstance(column_type, DateTime):
        return _isoformat(column) if _stored_as_expected(column_type, dialect) else None
    if isinstance(column_type, Enum | Date | String | Integer):
        return column  # enums hold their members' values (models/base.enum_column_type)
    return None


def _isoformat(column: ColumnElement[Any]) -> ColumnElement[Any]:
    """A stored datetime as isoformat gives it."""
    whole_seconds = func.substr(column, 1, func.length(column) - len(_NO_MICROSECONDS))
    trimmed = case(
        (func.substr(column, -len(_NO_MICROSECONDS)) == _NO_MICROSECONDS, whole_seconds),
        else_=column,
    )
    return func.replace(trimmed, " ", "T")


def _stored_as_expected(column_type: TypeEngine[Any], dialect: Dialect) -> bool:
    """Whether the column's datetimes are stored as ``_isoformat`` reads them
    (SQLAlchemy's default storage format in SQLite)."""
    store = column_type.dialect_impl(dialect).bind_processor(dialect)
    return store is not None and store(_PROBE) == f"{_PROBE.isoformat(' ')}{_NO_MICROSECONDS}"
