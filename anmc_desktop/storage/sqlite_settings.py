"""What each of the app's connections to a SQLite file is set to as it opens, and the
larger page cache of a bulk write."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from sqlalchemy import Connection, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

BUSY_TIMEOUT_MS = 10_000
# A connection's page cache: SQLite's default of 2 MB for everyday work (the window keeps a
# few connections open, each with its own cache), 16 MB while an import writes. An import
# of 100,000 persons inserts into the indexes of persons at random places (their UUIDs):
# with 2 MB the pages of those indexes were read again and again, and each person took a
# sixth longer to import than at 20,000. At 16 MB they stay (32 MB gained nothing more).
EVERYDAY_PAGE_CACHE_KIB = 2_000
BULK_PAGE_CACHE_KIB = 16_384


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
    a server has its own), then back at the everyday size, its pages freed. Set as the
    session's transaction begins, at its first statement, not before: a job reports its
    first step (which its Cancel may stop) before it waits for another writer's lock."""
    enlarged: list[Connection] = []

    def enlarge(_session: Session, _transaction: object, connection: Connection) -> None:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_PAGE_CACHE_KIB}")
            enlarged.append(connection)

    event.listen(session, "after_begin", enlarge)
    try:
        yield
    finally:
        event.remove(session, "after_begin", enlarge)
        for connection in enlarged:
            # A connection the error broke is thrown away by the pool: nothing to set back.
            with suppress(DBAPIError):
                connection.exec_driver_sql(f"PRAGMA cache_size = -{EVERYDAY_PAGE_CACHE_KIB}")
