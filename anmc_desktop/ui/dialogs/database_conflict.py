"""Another organizer saved the record first: show what they changed, and let this one decide.

Choices: reload their version (this organizer's unsaved edits are dropped), overwrite it
with this organizer's version (save again with ``error.current_version`` as the expected
version), or keep editing (nothing happens; the form stays as it is). Keep editing is
the default, so Enter never throws work away.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from anmc_desktop.errors import ChangedField, ConflictError
from anmc_desktop.ui import messages
from anmc_desktop.ui.dialogs.choice_dialog import ChoiceDialog
from anmc_desktop.ui.translation import translate


class ConflictChoice(enum.Enum):
    RELOAD = "reload"
    OVERWRITE = "overwrite"
    KEEP_EDITING = "keep-editing"


COLUMNS = (
    QT_TRANSLATE_NOOP("dialogs.database_conflict", "Field"),
    QT_TRANSLATE_NOOP("dialogs.database_conflict", "Was"),
    QT_TRANSLATE_NOOP("dialogs.database_conflict", "Now"),
    QT_TRANSLATE_NOOP("dialogs.database_conflict", "Changed by"),
    QT_TRANSLATE_NOOP("dialogs.database_conflict", "At"),
)


def _shown(value: object) -> str:
    return "" if value is None else str(value)


def _row(change: ChangedField) -> tuple[str, ...]:
    at = change.at.astimezone().strftime("%Y-%m-%d %H:%M") if change.at else ""
    field = change.field.replace("_", " ")
    return (field, _shown(change.before), _shown(change.after), change.by, at)


class DatabaseConflictDialog(ChoiceDialog):
    def __init__(self, error: ConflictError, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("dialogs.database_conflict", "Someone else changed this record"), parent
        )
        self.choice = ConflictChoice.KEEP_EDITING
        self.setMinimumWidth(640)
        layout = self._layout
        who = ", ".join(error.changed_by) or translate(
            "dialogs.database_conflict", "Another organizer"
        )
        heading = QLabel(
            translate(
                "dialogs.database_conflict",
                "{who} saved {subject} after you opened it. Your changes are not saved yet.",
            ).format(who=who, subject=error.subject),
            self,
        )
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(heading)
        self.table = QTableWidget(len(error.changes), len(COLUMNS), self)
        self.table.setObjectName("changes")
        self.table.setHorizontalHeaderLabels(
            [translate("dialogs.database_conflict", title) for title in COLUMNS]
        )
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
            unknown = QLabel(
                translate(
                    "dialogs.database_conflict",
                    "What was changed is not recorded; reload to see it.",
                ),
                self,
            )
            layout.addWidget(unknown)
        role = QDialogButtonBox.ButtonRole
        self._add_choice(
            translate("dialogs.database_conflict", "Reload their version"),
            ConflictChoice.RELOAD,
            role.DestructiveRole,
        )
        self._add_choice(
            translate("dialogs.database_conflict", "Overwrite with mine"),
            ConflictChoice.OVERWRITE,
            role.ActionRole,
        )
        keep = self._add_choice(
            translate("dialogs.database_conflict", "Keep editing"),
            ConflictChoice.KEEP_EDITING,
            role.RejectRole,
        )
        keep.setDefault(True)
        layout.addWidget(self.buttons)

    def _choose(self, choice: enum.Enum) -> None:
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
