"""Read the cells of a CSV or XLSX file as text, refusing hostile or oversized files early.

Every refusal is a ``UserFacingError`` naming the file and what is wrong, raised before
anything is parsed in full: the file's size, a workbook's unpacked size (zip bombs), XML
document type declarations (entity tricks, also blocked by defusedxml inside openpyxl),
the number of rows and the length of a cell. What a file is comes from its first bytes,
not its name: a CSV named .xlsx is read as CSV, and an .xls, .ods, encrypted workbook,
Word document or PDF gets a message saying what it is and what to do. A workbook cell
holding one of Excel's errors (#N/A) reads as an ``ExcelError``, text that says so.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from defusedxml import DefusedXmlException
from openpyxl.utils import get_column_letter

from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.formula_guard import GUARD, unguard
from anmc_desktop.exchange.limits import (
    HEADER_SEARCH_ROWS,
    MAX_CELL_CHARS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    MAX_UNPACKED_BYTES,
)
from anmc_desktop.exchange.person_columns import header_key
from anmc_desktop.exchange.text_decoding import decode_text

_CHUNK = 1024 * 1024
_XML_DANGER = (
    b"<!DOCTYPE",
    b"<!ENTITY",
    b"<\x00!\x00D\x00O\x00C\x00",
    b"\x00<\x00!\x00D\x00O\x00C",
)
# A formula cell closed without a value after it: Excel always stores the result.
_UNCOMPUTED = (b"</f></c>", b"</f><v/></c>", b"</f><v /></c>", b"</f><v></v></c>", b'"/></c>')
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Office 97-2003 files, and encrypted workbooks
_TEXT_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
_WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm"})
_SNIFF_CHARS = 64 * 1024
_DELIMITERS = "\t;,|"  # the order breaks ties
_DELIMITER_SAMPLE = 1024 * 1024  # characters: the first lines, without splitting the whole file


# What Excel shows in a cell whose formula failed. A CSV holds it as text; a workbook as
# an error value, which reads as an ExcelError.
EXCEL_ERRORS = frozenset(
    {
        "#N/A",
        "#REF!",
        "#VALUE!",
        "#DIV/0!",
        "#NAME?",
        "#NUM!",
        "#NULL!",
        "#SPILL!",
        "#CALC!",
        "#GETTING_DATA",
    }
)


class ExcelError(str):
    """The text of a workbook cell holding one of Excel's errors (a failed formula), not
    text someone typed; it stays with its cell when sheets are joined."""

    __slots__ = ()


def _may_hold_excel_errors(text: str) -> bool:
    return "#" in text and any(error in text for error in EXCEL_ERRORS)


@dataclass(frozen=True)
class SheetRows:
    """The cells of a file as text, row by row.

    ``labels`` says where each row is for messages ("Tomsk!3" for row 3 of sheet Tomsk);
    without labels, row n of the file is ``rows[n - 1]``. ``may_hold_excel_errors`` is
    False when the reader found no text of Excel's errors anywhere in the file (nearly
    every file), so that an import need not look for them cell by cell.
    """

    name: str
    rows: list[list[str]]
    labels: list[str] = field(default_factory=list)
    may_hold_excel_errors: bool = True

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
    """The rows of a workbook or a CSV file, told apart by their content, not their name:
    a CSV saved as "list.xlsx" and a workbook saved as "list.csv" both arrive."""
    labels: list[str] = []
    if _is_workbook(data, name):
        sheets, hidden, uncomputed, may_hold_errors = _read_xlsx(data, name)
        # A hidden sheet is no part of the list sent (an old copy, the drop-downs' lists),
        # unless no other sheet holds a list.
        shown = [sheet for sheet in sheets if sheet[0] not in hidden]
        if any(find_header(sheet_rows) is not None for _, sheet_rows in shown):
            sheets = shown
        rows, labels, used = _joined_sheets(name, sheets, find_header)
        _refuse_uncomputed(name, uncomputed, used)
    else:
        rows, may_hold_errors = _read_csv(data, name)
    if not any(cell.strip() for row in rows for cell in row):
        raise UserFacingError(f"{name} is empty.")
    return SheetRows(name, rows, labels, may_hold_errors)


def _is_workbook(data: bytes, name: str) -> bool:
    """True for an .xlsx workbook, False for text; a clear refusal for anything else."""
    suffix = Path(name).suffix.casefold()
    if data.startswith(_ZIP):
        return _zip_is_workbook(data, name)
    if data.startswith(_OLE):
        raise _office_97(data, name)
    if data.startswith(b"%PDF"):
        raise UserFacingError(
            f"{name} is a PDF document, not a spreadsheet; ask for the list as .xlsx or .csv."
        )
    if suffix not in _TEXT_SUFFIXES | _WORKBOOK_SUFFIXES | {".xls"}:
        raise _unsupported(name, suffix)
    if suffix in _TEXT_SUFFIXES:
        return False
    # A workbook's name on other content: web systems save CSV or HTML as "list.xls(x)".
    try:
        head = decode_text(data, name)[:_SNIFF_CHARS].lstrip().casefold()
    except UserFacingError:
        if suffix == ".xls":
            raise _unsupported(name, suffix) from None
        raise UserFacingError(
            f"{name} is not an .xlsx workbook (it is neither a zip archive nor text)."
        ) from None
    if head.startswith("<") and ("<table" in head or "<html" in head):
        raise UserFacingError(
            f"{name} is a web page (HTML) named like a workbook; open it in Excel or "
            "LibreOffice and save it as .xlsx or .csv."
        )
    return False


def _zip_is_workbook(data: bytes, name: str) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = set(archive.namelist())
            mimetype = b""
            if "mimetype" in members:
                with archive.open("mimetype") as stream:  # its first bytes only: no bomb
                    mimetype = stream.read(100)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
        raise UserFacingError(f"{name} is a damaged .xlsx workbook ({error}).") from error
    if "xl/workbook.xml" in members or "xl/workbook.bin" in members:
        if "xl/workbook.bin" in members:
            raise UserFacingError(
                f"{name} is an Excel binary workbook (.xlsb); save it as .xlsx or .csv first."
            )
        return True
    if b"opendocument.spreadsheet" in mimetype:
        raise UserFacingError(
            f"{name} is an OpenDocument spreadsheet (.ods); save it as .xlsx or .csv first."
        )
    if any(member.startswith("word/") for member in members) or b"opendocument.text" in mimetype:
        raise UserFacingError(
            f"{name} is a text document (Word or Writer), not a spreadsheet; "
            "ask for the list as .xlsx or .csv."
        )
    raise UserFacingError(f"{name} is a zip archive, not an .xlsx workbook.")


def _office_97(data: bytes, name: str) -> UserFacingError:
    """The refusal of a file in Microsoft's old compound format (OLE)."""
    if "EncryptedPackage".encode("utf-16-le") in data:
        return UserFacingError(
            f"{name} is protected by a password; open it in Excel, remove the password "
            "(File > Info > Protect Workbook > Encrypt with Password) and save it again."
        )
    if "WordDocument".encode("utf-16-le") in data:
        return UserFacingError(
            f"{name} is an old Word document, not a spreadsheet; ask for the list as .xlsx or .csv."
        )
    return UserFacingError(
        f"{name} is an old Excel 97-2003 workbook; save it as .xlsx or .csv first."
    )


