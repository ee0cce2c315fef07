"""Read the cells of a CSV or XLSX file as text, refusing hostile or oversized files early.

Every refusal is a ``UserFacingError`` naming the file and what is wrong, raised before
anything is parsed in full: the file's size, a workbook's unpacked size (zip bombs), XML
document type declarations (entity tricks, also blocked by defusedxml inside openpyxl),
the length of a cell; never the number of rows (issue 21). What a file is comes from its
first bytes, not its name: a CSV named .xlsx is read as CSV, and an .xls, .ods, encrypted
workbook, Word document or PDF gets a message saying what it is and what to do. A workbook cell
holding one of Excel's errors (#N/A) reads as an ``ExcelError``, text that says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.csv_reader import read_csv
from anmc_desktop.exchange.file_kind import is_workbook
from anmc_desktop.exchange.limits import HEADER_SEARCH_ROWS, MAX_FILE_BYTES
from anmc_desktop.exchange.sheet_joining import joined_sheets
from anmc_desktop.exchange.sheet_rows import HeaderFinder, SheetRows
from anmc_desktop.exchange.xlsx_reader import read_xlsx, refuse_uncomputed
from anmc_desktop.progress import Progress


def _any_header(rows: Sequence[Sequence[str]]) -> int | None:
    """Without a finder: the first of the top rows with two or more cells."""
    return next(
        (i for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]) if sum(1 for c in row if c) >= 2),
        None,
    )


def read_sheet(
    path: Path, find_header: HeaderFinder = _any_header, progress: Progress | None = None
) -> SheetRows:
    """The file's rows; ``progress`` hears of every chunk of rows read (and may cancel)."""
    name = path.name
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UserFacingError(
            f"{name} is {size / 1024 / 1024:.0f} MB; files up to "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB can be imported."
        )
    return read_sheet_bytes(path.read_bytes(), name, find_header, progress)


def read_sheet_bytes(
    data: bytes,
    name: str,
    find_header: HeaderFinder = _any_header,
    progress: Progress | None = None,
) -> SheetRows:
    """The rows of a workbook or a CSV file, told apart by their content, not their name:
    a CSV saved as "list.xlsx" and a workbook saved as "list.csv" both arrive."""
    labels: list[str] = []
    if is_workbook(data, name):
        sheets, hidden, uncomputed, may_hold_errors = read_xlsx(data, name, progress)
        # A hidden sheet is no part of the list sent (an old copy, the drop-downs' lists),
        # unless no other sheet holds a list.
        shown = [sheet for sheet in sheets if sheet[0] not in hidden]
        if any(find_header(sheet_rows) is not None for _, sheet_rows in shown):
            sheets = shown
        rows, labels, used = joined_sheets(name, sheets, find_header)
        refuse_uncomputed(name, uncomputed, used)
    else:
        rows, may_hold_errors = read_csv(data, name, progress)
    if not any(cell.strip() for row in rows for cell in row):
        raise UserFacingError(f"{name} is empty.")
    return SheetRows(name, rows, labels, may_hold_errors)
