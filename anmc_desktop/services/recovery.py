"""Restoring a backup and recovering a damaged or missing database file.

It sits above the database and storage layers because both are needed: a file to restore
is checked (storage) against the schema revisions this version knows (the migrations in
anmc_desktop/db.py) before anything is replaced; an older one is migrated once in place.
Starting afresh sets the problem file aside and creates an empty database on the newest
schema.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from anmc_desktop.db import Database, head_revision, is_known_revision, migrate, sqlite_url
from anmc_desktop.errors import DatabaseOpenError
from anmc_desktop.progress import Progress
from anmc_desktop.storage import backups
from anmc_desktop.storage.backups import (
    BackupError,
    BackupInfo,
    copy_database,
    replace_closed_database,
)
from anmc_desktop.storage.health import DatabaseProblemError, schema_revision
from anmc_desktop.storage.lock import closed_everywhere
from anmc_desktop.storage.set_aside import set_aside

_UNTOUCHED = "The current database was left as it was."


def check_restorable(backup_path: Path) -> None:
    """Raise BackupError saying why ``backup_path`` cannot replace a database: it is not an
    ANMC Desktop database, it is damaged, or a newer version of the app wrote it."""
    try:
        revision = schema_revision(backup_path)
    except DatabaseProblemError as problem:
        raise BackupError(f"Not restored: {problem} {_UNTOUCHED}") from problem
    if revision is None:
        raise BackupError(
            f"Not restored: {backup_path} records no schema revision, so it is no ANMC "
            f"Desktop database (or was never finished). {_UNTOUCHED}"
        )
    if not is_known_revision(revision):
        raise BackupError(
            f"Not restored: {backup_path} was written by a newer version of ANMC Desktop "
            f"(schema {revision}); upgrade the app to restore it. {_UNTOUCHED}"
        )


def restore(
    backup_path: Path, database_path: Path, progress: Progress | None = None
) -> BackupInfo | None:
    """Check the backup, put it in place of the database (backing up the current state
    first) and migrate it if it is of an older schema; returns the backup of what it
    replaced (storage.backups.restore). ``progress`` hears of checking, migrating and
    replacing; cancelled, the current database is left untouched."""
    progress = progress or Progress()
    progress.step("Checking the backup")
    check_restorable(backup_path)
    with _upgraded(backup_path, database_path, progress) as upgraded:
        progress.step("Replacing the database")
        return backups.restore(upgraded, database_path, progress)


@contextmanager
def _upgraded(backup_path: Path, database_path: Path, progress: Progress) -> Iterator[Path]:
    """The backup on the newest schema: itself, or a copy upgraded in a folder beside the
    database, so that an upgrade that fails (a file whose tables are not those of the
    revision it records) replaces nothing."""
    if schema_revision(backup_path) == head_revision():
        yield backup_path
        return
    with tempfile.TemporaryDirectory(dir=database_path.parent, prefix=".restoring-") as folder:
        copy = Path(folder) / database_path.name
        copy_database(backup_path, copy, progress, "Migrating the backup")
        try:
            _migrate(copy)
        except DatabaseOpenError as error:
            reason = getattr(error.__cause__, "orig", None) or error
            raise BackupError(
                f"Not restored: {backup_path} could not be upgraded to this version's "
                f"schema ({reason}). {_UNTOUCHED}"
            ) from error
        yield copy


def recover(path: Path, backup: BackupInfo | None) -> Path | None:
    """Set the problem file aside (if there is one), then restore ``backup`` in its place,
    or create an empty database there. Returns where the problem file went."""
    if backup is not None:
        check_restorable(backup.path)
    with closed_everywhere(path):
        set_aside_path = set_aside(path) if path.exists() else None
        if backup is not None:
            replace_closed_database(backup.path, path)
    _migrate(path)
    return set_aside_path


def _migrate(path: Path) -> None:
    """Bring a restored database to the newest schema, or create an empty one: created on
    purpose, the check that refuses a missing file with backups is not in the way."""
    database = Database(sqlite_url(path))
    try:
        migrate(database)
    finally:
        database.dispose()
