"""The table where the organizer ticks the delegations that sign and picks who signs.

One row per delegation: a tick box with the city, who signs for it (its head unless
another member is picked), and the delegation's status. Members are read only when the
organizer opens the "signs for it" cell (a combo box), so the table fills at once even
for hundreds of delegations of a hundred persons each.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from anmc_desktop.records.declarations import SignatoryRecord
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.persons import DelegationSummary, PersonRecord
from anmc_desktop.ui.labels import label
from anmc_desktop.ui.translation import translate

DELEGATION_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
MemberLoader = Callable[[int], Sequence[tuple[int, str]]]
"""A delegation's members as (person id, label), head first."""


def signer_text(signatory: SignatoryRecord) -> str:
    return " ".join(part for part in (signatory.honorific, signatory.latin_name) if part)


class SignerDelegate(QStyledItemDelegate):
    """Edits "signs for it" with a combo box of the delegation's members."""

    chosen = Signal(int, int, str)  # delegation id, person id, label

    def __init__(self, members: MemberLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._members = members

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        box = QComboBox(parent)
        box.setObjectName("signer")
        for person_id, member_label in self._members(index.data(DELEGATION_ROLE)):
            box.addItem(member_label, person_id)
        # A pick is taken at once; Esc or leaving the cell without picking changes nothing.
        box.activated.connect(lambda: self.commitData.emit(box))
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(PERSON_ROLE))))

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        assert isinstance(editor, QComboBox)
        person_id = editor.currentData()
        if person_id is not None and person_id != index.data(PERSON_ROLE):
            self.chosen.emit(index.data(DELEGATION_ROLE), person_id, editor.currentText())


class WhoSignsTable(QTableWidget):
    """``signing_changed(delegation_id, signs)`` when a box is ticked or cleared;
    ``signer_chosen(delegation_id, person_id, label)`` when another member is picked."""

    SIGNS_COLUMN, SIGNER_COLUMN, STATUS_COLUMN = 0, 1, 2
    signing_changed = Signal(int, bool)
    signer_chosen = Signal(int, int, str)

    def __init__(self, members: MemberLoader, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("who_signs")
        self.setHorizontalHeaderLabels(
            [
                translate("pages.who_signs", "Delegation signs"),
                translate("pages.who_signs", "Signs for it"),
                translate("pages.who_signs", "Delegation status"),
            ]
        )
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.horizontalHeader().setStretchLastSection(True)
        self.delegate = SignerDelegate(members, self)
        self.delegate.chosen.connect(self._signer_picked)
        self.setItemDelegateForColumn(self.SIGNER_COLUMN, self.delegate)
        self.itemChanged.connect(self._ticked)
        self._delegation_ids: list[int] = []
        self._picked: dict[int, tuple[int, str]] = {}

    def forget_picks(self) -> None:
        """Forget who was picked for delegations that do not sign (another meeting)."""
        self._picked.clear()

    def show_delegations(
        self, delegations: Sequence[DelegationSummary], signing: Mapping[int, SignatoryRecord]
    ) -> None:
        """Fill the rows; kept in place when the delegations are the same (no flicker)."""
        ids = [d.id for d in delegations]
        self.blockSignals(True)
        if ids != self._delegation_ids:
            self.clearContents()
            self.setRowCount(len(delegations))
            self._delegation_ids = ids
        for row, delegation in enumerate(delegations):
            self._fill_row(row, delegation, signing.get(delegation.id))
        self.blockSignals(False)
        self.resizeColumnsToContents()

    def row_of(self, city_name: str) -> int:
        return next(row for row in range(self.rowCount()) if self.item(row, 0).text() == city_name)

    def picked_signer(self, delegation_id: int) -> int | None:
        """Who was picked for a delegation that does not sign yet (None: its head)."""
        picked = self._picked.get(delegation_id)
        return picked[0] if picked else None

    def open_signer_editor(self, city_name: str) -> QComboBox:
        """Open the "signs for it" combo box of a city's row (as a click would)."""
        index = self.model().index(self.row_of(city_name), self.SIGNER_COLUMN)
        self.setCurrentIndex(index)  # which opens it, being an edit trigger
        if self.indexWidget(index) is None:
            self.edit(index)
        editor = self.indexWidget(index)
        assert isinstance(editor, QComboBox)
        return editor

    def _fill_row(
        self, row: int, delegation: DelegationSummary, signatory: SignatoryRecord | None
    ) -> None:
        signs = self._item(row, self.SIGNS_COLUMN)
        signs.setText(delegation.city_name)
        signs.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        signs.setCheckState(Qt.CheckState.Checked if signatory else Qt.CheckState.Unchecked)
        signs.setData(DELEGATION_ROLE, delegation.id)
        signer = self._item(row, self.SIGNER_COLUMN)
        signer.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable)
        signer.setData(DELEGATION_ROLE, delegation.id)
        if signatory is not None:
            self._picked.pop(delegation.id, None)
        picked = self._picked.get(delegation.id)
        if signatory is not None:
            signer.setData(PERSON_ROLE, signatory.person_id)
            signer.setText(signer_text(signatory))
        elif picked is not None:
            signer.setData(PERSON_ROLE, picked[0])
            signer.setText(picked[1])
        else:
            signer.setData(PERSON_ROLE, None)
            signer.setText(
                translate("pages.who_signs", "{head_name} (head)").format(
                    head_name=delegation.head_name
                )
                if delegation.head_name
                else translate("pages.who_signs", "(no head: pick)")
            )
        signer.setToolTip(
            translate("pages.who_signs", "Click to pick who signs for this delegation")
        )
        status = self._item(row, self.STATUS_COLUMN)
        status.setText(label(delegation.status))
        status.setFlags(Qt.ItemFlag.ItemIsEnabled)

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.setItem(row, column, item)
        return item

    def _ticked(self, item: QTableWidgetItem) -> None:
        if item.column() == self.SIGNS_COLUMN:
            self.signing_changed.emit(
                item.data(DELEGATION_ROLE), item.checkState() == Qt.CheckState.Checked
            )

    def _signer_picked(self, delegation_id: int, person_id: int, label: str) -> None:
        self._picked[delegation_id] = (person_id, label)
        self.signer_chosen.emit(delegation_id, person_id, label)


def member_label(person: PersonRecord) -> str:
    """Like "H.E. Sergey Zhvachkin (head)"."""
    name = " ".join(part for part in (person.honorific, person.latin_name) if part)
    name = name or person.native_name
    if person.role is PersonRole.HEAD:
        return translate("pages.who_signs", "{head_name} (head)").format(head_name=name)
    return name
