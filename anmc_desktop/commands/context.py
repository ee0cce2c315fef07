"""What every command receives: the parsed arguments and a way to open the database.

While the window (or another writer) holds the database, commands that only read open it
on a read-only connection; commands that write say that the window holds it.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass
from functools import cached_property
from typing import TextIO

from anmc_desktop import paths, settings
from anmc_desktop.errors import DatabaseOpenError
from anmc_desktop.services import Services
from anmc_desktop.services.database_files import DatabaseInUseError, open_services, sqlite_url


def database_url(arguments: argparse.Namespace) -> str:
    """--database-url, else --database PATH, else $ANMC_DATABASE_URL, else the default file."""
    if arguments.database_url:
        return str(arguments.database_url)
    if arguments.database:
        return sqlite_url(arguments.database.expanduser().resolve())
    from_environment = os.environ.get(paths.DATABASE_URL_VARIABLE)
    if from_environment:
        return from_environment
    return sqlite_url(paths.default_database_path())


@dataclass
class CommandContext:
    arguments: argparse.Namespace
    out: TextIO

    @cached_property
    def services(self) -> Services:
        """The services on the chosen database, for a command that writes; changes are
        recorded with the organizer's name from the settings."""
        try:
            return self._open(read_only=False)
        except DatabaseInUseError as in_use:
            by = f" ({in_use.holder})" if in_use.holder else ""
            raise DatabaseOpenError(
                f"the ANMC Desktop window holds {in_use.database_path}{by}, so this command "
                "cannot change it. Make the change in the window, or close the window and "
                "run the command again."
            ) from None

    @cached_property
    def reading_services(self) -> Services:
        """The services for a command that only reads: on a read-only connection while the
        window (or another writer) holds the database."""
        try:
            return self._open(read_only=False)
        except DatabaseInUseError:
            return self._open(read_only=True)

    def close(self) -> None:
        """Let go of the database (and its writer lock), once the command is done."""
        for opened in ("services", "reading_services"):
            services = self.__dict__.pop(opened, None)
            if services is not None:
                services.database.dispose()

    def _open(self, *, read_only: bool) -> Services:
        actor = settings.load().organizer_name
        return open_services(database_url(self.arguments), actor=actor, read_only=read_only)
