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
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from anmc_desktop.records.agenda import PersonChoice
from anmc_desktop.ui.translation import translate

V = TypeVar("V")
MIN_NAME_LENGTH = 28
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
MATCH_ROLE = Qt.ItemDataRole.UserRole + 2


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


class _ChoicesModel(QAbstractListModel):
    """Each person (after "(none)" where no person is a choice): the label shown, the
    person's id as the user data, and the text typing is matched against (MATCH_ROLE).

    A list model over the Python list, so that building it for 20,000 persons costs
    nothing (item-by-item models take a quarter of a second to fill)."""

    def __init__(self, none_label: str | None, choices: Sequence[PersonChoice]) -> None:
        super().__init__()
        self._rows: list[tuple[int | None, str, str]] = [
            *([(None, none_label, none_label)] if none_label else []),
            *((choice.person_id, choice.label, choice.match_text) for choice in choices),
        ]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person_id, label, match_text = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return label
        if role == Qt.ItemDataRole.UserRole:
            return person_id
        if role == MATCH_ROLE:
            return match_text
        return None


class PersonChoices:
    """The persons one may choose from, and each one's label by id.

    Every combo box of a page shares one item model of each kind (built once, with or
    without "(none)" first), so a form opens at once even when the meeting has thousands
    of persons.
    """

    NONE_LABEL = QT_TRANSLATE_NOOP("forms.ordered_list", "(none)")

    def __init__(self, choices: Sequence[PersonChoice]) -> None:
        self.choices = list(choices)
        self._labels = {choice.person_id: choice.label for choice in self.choices}
        self._models: dict[bool, _ChoicesModel] = {}

    def label(self, person_id: int) -> str:
        return self._labels.get(
            person_id,
            translate("forms.ordered_list", "person {person_id}").format(person_id=person_id),
        )

    def fill(self, combo: QComboBox, *, none_entry: bool = True) -> None:
        """Offer every person, after "(none)" unless ``none_entry`` is False; the data of
        an entry is the person's id."""
        if none_entry not in self._models:
            none_label = translate("forms.ordered_list", self.NONE_LABEL) if none_entry else None
            self._models[none_entry] = _ChoicesModel(none_label, self.choices)
        combo.setModel(self._models[none_entry])
        # Sized for a typical name rather than by measuring every one of the entries.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(MIN_NAME_LENGTH)


class PersonList(QWidget):
    """An ordered list of persons, each chosen from the meeting's persons."""

    changed = Signal()

    def __init__(self, persons: PersonChoices, noun: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.persons = persons
        self.entries: OrderedList[int] = OrderedList(persons.label, numbered=True)
        self.entries.list.setMaximumHeight(self.entries.list.fontMetrics().height() * 6)
        self.entries.changed.connect(self.changed)
        self.chooser = QComboBox()
        self.chooser.setEditable(True)
        self.chooser.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        persons.fill(self.chooser, none_entry=False)  # "(none)" is no speaker
        completer = self.chooser.completer()
        # A popup of the matches: inline completion glues the rest of a name found in its
        # middle onto what was typed.
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionRole(MATCH_ROLE)
        self.chooser.setCurrentIndex(-1)
        self.chooser.lineEdit().setPlaceholderText(
            translate("forms.ordered_list", "Type or pick a {noun}").format(noun=noun)
        )
        self.add_button = QPushButton(
            translate("forms.ordered_list", "Add {noun}").format(noun=noun)
        )
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_chosen)
        chooser_row = QHBoxLayout()
        chooser_row.setContentsMargins(0, 0, 0, 0)
        chooser_row.addWidget(self.chooser, stretch=1)
        chooser_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(chooser_row)
        layout.addWidget(self.entries)

    def values(self) -> tuple[int, ...]:
        return tuple(self.entries.values())

    def set_values(self, person_ids: Sequence[int]) -> None:
        self.entries.set_values(list(person_ids))

    def add_chosen(self) -> None:
        """Add the person picked in the chooser (once: a person speaks once per item)."""
        person_id = self.chooser.currentData()
        if person_id is None or person_id in self.values():
            return
        self.entries.append(person_id)
        self.chooser.setCurrentIndex(-1)
