"""SQLite runs durably: WAL, synchronous=FULL, foreign keys, a busy timeout, BEGIN IMMEDIATE;
each connection with SQLite's everyday page cache."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from anmc_desktop.db import Database
from anmc_desktop.storage.sqlite_settings import BUSY_TIMEOUT_MS, EVERYDAY_PAGE_CACHE_KIB


def test_every_connection_is_durable_and_checks_foreign_keys(database: Database) -> None:
    # GIVEN an opened database WHEN its connection settings are read
    with database.engine.connect() as connection:
        values = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in (
                "journal_mode",
                "synchronous",
                "foreign_keys",
                "busy_timeout",
                "cache_size",
            )
        }
    # THEN every setting that makes a commit survive a crash is on, and the page cache is
    # the everyday one (a negative size is in KiB)
    assert values == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "busy_timeout": BUSY_TIMEOUT_MS,
        "cache_size": -EVERYDAY_PAGE_CACHE_KIB,
    }


def test_a_unit_of_work_takes_the_write_lock_before_its_first_statement(
    database: Database, database_path: Path
) -> None:
    # GIVEN a unit of work that has not written anything yet
    with database.writing() as session:
        session.execute(text("SELECT 1"))
        # WHEN another connection tries to start writing
        other = sqlite3.connect(database_path, timeout=0, isolation_level=None)
        # THEN it is refused at once: the unit of work began with BEGIN IMMEDIATE
        with closing(other), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")


def test_a_failed_unit_of_work_leaves_nothing_behind(database: Database) -> None:
    # GIVEN a unit of work that inserts a row and then fails
    with pytest.raises(RuntimeError), database.writing() as session:
        session.execute(
            text(
                "INSERT INTO city (name_en, name_local, country, status, time_zone, "
                "search_text, version) VALUES ('Tomsk', '', '', 'member', 'UTC', '', 1)"
            )
        )
        raise RuntimeError("half-way")
    # THEN the row is not there
    with database.reading() as session:
        assert session.scalar(text("SELECT count(*) FROM city")) == 0
