"""Dragging an agenda item onto another day's tab: the rows that can be dragged, and the
tabs that take the drop."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QTabBar, QWidget

from anmc_desktop.ui.item_models.agenda import AgendaTableModel
from anmc_desktop.ui.item_models.record_table import Index

ITEM_MIME_TYPE = "application/x-anmc-agenda-item"


class DraggableAgendaModel(AgendaTableModel):
    """The day's items, each of which can be dragged (onto another day's tab)."""

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ITEM_MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        if indexes:
            item_id = self.record(indexes[0].row()).id
            data.setData(ITEM_MIME_TYPE, QByteArray(str(item_id).encode()))
        return data

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction


class DayTabs(QTabBar):
    """The day tabs; an agenda item dropped on a tab asks to move to that day."""

    item_dropped = Signal(int, int)  # item id, tab index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setChangeCurrentOnDrag(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(ITEM_MIME_TYPE):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if (
            event.mimeData().hasFormat(ITEM_MIME_TYPE)
            and self.tabAt(event.position().toPoint()) >= 0
        ):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        tab = self.tabAt(event.position().toPoint())
        payload = event.mimeData().data(ITEM_MIME_TYPE).data()
        if tab < 0 or not payload:
            event.ignore()
            return
        event.acceptProposedAction()
        self.item_dropped.emit(int(bytes(payload).decode()), tab)
