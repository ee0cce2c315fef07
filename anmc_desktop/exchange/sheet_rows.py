"""The cells of an imported file as text, and what its CSV and XLSX readers share: the
text of Excel's errors, one kind of line end, the refusal of too long a cell."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.limits import MAX_CELL_CHARS

READING_STEP = "Reading the file"  # the step of a long job, as the progress dialog names it
ROWS_PER_STEP = 1000  # rows read between two reports of it (and looks at Cancel)

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


def may_hold_excel_errors(text: str) -> bool:
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


def long_cell(name: str, row: int, column: int, length: int) -> UserFacingError:
    return UserFacingError(
        f"{name}, row {row}, column {column}: a cell of {length:,} characters; "
        f"at most {MAX_CELL_CHARS:,} are accepted."
    )


def one_line_end(cell: str) -> str:
    """The cell with Windows' and old Macs' line ends made Unix ones (a CR is refused as
    a control character)."""
    return cell.replace("\r\n", "\n").replace("\r", "\n") if "\r" in cell else cell
