"""Imports and their undo write with a larger SQLite page cache, and give it back: the
window's connections keep SQLite's everyday 2 MB each."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import event

from anmc_desktop.db import Database
from anmc_desktop.records.meeting_transfer import IfAlreadyThere
from anmc_desktop.services import Services
from anmc_desktop.storage.sqlite_settings import (
    BULK_PAGE_CACHE_KIB,
    EVERYDAY_PAGE_CACHE_KIB,
    bulk_page_cache,
)
from tests.exchange.import_helpers import two_guests_of_tomsk
from tests.exchange.meeting_files import exported, imported

LARGER = f"PRAGMA cache_size = -{BULK_PAGE_CACHE_KIB}"


def _statements(database: Database, call: Callable[[], object]) -> list[str]:
    seen: list[str] = []

    def record(_connection: object, _cursor: object, statement: str, *_: object) -> None:
        seen.append(statement)

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        call()
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    return seen


def _pooled_cache_size(database: Database) -> tuple[int, object]:
    """The page cache of the connection the pool hands out next, and that connection."""
    with database.engine.connect() as connection:
        size = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        return int(size or 0), connection.connection.dbapi_connection


def _written_with_the_larger_cache(database: Database, statements: list[str], writes: str) -> None:
    """Every statement starting with ``writes`` comes after the larger cache was set, and
    the pool's connections have the everyday one again."""
    places = [number for number, text in enumerate(statements) if text.startswith(writes)]
    assert places, f"nothing starts with {writes!r}"
    assert statements.index(LARGER) < places[0]
    assert _pooled_cache_size(database)[0] == -EVERYDAY_PAGE_CACHE_KIB


@pytest.mark.parametrize("fails", [False, True], ids=["committed", "rolled-back"])
def test_the_larger_cache_holds_from_the_first_statement_and_the_everyday_one_after(
    database: Database, fails: bool
) -> None:
    # GIVEN the connection the pool hands out, with the everyday cache
    size, pooled = _pooled_cache_size(database)
    assert size == -EVERYDAY_PAGE_CACHE_KIB
    # WHEN a unit of work with the larger cache runs on it, and ends or fails
    with (
        contextlib.suppress(ZeroDivisionError),
        database.writing() as session,
        bulk_page_cache(session),
    ):
        connection = session.connection()
        assert connection.connection.dbapi_connection is pooled
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == -BULK_PAGE_CACHE_KIB
        if fails:
            _ = 1 / 0
    # THEN back in the pool, the connection has the everyday cache again
    assert _pooled_cache_size(database) == (-EVERYDAY_PAGE_CACHE_KIB, pooled)


def test_a_unit_of_work_with_the_larger_cache_begins_at_its_first_statement(
    database: Database, database_path: Path
) -> None:
    # GIVEN another program holding the write lock
    holder = sqlite3.connect(database_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    # WHEN a unit of work with the larger cache starts, THEN it waits for nothing until
    # its first statement (a job reports its first step before, which Cancel may stop):
    # else it would wait here for the lock in vain, and fail with "database is locked"
    with database.writing() as session, bulk_page_cache(session):
        holder.rollback()
        holder.close()
        assert session.connection().exec_driver_sql("PRAGMA cache_size").scalar() == (
            -BULK_PAGE_CACHE_KIB
        )


def test_a_person_import_and_its_undo_write_with_the_larger_cache(
    services: Services, sample_meeting_id: int, tmp_path: Path
) -> None:
    importer, sheet, mapping = two_guests_of_tomsk(services, tmp_path)
    results = []
    applied = _statements(
        services.database, lambda: results.append(importer.apply(sample_meeting_id, sheet, mapping))
    )
    _written_with_the_larger_cache(services.database, applied, "INSERT INTO person")
    undone = _statements(services.database, lambda: importer.undo(results[0]))
    _written_with_the_larger_cache(services.database, undone, "DELETE FROM person")


def test_a_meeting_import_and_its_undo_write_with_the_larger_cache(
    services: Services, sample_meeting_id: int
) -> None:
    document = exported(services.meeting_transfer, sample_meeting_id)
    results = []
    written = _statements(
        services.database,
        lambda: results.append(
            imported(services.meeting_transfer, document, "copy.json", IfAlreadyThere.COPY)
        ),
    )
    _written_with_the_larger_cache(services.database, written, "INSERT INTO person")
    journal = results[0].journal
    undone = _statements(services.database, lambda: services.meeting_transfer.undo_import(journal))
    _written_with_the_larger_cache(services.database, undone, "DELETE FROM person")
