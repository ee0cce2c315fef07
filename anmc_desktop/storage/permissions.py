"""Personal data stays readable by its owner only (0600 files, 0700 folders on POSIX)."""

from __future__ import annotations

import os
from pathlib import Path

OWNER_ONLY_FILE = 0o600
OWNER_ONLY_FOLDER = 0o700
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def is_posix() -> bool:
    return os.name == "posix"


def restrict_file(path: Path) -> None:
    """Make an existing file readable and writable by its owner only (no-op elsewhere)."""
    if is_posix() and path.exists():
        path.chmod(OWNER_ONLY_FILE)


def restrict_folder(path: Path) -> None:
    if is_posix() and path.is_dir():
        path.chmod(OWNER_ONLY_FOLDER)


def create_private_file(path: Path) -> None:
    """Create an empty file that is born 0600, so no other user can open it in between.

    SQLite gives the -wal and -shm files it creates the database file's permissions, so a
    database created this way keeps all of its files private.
    """
    descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, OWNER_ONLY_FILE)
    os.close(descriptor)


def companions(database_path: Path) -> list[Path]:
    """The database file and the files SQLite keeps beside it."""
    return [database_path] + [
        database_path.with_name(database_path.name + suffix) for suffix in SQLITE_COMPANIONS
    ]


def restrict_database_files(database_path: Path) -> None:
    for path in companions(database_path):
        restrict_file(path)
