"""What the window and the command line may do with database files, and only this.

Opening a database (with the organizer's name for the change log), its backups, checks of a
file before it is opened, and recovery of a damaged one live in db and storage; the layers
above services reach them through this module, so that no widget or command holds a
session, a lock or a file of the database by other means (ARCHITECTURE.md, import-linter).
"""

from __future__ import annotations

from anmc_desktop.db import Database, open_database, sqlite_path, sqlite_url
from anmc_desktop.services import Services
from anmc_desktop.services.recovery import check_restorable, recover, restore
from anmc_desktop.storage.automatic_backups import AutomaticBackups
from anmc_desktop.storage.backups import (
    BackupInfo,
    create_backup,
    list_backups,
)
from anmc_desktop.storage.health import (
    DatabaseProblemError,
    ProblemKind,
    check_database_file,
    offered_backup,
)
from anmc_desktop.storage.leftovers import remove_leftovers
from anmc_desktop.storage.lock import DatabaseInUseError

__all__ = [
    "AutomaticBackups",
    "BackupInfo",
    "Database",
    "DatabaseInUseError",
    "DatabaseProblemError",
    "ProblemKind",
    "check_database_file",
    "check_restorable",
    "create_backup",
    "list_backups",
    "offered_backup",
    "open_services",
    "recover",
    "remove_leftovers",
    "restore",
    "sqlite_path",
    "sqlite_url",
]


def open_services(
    url: str, *, actor: str, read_only: bool = False, thorough: bool = True
) -> Services:
    """Open (and migrate) the database at ``url`` and build every service on it; ``actor``
    is the organizer's name that the change log records. Not ``thorough``, a SQLite file's
    pages are not checked one by one (``open_database``): the caller checks them later, or
    only reads."""
    return Services.on(open_database(url, read_only=read_only, actor=actor, thorough=thorough))
