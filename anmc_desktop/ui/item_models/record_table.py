"""A read-only table model over a list of records, described by column specs.

Subclasses only declare their columns (and, if they have any, which rows are
placeholders). Rows are handed over whole with ``set_rows()`` -- sorted and filtered
by the service or in Python, never through a proxy -- and exposed to the view in
batches through ``canFetchMore``/``fetchMore``, so a huge list paints at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from anmc_desktop.ui.translation import translate

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
"""``index.data(RECORD_ROLE)`` is the record behind the row."""

# The roles as plain ints: ``data()`` runs for every role of every cell painted, and a
# role arrives as an int, which compares with these without the enum's lookups.
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
FONT = int(Qt.ItemDataRole.FontRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
DECORATION = int(Qt.ItemDataRole.DecorationRole)
RIGHT_ALIGNED = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# The roles a record table answers; a cell is painted after asking for several more
# (check state, background, ...), answered at once with None.
ROLES_SHOWN = frozenset(
    {DISPLAY, int(RECORD_ROLE), FONT, FOREGROUND, TOOLTIP, ALIGNMENT, DECORATION}
)
ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)

PLACEHOLDER_TOOLTIP = QT_TRANSLATE_NOOP("item_models.record_table", "Placeholder: not named yet")


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header and how to show a record in it."""

    title: str
    text: Callable[[R], str]
    align_right: bool = False
    decoration: Callable[[R], QColor | None] | None = None


class ColumnTableModel(QAbstractTableModel):
    """What every table model of the app shares: read-only rows described by ``columns``."""

    columns: ClassVar[Sequence[Column]] = ()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation is Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return translate("columns", self.columns[section].title)
        return None


class RecordTableModel(ColumnTableModel, Generic[R]):
    batch_size: ClassVar[int] = 500

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._exposed = 0
        self._bold_row: int | None = None

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._exposed = min(len(self._rows), self.batch_size)
        self._bold_row = None
        self.endResetModel()

    def rows(self) -> list[R]:
        """Every record, including those the view has not fetched yet."""
        return list(self._rows)

    def record(self, row: int) -> R:
        return self._rows[row]

    def set_bold_row(self, row: int | None) -> None:
        """Emphasize one row (e.g. the current meeting)."""
        changed = {r for r in (self._bold_row, row) if r is not None and r < self._exposed}
        self._bold_row = row
        for r in changed:
            self.dataChanged.emit(
                self.index(r, 0), self.index(r, len(self.columns) - 1), [Qt.ItemDataRole.FontRole]
            )

    def is_placeholder(self, record: R, column: int) -> bool:
        """Cells that stand for someone not named yet are shown in grey italics."""
        return False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._exposed

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._exposed < len(self._rows)

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid():
            return
        end = min(len(self._rows), self._exposed + self.batch_size)
        if end == self._exposed:
            return
        self.beginInsertRows(QModelIndex(), self._exposed, end - 1)
        self._exposed = end
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = index.row()
        if role not in ROLES_SHOWN or not (index.isValid() and row < self._exposed):
            return None
        record = self._rows[row]
        column = self.columns[index.column()]
        if role == DISPLAY:
            return column.text(record)
        if role == RECORD_ROLE:
            return record
        if role == ALIGNMENT and column.align_right:
            return RIGHT_ALIGNED
        if role == DECORATION and column.decoration is not None:
            return column.decoration(record)
        return self._style(index.row(), self.is_placeholder(record, index.column()), role)

    def _style(self, row: int, placeholder: bool, role: int) -> object:
        return cell_style(role, placeholder=placeholder, bold=row == self._bold_row)


def cell_style(role: int, *, placeholder: bool, bold: bool = False) -> object:
    """Grey italics (with a tooltip) for a placeholder's cells, bold for an emphasized row."""
    if role == FONT and (placeholder or bold):
        font = QFont()
        font.setItalic(placeholder)
        font.setBold(bold)
        return font
    if role == FOREGROUND and placeholder:
        return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
    if role == TOOLTIP and placeholder:
        return translate("item_models.record_table", PLACEHOLDER_TOOLTIP)
    return None
