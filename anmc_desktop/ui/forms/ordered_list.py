"""Ordered lists that a form edits: paragraphs of a declaration, speakers of an item.

``OrderedList`` holds values in order; the user reorders them with the Move up / Move down
buttons (or Alt+Up / Alt+Down, or by dragging) and removes the selected one (Delete).
Numbered lists show "1. ", "2. " in front of each entry, and the numbers follow every move.
Each list emits ``changed``, so a FieldForm follows it like any other field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from anmc_desktop.ui.translation import translate

V = TypeVar("V")
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


class OrderedList(QWidget, Generic[V]):
    changed = Signal()

    def __init__(
        self,
        label_of: Callable[[V], str],
        *,
        numbered: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._label_of = label_of
        self._numbered = numbered
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.model().rowsMoved.connect(self._after_reorder)
        self.list.currentRowChanged.connect(self._update_buttons)
        # No mnemonics: a form or page may hold two such lists (Alt+Up, Alt+Down and Del
        # work in the list itself).
        self.move_up_button = QPushButton(translate("forms.ordered_list", "Move up"))
        self.move_down_button = QPushButton(translate("forms.ordered_list", "Move down"))
        self.remove_button = QPushButton(translate("forms.ordered_list", "Remove"))
        self.move_up_button.clicked.connect(lambda: self.move_current(-1))
        self.move_down_button.clicked.connect(lambda: self.move_current(+1))
        self.remove_button.clicked.connect(self.remove_current)
        for keys, slot in (
            ("Alt+Up", lambda: self.move_current(-1)),
            ("Alt+Down", lambda: self.move_current(+1)),
            (QKeySequence.StandardKey.Delete, self.remove_current),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.move_up_button, self.move_down_button, self.remove_button):
            button.setAutoDefault(False)
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(self.buttons)
        self._read_only = False
        self._update_buttons()

    def values(self) -> list[V]:
        return [self.list.item(row).data(VALUE_ROLE) for row in range(self.list.count())]

    def set_values(self, values: Sequence[V]) -> None:
        self.list.clear()
        for value in values:
            self._add_item(value)
        self._relabel()
        self._update_buttons()

    def append(self, value: V) -> None:
        self._add_item(value)
        self._relabel()
        self.list.setCurrentRow(self.list.count() - 1)
        self.changed.emit()

    def current_row(self) -> int:
        return self.list.currentRow()

    def set_current_value(self, value: V) -> None:
        """Replace the selected entry's value (e.g. while its text is edited)."""
        item = self.list.currentItem()
        if item is None:
            return
        item.setData(VALUE_ROLE, value)
        self._relabel()
        self.changed.emit()

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if self._read_only or row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._after_reorder()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if self._read_only or row < 0:
            return
        self.list.takeItem(row)
        self._relabel()
        self._update_buttons()
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.list.setDragDropMode(
            QAbstractItemView.DragDropMode.NoDragDrop
            if read_only
            else QAbstractItemView.DragDropMode.InternalMove
        )
        self._update_buttons()

    def _add_item(self, value: V) -> None:
        item = QListWidgetItem()
        item.setData(VALUE_ROLE, value)
        self.list.addItem(item)

    def _after_reorder(self) -> None:
        self._relabel()
        self._update_buttons()
        self.changed.emit()

    def _relabel(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            label = self._label_of(item.data(VALUE_ROLE))
            item.setText(f"{row + 1}. {label}" if self._numbered else label)

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        editable = not self._read_only
        self.move_up_button.setEnabled(editable and row > 0)
        self.move_down_button.setEnabled(editable and 0 <= row < self.list.count() - 1)
        self.remove_button.setEnabled(editable and row >= 0)


class ParagraphList(QWidget):
    """Numbered paragraphs: the list, and an editor for the selected paragraph's text."""

    changed = Signal()

    def __init__(self, noun: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: OrderedList[str] = OrderedList(lambda text: text, numbered=True)
        self.entries.list.setMinimumHeight(120)
        self.entries.changed.connect(self.changed)
        self.entries.list.currentRowChanged.connect(self._show_current)
        self.add_button = QPushButton(translate("forms.ordered_list", "Add"))
        self.add_button.setToolTip(
            translate("forms.ordered_list", "Add a {noun} at the end").format(noun=noun)
        )
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_paragraph)
        self.entries.buttons.insertWidget(0, self.add_button)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText(
            translate("forms.ordered_list", "Select a {noun} above to edit its text.").format(
                noun=noun
            )
        )
        self.editor.setFixedHeight(self.editor.fontMetrics().height() * 4 + 12)
        self.editor.textChanged.connect(self._edited)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entries)
        layout.addWidget(
            QLabel(
                translate("forms.ordered_list", "Text of the selected {noun}:").format(noun=noun)
            )
        )
        layout.addWidget(self.editor)
        self._showing = False
        self._read_only = False
        self._show_current()

    def values(self) -> tuple[str, ...]:
        return tuple(self.entries.values())

    def set_values(self, texts: Sequence[str]) -> None:
        self.entries.set_values(list(texts))
        self._show_current()

    def add_paragraph(self) -> None:
        self.entries.append("")
        self.editor.setFocus()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.entries.set_read_only(read_only)
        self.add_button.setEnabled(not read_only)
        self._show_current()

    def _show_current(self) -> None:
        row = self.entries.current_row()
        self._showing = True
        self.editor.setPlainText(self.entries.values()[row] if row >= 0 else "")
        self._showing = False
        self.editor.setReadOnly(self._read_only or row < 0)

    def _edited(self) -> None:
        if not self._showing:
            self.entries.set_current_value(self.editor.toPlainText())
