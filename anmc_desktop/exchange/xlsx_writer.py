"""Delegation lists as XLSX: a bold frozen header, an auto-filter, widths that fit.

Written in openpyxl's write-only mode (fast, constant memory). Every value is a string
cell: text that looks like a formula or an error code is forced to stay text.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from anmc_desktop.exchange.delegation_list import ExportTable

MIN_WIDTH = 6
MAX_WIDTH = 60
WIDTH_SAMPLE_ROWS = 500
SHEET_NAME_LIMIT = 31
SINGLE_SHEET_NAME = "Delegations"
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_ERROR_CODES = frozenset(ERROR_CODES)


def write_xlsx(
    table: ExportTable, *, sheet_per_city: bool = False, sheet_name: str = SINGLE_SHEET_NAME
) -> bytes:
    workbook = Workbook(write_only=True)
    workbook.properties.title = table.title
    if sheet_per_city and table.rows:
        by_city: dict[str, list[tuple[str, ...]]] = {}
        for city, row in zip(table.cities, table.rows, strict=True):
            by_city.setdefault(city, []).append(row)
        used: set[str] = set()
        for city, rows in by_city.items():
            _write_sheet(workbook, _sheet_name(city, used), table.headers, rows)
    else:
        _write_sheet(workbook, _sheet_name(sheet_name, set()), table.headers, table.rows)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _write_sheet(
    workbook: Workbook, name: str, headers: Sequence[str], rows: Sequence[tuple[str, ...]]
) -> None:
    sheet: WriteOnlyWorksheet = workbook.create_sheet(name)
    for index, width in enumerate(_widths(headers, rows), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    last = f"{get_column_letter(max(len(headers), 1))}{len(rows) + 1}"
    sheet.auto_filter.ref = f"A1:{last}"
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = _text_cell(sheet, header)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in rows:
        sheet.append([_value(sheet, value) for value in row])


def _value(sheet: WriteOnlyWorksheet, value: str) -> str | WriteOnlyCell:
    """Plain text as it is (fast); text openpyxl would take for a formula as a text cell."""
    if ILLEGAL_CHARACTERS_RE.search(value):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if value.startswith("=") or value in _ERROR_CODES:
        return _text_cell(sheet, value)
    return value


def _text_cell(sheet: WriteOnlyWorksheet, value: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, ILLEGAL_CHARACTERS_RE.sub("", value))
    cell.data_type = "s"
    return cell


def _widths(headers: Sequence[str], rows: Iterable[tuple[str, ...]]) -> list[float]:
    widths = [len(header) + 2 for header in headers]  # room for the filter button
    for count, row in enumerate(rows):
        if count == WIDTH_SAMPLE_ROWS:
            break
        for index, value in enumerate(row):
            longest = max((len(line) for line in value.splitlines()), default=0)
            widths[index] = max(widths[index], longest)
    return [float(min(max(width + 1, MIN_WIDTH), MAX_WIDTH)) for width in widths]


def _sheet_name(name: str, used: set[str]) -> str:
    base = _SHEET_NAME_FORBIDDEN.sub(" ", name).strip(" '") or "Sheet"
    base = base[:SHEET_NAME_LIMIT]
    candidate, serial = base, 1
    while candidate.casefold() in used:
        serial += 1
        suffix = f" ({serial})"
        candidate = base[: SHEET_NAME_LIMIT - len(suffix)] + suffix
    used.add(candidate.casefold())
    return candidate
