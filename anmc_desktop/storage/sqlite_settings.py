"""What each of the app's connections to a SQLite file is set to as it opens, and the
larger page cache of a bulk write."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from sqlalchemy import Connection, event
from sqlalchemy.orm import Session
from sqlalchemy.pool import ConnectionPoolEntry

BUSY_TIMEOUT_MS = 10_000
# A connection's page cache: SQLite's default of 2 MB for everyday work (the window keeps a
# few connections open, each with its own cache), 16 MB while an import writes. An import
# of 100,000 persons inserts into the indexes of persons at random places (their UUIDs):
# with 2 MB the pages of those indexes were read again and again, and each person took a
# sixth longer to import than at 20,000. At 16 MB they stay (32 MB gained nothing more).
EVERYDAY_PAGE_CACHE_KIB = 2_000
BULK_PAGE_CACHE_KIB = 16_384
_ENLARGED = "anmc_bulk_page_cache"  # in a pooled connection's info: its cache is the bulk one


def apply_connection_settings(connection: sqlite3.Connection, *, read_only: bool) -> None:
    """Durable commits (WAL, synchronous FULL), foreign keys checked, a wait for another
    writer's lock, the everyday page cache; transactions begun by the app, not sqlite3."""
    connection.isolation_level = None
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if read_only:
        cursor.execute("PRAGMA query_only = ON")
    else:
        cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute(f"PRAGMA cache_size = -{EVERYDAY_PAGE_CACHE_KIB}")
    cursor.close()


@contextmanager
def bulk_page_cache(session: Session) -> Iterator[None]:
    """The page cache at the bulk size while an import writes in ``session`` (on SQLite;
    a server has its own), back at the everyday size once its connection returns to the
    pool (``everyday_page_cache_again``), after the commit or rollback. Set as the
    session's transaction begins, at its first statement, not before: a job reports its
    first step (which its Cancel may stop) before it waits for another writer's lock."""

    def enlarge(_session: Session, _transaction: object, connection: Connection) -> None:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_PAGE_CACHE_KIB}")
            connection.info[_ENLARGED] = True

    event.listen(session, "after_begin", enlarge)
    try:
        yield
    finally:
        event.remove(session, "after_begin", enlarge)


def everyday_page_cache_again(
    dbapi_connection: sqlite3.Connection | None, record: ConnectionPoolEntry
) -> None:
    """The pool's check-in of a connection: one whose cache an import enlarged gets the
    everyday size again, its pages freed. A connection the pool threw away (None) has
    nothing to set back; one that refuses the pragma keeps the larger cache, which only
    costs memory."""
    if record.info.pop(_ENLARGED, False) and dbapi_connection is not None:
        with suppress(sqlite3.Error):
            dbapi_connection.execute(f"PRAGMA cache_size = -{EVERYDAY_PAGE_CACHE_KIB}")