def _joined_sheets(
    name: str, sheets: list[tuple[str, list[list[str]]]], find_header: HeaderFinder
) -> tuple[list[list[str]], list[str], dict[str, int]]:
    """The first sheet with a header, then the rows of every later sheet with a header,
    each cell moved under the column of the same header; also the sheets used, with the
    index of each one's header row.

    Forms often open with a sheet of instructions; a list split into one sheet per city
    repeats its header on each sheet, not always in the same order or spelling. A header
    only a later sheet has becomes a new column; sheets without a header (notes, the
    hidden lists of drop-downs) are left out.
    """
    found = next(
        ((i, h) for i, (_, rows) in enumerate(sheets) if (h := find_header(rows)) is not None),
        None,
    )
    if found is None:
        return sheets[0][1], [], {sheets[0][0]: 0}
    base, header_index = found
    base_name, rows = sheets[base]
    used = {base_name: header_index}
    if len(sheets) == 1:
        return rows, [], used
    header = rows[header_index]
    columns = _ColumnsByHeader(header)
    # Cells beyond a sheet's header are under no column of it: cut off, so that none of
    # them lands under a column a later sheet adds.
    joined = [row[: len(header)] for row in rows]
    labels = [f"{base_name}!{n}" for n in range(1, len(rows) + 1)]
    for sheet_name, sheet_rows in sheets[base + 1 :]:
        repeated = find_header(sheet_rows)
        if repeated is None:
            continue
        used[sheet_name] = repeated
        move = columns.positions(sheet_rows[repeated])
        for number in range(repeated + 2, len(sheet_rows) + 1):
            joined.append(move(sheet_rows[number - 1]))
            labels.append(f"{sheet_name}!{number}")
    joined[header_index] = columns.header
    return joined, labels, used


