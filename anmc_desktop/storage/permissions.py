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
    """Take every permission of others from an existing file (no-op elsewhere): it ends
    0600, or 0400 when its owner made it read-only (which stays so)."""
    if is_posix() and path.exists():
        path.chmod(path.stat().st_mode & OWNER_ONLY_FILE)


def restrict_folder(path: Path) -> None:
    if is_posix() and path.is_dir():
        path.chmod(OWNER_ONLY_FOLDER)


def read_only_uri(path: Path) -> str:
    """A sqlite3 URI that reads the database without writing anything beside it.

    Where its folder cannot be written (a read-only disk or folder), SQLite could not
    create the shared-memory file that readers of a WAL database need: the file is then
    opened as immutable, which SQLite reads without that file or any lock.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not os.access(path.parent, os.W_OK):
        uri += "&immutable=1"
    return uri


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
