"""What each of the app's connections to a SQLite file is set to as it opens."""

from __future__ import annotations

import sqlite3

BUSY_TIMEOUT_MS = 10_000
# Each connection's page cache (SQLite's default: 2 MB). An import of 100,000 persons
# inserts into the indexes of persons at random places (their UUIDs): with 2 MB, the pages
# of those indexes left the cache and were read again, and each person took a sixth longer
# to import than at 20,000. At 16 MB they stay (32 MB gained nothing more).
PAGE_CACHE_KIB = 16_384


def apply_connection_settings(connection: sqlite3.Connection, *, read_only: bool) -> None:
    """Durable commits (WAL, synchronous FULL), foreign keys checked, a wait for another
    writer's lock, and the page cache; transactions begun by the app, not by sqlite3."""
    connection.isolation_level = None
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if read_only:
        cursor.execute("PRAGMA query_only = ON")
    else:
        cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
    cursor.close()
