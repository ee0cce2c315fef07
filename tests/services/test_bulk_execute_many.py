"""Rows written by bulk.execute_many are stored as SQLAlchemy's own insert stores them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, create_engine, insert
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
