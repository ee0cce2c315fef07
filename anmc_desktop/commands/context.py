"""What every command receives: the parsed arguments and a way to open the database.

While the window (or another writer) holds the database, commands that only read open it
on a read-only connection; commands that write say that the window holds it.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TextIO

from anmc_desktop import paths, settings
from anmc_desktop.errors import DatabaseOpenError, StorageFaultError
from anmc_desktop.services import Services
from anmc_desktop.services.database_files import DatabaseInUseError, open_services, sqlite_url

# The largest id a database stores (a signed 64-bit integer).
_LARGEST_ID = 2**63 - 1


def path_argument(text: str) -> Path:
    """A path given on the command line. A usage error: a NUL character, which no file
    name holds, and bytes that are no UTF-8 (Python passes them on as lone surrogates,
    which SQLite cannot take as a file name)."""
    if "\0" in text:
        raise argparse.ArgumentTypeError(f"{text!r} is no path: it holds a NUL character")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is no path this app can use: it holds bytes that are no UTF-8 text; "
            "rename the file or folder"
        ) from None
    return Path(text)


def id_argument(text: str) -> int:
    """A record's id given on the command line: a whole number the database can hold."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is no id: give a whole number") from None
    if abs(value) > _LARGEST_ID:
        raise argparse.ArgumentTypeError(f"{text} is no id: it is too large")
    return value


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
        window (or another writer) holds the database, or when it cannot be written (a
        read-only disk, file or folder). Its pages are not checked one by one before (seconds
        for 100,000 persons): a damaged page it reads is reported then, and it writes
        nothing; commands that write, and ``backup``, check every page first."""
        try:
            return self._open(read_only=False, thorough=False)
        except DatabaseInUseError:
            return self._open(read_only=True, thorough=False)
        except StorageFaultError as fault:
            if not fault.may_be_read:
                raise
            return self._open(read_only=True, thorough=False)

    def close(self) -> None:
        """Let go of the database (and its writer lock), once the command is done."""
        for opened in ("services", "reading_services"):
            services = self.__dict__.pop(opened, None)
            if services is not None:
                services.database.dispose()

    def _open(self, *, read_only: bool, thorough: bool = True) -> Services:
        actor = settings.load().organizer_name
        url = database_url(self.arguments)
        return open_services(url, actor=actor, read_only=read_only, thorough=thorough)
