"""Recovering a damaged or missing database file: the organizer's choice carried out.

It sits above the database and storage layers because starting afresh needs both: the
problem file is set aside and a backup restored (storage), or an empty database is
created on the newest schema (the migrations in anmc_desktop/db.py).
"""

from __future__ import annotations

from pathlib import Path

from anmc_desktop.db import Database, migrate, sqlite_url
from anmc_desktop.storage.backups import BackupInfo, replace_closed_database
from anmc_desktop.storage.lock import closed_everywhere
from anmc_desktop.storage.set_aside import set_aside


def recover(path: Path, backup: BackupInfo | None) -> Path | None:
    """Set the problem file aside (if there is one), then restore ``backup`` in its place,
    or create an empty database there. Returns where the problem file went."""
    with closed_everywhere(path):
        set_aside_path = set_aside(path) if path.exists() else None
        if backup is not None:
            replace_closed_database(backup.path, path)
    if backup is None:
        _create_empty_database(path)
    return set_aside_path


def _create_empty_database(path: Path) -> None:
    """An empty database on the newest schema, created on purpose: the check that refuses
    a missing file with backups is not in the way any more."""
    database = Database(sqlite_url(path))
    try:
        migrate(database)
    finally:
        database.dispose()
