"""The aliases of a city in its form: a line to type one, Add, the list, and Remove.

What is typed is checked as it is added (``check`` gives the reason it cannot be, shown
beside the field by the form); text left in the line when the form is saved counts as
one more alias.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from anmc_desktop.ui.translation import translate

AliasCheck = Callable[[str, list[str]], str | None]
"""The reason ``alias`` cannot join the ``listed`` aliases, or None."""


class AliasList(QWidget):
    changed = Signal()

    def __init__(self, check: AliasCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self.problem: str | None = None  # why the last Add was refused
        self._read_only = False
        self.entry = QLineEdit()
        self.entry.setObjectName("alias_entry")
        self.entry.setPlaceholderText(
            translate("forms.alias_list", "an official, historic or other-script name")
        )
        self.add_button = QPushButton(translate("forms.alias_list", "Add alias"))
        self.add_button.setObjectName("add_alias")
        self.list = QListWidget()
        self.list.setObjectName("alias_list")
        self.list.setMaximumHeight(90)
        self.remove_button = QPushButton(translate("forms.alias_list", "Remove alias"))
        self.remove_button.setObjectName("remove_alias")
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entry, 0, 0)
        layout.addWidget(self.add_button, 0, 1)
        layout.addWidget(self.list, 1, 0)
        layout.addWidget(self.remove_button, 1, 1, Qt.AlignmentFlag.AlignTop)
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button.clicked.connect(self.remove_selected)
        self.entry.textChanged.connect(self._typed)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def aliases(self) -> tuple[str, ...]:
        """The listed aliases, and the one still in the line (if any)."""
        listed = self.listed()
        typed = self.entry.text().strip()
        return (*listed, typed) if typed else tuple(listed)

    def listed(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def set_aliases(self, aliases: tuple[str, ...]) -> None:
        self.list.clear()
        self.list.addItems(list(aliases))
        self.entry.clear()
        self.problem = None

    def pending_problem(self) -> str | None:
        """Why the refused Add, or the text in the line, cannot be an alias."""
        typed = self.entry.text()
        return self.problem or (self._check(typed, self.listed()) if typed.strip() else None)

    def add_typed(self) -> None:
        typed = self.entry.text()
        self.problem = self._check(typed, self.listed())
        if self.problem is None:
            self.list.addItem(typed.strip())
            self.entry.blockSignals(True)
            self.entry.clear()
            self.entry.blockSignals(False)
        self.changed.emit()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.entry.setReadOnly(read_only)
        self.add_button.setEnabled(not read_only)
        self._selection_changed()

    def _typed(self) -> None:
        self.problem = None
        self.changed.emit()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(not self._read_only and bool(self.list.selectedItems()))