class _ColumnsByHeader:
    """The columns of joined sheets, found by their header (folded, and counted when a
    header repeats within a sheet)."""

    def __init__(self, header: list[str]) -> None:
        self.header = list(header)
        self._index: dict[tuple[str, int], int] = {}
        for column, key in enumerate(self._keys(header)):
            if key[0]:
                self._index.setdefault(key, column)

    @staticmethod
    def _keys(header: list[str]) -> list[tuple[str, int]]:
        seen: dict[str, int] = {}
        keys = []
        for text in header:
            key = header_key(text)
            seen[key] = seen.get(key, 0) + 1
            keys.append((key, seen[key]))
        return keys

    def positions(self, header: list[str]) -> Callable[[list[str]], list[str]]:
        """How to move a row under ``header`` into the joined columns (cells under no
        header are left out, as they are on the first sheet)."""
        if header == self.header[: len(header)]:
            return lambda row: row[: len(header)]
        targets: list[int | None] = []
        for text, key in zip(header, self._keys(header), strict=True):
            if not key[0]:
                targets.append(None)
                continue
            if key not in self._index:
                self._index[key] = len(self.header)
                self.header.append(text)
            targets.append(self._index[key])

        def move(row: list[str]) -> list[str]:
            moved = [""] * len(self.header)
            for target, cell in zip(targets, row, strict=False):
                if target is not None:
                    moved[target] = cell
            return moved

        return move


