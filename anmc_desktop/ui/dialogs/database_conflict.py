"""Another organizer saved the record first: show what they changed, and let this one decide.

Choices: reload their version (this organizer's unsaved edits are dropped), overwrite it
with this organizer's version (save again with ``error.current_version`` as the expected
version), or keep editing (nothing happens; the form stays as it is). Keep editing is
the default, so Enter never throws work away.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from anmc_desktop.storage.conflict import ChangedField, ConflictError
from anmc_desktop.ui import messages


class ConflictChoice(enum.Enum):
    RELOAD = "reload"
    OVERWRITE = "overwrite"
    KEEP_EDITING = "keep-editing"


COLUMNS = ("Field", "Was", "Now", "Changed by", "At")


def _shown(value: object) -> str:
    return "" if value is None else str(value)


def _row(change: ChangedField) -> tuple[str, ...]:
    at = change.at.astimezone().strftime("%Y-%m-%d %H:%M") if change.at else ""
    field = change.field.replace("_", " ")
    return (field, _shown(change.before), _shown(change.after), change.by, at)


class DatabaseConflictDialog(QDialog):
    def __init__(self, error: ConflictError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = ConflictChoice.KEEP_EDITING
        self.setWindowTitle("Someone else changed this record")
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        who = ", ".join(error.changed_by) or "Another organizer"
        heading = QLabel(
            f"{who} saved {error.subject.lower()} after you opened it. "
            "Your changes are not saved yet.",
            self,
        )
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(heading)
        self.table = QTableWidget(len(error.changes), len(COLUMNS), self)
        self.table.setObjectName("changes")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, change in enumerate(error.changes):
            for column, text in enumerate(_row(change)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.table.setVisible(bool(error.changes))
        layout.addWidget(self.table)
        if not error.changes:
            unknown = QLabel("What was changed is not recorded; reload to see it.", self)
            layout.addWidget(unknown)
        self.buttons = QDialogButtonBox(self)
        role = QDialogButtonBox.ButtonRole
        self._add("Reload their version", ConflictChoice.RELOAD, role.DestructiveRole)
        self._add("Overwrite with mine", ConflictChoice.OVERWRITE, role.ActionRole)
        keep = self._add("Keep editing", ConflictChoice.KEEP_EDITING, role.RejectRole)
        keep.setDefault(True)
        layout.addWidget(self.buttons)

    def _add(
        self, text: str, choice: ConflictChoice, role: QDialogButtonBox.ButtonRole
    ) -> QPushButton:
        button = self.buttons.addButton(text, role)
        assert isinstance(button, QPushButton)
        button.setObjectName(f"choice_{choice.value}")
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        if choice is ConflictChoice.KEEP_EDITING:
            self.reject()
        else:
            self.accept()


def ask_about_conflict(parent: QWidget | None, conflict: ConflictError) -> ConflictChoice:
    """Show what the other organizer changed; return what the user chose to do."""
    dialog = DatabaseConflictDialog(conflict, parent)
    messages.run_modal(dialog)
    return dialog.choice
