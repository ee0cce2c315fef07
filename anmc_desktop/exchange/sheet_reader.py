"""Read the cells of a CSV or XLSX file as text, refusing hostile or oversized files early.

Every refusal is a ``UserFacingError`` naming the file and what is wrong, raised before
anything is parsed in full: the file's size, a workbook's unpacked size (zip bombs), XML
document type declarations (entity tricks, also blocked by defusedxml inside openpyxl),
the number of rows and the length of a cell.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
from defusedxml import DefusedXmlException

from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.formula_guard import GUARD, unguard
from anmc_desktop.exchange.limits import (
    HEADER_SEARCH_ROWS,
    MAX_CELL_CHARS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    MAX_UNPACKED_BYTES,
)
from anmc_desktop.exchange.text_decoding import decode_text

_CHUNK = 1024 * 1024
_XML_DANGER = (
    b"<!DOCTYPE",
    b"<!ENTITY",
    b"<\x00!\x00D\x00O\x00C\x00",
    b"\x00<\x00!\x00D\x00O\x00C",
)
_DELIMITERS = ",;\t|"
_DELIMITER_SAMPLE = 1024 * 1024  # characters: the first lines, without splitting the whole file


@dataclass(frozen=True)
class SheetRows:
    """The cells of a file as text, row by row.

    ``labels`` says where each row is for messages ("Tomsk!3" for row 3 of sheet Tomsk);
    without labels, row n of the file is ``rows[n - 1]``.
    """

    name: str
    rows: list[list[str]]
    labels: list[str] = field(default_factory=list)

    def label(self, index: int) -> str:
        return self.labels[index] if self.labels else str(index + 1)


HeaderFinder = Callable[[Sequence[Sequence[str]]], int | None]
"""Given a sheet's rows, the index of its header row (None: it has none)."""


def _any_header(rows: Sequence[Sequence[str]]) -> int | None:
    """Without a finder: the first of the top rows with two or more cells."""
    return next(
        (i for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]) if sum(1 for c in row if c) >= 2),
        None,
    )


def read_sheet(path: Path, find_header: HeaderFinder = _any_header) -> SheetRows:
    name = path.name
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UserFacingError(
            f"{name} is {size / 1024 / 1024:.0f} MB; files up to "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB can be imported."
        )
    return read_sheet_bytes(path.read_bytes(), name, find_header)


def read_sheet_bytes(data: bytes, name: str, find_header: HeaderFinder = _any_header) -> SheetRows:
    suffix = Path(name).suffix.casefold()
    labels: list[str] = []
    if suffix in {".xlsx", ".xlsm"}:
        rows, labels = _joined_sheets(name, _read_xlsx(data, name), find_header)
    elif suffix in {".csv", ".txt", ".tsv"}:
        rows = _read_csv(data, name)
    else:
        raise _unsupported(name, suffix)
    if not any(cell.strip() for row in rows for cell in row):
        raise UserFacingError(f"{name} is empty.")
    return SheetRows(name, rows, labels)


def _joined_sheets(
    name: str, sheets: list[tuple[str, list[list[str]]]], find_header: HeaderFinder
) -> tuple[list[list[str]], list[str]]:
    """The first sheet with a header, then the rows of every later sheet repeating it.

    Forms often open with a sheet of instructions; a list split into one sheet per city
    repeats its header on each sheet.
    """
    found = next(
        ((i, h) for i, (_, rows) in enumerate(sheets) if (h := find_header(rows)) is not None),
        None,
    )
    if found is None:
        return sheets[0][1], []
    base, header_index = found
    base_name, rows = sheets[base]
    if base == 0 and len(sheets) == 1:
        return rows, []
    header = rows[header_index]
    joined = list(rows)
    labels = [f"{base_name}!{n}" for n in range(1, len(rows) + 1)]
    for sheet_name, sheet_rows in sheets[base + 1 :]:
        repeated = next(
            (i for i, row in enumerate(sheet_rows[:HEADER_SEARCH_ROWS]) if row == header), None
        )
        if repeated is None:
            continue
        for number in range(repeated + 2, len(sheet_rows) + 1):
            joined.append(sheet_rows[number - 1])
            labels.append(f"{sheet_name}!{number}")
    return joined, labels


def _unsupported(name: str, suffix: str) -> UserFacingError:
    if suffix == ".xls":
        return UserFacingError(
            f"{name} is an old Excel 97-2003 workbook; save it as .xlsx or .csv first."
        )
    return UserFacingError(f"{name}: only .csv and .xlsx files can be imported.")


def _too_many_rows(name: str) -> UserFacingError:
    return UserFacingError(f"{name} has more than {MAX_ROWS:,} rows; split it into smaller files.")


