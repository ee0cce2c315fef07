"""The agenda items of one day, in time order.

Each kind has its own colour (a swatch and a tinted cell beside its label), and an item
that clashes with another (a room or a person booked twice) carries a warning mark.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from anmc_desktop.records.agenda import AgendaItemRecord
from anmc_desktop.records.enums import AgendaKind
from anmc_desktop.ui.colours import Tone, tint, tone_colour
from anmc_desktop.ui.item_models.formatting import time_range_text
from anmc_desktop.ui.item_models.record_table import Column, Index, RecordTableModel

KIND_COLOURS: dict[AgendaKind, str] = {
    AgendaKind.PLENARY_SESSION: "#1f77b4",
    AgendaKind.PANEL_DISCUSSION: "#ff7f0e",
    AgendaKind.PRESENTATION: "#2ca02c",
    AgendaKind.EXHIBITION: "#9467bd",
    AgendaKind.PERFORMANCE: "#e377c2",
    AgendaKind.CEREMONY: "#d62728",
    AgendaKind.RECEPTION: "#8c564b",
    AgendaKind.EXCURSION: "#17becf",
    AgendaKind.OTHER: "#7f7f7f",
}
WARNING_MARK = "\u26a0"


def kind_colour(item: AgendaItemRecord) -> QColor:
    return QColor(KIND_COLOURS[item.kind])


def kind_tint(kind: AgendaKind) -> QColor:
    """A shade of the kind's colour behind the palette's text, which stays readable."""
    return tint(QColor(KIND_COLOURS[kind]), 0.22)


def persons_text(item: AgendaItemRecord) -> str:
    names = list(item.speaker_names)
    if item.moderator_name:
        names.insert(0, f"{item.moderator_name} (moderator)")
    return ", ".join(names)


class AgendaTableModel(RecordTableModel[AgendaItemRecord]):
    columns = (
        Column("Time", lambda i: time_range_text(i.starts_at, i.ends_at)),
        Column("Kind", lambda i: i.kind.label, decoration=kind_colour),
        Column("Title", lambda i: i.title),
        Column("Room", lambda i: i.room),
        Column("Moderator and speakers", persons_text),
        Column("Clashes", lambda i: ""),
    )
    KIND_COLUMN = 1
    CLASH_COLUMN = 5

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._warnings: Mapping[int, Sequence[str]] = {}

    def set_rows_with_warnings(
        self, rows: Sequence[AgendaItemRecord], warnings: Mapping[int, Sequence[str]]
    ) -> None:
        """The rows, and the clash messages of those items that have any (by item id)."""
        self._warnings = warnings
        self.set_rows(rows)

    def warnings(self, row: int) -> Sequence[str]:
        return self._warnings.get(self.record(row).id, ())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        column = index.column()
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        if column == self.KIND_COLUMN and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(kind_tint(self.record(index.row()).kind))
        if column == self.CLASH_COLUMN:
            return self._clash_data(self.warnings(index.row()), role)
        return super().data(index, role)

    @staticmethod
    def _clash_data(warnings: Sequence[str], role: int) -> object:
        if not warnings:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            first = warnings[0]
            more = f" (+{len(warnings) - 1} more)" if len(warnings) > 1 else ""
            return f"{WARNING_MARK} {first}{more}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(warnings)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(tone_colour(Tone.WARNING))
        return None
