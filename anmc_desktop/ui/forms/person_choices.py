"""Choosing a person of the meeting in a form (an agenda item's moderator and speakers).

A meeting may have 100,000 persons: a combo box over all of them took seconds to fill
and its completer scanned them all at each keystroke. Here a chooser holds only the
persons that what is typed finds (at most ``SHOWN``, asked of the person search, which
matches names in any script, positions and cities), refilled as the user types; the
popup lists them as found.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from anmc_desktop.records.agenda import PersonChoice
from anmc_desktop.ui.forms.ordered_list import OrderedList
from anmc_desktop.ui.translation import translate

SHOWN = 100
"""How many of the persons found a chooser offers at a time."""
MIN_NAME_LENGTH = 28
MATCH_ROLE = Qt.ItemDataRole.UserRole + 2
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_USER = int(Qt.ItemDataRole.UserRole)
_MATCH = int(MATCH_ROLE)


class _ChoicesModel(QAbstractListModel):
    """The persons offered: the label shown, the person's id as the user data (None for
    "(none)"), and the text typing is matched against (MATCH_ROLE)."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[int | None, str, str]] = []

    def set_rows(self, rows: Sequence[tuple[int | None, str, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        row = index.row()
        if not (index.isValid() and row < len(self._rows)):
            return None
        person_id, label, match_text = self._rows[row]
        if role in (_DISPLAY, _EDIT):
            return label
        if role == _USER:
            return person_id
        if role == _MATCH:
            return match_text
        return None


class PersonChoices:
    """The persons of a meeting one may choose from, found by what is typed, and each
    one's label by id (remembered once seen).

    ``find(text)`` gives the first persons ``text`` finds; ``describe(ids)`` gives these
    persons (e.g. an item's speakers, who need not be among those found).
    """

    NONE_LABEL = QT_TRANSLATE_NOOP("forms.ordered_list", "(none)")

    def __init__(
        self,
        find: Callable[[str], Sequence[PersonChoice]],
        describe: Callable[[Sequence[int]], Sequence[PersonChoice]],
    ) -> None:
        self._find = find
        self._describe = describe
        self._known: dict[int, PersonChoice] = {}
        self._last: tuple[str, list[PersonChoice]] | None = None

    def find(self, text: str) -> list[PersonChoice]:
        """The first persons ``text`` finds (the last text's are remembered: the choosers
        of a form open on the same ones)."""
        if self._last is None or self._last[0] != text:
            self._last = (text, list(self._find(text)))
            self._remember(self._last[1])
        return list(self._last[1])

    def choice(self, person_id: int) -> PersonChoice | None:
        if person_id not in self._known:
            self._remember(self._describe([person_id]))
        return self._known.get(person_id)

    def label(self, person_id: int) -> str:
        choice = self.choice(person_id)
        if choice is not None:
            return choice.label
        return translate("forms.ordered_list", "person {person_id}").format(person_id=person_id)

    def _remember(self, choices: Iterable[PersonChoice]) -> None:
        self._known.update((choice.person_id, choice) for choice in choices)


class PersonCombo(QComboBox):
    """An editable combo box of the persons found by the text typed in it (and the one
    chosen, and "(none)" first when ``none_entry``); ``currentData()`` is the chosen
    person's id (None: none)."""

    def __init__(
        self, persons: PersonChoices, *, none_entry: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.persons = persons
        self._none_label = (
            translate("forms.ordered_list", PersonChoices.NONE_LABEL) if none_entry else None
        )
        self._model = _ChoicesModel()
        self._offered: list[PersonChoice] = []
        self.setModel(self._model)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Sized for a typical name rather than by measuring every one of the entries.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(MIN_NAME_LENGTH)
        completer = self.completer()
        # A popup of the matches: inline completion glues the rest of a name found in its
        # middle onto what was typed. The model holds only what the search found, so the
        # popup shows it as it is (a name typed in Cyrillic finds its Latin label).
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionRole(MATCH_ROLE)
        self.lineEdit().textEdited.connect(self._typed)
        self._offered_first = False
        self._offer([])
        self.setCurrentIndex(0 if none_entry else -1)

    def offer_first(self) -> None:
        """Offer the first persons of the meeting beside the one chosen: done when the
        chooser is first used (focused, opened or scrolled), not as its form opens, since
        the person search may have to sort a meeting's 100,000 persons for it first."""
        if self._offered_first:
            return
        self._offered_first = True
        chosen = self.currentData()
        found = self.persons.find("")
        with QSignalBlocker(self):
            self._offer([*self._offered, *(c for c in found if c not in self._offered)])
            index = self.findData(chosen) if chosen is not None else -1
            self.setCurrentIndex(0 if index < 0 and self._none_label else index)

    def showPopup(self) -> None:  # noqa: N802
        self.offer_first()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.offer_first()
        super().focusInEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        self.offer_first()
        super().wheelEvent(event)

    def set_person(self, person_id: int | None) -> None:
        """Choose this person (None: "(none)", or nobody)."""
        choice = self.persons.choice(person_id) if person_id is not None else None
        if choice is not None and choice not in self._offered:
            self._offer([choice, *self._offered])
        index = self.findData(person_id) if person_id is not None else -1
        self.setCurrentIndex(0 if index < 0 and self._none_label else index)

    def _typed(self, text: str) -> None:
        line = self.lineEdit()
        cursor = line.cursorPosition()
        chosen = self.currentData()
        found = self.persons.find(text)
        kept = self.persons.choice(chosen) if chosen is not None else None
        if kept is not None and all(c.person_id != chosen for c in found):
            found.insert(0, kept)
        with QSignalBlocker(self):
            self._offer(found)
            self.setCurrentIndex(self.findData(chosen) if chosen is not None else -1)
            line.setText(text)
            line.setCursorPosition(cursor)
        if line.hasFocus() and text:
            self.completer().complete()

    def _offer(self, choices: Sequence[PersonChoice]) -> None:
        self._offered = list(choices)
        none = [(None, self._none_label, self._none_label)] if self._none_label else []
        self._model.set_rows(
            none + [(choice.person_id, choice.label, choice.match_text) for choice in choices]
        )


class PersonList(QWidget):
    """An ordered list of persons, each chosen from the meeting's persons."""

    changed = Signal()

    def __init__(self, persons: PersonChoices, noun: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.persons = persons
        self.entries: OrderedList[int] = OrderedList(persons.label, numbered=True)
        self.entries.list.setMaximumHeight(self.entries.list.fontMetrics().height() * 6)
        self.entries.changed.connect(self.changed)
        self.chooser = PersonCombo(persons, none_entry=False)  # "(none)" is no speaker
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
