"""The agenda items of one day, in time order.

Each kind has its own colour (a swatch and a tinted cell beside its label), and an item
that clashes with another (a room or a person booked twice) carries a warning mark.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication

from anmc_desktop.records.agenda import AgendaItemRecord, Clash
from anmc_desktop.records.enums import AgendaKind
from anmc_desktop.services.agenda_clashes import ClashFinder
from anmc_desktop.ui.colours import Tone, tint, tone_colour
from anmc_desktop.ui.item_models.formatting import time_range_text
from anmc_desktop.ui.item_models.record_table import Column, Index, RecordTableModel
from anmc_desktop.ui.labels import label
from anmc_desktop.ui.to_do_texts import clash_text
from anmc_desktop.ui.translation import translate

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
        names.insert(
            0,
            translate("item_models.agenda", "{moderator_name} (moderator)").format(
                moderator_name=item.moderator_name
            ),
        )
    return ", ".join(names)


class AgendaTableModel(RecordTableModel[AgendaItemRecord]):
    columns = (
        Column(
            QT_TRANSLATE_NOOP("columns", "Time"), lambda i: time_range_text(i.starts_at, i.ends_at)
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Kind"), lambda i: label(i.kind), decoration=kind_colour
        ),
        Column(QT_TRANSLATE_NOOP("columns", "Title"), lambda i: i.title),
        Column(QT_TRANSLATE_NOOP("columns", "Room"), lambda i: i.room),
        Column(QT_TRANSLATE_NOOP("columns", "Moderator and speakers"), persons_text),
        Column(QT_TRANSLATE_NOOP("columns", "Clashes"), lambda i: ""),
    )
    KIND_COLUMN = 1
    CLASH_COLUMN = 5

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._clashes = ClashFinder([])
        self._warning_brush: tuple[int, QBrush] | None = None  # by the palette it suits

    def set_rows_with_warnings(
        self, rows: Sequence[AgendaItemRecord], clashes: ClashFinder
    ) -> None:
        """The rows, and the clashes among the programme they are part of (each row's
        messages are written when the row is shown)."""
        self._clashes = clashes
        self.set_rows(rows)

    def warnings(self, row: int) -> Sequence[Clash]:
        return self._clashes.warnings(self.record(row))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        column = index.column()
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        if column == self.KIND_COLUMN and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(kind_tint(self.record(index.row()).kind))
        if column == self.CLASH_COLUMN:
            return self._clash_data(self.warnings(index.row()), role)
        return super().data(index, role)

    def warning_brush(self) -> QBrush:
        """The warning tone for the palette (derived once per palette: it takes a while)."""
        palette = QGuiApplication.palette().cacheKey()
        if self._warning_brush is None or self._warning_brush[0] != palette:
            self._warning_brush = (palette, QBrush(tone_colour(Tone.WARNING)))
        return self._warning_brush[1]

    def _clash_data(self, warnings: Sequence[Clash], role: int) -> object:
        if not warnings:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            first = clash_text(warnings[0])
            others = len(warnings) - 1
            more = (
                translate("item_models.agenda", " (+%n more)", None, others)
                if len(warnings) > 1
                else ""
            )
            return f"{WARNING_MARK} {first}{more}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(clash_text(clash) for clash in warnings)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.warning_brush()
        return None
