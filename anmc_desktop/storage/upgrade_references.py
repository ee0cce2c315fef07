"""What an upgrade of a SQLite database needs around its migrations: foreign keys not
enforced while tables are rebuilt, and every reference checked before the upgrade is
committed (``db.migrate``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from anmc_desktop.errors import DatabaseOpenError


@contextmanager
def foreign_keys_not_enforced(connection: Connection) -> Iterator[None]:
    """On SQLite, let migrations rebuild tables that others refer to.

    A rebuild (Alembic batch mode) copies a table and drops the original; with foreign
    keys enforced, the drop would delete or refuse the rows referring to it. The pragma
    takes effect only outside a transaction, so it is set on the driver's connection
    before the upgrade begins, and set back once the upgrade is committed or rolled back.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    driver_connection = connection.connection.dbapi_connection
    assert driver_connection is not None
    driver_connection.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        if connection.in_transaction():
            connection.rollback()
        driver_connection.execute("PRAGMA foreign_keys = ON")


def check_references(connection: Connection, display_name: str) -> None:
    """Refuse to commit an upgrade that left a row referring to a missing record."""
    if connection.dialect.name != "sqlite":
        return
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = ", ".join(sorted({row[0] for row in broken}))
        raise DatabaseOpenError(
            f"Upgrading {display_name} failed and it was left unchanged: rows of {tables} "
            "would refer to records that do not exist."
        )
