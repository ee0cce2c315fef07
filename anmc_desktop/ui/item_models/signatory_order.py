"""The signing order as a table whose rows can be dragged to another place in it."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt, Signal

from anmc_desktop.ui.item_models.record_table import Index
from anmc_desktop.ui.item_models.signatories import SignatoryTableModel

SIGNATORY_MIME_TYPE = "application/x-anmc-signatory"


class ReorderableSignatoryModel(SignatoryTableModel):
    """The signing order, whose rows can be dragged to another place in it.

    A drop does not move the row itself: it asks for the move (``move_requested``, with
    the signatory's id and its new 1-based position), which then goes through the
    services and the undo stack like Move up / Move down.
    """

    move_requested = Signal(int, int)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            return flags | Qt.ItemFlag.ItemIsDragEnabled
        return flags | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [SIGNATORY_MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        if indexes:
            signatory_id = self.record(indexes[0].row()).id
            data.setData(SIGNATORY_MIME_TYPE, QByteArray(str(signatory_id).encode()))
        return data

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        payload = data.data(SIGNATORY_MIME_TYPE).data()
        if action != Qt.DropAction.MoveAction or not payload:
            return False
        signatory_id = int(bytes(payload).decode())
        source = next((r for r, s in enumerate(self.rows()) if s.id == signatory_id), None)
        if source is None:
            return False
        if parent.isValid():  # dropped on a row: take its place
            position = parent.row() + 1
        else:  # dropped between rows, before ``target``; taken out first if it was above
            target = row if row >= 0 else self.rowCount()
            position = target if target > source else target + 1
        if position != source + 1:
            self.move_requested.emit(signatory_id, position)
        return False
