"""What every command receives: the parsed arguments and a way to open the database."""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass
from functools import cached_property
from typing import TextIO

from anmc_desktop import paths, settings
from anmc_desktop.services import Services
from anmc_desktop.services.database_files import open_services, sqlite_url


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
        """The services on the chosen database; changes are recorded with the organizer's
        name from the settings."""
        actor = settings.load().organizer_name
        return open_services(database_url(self.arguments), actor=actor)
