"""Telling a healthy ANMC Desktop database from a damaged or foreign file, and what to do.

``check_database_file`` runs before the app opens a SQLite file and raises
``DatabaseProblemError`` (naming the file and saying what is wrong) for a file that is not
SQLite at all, a damaged or truncated database, or another application's database. The
file itself is left exactly as it was: ``anmc_desktop.recovery.recover`` sets it aside
(never overwrites it) when the organizer chooses to restore the newest good backup or to
start afresh.
"""

from __future__ import annotations

import enum
import sqlite3
from contextlib import closing
from pathlib import Path

from anmc_desktop.errors import DatabaseOpenError, storage_fault
from anmc_desktop.storage.backups import (
    BackupInfo,
    as_reported,
    integrity_problems,
    list_backups,
    newest_good_backup,
)
from anmc_desktop.storage.permissions import read_only_uri

SQLITE_HEADER = b"SQLite format 3\x00"
_HEADER_LENGTH = 100
# Tables that every ANMC Desktop database has, whatever its schema revision.
OWN_TABLES = frozenset({"alembic_version", "city", "meeting", "delegation", "person"})


class ProblemKind(enum.Enum):
    NOT_SQLITE = "not_sqlite"
    DAMAGED = "damaged"
    FOREIGN = "foreign"
    MISSING = "missing"
    MISSING_FILE = "missing_file"


_EXPLANATIONS = {
    ProblemKind.NOT_SQLITE: "is not a database file (it may be another kind of document, "
    "or its beginning was overwritten)",
    ProblemKind.DAMAGED: "is damaged",
    ProblemKind.FOREIGN: "is not an ANMC Desktop database (it holds other tables)",
    ProblemKind.MISSING: "does not exist any more, but there are backups of it (was the "
    "file moved, renamed or deleted?)",
    ProblemKind.MISSING_FILE: "does not exist",
}


class DatabaseProblemError(DatabaseOpenError):
    """A database file that cannot be used as it is; it has not been touched."""

    def __init__(self, path: Path, kind: ProblemKind, detail: str = "") -> None:
        self.path = path
        self.kind = kind
        self.detail = detail
        message = f"{path} {_EXPLANATIONS[kind]}"
        super().__init__(f"{message}: {detail}." if detail else f"{message}.")


def check_database_file(path: Path, *, thorough: bool = True) -> None:
    """Raise DatabaseProblemError when ``path`` exists but is no usable ANMC database.

    A missing or empty file is fine (a new database is created) unless the database has
    backups: then it means the file was moved or deleted, or its contents were lost, and
    opening must not silently start an empty database.

    Not ``thorough``, only what is quick whatever the size is checked: the header, a file
    shorter than its header says, a schema SQLite cannot read, another application's
    tables. ``integrity_check`` reads every page (seconds for 100,000 persons): the window
    leaves it to its backup on opening, which checks its copy of every page on a worker
    thread (``storage/automatic_backups.py``).
    """
    if not path.exists():
        if list_backups(path):
            raise DatabaseProblemError(path, ProblemKind.MISSING)
        return
    with path.open("rb") as file:
        header = file.read(_HEADER_LENGTH)
    if not header:
        if list_backups(path):
            raise DatabaseProblemError(path, ProblemKind.DAMAGED, "the file is empty")
        return
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise DatabaseProblemError(path, ProblemKind.NOT_SQLITE)
    problems = integrity_problems(path) if thorough else _cut_short(path, header)
    if problems:
        raise DatabaseProblemError(path, ProblemKind.DAMAGED, "; ".join(problems[:3]))
    try:
        tables = _tables(path)
    except sqlite3.DatabaseError as error:
        fault = storage_fault(path, error)
        if fault is not None:
            raise fault from error
        raise DatabaseProblemError(path, ProblemKind.DAMAGED, str(error)) from error
    except UnicodeDecodeError as error:  # SQLite's message quoted bytes of a damaged page
        detail = as_reported(bytes(error.object))
        raise DatabaseProblemError(path, ProblemKind.DAMAGED, detail) from error
    if tables - {"alembic_version"} and not tables >= OWN_TABLES:
        raise DatabaseProblemError(path, ProblemKind.FOREIGN)


def _cut_short(path: Path, header: bytes) -> list[str]:
    """A file shorter than the pages its header counts: truncated. The count is only valid
    when SQLite wrote it (its change counter matches); while a journal or write-ahead log
    holds pages, the file may lawfully be shorter until they are written back."""
    logs = (path.with_name(path.name + "-wal"), path.with_name(path.name + "-journal"))
    if len(header) < _HEADER_LENGTH or any(log.exists() and log.stat().st_size for log in logs):
        return []
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counted = pages and header[24:28] == header[92:96]
    if counted and path.stat().st_size < pages * page_size:
        return [f"the file ends after {path.stat().st_size} bytes of {pages * page_size}"]
    return []


def schema_revision(path: Path) -> str | None:
    """The schema revision an ANMC Desktop database file records (None when it records
    none); DatabaseProblemError for a file that is missing, not SQLite, damaged or foreign."""
    if not path.is_file():
        raise DatabaseProblemError(path, ProblemKind.MISSING_FILE)
    if path.stat().st_size == 0:
        raise DatabaseProblemError(path, ProblemKind.DAMAGED, "the file is empty")
    check_database_file(path)
    if not _tables(path) >= OWN_TABLES:
        raise DatabaseProblemError(path, ProblemKind.FOREIGN)
    with closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def _tables(path: Path) -> set[str]:
    with closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
        connection.text_factory = as_reported
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {row[0] for row in rows}


def offered_backup(path: Path) -> BackupInfo | None:
    """The backup to offer for a problem file: the newest one that is healthy."""
    return newest_good_backup(path)
