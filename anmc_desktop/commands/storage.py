"""``backup``, ``backups``, ``restore``: safety copies of a SQLite database; ``organizer``:
the name the change log records for this organizer's changes."""

from __future__ import annotations

import argparse
from pathlib import Path

from anmc_desktop import settings
from anmc_desktop.commands.context import CommandContext, database_url, path_argument
from anmc_desktop.commands.progress_bar import add_progress_option, progress_for
from anmc_desktop.errors import UserFacingError
from anmc_desktop.services.database_files import (
    BackupInfo,
    check_database_file,
    create_backup,
    list_backups,
    restore,
    sqlite_path,
)


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = subcommands.add_parser(
        "backup", help="copy the database (safely, even while it is open) and verify the copy"
    )
    backup.add_argument(
        "-o",
        "--output",
        type=path_argument,
        metavar="FILE",
        help="where to write (default: backups folder)",
    )
    add_progress_option(backup)
    backup.set_defaults(run=_backup)
    listing = subcommands.add_parser("backups", help="list the database's backups, newest first")
    listing.set_defaults(run=_list)
    restoring = subcommands.add_parser(
        "restore", help="replace the database with a backup (the current one is backed up first)"
    )
    restoring.add_argument("file", type=path_argument, metavar="FILE", help="a backup file")
    add_progress_option(restoring)
    restoring.set_defaults(run=_restore)
    organizer = subcommands.add_parser(
        "organizer", help="show, or set, the organizer name that the change log records"
    )
    organizer.add_argument("name", nargs="?", help="the new name (default: just show it)")
    organizer.set_defaults(run=_organizer)


def _database_file(context: CommandContext) -> Path:
    path = sqlite_path(database_url(context.arguments))
    if path is None:
        raise UserFacingError(
            "Backups here are for a database file; a server database is backed up on the "
            "server (for PostgreSQL: pg_dump)."
        )
    return path


def _describe(info: BackupInfo) -> str:
    taken = info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    return f"{taken}\t{info.reason}\t{info.summary}\t{info.path}"


def _backup(context: CommandContext) -> int:
    path = _database_file(context)
    if not path.exists():
        raise UserFacingError(f"{path} does not exist.")
    check_database_file(path)
    output = context.arguments.output
    with progress_for(context.arguments) as progress:
        info = create_backup(
            path,
            destination=output.expanduser().resolve() if output else None,
            progress=progress,
        )
    print(f"Backed up {path} to {info.path} ({info.summary}).", file=context.out)
    return 0


def _list(context: CommandContext) -> int:
    for info in list_backups(_database_file(context)):
        print(_describe(info), file=context.out)
    return 0


def _restore(context: CommandContext) -> int:
    path = _database_file(context)
    with progress_for(context.arguments) as progress:
        previous = restore(context.arguments.file.expanduser().resolve(), path, progress)
    print(f"Restored {path} from {context.arguments.file}.", file=context.out)
    if previous is not None:
        print(f"The database it replaced was backed up to {previous.path}.", file=context.out)
    return 0


def _organizer(context: CommandContext) -> int:
    current = settings.load()
    if context.arguments.name is not None:
        current = current.with_organizer(context.arguments.name)
        settings.save(current)
    print(current.organizer_name, file=context.out)
    return 0
