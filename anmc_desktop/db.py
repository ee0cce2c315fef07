"""Engine, sessions, transactions and schema migrations.

Every unit of work is one transaction: ``Database.writing()`` opens it with
``BEGIN IMMEDIATE`` on SQLite so that a writer never fails half-way on a lock, and
commits or rolls back as a whole.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from anmc_desktop.errors import DatabaseOpenError

BUSY_TIMEOUT_MS = 10_000
_BEGIN_MODE = "anmc_begin_mode"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


class Database:
    """One database: a SQLite file or a server named by a URL."""

    def __init__(self, url: str) -> None:
        try:
            parsed = make_url(url)
        except ArgumentError as error:
            raise DatabaseOpenError(f"Not a database URL: {url!r}") from error
        self.url = url
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        try:
            self.engine = create_engine(parsed, **_engine_options(self.is_sqlite))
        except (ImportError, ArgumentError) as error:
            raise DatabaseOpenError(f"Cannot use database URL {url!r}: {error}") from error
        if self.is_sqlite:
            _install_sqlite_pragmas(self.engine)
        self._read_sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            self.engine.execution_options(**{_BEGIN_MODE: "IMMEDIATE"}),
            expire_on_commit=False,
        )

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; its transaction is rolled back at the end."""
        with self._read_sessions() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A session whose work is committed as one transaction, or not at all."""
        with self._write_sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def _engine_options(is_sqlite: bool) -> dict[str, Any]:
    if is_sqlite:
        return {"connect_args": {"timeout": BUSY_TIMEOUT_MS / 1000}}
    return {"pool_pre_ping": True}


def _install_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Take transaction control from the sqlite3 module: we issue BEGIN ourselves.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get(_BEGIN_MODE, "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("anmc_desktop.migrations")))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


def migrate(database: Database) -> None:
    """Bring the schema up to date, refusing databases this version cannot read."""
    script = ScriptDirectory.from_config(alembic_config())
    try:
        with database.engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
            tables = set(inspect(connection).get_table_names())
    except (OperationalError, DatabaseError) as error:
        raise DatabaseOpenError(f"Cannot open the database {database.url}: {error.orig}") from error
    if current is None and tables - {"alembic_version"}:
        raise DatabaseOpenError(
            f"{database.url} is not an ANMC Desktop database (it holds other tables)."
        )
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise DatabaseOpenError(
            f"{database.url} was written by a newer version of ANMC Desktop "
            f"(schema {current}); please upgrade the app to open it."
        )
    if current == script.get_current_head():
        return
    with database.engine.connect() as connection:
        command.upgrade(alembic_config(connection), "head")
        connection.commit()


def open_database(url: str) -> Database:
    """Open (creating if needed) and migrate a database."""
    database = Database(url)
    try:
        migrate(database)
    except BaseException:
        database.dispose()
        raise
    return database
