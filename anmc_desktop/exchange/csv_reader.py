"""Read the cells of a CSV file: its encoding and separator found, Excel's "sep=" line
skipped, our export's formula guard taken off, too long a cell refused."""

from __future__ import annotations

import csv
import io
import itertools
import operator
from collections.abc import Iterable

from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.formula_guard import GUARD, TRIGGERS, unguard
from anmc_desktop.exchange.limits import MAX_CELL_CHARS, MAX_FILE_BYTES
from anmc_desktop.exchange.sheet_rows import (
    READING_STEP,
    ROWS_PER_STEP,
    long_cell,
    may_hold_excel_errors,
    one_line_end,
)
from anmc_desktop.exchange.text_decoding import decode_text
from anmc_desktop.progress import Progress

_ROWS_LOOKED_AT_FIRST = 100  # to choose the order in which the columns are searched
_DELIMITERS = "\t;,|"  # the order breaks ties
_DELIMITER_SAMPLE = 1024 * 1024  # characters: the first lines, without splitting the whole file


def read_csv(
    data: bytes, name: str, progress: Progress | None = None
) -> tuple[list[list[str]], bool]:
    """The rows, and whether any may hold Excel's errors (as text, which is all a CSV has);
    ``progress`` hears of every slice of rows read, and may cancel the reading there."""
    progress = progress or Progress()
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
    rows: list[list[str]] = []
    try:
        # A slice at a time, not list(reader) at once: between slices another thread (the
        # window's, while an import reads on a worker) gets its turn at the interpreter,
        # and a Cancel takes effect.
        while rows_read := list(itertools.islice(reader, ROWS_PER_STEP)):
            rows += rows_read
            progress.step(READING_STEP, len(rows))
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            raise _long_csv_cell(text, delimiter, name) from error
        raise UserFacingError(f"{name}, line {reader.line_num}: {error}.") from error
    finally:
        csv.field_size_limit(limit)
    if reader.line_num > len(rows) + skipped:
        # A quoted cell went on over several lines: one line end in it, whichever it had.
        rows = [
            [one_line_end(cell) for cell in row] if any("\r" in c for c in row) else row
            for row in rows
        ]
    if places := _guard_places(text, delimiter):
        _unguard_columns(rows, places)
    if skipped:
        rows.insert(0, [])  # row n of the file stays rows[n - 1]
    return rows, may_hold_excel_errors(text)


def _guard_places(text: str, delimiter: str) -> int:
    """How many cells may begin with the guard, at most: those at the start, after a
    separator, a line end or an opening quote (an apostrophe within a name, as in O'Brien,
    is no guard)."""
    starts = (delimiter + GUARD, "\n" + GUARD, "\r" + GUARD, '"' + GUARD)
    return text.startswith(GUARD) + sum(text.count(start) for start in starts)


def _unguard_columns(rows: list[list[str]], places: int) -> None:
    """Take off the apostrophe our CSV export puts before formula-like text, in place;
    ``places``: how many cells may begin with it, at most (see _guard_places).

    Only the columns where a cell begins with it are walked row by row (the phones, say):
    a column is searched as one string, its cells joined after a NUL, which no cell
    holds (decode_text refuses it), until ``places`` such cells are found. The columns
    are taken with C calls when every row has them all (nearly every file), not by
    turning the rows into columns.
    """
    marked = "\0" + GUARD
    shortest = min(map(len, rows), default=0)
    for index in _likely_guarded_first(rows, max(map(len, rows), default=0)):
        if index < shortest:
            cells: Iterable[str] = map(operator.itemgetter(index), rows)
        else:
            cells = (row[index] for row in rows if index < len(row))
        found = ("\0" + "\0".join(cells)).count(marked)
        if not found:
            continue
        for row in rows:
            if index < len(row) and (cell := row[index])[:1] == GUARD:
                # unguard's answer for a trigger right after the guard, without a call
                row[index] = cell[1:] if cell[1:2] in TRIGGERS else unguard(cell)
        places -= found
        if places <= 0:
            return


def _likely_guarded_first(rows: list[list[str]], width: int) -> list[int]:
    """The columns' indexes, those with a guarded cell among the first rows first: the
    search stops once it has found as many as the file may hold, often in the first
    column searched."""
    first_rows = rows[:_ROWS_LOOKED_AT_FIRST]
    return sorted(
        range(width),
        key=lambda index: (
            not any(index < len(row) and row[index][:1] == GUARD for row in first_rows)
        ),
    )


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
                    return long_cell(name, reader.line_num, column, len(cell))
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
