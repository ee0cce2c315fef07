"""The long steps of File > Import persons, each off the window's thread with a progress
dialog and Cancel (``ui/background.py``): reading the file, checking its rows, writing
them (and the report of the rows left out), and the import's undo and redo. Each returns
None when the organizer cancelled (the undo and redo raise JobCancelledError, for the undo
history); a cancelled job wrote nothing (its transaction was rolled back).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from anmc_desktop.exchange.person_fields import ColumnMapping
from anmc_desktop.exchange.rows_left_out import report_path
from anmc_desktop.exchange.sheet_rows import SheetRows
from anmc_desktop.files import write_atomically
from anmc_desktop.progress import Progress
from anmc_desktop.records.person_import import ImportPreview, ImportResult
from anmc_desktop.services import Services
from anmc_desktop.ui.background import run_in_background, run_in_background_or_raise
from anmc_desktop.ui.translation import translate


@dataclass(frozen=True)
class Imported:
    """An applied import, and the report of its rows left out: where it went, or why it
    could not be written (the import is committed all the same)."""

    result: ImportResult
    report: Path | None = None
    report_error: str | None = None

    def rows_left_out_note(self) -> str:
        """Where the report of the rows left out is, or why it is not."""
        left_out = len(self.result.left_out)
        if self.report_error is not None:
            return translate(
                "dialogs.import_persons",
                "%n row(s) were left out, but their report could not "
                "be written to {report}: {error}",
                None,
                left_out,
            ).format(report=self.report, error=self.report_error)
        return translate(
            "dialogs.import_persons", "%n row(s) were left out; see {report}", None, left_out
        ).format(report=self.report)


def _title() -> str:
    return translate("dialogs.import_persons", "Import persons")


def read_file(
    parent: QWidget, services: Services, path: Path
) -> tuple[SheetRows, ColumnMapping | None] | None:
    def read(own: Services, progress: Progress) -> tuple[SheetRows, ColumnMapping | None]:
        return own.person_import.read(path, progress=progress)

    return run_in_background(parent, _title(), services, read)


def check_rows(
    parent: QWidget, services: Services, meeting_id: int, sheet: SheetRows, mapping: ColumnMapping
) -> ImportPreview | None:
    def check(own: Services, progress: Progress) -> ImportPreview:
        return own.person_import.preview(meeting_id, sheet, mapping, progress)

    return run_in_background(parent, _title(), services, check)


def write_rows(
    parent: QWidget,
    services: Services,
    meeting_id: int,
    sheet: SheetRows,
    mapping: ColumnMapping,
    *,
    skip_errors: bool,
    source: Path,
) -> Imported | None:
    """Import the rows; with ``skip_errors``, also write the report of the rows left out
    next to ``source`` once the import is committed."""

    def write(own: Services, progress: Progress) -> Imported:
        importer = own.person_import
        result = importer.apply(
            meeting_id, sheet, mapping, skip_errors=skip_errors, progress=progress
        )
        if not result.left_out:
            return Imported(result)
        report = report_path(source)
        try:
            write_atomically(report, importer.rows_left_out(sheet, mapping, result.left_out))
        except OSError as error:
            return Imported(result, report, str(error.strerror or error))
        return Imported(result, report)

    return run_in_background(parent, _title(), services, write)


def undo_import(parent: QWidget, services: Services, result: ImportResult) -> None:
    """Take the applied import back; a cancel raises JobCancelledError."""

    def undo(own: Services, progress: Progress) -> None:
        own.person_import.undo(result, progress)

    title = translate("undo", "Undo the import")
    run_in_background_or_raise(parent, title, services, undo)


def import_again(
    parent: QWidget, services: Services, meeting_id: int, sheet: SheetRows, mapping: ColumnMapping
) -> ImportResult:
    """Import the same rows once more (the redo of an undone import); a cancel raises
    JobCancelledError."""

    def write(own: Services, progress: Progress) -> ImportResult:
        return own.person_import.apply(meeting_id, sheet, mapping, progress=progress)

    title = translate("undo", "Redo the import")
    return run_in_background_or_raise(parent, title, services, write)
