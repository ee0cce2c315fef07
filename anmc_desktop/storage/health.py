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

from anmc_desktop.errors import DatabaseOpenError
from anmc_desktop.storage.backups import (
    BackupInfo,
    integrity_problems,
    list_backups,
    newest_good_backup,
)
from anmc_desktop.storage.permissions import read_only_uri

SQLITE_HEADER = b"SQLite format 3\x00"
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


def check_database_file(path: Path) -> None:
    """Raise DatabaseProblemError when ``path`` exists but is no usable ANMC database.

    A missing or empty file is fine (a new database is created) unless the database has
    backups: then it means the file was moved or deleted, or its contents were lost, and
    opening must not silently start an empty database.
    """
    if not path.exists():
        if list_backups(path):
            raise DatabaseProblemError(path, ProblemKind.MISSING)
        return
    with path.open("rb") as file:
        header = file.read(len(SQLITE_HEADER))
    if not header:
        if list_backups(path):
            raise DatabaseProblemError(path, ProblemKind.DAMAGED, "the file is empty")
        return
    if header != SQLITE_HEADER:
        raise DatabaseProblemError(path, ProblemKind.NOT_SQLITE)
    problems = integrity_problems(path)
    if problems:
        raise DatabaseProblemError(path, ProblemKind.DAMAGED, "; ".join(problems[:3]))
    tables = _tables(path)
    if tables - {"alembic_version"} and not tables >= OWN_TABLES:
        raise DatabaseProblemError(path, ProblemKind.FOREIGN)


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
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {row[0] for row in rows}


def offered_backup(path: Path) -> BackupInfo | None:
    """The backup to offer for a problem file: the newest one that is healthy."""
    return newest_good_backup(path)
