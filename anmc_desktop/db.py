"""Engine, sessions, transactions and schema migrations.

Every unit of work is one transaction: ``Database.writing()`` opens it with
``BEGIN IMMEDIATE`` on SQLite so that a writer never fails half-way on a lock, and
commits or rolls back as a whole. SQLite runs in WAL mode with ``synchronous=FULL`` so
that a committed transaction survives a crash or a power cut.

A writable SQLite database holds the file's writer lock (anmc_desktop/storage/lock.py)
for as long as it is open; a read-only one does not, and refuses to write. Every flush
records who changed what in the change log (anmc_desktop/storage/change_log.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from importlib import resources
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from anmc_desktop.database_urls import masked_path, masked_url, parse_database_url, server_refusal
from anmc_desktop.errors import (
    BrokenRuleError,
    ConflictError,
    DatabaseOpenError,
    StorageFaultError,
    UserFacingError,
    lost_connection,
    storage_fault,
)
from anmc_desktop.storage import change_log
from anmc_desktop.storage.backups import create_backup
from anmc_desktop.storage.health import check_database_file
from anmc_desktop.storage.idle_connections import ping_idle_connections
from anmc_desktop.storage.lock import WriterLock
from anmc_desktop.storage.permissions import (
    create_private_file,
    read_only_uri,
    restrict_database_files,
)
from anmc_desktop.storage.schema_revisions import revisions
from anmc_desktop.storage.server_reads import engine_for_reads
from anmc_desktop.storage.sqlite_settings import (
    BUSY_TIMEOUT_MS,
    apply_connection_settings,
    everyday_page_cache_again,
)
from anmc_desktop.storage.upgrade_references import check_references, foreign_keys_not_enforced

_MIGRATION_LOCK_KEY = 0x414E4D43  # "ANMC"
_BEGIN_MODE = "anmc_begin_mode"
# Recorded with changes made without a name given: the app always passes the organizer's.
UNNAMED_ACTOR = "unknown organizer"


class ReadOnlyDatabaseError(UserFacingError):
    """A write was attempted on a database opened read-only."""


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL; None for a server or an in-memory database."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


class Database:
    """One database: a SQLite file or a server named by a URL.

    ``read_only`` opens without the writer lock (so beside another window that has the
    file open) and makes every write fail. ``actor`` is the name recorded in the change
    log: the window and the command line pass the organizer's name from the settings."""

    def __init__(self, url: str, *, read_only: bool = False, actor: str = UNNAMED_ACTOR,
                 take_lock: bool = True) -> None:  # fmt: skip
        _check_encodable(url)
        try:
            parsed = parse_database_url(url)
        except (ArgumentError, ValueError) as error:
            raise DatabaseOpenError(f"Not a database URL: {masked_url(url)}") from error
        self.url = url
        self.read_only = read_only
        self.actor = actor
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.path = sqlite_path(url)
        if self.path is not None and not self.path.parent.is_dir():
            raise DatabaseOpenError(
                f"Cannot open the database {masked_path(self.path)}: the folder "
                f"{masked_path(self.path.parent)} does not exist."
            )
        self._lock: WriterLock | None = None
        if self.path is not None and not read_only and take_lock:
            try:
                self._lock = WriterLock.acquire(self.path)
            except OSError as error:  # the lock file cannot be made: a read-only place
                raise storage_fault(self.path, error) or error from error
        elif self.path is not None and read_only and self.path.exists():
            # Read without writing beside the file: it may be on a read-only disk.
            parsed = parsed.set(
                database=read_only_uri(self.path), query={**parsed.query, "uri": "true"}
            )
        try:
            if self.path is not None and not self.path.exists() and not read_only:
                create_private_file(self.path)
            timeout = {"connect_args": {"timeout": BUSY_TIMEOUT_MS / 1000}}
            self.engine = create_engine(parsed, **(timeout if self.is_sqlite else {}))
        except ImportError as error:
            self._release_lock()
            raise DatabaseOpenError(
                f"Cannot use database URL {self.display_name}: its driver is not installed "
                f"({error.name}). For PostgreSQL: pip install 'psycopg[binary]'."
            ) from error
        except (ArgumentError, OSError) as error:
            self._release_lock()
            raise DatabaseOpenError(
                f"Cannot use database URL {self.display_name}: {masked_url(str(error))}"
            ) from error
        if self.is_sqlite:
            _install_sqlite_pragmas(self.engine, read_only=read_only)
        else:
            ping_idle_connections(self.engine)
            if read_only:
                _install_server_read_only(self.engine)
        self._read_sessions = sessionmaker(engine_for_reads(self.engine), expire_on_commit=False)
        self._snapshot: ContextVar[Session | None] = ContextVar(
            f"anmc_snapshot_{id(self)}", default=None
        )
        writes = self.engine.execution_options(**{_BEGIN_MODE: "IMMEDIATE"})
        self._write_sessions = sessionmaker(writes, expire_on_commit=False)
        self._statement_sessions = sessionmaker(
            writes if self.is_sqlite else engine_for_reads(self.engine), expire_on_commit=False
        )
        for sessions in (self._write_sessions, self._statement_sessions):
            change_log.record_changes_of(sessions, lambda: self.actor)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; its transaction is rolled back at the end. Inside
        ``snapshot()`` it is the snapshot's session, left open for the next read."""
        shared = self._snapshot.get()
        if shared is not None:
            yield shared
            return
        with self._faults_named(), self._read_sessions() as session:
            yield session

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Make every ``reading()`` inside this block (in this thread) one read
        transaction, so that several service calls gathering one document see the data of
        one moment, never some of it before another organizer's save and some after.

        SQLite's read transactions are snapshots already (WAL); on a server the
        transaction is REPEATABLE READ, since READ COMMITTED lets each statement see newer
        commits. Writing inside a snapshot is refused (its reads would not see the write),
        and on a server a database error ends the snapshot's transaction: let it end the
        block too.
        """
        if self._snapshot.get() is not None:
            yield
            return
        with self._read_sessions() as session:
            if not self.is_sqlite:
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            token = self._snapshot.set(session)
            try:
                yield
            finally:
                self._snapshot.reset(token)

    @contextmanager
    def writing(self, *, one_statement: bool = False) -> Iterator[Session]:
        """A session whose work is committed as one transaction, or not at all.

        An update that finds the record's version changed underneath it (another
        organizer saved first) raises ConflictError instead of overwriting. ``one_statement``:
        the unit reads, then writes with one statement, which on a server is then its own
        transaction (autocommit), sparing the BEGIN and COMMIT round trips."""
        if self._snapshot.get() is not None:
            raise RuntimeError("a write inside a snapshot() would not be seen by its reads")
        if self.read_only:
            raise ReadOnlyDatabaseError(
                f"{self.display_name} is open read-only; changes cannot be saved."
            )
        try:
            sessions = self._statement_sessions if one_statement else self._write_sessions
            with self._faults_named(), sessions() as session, session.begin():
                yield session
        except StaleDataError as error:
            raise ConflictError.from_stale_data(str(error)) from error
        except IntegrityError as error:
            # The services check every rule first; this is a race with another
            # organizer's save (e.g. both added a delegation for one city at once).
            rule = _constraint_of(error)
            raise BrokenRuleError(
                f"Not saved: it clashes with a change saved meanwhile ({rule}). "
                "Reload and try again.",
                rule,
            ) from error

    @contextmanager
    def _faults_named(self) -> Iterator[None]:
        """A full or read-only disk, missing permissions or a lost server connection as
        what they are (StorageFaultError); a read-only Database's refusals stay as they are."""
        try:
            yield
        except DBAPIError as error:
            fault = named_fault(self, error)
            if fault is None:
                raise
            raise fault from error

    def for_another_thread(self) -> Database:
        """Itself on an engine of its own, for a worker thread (SQLite connections stay in
        one thread); it writes under this one's writer lock. ``take_lock`` is for it."""
        return Database(self.url, read_only=self.read_only, actor=self.actor, take_lock=False)

    @property
    def display_name(self) -> str:
        """The file, or the server URL without its password."""
        if self.path is not None:
            return masked_path(self.path)
        return masked_url(self.url)

    def dispose(self) -> None:
        self.engine.dispose()
        self._release_lock()

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def named_fault(database: Database, error: DBAPIError) -> StorageFaultError | None:
    """The fault of the disk or the server behind a database error, if it is one."""
    if not database.is_sqlite:
        return lost_connection(database.display_name) if error.connection_invalidated else None
    if database.read_only or error.orig is None:
        return None
    return storage_fault(database.path, error.orig)


