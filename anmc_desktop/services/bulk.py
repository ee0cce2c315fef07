"""What services that handle tens of thousands of records in one call (person imports,
meeting files, delegation-list exports) share to stay fast: frozen records made without
their generated ``__init__``, and rows inserted with one executemany of the driver, their
ids known. (The paused cycle collector they share with printing is in collector.py.)"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    DateTime,
    Enum,
    Insert,
    Table,
    Update,
    func,
    insert,
    select,
)
from sqlalchemy.types import TypeEngine

RecordT = TypeVar("RecordT")
_CHUNK_ROWS = 10_000


def frozen_record(record_class: type[RecordT], values: Mapping[str, Any]) -> RecordT:
    """A frozen dataclass record of these values, one for each of its fields, made as copy
    and pickle make one: the generated ``__init__`` sets each field through
    ``object.__setattr__``, which took longer than reading the rows from the database.

    Only for dataclasses without ``__post_init__`` and ``__slots__``
    (tests/services/test_bulk.py checks those the services use).
    """
    record = object.__new__(record_class)
    record.__dict__.update(values)
    return record


def insert_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert the rows (each with the same keys) and give each its new ``id``.

    SQLite gets the ids AUTOINCREMENT would give (insert_with_next_ids); a server returns
    them by RETURNING, in the order of the rows.
    """
    if not rows:
        return
    if connection.dialect.name == "sqlite":
        insert_with_next_ids(connection, table, rows)
        return
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    for values, new_id in zip(rows, connection.execute(statement, rows).scalars(), strict=True):
        values["id"] = new_id


def _unheard(done: int) -> None:
    """Where no one follows a write's progress."""


def insert_with_next_ids(
    connection: Connection,
    table: Table,
    rows: list[dict[str, Any]],
    written: Callable[[int], None] = _unheard,
) -> None:
    """Insert the rows into SQLite with the ids AUTOINCREMENT would give them, one after
    another above the largest id the table ever had, as one executemany of the driver.

    The write transaction began IMMEDIATE, so no other writer can take those ids first
    (and a taken id would fail the insert, never go to the wrong row).
    """
    largest = connection.execute(select(func.max(table.c.id))).scalar() or 0
    ever = connection.exec_driver_sql(
        "SELECT seq FROM sqlite_sequence WHERE name = ?", (table.name,)
    ).scalar()
    first = max(largest, ever or 0) + 1
    for offset, values in enumerate(rows):
        values["id"] = first + offset
    execute_many(connection, insert(table), list(rows[0]), rows, written)


def execute_many(
    connection: Connection,
    statement: Insert | Update,
    columns: list[str],
    rows: list[dict[str, Any]],
    written: Callable[[int], None] = _unheard,
) -> int:
    """Execute the statement, writing ``columns``, once for each row; the rows it matched.
    ``written`` hears how many rows were executed after each chunk.

    With a positional driver (SQLite) as one executemany of the driver: SQLAlchemy's own
    per-row parameter handling took twice the database's time. The statement is still
    SQLAlchemy's, and its bind processors convert the values.
    """
    dialect = connection.dialect
    compiled = statement.compile(dialect=dialect, column_keys=columns)
    if not compiled.positional:
        matched = connection.execute(statement, rows).rowcount
        written(len(rows))
        return matched
    order = tuple(compiled.positiontup or ())
    converters: list[Callable[[list[Any]], Iterable[Any]] | None] = []
    for name in order:
        column_type = compiled.binds[name].type
        convert = column_type.dialect_impl(dialect).bind_processor(dialect)
        if convert is not None and dialect.name == "sqlite" and isinstance(column_type, DateTime):
            convert = _sqlite_moments(convert)
        converters.append(None if convert is None else _column_converter(column_type, convert))
    matched = 0
    # In chunks, all in the caller's transaction: the converted parameters of 100,000
    # rows are never all held at once. Each row's parameters are zipped from one map of
    # each column (converted with one more), all C calls.
    for start in range(0, len(rows), _CHUNK_ROWS):
        chunk = rows[start : start + _CHUNK_ROWS]
        columns = [
            map(operator.itemgetter(name), chunk)
            if convert is None
            else convert(list(map(operator.itemgetter(name), chunk)))
            for name, convert in zip(order, converters, strict=True)
        ]
        parameters = list(zip(*columns, strict=True))
        matched += connection.exec_driver_sql(compiled.string, parameters).rowcount
        written(start + len(parameters))
    return matched


# Types whose equal values are converted alike (unlike numbers: 1 == 1.0 == True), so
# that a column's value can be converted once for all the rows that hold it.
_CONVERTED_ALIKE_WHEN_EQUAL = (Boolean, Enum, Date, DateTime)


def _column_converter(
    column_type: TypeEngine[Any], convert: Callable[[Any], Any]
) -> Callable[[list[Any]], Iterable[Any]]:
    """The converted values of a column, as ``convert`` gives them for each.

    A column of flags, roles or dates mostly repeats a few values (and None): for such
    a type each distinct value is converted once, and the rest are looked up, a C call
    each instead of a call of the bind processor."""
    if not isinstance(column_type, _CONVERTED_ALIKE_WHEN_EQUAL):
        return lambda values: map(convert, values)

    def converted(values: list[Any]) -> Iterable[Any]:
        try:
            distinct = set(values)
        except TypeError:  # a value of no such type: the bind processor says what is wrong
            return map(convert, values)
        if len(distinct) * 2 > len(values):
            return map(convert, values)
        known = {value: convert(value) for value in distinct}
        return map(known.__getitem__, values)

    return converted


_PROBE = dt.datetime(2014, 9, 17, 14, 30, 5, 123456)


def _sqlite_moments(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """SQLAlchemy's conversion of datetimes to SQLite's text, a naive datetime's done by
    ``isoformat`` when that gives the same text (as with the default storage format):
    SQLAlchemy's formatting of 200,000 arrivals and departures took a third of a second."""
    if convert(_PROBE) != _PROBE.isoformat(" ", "microseconds"):
        return convert

    def converted(value: Any) -> Any:
        if type(value) is dt.datetime and value.tzinfo is None:
            return value.isoformat(" ", "microseconds")
        return convert(value)

    return converted
