"""What to do when the database cannot be opened as it is.

``DatabaseProblemDialog``: the file is damaged, not a database, or another application's.
It names the file, says that the file will be kept under a new name, and offers the
newest good backup, a fresh empty database, another file, or quitting.

``DatabaseInUseDialog``: another window (process) has the file open for writing; offers to
open it read-only.

The window runs either through ``messages.run_modal`` and then reads ``choice``; the work
itself is ``anmc_desktop.recovery.recover`` or ``open_database(..., read_only=True)``.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QStyle,
    QWidget,
)

from anmc_desktop.services.database_files import (
    BackupInfo,
    DatabaseInUseError,
    DatabaseProblemError,
    ProblemKind,
)
from anmc_desktop.ui import locale_format
from anmc_desktop.ui.dialogs.choice_dialog import ChoiceDialog
from anmc_desktop.ui.translation import translate


class ProblemChoice(enum.Enum):
    RESTORE_BACKUP = "restore"
    START_EMPTY = "empty"
    OPEN_OTHER = "other"
    QUIT = "quit"


class InUseChoice(enum.Enum):
    READ_ONLY = "read-only"
    QUIT = "quit"


def backup_when_and_what(backup: BackupInfo) -> str:
    """E.g. "2014-09-05 18:30 (1 meeting(s), 16 person(s))", in local time."""
    taken = locale_format.moment(backup.taken_at.astimezone())
    return f"{taken} ({backup.summary})"


def _label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DatabaseProblemDialog(ChoiceDialog):
    def __init__(
        self,
        problem: DatabaseProblemError,
        backup: BackupInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("dialogs.database_problem", "The database cannot be opened"), parent
        )
        self.choice = ProblemChoice.QUIT
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.setWindowIcon(icon)
        self.message = _label(str(problem), self)
        self.message.setObjectName("problem")
        self._layout.addWidget(self.message)
        if problem.kind is ProblemKind.MISSING:
            note = translate(
                "dialogs.database_problem",
                "If you moved the file, open it where it is now. Restoring a backup or "
                "starting an empty database creates a new file at this place; the backups "
                "are kept.",
            )
        else:
            note = translate(
                "dialogs.database_problem",
                "Nothing will be deleted: if you go on, the file is kept beside the database "
                "under a new name (…set-aside-DATE) and can be sent for repair.",
            )
        self._layout.addWidget(_label(note, self))
        if backup is not None:
            offer = translate(
                "dialogs.database_problem", "The newest good backup is the backup of {value}."
            ).format(value=backup_when_and_what(backup))
        else:
            offer = translate(
                "dialogs.database_problem", "There is no backup of this database to restore."
            )
        self.offer = _label(offer, self)
        self.offer.setObjectName("offer")
        self._layout.addWidget(self.offer)
        role = QDialogButtonBox.ButtonRole
        if backup is not None:
            restore = self._add_choice(
                translate("dialogs.database_problem", "Restore this backup"),
                ProblemChoice.RESTORE_BACKUP,
                role.AcceptRole,
            )
            restore.setDefault(True)
        self._add_choice(
            translate("dialogs.database_problem", "Start an empty database"),
            ProblemChoice.START_EMPTY,
            role.ActionRole,
        )
        self._add_choice(
            translate("dialogs.database_problem", "Open another file…"),
            ProblemChoice.OPEN_OTHER,
            role.ActionRole,
        )
        quit_button = self._add_choice(
            translate("dialogs.database_problem", "Quit"), ProblemChoice.QUIT, role.RejectRole
        )
        if backup is None:
            quit_button.setDefault(True)
        self._layout.addWidget(self.buttons)


class DatabaseInUseDialog(ChoiceDialog):
    def __init__(self, problem: DatabaseInUseError, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("dialogs.database_problem", "The database is open elsewhere"), parent
        )
        self.choice = InUseChoice.QUIT
        self.message = _label(str(problem), self)
        self.message.setObjectName("problem")
        self._layout.addWidget(self.message)
        self._layout.addWidget(
            _label(
                translate(
                    "dialogs.database_problem",
                    "Read-only, you can look and print, but not change anything.",
                ),
                self,
            )
        )
        role = QDialogButtonBox.ButtonRole
        read_only = self._add_choice(
            translate("dialogs.database_problem", "Open read-only"),
            InUseChoice.READ_ONLY,
            role.AcceptRole,
        )
        read_only.setDefault(True)
        self._add_choice(
            translate("dialogs.database_problem", "Quit"), InUseChoice.QUIT, role.RejectRole
        )
        self._layout.addWidget(self.buttons)
