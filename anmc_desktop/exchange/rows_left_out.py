"""The report of the rows an import left out (``--skip-errors``): the file's own header and
those rows as they were, with a last column that says what is wrong with each. Corrected,
the report imports like the original (the import ignores its last column)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from anmc_desktop.exchange.formula_guard import guard_all
from anmc_desktop.exchange.sheet_rows import SheetRows

PROBLEMS_HEADER = "Import problems"


def report_path(source: Path) -> Path:
    """Next to the source file: ``guests.xlsx`` -> ``guests - rows left out.csv``."""
    return source.with_name(f"{source.stem} - rows left out.csv")


def rows_left_out_csv(
    sheet: SheetRows, header_row: int, left_out: Sequence[tuple[int, Sequence[str]]]
) -> bytes:
    """``left_out``: (the row's index in the sheet, its problems as text) in file order."""
    width = max(len(sheet.rows[header_row]), *(len(sheet.rows[i]) for i, _ in left_out))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    header = list(sheet.rows[header_row]) + [""] * (width - len(sheet.rows[header_row]))
    writer.writerow(guard_all([*header, PROBLEMS_HEADER]))
    for index, problems in left_out:
        cells = list(sheet.rows[index]) + [""] * (width - len(sheet.rows[index]))
        writer.writerow(guard_all([*cells, f"{sheet.label(index)}: " + "; ".join(problems)]))
    return buffer.getvalue().encode("utf-8-sig")
