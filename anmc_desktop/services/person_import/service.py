"""``PersonImportService``: read a sheet, preview its rows, apply them in one go, undo."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from anmc_desktop import paths
from anmc_desktop.collector import collector_paused
from anmc_desktop.db import Database
from anmc_desktop.errors import FieldError, ValidationError
from anmc_desktop.exchange.column_memory import load_choices, save_choices
from anmc_desktop.exchange.header_recognition import locate_header, recognise
from anmc_desktop.exchange.known_headers import header_key
from anmc_desktop.exchange.person_fields import ColumnMapping, Field
from anmc_desktop.exchange.rows_left_out import rows_left_out_csv
from anmc_desktop.exchange.sheet_reader import read_sheet
from anmc_desktop.exchange.sheet_rows import READING_STEP, SheetRows
from anmc_desktop.progress import Progress
from anmc_desktop.records.person_import import (
    ImportPreview,
    ImportResult,
    RowOutcome,
    RowProblem,
)
from anmc_desktop.services.person_import.basis import Versions, read_basis, read_versions
from anmc_desktop.services.person_import.columns import ColumnsKey, columns_key
from anmc_desktop.services.person_import.plan import Plan, plan_rows
from anmc_desktop.services.person_import.undo import undo_import
from anmc_desktop.services.person_import.writing import write_plans
from anmc_desktop.storage.sqlite_settings import bulk_page_cache

COLUMN_CHOICES_FILE = "import_columns.json"


class ImportRefusedError(ValidationError):
    """The file has rows with errors; nothing was written."""

    SHOWN = 10

    def __str__(self) -> str:
        shown = "; ".join(str(error) for error in self.errors[: self.SHOWN])
        more = len(self.errors) - self.SHOWN
        return f"Nothing was imported: {shown}" + (f"; and {more} more." if more > 0 else "")


@dataclass(frozen=True)
class _Previewed:
    """A preview's plans and what they were made from, so that applying the same rows to
    the same database state need not check them again."""

    meeting_id: int
    sheet: SheetRows  # a copy: the caller's rows could change before apply
    columns: ColumnsKey
    versions: Versions
    plans: list[Plan]

    def holds(self, meeting_id: int, sheet: SheetRows, mapping: ColumnMapping) -> bool:
        return (
            meeting_id == self.meeting_id
            and columns_key(mapping) == self.columns
            and sheet == self.sheet
        )


class _LastPreview:
    """The last preview, for apply; shared with the service on a worker thread's own
    connection (``share_previews_with``), so that a preview made there serves an apply
    made here and the other way round."""

    previewed: _Previewed | None = None


class PersonImportService:
    def __init__(self, database: Database, choices_file: Path | None = None) -> None:
        self._database = database
        self._choices_file = choices_file
        self._last = _LastPreview()

    def share_previews_with(self, other: PersonImportService) -> None:
        """Keep the last preview where ``other`` keeps it (one import, two connections:
        the window's and a worker thread's; never both at once)."""
        self._last = other._last

    @property
    def choices_file(self) -> Path:
        return self._choices_file or paths.config_dir() / COLUMN_CHOICES_FILE

    def read(
        self,
        path: Path,
        choices: Mapping[str, Field] | None = None,
        progress: Progress | None = None,
    ) -> tuple[SheetRows, ColumnMapping | None]:
        """The file's cells and the columns recognised in it (None: no header row found).

        ``choices`` (header -> field) come before the remembered ones and the built-in
        headers, for this file only.
        """
        progress = progress or Progress()
        progress.step(READING_STEP)
        remembered = load_choices(self.choices_file)
        remembered.update({header_key(h): chosen for h, chosen in (choices or {}).items()})

        def find_header(rows: Sequence[Sequence[str]]) -> int | None:
            mapping = locate_header(rows, remembered)
            return mapping.header_row if mapping else None

        # 100,000 rows are as many new lists, each a start towards a run of the collector.
        with collector_paused():
            sheet = read_sheet(path, find_header, progress)
        return sheet, locate_header(sheet.rows, remembered)

    def remember(self, mapping: ColumnMapping) -> None:
        """Keep the user's choices for columns the built-in headers do not cover."""
        chosen = {
            header: picked
            for header, picked in zip(mapping.headers, mapping.fields, strict=True)
            if picked is not None and header and recognise(header, {}) is not picked
        }
        if chosen:
            save_choices(self.choices_file, chosen)

    def preview(
        self,
        meeting_id: int,
        sheet: SheetRows,
        mapping: ColumnMapping,
        progress: Progress | None = None,
    ) -> ImportPreview:
        """What the import would do with each row; ``progress`` hears of the rows checked."""
        with collector_paused():
            # One snapshot: on a server, another organizer's save between the reads of the
            # delegations and of the persons would otherwise show a person without theirs.
            with self._database.snapshot(), self._database.reading() as session:
                basis = read_basis(session, meeting_id)
            plans = plan_rows(basis, sheet, mapping, progress)
            self._last.previewed = _Previewed(
                meeting_id, _copy_of(sheet), columns_key(mapping), basis.versions(), plans
            )
            return _preview(sheet, mapping, plans)

    def apply(
        self,
        meeting_id: int,
        sheet: SheetRows,
        mapping: ColumnMapping,
        *,
        skip_errors: bool = False,
        progress: Progress | None = None,
    ) -> ImportResult:
        """Write every row in one transaction, or nothing if any row has an error; with
        ``skip_errors``, the good rows, and the result lists the rows left out.

        The rows are checked inside the transaction: against the preview when the same
        rows were previewed and the persons, delegations and cities it read still have
        the versions they had (the check is a pure function of those), else once more
        from the start.

        ``progress`` hears of the rows checked and written; a cancel rolls the transaction
        back, so nothing is written.
        """
        previewed, self._last.previewed = self._last.previewed, None
        progress = progress or Progress()
        progress.step("Writing the persons")
        with (
            collector_paused(),
            self._database.writing() as session,
            bulk_page_cache(session),
        ):
            if (
                previewed is not None
                and previewed.holds(meeting_id, sheet, mapping)
                and previewed.versions == read_versions(session, meeting_id)
            ):
                plans = previewed.plans
            else:
                basis = read_basis(session, meeting_id, for_update=True)
                plans = plan_rows(basis, sheet, mapping, progress)
            problems = [
                _row_error(plan.outcome.where, problem)
                for plan in plans
                for problem in plan.outcome.problems
            ]
            if problems and not skip_errors:
                raise ImportRefusedError(problems)
            result = write_plans(session, meeting_id, sheet.name, plans, progress)
            left_out = tuple(plan.outcome for plan in plans if plan.outcome.problems)
            return replace(result, left_out=left_out)

    @staticmethod
    def rows_left_out(
        sheet: SheetRows, mapping: ColumnMapping, left_out: Sequence[RowOutcome]
    ) -> bytes:
        """The report of the rows an import leaves out (those with problems), as CSV
        (exchange/rows_left_out.py)."""
        return rows_left_out_csv(
            sheet,
            mapping.header_row,
            [(row.row - 1, [f"{p.column}: {p.reason}" for p in row.problems]) for row in left_out],
        )

    def undo(self, result: ImportResult, progress: Progress | None = None) -> None:
        """Revert an applied import in one transaction; refuse if its records changed since.
        ``progress`` hears of the steps; a cancel rolls the transaction back."""
        with self._database.writing() as session, bulk_page_cache(session):
            undo_import(session, result, progress or Progress())


def _row_error(row: str, problem: RowProblem) -> FieldError:
    return FieldError(f"row {row}, {problem.column}", problem.reason)


def _preview(sheet: SheetRows, mapping: ColumnMapping, plans: list[Plan]) -> ImportPreview:
    ignored = tuple(
        header
        for header, chosen in zip(mapping.headers, mapping.fields, strict=True)
        if header and chosen in {None, Field.IGNORE}
    )
    return ImportPreview(
        sheet.name,
        mapping.header_row + 1,
        [p.outcome for p in plans],
        ignored,
        sheet.label(mapping.header_row),
    )


def _copy_of(sheet: SheetRows) -> SheetRows:
    return SheetRows(
        sheet.name,
        [list(row) for row in sheet.rows],
        list(sheet.labels),
        sheet.may_hold_excel_errors,
    )
