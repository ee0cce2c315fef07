"""Read the cells of an .xlsx workbook as the text they show, sheet by sheet, with the
cells holding Excel's errors marked and the formulas nobody computed found."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from xml.etree.ElementTree import ParseError

import openpyxl
from defusedxml import DefusedXmlException
from openpyxl.utils import get_column_letter

from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.limits import MAX_CELL_CHARS
from anmc_desktop.exchange.sheet_rows import (
    READING_STEP,
    ROWS_PER_STEP,
    ExcelError,
    long_cell,
    may_hold_excel_errors,
    one_line_end,
)
from anmc_desktop.exchange.workbook_guard import inspect_workbook
from anmc_desktop.progress import Progress


def read_xlsx(
    data: bytes, name: str, progress: Progress | None = None
) -> tuple[
    list[tuple[str, list[list[str]]]], set[str], dict[str, list[tuple[int, int, str]]], bool
]:
    """Every sheet's name and rows, the names
    of the hidden ones, by sheet the formulas without a computed value (row, column,
    formula), and whether any cell may hold one of Excel's errors (as a value or text).

    ``progress`` hears of every ``ROWS_PER_STEP`` rows read, and may cancel the reading
    there (a workbook of 100,000 rows takes seconds to read).
    """
    progress = progress or Progress()
    has_uncomputed = inspect_workbook(data, name)
    sheets: list[tuple[str, list[list[str]]]] = []
    hidden: set[str] = set()
    may_hold_errors = False
    with _workbook(data, name, data_only=True) as workbook:
        for number, sheet in enumerate(workbook.worksheets):
            # Read every row and cell, whatever size the sheet declares: programs that
            # write workbooks often declare "A1", and openpyxl would read no further.
            sheet.reset_dimensions()
            rows: list[list[str]] = []
            for row_number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                row = [_cell_text(value) for value in values]
                for column, cell in enumerate(row, start=1):
                    if len(cell) > MAX_CELL_CHARS:
                        raise long_cell(name, row_number, column, len(cell))
                while row and not row[-1]:
                    row.pop()
                rows.append(row)
                if row_number % ROWS_PER_STEP == 0:
                    progress.step(READING_STEP, row_number)
            if may_hold_excel_errors("\0".join(itertools.chain.from_iterable(rows))):
                may_hold_errors = True
                _mark_excel_errors(data, name, number, rows, progress)
            sheets.append((sheet.title, rows))
            if getattr(sheet, "sheet_state", "visible") != "visible":
                hidden.add(sheet.title)
    if not sheets:  # its list of sheets names none that can be found
        raise UserFacingError(f"{name} is a damaged .xlsx workbook: it has no worksheet.")
    uncomputed = _uncomputed(data, name, progress) if has_uncomputed else {}
    return sheets, hidden, uncomputed, may_hold_errors


def _mark_excel_errors(
    data: bytes, name: str, number: int, rows: list[list[str]], progress: Progress
) -> None:
    """Make the cells of sheet ``number`` that hold an error value ExcelErrors, in place
    (a second reading of the sheet, cell by cell, only for sheets whose text has one)."""
    with _workbook(data, name, data_only=True) as workbook:
        sheet = workbook.worksheets[number]
        sheet.reset_dimensions()
        for row_number, (row, cells) in enumerate(zip(rows, sheet.iter_rows(), strict=False), 1):
            if row_number % ROWS_PER_STEP == 0:
                progress.step(READING_STEP, row_number)
            for column, cell in enumerate(cells[: len(row)]):
                if getattr(cell, "data_type", None) == "e":
                    row[column] = ExcelError(row[column])


# What a read-only workbook raises while its rows are read (lazily, after it opened): XML
# that does not parse, a part whose compressed data is damaged, an element with an
# attribute or a value openpyxl does not know (TypeError, ValueError from its descriptors).
_DAMAGED_WHILE_READING = (
    ParseError,
    zlib.error,
    zipfile.BadZipFile,
    EOFError,
    TypeError,
    ValueError,
)


@contextmanager
def _workbook(data: bytes, name: str, *, data_only: bool) -> Iterator[Any]:
    """The workbook opened read-only; openpyxl's failures as messages naming the file."""
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)
    except DefusedXmlException as error:
        raise UserFacingError(f"{name} contains unsafe XML ({error}); it was not read.") from error
    except Exception as error:  # openpyxl raises many kinds for damaged workbooks
        raise UserFacingError(f"{name} is not a readable .xlsx workbook ({error}).") from error
    try:
        yield workbook
    except DefusedXmlException as error:
        raise UserFacingError(f"{name} contains unsafe XML ({error}); it was not read.") from error
    except _DAMAGED_WHILE_READING as error:
        raise UserFacingError(f"{name} is a damaged .xlsx workbook ({error}).") from error
    finally:
        workbook.close()


def _uncomputed(
    data: bytes, name: str, progress: Progress
) -> dict[str, list[tuple[int, int, str]]]:
    """By sheet: the formula cells without a result (row and column from 1, formula).

    A formula's result is stored beside it typed, an empty text too ('t="str"'); a cell
    of the default numeric type without a value has none.
    """
    found: dict[str, list[tuple[int, int, str]]] = {}
    with (
        _workbook(data, name, data_only=False) as formulas,
        _workbook(data, name, data_only=True) as results,
    ):
        for formula_sheet, result_sheet in zip(
            formulas.worksheets, results.worksheets, strict=True
        ):
            formula_sheet.reset_dimensions()
            result_sheet.reset_dimensions()
            rows = zip(formula_sheet.iter_rows(), result_sheet.iter_rows(), strict=False)
            for row_number, (cells, stored) in enumerate(rows, start=1):
                if row_number % ROWS_PER_STEP == 0:
                    progress.step(READING_STEP, row_number)
                for column, (cell, result) in enumerate(zip(cells, stored, strict=False), 1):
                    if (
                        getattr(cell, "data_type", None) == "f"
                        and result.value is None
                        and getattr(result, "data_type", "n") == "n"
                    ):
                        found.setdefault(formula_sheet.title, []).append(
                            (row_number, column, str(cell.value))
                        )
    return found


def refuse_uncomputed(
    name: str, uncomputed: dict[str, list[tuple[int, int, str]]], used: dict[str, int]
) -> None:
    """Refuse a formula whose result no spreadsheet program ever computed (files made by
    other programs): its cell reads as empty, and the import would lose what it means."""
    for sheet_name, header_index in used.items():
        for row, column, formula in uncomputed.get(sheet_name, []):
            if row > header_index:
                raise UserFacingError(
                    f"{name}, {sheet_name}!{get_column_letter(column)}{row}: the formula "
                    f"{formula} has no computed value (the file was not saved by a "
                    "spreadsheet program); open it in Excel or LibreOffice, save it, and "
                    "import it again."
                )


def _cell_text(value: object) -> str:
    """A cell's value as the text it shows: a phone number typed as a number keeps its
    digits (79131234567, never 79131234567.0 or 7.9E+10)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return one_line_end(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        # Excel keeps 15 significant digits; show no binary noise (0.30000000000000004).
        text = f"{value:.15g}"
        return text if "e" not in text else repr(value)
    return str(value)