def _long_cell(name: str, row: int, column: int, length: int) -> UserFacingError:
    return UserFacingError(
        f"{name}, row {row}, column {column}: a cell of {length:,} characters; "
        f"at most {MAX_CELL_CHARS:,} are accepted."
    )


def _read_csv(data: bytes, name: str) -> list[list[str]]:
    text = decode_text(data, name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows: list[list[str]] = []
    try:
        for row in reader:
            if len(rows) == MAX_ROWS:
                raise _too_many_rows(name)
            if row and max(map(len, row)) > MAX_CELL_CHARS:
                column, cell = next((c, t) for c, t in enumerate(row, 1) if len(t) > MAX_CELL_CHARS)
                raise _long_cell(name, reader.line_num, column, len(cell))
            # Take off the apostrophe our CSV export puts before formula-like text.
            rows.append([unguard(cell) if cell[:1] == GUARD else cell for cell in row])
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            raise UserFacingError(
                f"{name}, near line {reader.line_num}: a cell longer than "
                f"{MAX_CELL_CHARS:,} characters; such cells are not accepted."
            ) from error
        raise UserFacingError(f"{name}, line {reader.line_num}: {error}.") from error
    return rows


def _delimiter(text: str) -> str:
    """The separator Excel's regional settings chose: the one the first lines agree on."""
    lines = [line for line in text[:_DELIMITER_SAMPLE].splitlines()[:12] if line.strip()]
    best, best_score = ",", 0
    for delimiter in _DELIMITERS:
        counts = [line.count(delimiter) for line in lines]
        if not counts or max(counts) == 0:
            continue
        # Favour a separator that appears in many lines, the same number of times.
        most_common = max(set(counts), key=counts.count)
        score = counts.count(most_common) * most_common if most_common else 0
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_xlsx(data: bytes, name: str) -> list[tuple[str, list[list[str]]]]:
    """Every sheet's name and rows (all sheets' rows count towards the limit)."""
    _inspect_workbook(data, name)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except DefusedXmlException as error:
        raise UserFacingError(f"{name} contains unsafe XML ({error}); it was not read.") from error
    except Exception as error:  # openpyxl raises many kinds for damaged workbooks
        raise UserFacingError(f"{name} is not a readable .xlsx workbook ({error}).") from error
    sheets: list[tuple[str, list[list[str]]]] = []
    total = 0
    try:
        for sheet in workbook.worksheets:
            rows: list[list[str]] = []
            for row_number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                total += 1
                if total > MAX_ROWS:
                    raise _too_many_rows(name)
                row = [_cell_text(value) for value in values]
                for column, cell in enumerate(row, start=1):
                    if len(cell) > MAX_CELL_CHARS:
                        raise _long_cell(name, row_number, column, len(cell))
                while row and not row[-1]:
                    row.pop()
                rows.append(row)
            sheets.append((sheet.title, rows))
    except DefusedXmlException as error:
        raise UserFacingError(f"{name} contains unsafe XML ({error}); it was not read.") from error
    finally:
        workbook.close()
    return sheets


def _inspect_workbook(data: bytes, name: str) -> None:
    """Refuse zip bombs, XML declarations and huge sheets by streaming every part once."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise UserFacingError(
            f"{name} is not an .xlsx workbook (it is not a zip archive)."
        ) from error
    with archive:
        members = archive.infolist()
        declared = sum(member.file_size for member in members)
        if declared > MAX_UNPACKED_BYTES:
            raise _unpacks_too_large(name)
        unpacked = 0
        for member in members:
            is_sheet = member.filename.startswith("xl/worksheets/")
            rows = 0
            tail = b""
            try:
                with archive.open(member) as stream:
                    while chunk := stream.read(_CHUNK):
                        unpacked += len(chunk)
                        if unpacked > MAX_UNPACKED_BYTES:
                            raise _unpacks_too_large(name)
                        window = tail + chunk
                        if any(marker in window for marker in _XML_DANGER):
                            raise UserFacingError(
                                f"{name} contains an XML document type declaration "
                                "(a known attack on spreadsheet readers); it was not read."
                            )
                        if is_sheet:
                            rows += chunk.count(b"<row ") + chunk.count(b"<row>")
                            if rows > MAX_ROWS:
                                raise _too_many_rows(name)
                        tail = chunk[-16:]
            except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as error:
                raise UserFacingError(f"{name} is a damaged .xlsx workbook ({error}).") from error
            except NotImplementedError as error:
                raise UserFacingError(
                    f"{name} uses an unsupported compression ({error})."
                ) from error


def _unpacks_too_large(name: str) -> UserFacingError:
    return UserFacingError(
        f"{name} unpacks to more than {MAX_UNPACKED_BYTES // 1024 // 1024} MB "
        "(it may be a zip bomb); it was not read."
    )


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