def _constraint_of(error: IntegrityError) -> str:
    """The database's own words for the broken rule, on one line."""
    return str(error.orig).splitlines()[0] if error.orig is not None else "a database rule"


def _install_sqlite_pragmas(engine: Engine, *, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        apply_connection_settings(dbapi_connection, read_only=read_only)

    event.listen(engine, "checkin", everyday_page_cache_again)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get(_BEGIN_MODE, "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def _install_server_read_only(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        cursor.close()
        dbapi_connection.commit()


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("anmc_desktop.migrations")))
    config.attributes["connection"] = connection
    return config


def is_known_revision(revision: str) -> bool:
    """Whether this version of the app knows the schema ``revision`` (its own or older)."""
    return revision in revisions().known


def head_revision() -> str:
    return revisions().head


def migrate(database: Database) -> None:
    """Bring the schema up to date, refusing databases this version cannot read.

    An older SQLite database is backed up first. The upgrade runs in one transaction, so
    a migration that fails leaves the database as it was."""
    try:
        with database.engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
            # Listed only where it tells something: a file without a revision.
            tables = set(inspect(connection).get_table_names()) if current is None else set()
    except UnicodeError as error:  # the driver's IDNA encoding of a host name refused it
        raise DatabaseOpenError(
            f"Cannot open the database {database.display_name}: its host name is not a "
            f"valid host name ({error})."
        ) from error
    except DatabaseError as error:
        raise named_fault(database, error) or DatabaseOpenError(
            f"Cannot open the database {database.display_name}: {server_refusal(error.orig)}"
        ) from error
    if current is None and tables - {"alembic_version"}:
        raise DatabaseOpenError(
            f"{database.display_name} is not an ANMC Desktop database (it holds other tables)."
        )
    if current is not None and not is_known_revision(current):
        raise DatabaseOpenError(
            f"{database.display_name} was written by a newer version of ANMC Desktop "
            f"(schema {current}); please upgrade the app to open it."
        )
    if current == head_revision():
        return
    if database.read_only:
        raise DatabaseOpenError(
            f"{database.display_name} needs a schema upgrade, which a read-only window "
            "cannot do; open it normally once."
        )
    if current is not None and database.path is not None:
        create_backup(database.path, reason="before-upgrade")
    try:
        with database.engine.connect() as connection:
            if database.engine.dialect.name == "postgresql":
                # Organizers starting the app at once: the first upgrades, the others wait
                # here and then find nothing left to do. (On SQLite the writer lock lets
                # only one process open the file for writing.)
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK_KEY})")
            with foreign_keys_not_enforced(connection):
                command.upgrade(alembic_config(connection), "head")
                check_references(connection, database.display_name)
                connection.commit()
    except DatabaseError as error:
        raise named_fault(database, error) or DatabaseOpenError(
            f"Upgrading {database.display_name} failed and it was left unchanged: {error.orig}"
        ) from error


