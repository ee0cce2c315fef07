"""Undo records of imports: written after an import of persons or of a meeting file
(what it wrote, as JSON, in the data folder's ``imports``), and ``import undo RECORD``."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from anmc_desktop import paths
from anmc_desktop.commands.context import CommandContext, path_argument
from anmc_desktop.commands.progress_bar import add_progress_option, progress_for
from anmc_desktop.errors import UserFacingError
from anmc_desktop.files import write_atomically
from anmc_desktop.records.import_journal import ImportJournal
from anmc_desktop.records.person_import import ImportResult


def register_undo(source: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    undo = source.add_parser(
        "undo", help="undo an import of persons or of a meeting file, from its undo record"
    )
    undo.add_argument("record", type=path_argument, metavar="RECORD.json")
    add_progress_option(undo)
    undo.set_defaults(run=_undo_import)


def write_undo_record(context: CommandContext, source: str, record_text: str) -> None:
    """Keep what an import wrote, and print the command that undoes it."""
    try:
        record = _undo_record_path(source)
        write_atomically(record, record_text.encode("utf-8"))
    except (UserFacingError, OSError) as error:
        # The import is committed: say so, and that only its undo record is missing.
        raise UserFacingError(
            f"imported {source}, but the undo record could not be written: {error}"
        ) from error
    print(f"to undo: anmc-desktop import undo {record}", file=context.out)


def _undo_record_path(source: str) -> Path:
    folder = paths.data_dir() / "imports"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return folder / f"{stamp}-{Path(source).stem}.json"


def _undo_import(context: CommandContext) -> int:
    path: Path = context.arguments.record.expanduser()
    # Bytes that are no UTF-8 (a spreadsheet given by mistake) are no record either.
    text = path.read_text(encoding="utf-8", errors="replace")
    with progress_for(context.arguments) as progress:
        if ImportJournal.is_one(text):
            journal = ImportJournal.from_json(text)
            context.services.meeting_transfer.undo_import(journal, progress)
            source = journal.source
        else:
            result = ImportResult.from_json(text)
            context.services.person_import.undo(result, progress)
            source = result.source
    print(f"undone: the import of {source}", file=context.out)
    return 0
