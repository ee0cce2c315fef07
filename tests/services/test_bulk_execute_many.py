"""Rows written by bulk.execute_many are stored as SQLAlchemy's own insert stores them."""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path

import pytest
from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    insert,
)
from sqlalchemy import text as sql_text

from anmc_desktop.services.bulk import execute_many

_METADATA = MetaData()
_MOMENTS = Table(
    "moment",
    _METADATA,
    Column("id", Integer, primary_key=True),
    Column("note", String(20)),
    Column("at", DateTime),
)
_VALUES = [
    dt.datetime(2014, 9, 17, 14, 30),
    dt.datetime(2014, 9, 17, 14, 30, 5, 123456),
    dt.datetime(999, 1, 2, 3, 4, 5),
    dt.datetime(2014, 9, 17, 14, 30, tzinfo=dt.timezone(dt.timedelta(hours=7))),
    None,
]


def _stored(path: Path, bulk: bool) -> list[tuple[object, ...]]:
    engine = create_engine(f"sqlite:///{path}")
    _METADATA.create_all(engine)
    rows = [{"id": n, "note": f"n{n}", "at": at} for n, at in enumerate(_VALUES, 1)]
    with engine.begin() as connection:
        if bulk:
            execute_many(connection, insert(_MOMENTS), ["id", "note", "at"], rows)
        else:
            connection.execute(insert(_MOMENTS), rows)
    with engine.connect() as connection:
        stored = list(connection.execute(sql_text("SELECT id, note, at FROM moment ORDER BY id")))
    engine.dispose()
    return [tuple(row) for row in stored]


def test_dates_and_times_are_stored_as_sqlalchemy_stores_them(tmp_path: Path) -> None:
    # GIVEN naive moments (with and without microseconds, a year below 1000), one with a
    # time zone and none
    # WHEN they are written in bulk and by SQLAlchemy's insert
    bulk = _stored(tmp_path / "bulk.db", bulk=True)
    plain = _stored(tmp_path / "plain.db", bulk=False)
    # THEN the database holds the same text
    assert bulk == plain
    assert bulk[0] == (1, "n1", "2014-09-17 14:30:00.000000")


class _Kind(enum.Enum):
    PLENARY = "plenary"
    PANEL = "panel"


_REPEATED = Table(
    "repeated",
    _METADATA,
    Column("id", Integer, primary_key=True),
    Column("flag", Boolean),
    Column("kind", Enum(_Kind, values_callable=lambda kinds: [k.value for k in kinds])),
    Column("day", Date),
    Column("at", DateTime),
)


def _stored_repeated(path: Path, rows: list[dict[str, object]], bulk: bool) -> list[tuple]:
    engine = create_engine(f"sqlite:///{path}")
    _METADATA.create_all(engine)
    with engine.begin() as connection:
        if bulk:
            execute_many(connection, insert(_REPEATED), list(rows[0]), rows)
        else:
            connection.execute(insert(_REPEATED), rows)
    with engine.connect() as connection:
        stored = connection.execute(sql_text("SELECT * FROM repeated ORDER BY id"))
        found = [tuple(row) for row in stored]
    engine.dispose()
    return found


def test_repeated_flags_kinds_and_days_are_stored_as_sqlalchemy_stores_them(
    tmp_path: Path,
) -> None:
    # GIVEN columns that repeat a few values each (converted once per value in bulk),
    # True and 1 among the flags, None among the days and moments
    rows = [
        {
            "id": n,
            "flag": [True, False, 1, None][n % 4],
            "kind": [_Kind.PLENARY, _Kind.PANEL, "panel"][n % 3],
            "day": [dt.date(2014, 9, 17), None][n % 2],
            "at": [dt.datetime(2014, 9, 17, 14, 30), None, dt.datetime(2014, 9, 18)][n % 3],
        }
        for n in range(1, 25)
    ]
    # WHEN they are written in bulk and by SQLAlchemy's insert
    # THEN the database holds the same values
    bulk = _stored_repeated(tmp_path / "bulk.db", rows, bulk=True)
    assert bulk == _stored_repeated(tmp_path / "plain.db", rows, bulk=False)
    assert bulk[0][1:] == (0, "panel", None, None)


def test_a_value_of_no_such_type_is_refused_with_the_types_own_message(tmp_path: Path) -> None:
    # GIVEN a day that is a list (no value a set can hold)
    rows = [{"id": n, "day": ["2014-09-17"] if n == 3 else None} for n in range(1, 6)]
    # WHEN it is written in bulk THEN SQLAlchemy's date type refuses it, as it would
    with pytest.raises(TypeError, match="only accepts Python date objects"):
        _stored_repeated(tmp_path / "bulk.db", rows, bulk=True)
