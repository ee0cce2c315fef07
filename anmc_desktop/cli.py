"""``anmc-desktop``: open the window, or run one command on the database and exit.

A user error prints one line to stderr and exits non-zero; a bug is logged in full and
reported in one line that names the log file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import NoReturn, TextIO

from anmc_desktop import __version__, languages
from anmc_desktop.commands import cities, exchange, meetings, printing, storage
from anmc_desktop.commands.context import CommandContext, path_argument
from anmc_desktop.errors import UserFacingError, storage_fault
from anmc_desktop.logging_setup import error_kind, log_unexpected_error
from anmc_desktop.services.database_files import remove_leftovers

COMMAND_MODULES = (meetings, cities, printing, storage, exchange)

EXIT_USER_ERROR = 1
EXIT_USAGE = 2
EXIT_BUG = 70


class UsageError(Exception):
    """Arguments that do not parse."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see --help)")


@cache
def build_parser() -> argparse.ArgumentParser:
    """The command line's parser, built once per process (a command run in-process many
    times, as the fuzzers do, would spend most of its time building it again)."""
    parser = _Parser(
        prog="anmc-desktop",
        description="Organize the plenary meetings of a city network. "
        "Without a command, opens the main window.",
    )
    parser.add_argument("--version", action="version", version=f"anmc-desktop {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--database", type=path_argument, metavar="PATH", help="a SQLite database file"
    )
    where.add_argument(
        "--database-url", metavar="URL", help="a database URL, e.g. postgresql://host/anmc"
    )
    parser.add_argument(
        "--language",
        choices=languages.LANGUAGES,
        help="the language of the window and of the progress steps of a command (default: "
        "the one chosen in the preferences, else the system's); a printed document's "
        "language is print's own --language",
    )
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(subcommands)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    try:
        arguments = build_parser().parse_args(argv)
    except UsageError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    remove_leftovers()
    context = CommandContext(arguments, out)
    try:
        if arguments.command is None:
            from anmc_desktop.app import run_window

            return run_window(context)
        return int(arguments.run(context))
    except UserFacingError as error:
        print(f"anmc-desktop: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except OSError as error:
        where = Path(error.filename) if error.filename else "the file"
        fault = storage_fault(where, error)
        print(f"anmc-desktop: {fault or f'{error.strerror or error}: {where}'}", file=sys.stderr)
        return EXIT_USER_ERROR
    except Exception as error:
        log_file = log_unexpected_error(error)
        print(
            f"anmc-desktop: unexpected error ({error_kind(error)}); details in {log_file}",
            file=sys.stderr,
        )
        return EXIT_BUG
    finally:
        context.close()
