"""The agenda items of one day, in time order; each kind has its own colour swatch."""

from __future__ import annotations

from PySide6.QtGui import QColor

from anmc_desktop.models.enums import AgendaKind
from anmc_desktop.services.agenda import AgendaItemRecord
from anmc_desktop.ui.item_models.formatting import time_range_text
from anmc_desktop.ui.item_models.record_table import Column, RecordTableModel

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


def kind_colour(item: AgendaItemRecord) -> QColor:
    return QColor(KIND_COLOURS[item.kind])


class AgendaTableModel(RecordTableModel[AgendaItemRecord]):
    columns = (
        Column("Time", lambda i: time_range_text(i.starts_at, i.ends_at)),
        Column("Kind", lambda i: i.kind.label, decoration=kind_colour),
        Column("Title", lambda i: i.title),
        Column("Room", lambda i: i.room),
    )