def _refuse_uncomputed(
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


def _unsupported(name: str, suffix: str) -> UserFacingError:
    if suffix == ".xls":
        return UserFacingError(
            f"{name} is an old Excel 97-2003 workbook; save it as .xlsx or .csv first."
        )
    if suffix in {".ods", ".numbers"}:
        return UserFacingError(f"{name}: save it as .xlsx or .csv first.")
    return UserFacingError(f"{name}: only .csv and .xlsx files can be imported.")


def _too_many_rows(name: str) -> UserFacingError:
    return UserFacingError(f"{name} has more than {MAX_ROWS:,} rows; split it into smaller files.")


def _long_cell(name: str, row: int, column: int, length: int) -> UserFacingError:
    return UserFacingError(
        f"{name}, row {row}, column {column}: a cell of {length:,} characters; "
        f"at most {MAX_CELL_CHARS:,} are accepted."
    )


def _read_csv(data: bytes, name: str) -> tuple[list[list[str]], bool]:
    """The rows, and whether any may hold Excel's errors (as text, which is all a CSV has)."""
    text = decode_text(data, name)
    delimiter, skipped = _separator_line(text)
    if delimiter is None:
        delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    if skipped:
        next(reader)
    # The csv module refuses a longer cell itself; the limit is the module's, set only
    # while this file is read.
    limit = csv.field_size_limit(MAX_CELL_CHARS)
    try:
        rows = list(itertools.islice(reader, MAX_ROWS + 1))
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            raise _long_csv_cell(text, delimiter, name) from error
        raise UserFacingError(f"{name}, line {reader.line_num}: {error}.") from error
    finally:
        csv.field_size_limit(limit)
    if len(rows) + skipped > MAX_ROWS:
        raise _too_many_rows(name)
    if reader.line_num > len(rows) + skipped:
        # A quoted cell went on over several lines: one line end in it, whichever it had.
        rows = [
            [_one_line_end(cell) for cell in row] if any("\r" in c for c in row) else row
            for row in rows
        ]
    if _may_be_guarded(text, delimiter):
        _unguard_columns(rows)
    if skipped:
        rows.insert(0, [])  # row n of the file stays rows[n - 1]
    return rows, _may_hold_excel_errors(text)


def _may_be_guarded(text: str, delimiter: str) -> bool:
    """Whether any cell may begin with the guard: at the start, after a separator, a line
    end or an opening quote (an apostrophe within a name, as in O'Brien, is no guard)."""
    starts = (delimiter + GUARD, "\n" + GUARD, "\r" + GUARD, '"' + GUARD)
    return text.startswith(GUARD) or any(start in text for start in starts)


def _unguard_columns(rows: list[list[str]]) -> None:
    """Take off the apostrophe our CSV export puts before formula-like text, in place.

    Only the columns where a cell begins with it are walked row by row (the phones, say):
    a column is searched as one string, its cells joined after a NUL, which no cell
    holds (decode_text refuses it).
    """
    marked = "\0" + GUARD
    guarded = [
        index
        for index, column in enumerate(itertools.zip_longest(*rows, fillvalue=""))
        if marked in "\0" + "\0".join(column)
    ]
    for index in guarded:
        for row in rows:
            if index < len(row) and row[index][:1] == GUARD:
                row[index] = unguard(row[index])


def _one_line_end(cell: str) -> str:
    """The cell with Windows' and old Macs' line ends made Unix ones (a CR is refused as
    a control character)."""
    return cell.replace("\r\n", "\n").replace("\r", "\n") if "\r" in cell else cell


def _separator_line(text: str) -> tuple[str | None, int]:
    """Excel's "sep=;" first line: the separator it names, and 1 for the line to skip."""
    first = text[:16].splitlines()[0] if text else ""
    if len(first) == 5 and first[:4].casefold() == "sep=":
        return first[4], 1
    return None, 0


def _long_csv_cell(text: str, delimiter: str, name: str) -> UserFacingError:
    """The message for a cell beyond the limit, naming its line and column."""
    limit = csv.field_size_limit(MAX_FILE_BYTES)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for row in reader:
            for column, cell in enumerate(row, 1):
                if len(cell) > MAX_CELL_CHARS:
                    return _long_cell(name, reader.line_num, column, len(cell))
    except csv.Error:
        pass
    finally:
        csv.field_size_limit(limit)
    return UserFacingError(
        f"{name}: a cell longer than {MAX_CELL_CHARS:,} characters; such cells are not accepted."
    )


def _delimiter(text: str) -> str:
    """The separator Excel's regional settings chose: the one the first lines agree on.

    A comma or semicolon followed by a space is prose ("Popova, Olga"), not a separator;
    on a tie a tab wins (it is never prose), then a semicolon (a comma is also the decimal
    mark of the countries whose Excel separates with semicolons).
    """
    lines = [line for line in text[:_DELIMITER_SAMPLE].splitlines()[:12] if line.strip()]
    best, best_score = ",", 0
    for delimiter in _DELIMITERS:
        counts = [line.count(delimiter) - line.count(delimiter + " ") for line in lines]
        if not counts or max(counts) <= 0:
            continue
        # Favour a separator that appears in many lines, the same number of times.
        most_common = max(set(counts), key=counts.count)
        score = counts.count(most_common) * most_common if most_common > 0 else 0
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_xlsx(
    data: bytes, name: str
) -> tuple[
    list[tuple[str, list[list[str]]]], set[str], dict[str, list[tuple[int, int, str]]], bool
]:
    """Every sheet's name and rows (all sheets' rows count towards the limit), the names
    of the hidden ones, by sheet the formulas without a computed value (row, column,
    formula), and whether any cell may hold one of Excel's errors (as a value or text)."""
    has_uncomputed = _inspect_workbook(data, name)
    sheets: list[tuple[str, list[list[str]]]] = []
    hidden: set[str] = set()
    may_hold_errors = False
    total = 0
    with _workbook(data, name, data_only=True) as workbook:
        for number, sheet in enumerate(workbook.worksheets):
            # Read every row and cell, whatever size the sheet declares: programs that
            # write workbooks often declare "A1", and openpyxl would read no further.
            sheet.reset_dimensions()
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
            if _may_hold_excel_errors("\0".join(itertools.chain.from_iterable(rows))):
                may_hold_errors = True
                _mark_excel_errors(data, name, number, rows)
            sheets.append((sheet.title, rows))
            if getattr(sheet, "sheet_state", "visible") != "visible":
                hidden.add(sheet.title)
    uncomputed = _uncomputed(data, name) if has_uncomputed else {}
    return sheets, hidden, uncomputed, may_hold_errors


def _mark_excel_errors(data: bytes, name: str, number: int, rows: list[list[str]]) -> None:
    """Make the cells of sheet ``number`` that hold an error value ExcelErrors, in place
    (a second reading of the sheet, cell by cell, only for sheets whose text has one)."""
    with _workbook(data, name, data_only=True) as workbook:
        sheet = workbook.worksheets[number]
        sheet.reset_dimensions()
        for row, cells in zip(rows, sheet.iter_rows(), strict=False):
            for column, cell in enumerate(cells[: len(row)]):
                if getattr(cell, "data_type", None) == "e":
                    row[column] = ExcelError(row[column])


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
    finally:
        workbook.close()


def _uncomputed(data: bytes, name: str) -> dict[str, list[tuple[int, int, str]]]:
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


def _inspect_workbook(data: bytes, name: str) -> bool:
    """Refuse zip bombs, XML declarations and huge sheets by streaming every part once;
    True if a sheet may hold a formula without a computed value."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise UserFacingError(
            f"{name} is not an .xlsx workbook (it is not a zip archive)."
        ) from error
    uncomputed = False
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
                            uncomputed = uncomputed or any(m in window for m in _UNCOMPUTED)
                        tail = chunk[-16:]
            except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as error:
                raise UserFacingError(f"{name} is a damaged .xlsx workbook ({error}).") from error
            except NotImplementedError as error:
                raise UserFacingError(
                    f"{name} uses an unsupported compression ({error})."
                ) from error
    return uncomputed


def _unpacks_too_large(name: str) -> UserFacingError:
    return UserFacingError(
        f"{name} unpacks to more than {MAX_UNPACKED_BYTES // 1024 // 1024} MB "
        "(it may be a zip bomb); it was not read."
    )


def _cell_text(value: object) -> str:
    """A cell's value as the text it shows: a phone number typed as a number keeps its
    digits (79131234567, never 79131234567.0 or 7.9E+10)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return _one_line_end(value)
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