def _check_encodable(url: str) -> None:
    """Refuse a URL or file name with a lone surrogate (a byte that is no UTF-8, or a
    damaged paste): neither SQLAlchemy, SQLite nor the operating system can take it."""
    try:
        url.encode("utf-8")
    except UnicodeEncodeError:
        raise DatabaseOpenError(
            f"Cannot open the database {masked_url(url)!r}: it holds bytes that are no "
            "UTF-8 text; rename the file or folder, or correct the URL."
        ) from None


def open_database(
    url: str, *, read_only: bool = False, actor: str = UNNAMED_ACTOR, thorough: bool = True
) -> Database:
    """Open (creating if needed) and migrate a database.

    A SQLite file is checked first: a damaged or foreign file raises DatabaseProblemError
    (anmc_desktop/storage/health.py) naming it, and is left exactly as it was. Not
    ``thorough``, pages are not read one by one: for a caller that checks them later.
    """
    _check_encodable(url)
    path = sqlite_path(url)
    if path is not None and read_only and not path.exists():
        raise DatabaseOpenError(f"Cannot open the database {path}: the file does not exist.")
    if path is not None:
        check_database_file(path, thorough=thorough)
    database = Database(url, read_only=read_only, actor=actor)
    try:
        migrate(database)
    except BaseException:
        database.dispose()
        raise
    if path is not None and not read_only:
        restrict_database_files(path)
    return database
