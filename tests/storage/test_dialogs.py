"""The dialogs the window shows for a problem file, a second instance and a save conflict."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from anmc_desktop.errors import ChangedField, ConflictError
from anmc_desktop.storage.backups import BackupInfo
from anmc_desktop.storage.health import DatabaseProblemError, ProblemKind
from anmc_desktop.storage.lock import DatabaseInUseError, LockHolder
from anmc_desktop.ui.dialogs.database_conflict import ConflictChoice, DatabaseConflictDialog
from anmc_desktop.ui.dialogs.database_problem import (
    DatabaseInUseDialog,
    DatabaseProblemDialog,
    InUseChoice,
    ProblemChoice,
)

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots-tmp"
WHEN = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)
PROBLEM = DatabaseProblemError(
    Path("/home/olga/plenary.db"), ProblemKind.DAMAGED, "the file is empty"
)
BACKUP = BackupInfo(Path("/backups/plenary-1.db"), WHEN, "automatic", 2, 131)
CONFLICT = ConflictError(
    "City",
    7,
    [
        ChangedField("country", "Russia", "Russian Federation", "Alice", WHEN),
        ChangedField("name_local", "Томск", "г. Томск", "Alice", WHEN),
    ],
    current_version=3,
)


def _button(dialog: QDialog, name: str) -> QPushButton:
    button = dialog.findChild(QPushButton, name)
    assert button is not None, name
    return button


def _shown(qtbot: QtBot, dialog: QDialog, screenshot: str) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if SCREENSHOTS.is_dir():
        dialog.grab().save(str(SCREENSHOTS / f"{screenshot}.png"))
    return dialog


def test_the_problem_dialog_names_the_file_and_offers_the_newest_good_backup(
    qtbot: QtBot,
) -> None:
    dialog = _shown(qtbot, DatabaseProblemDialog(PROBLEM, BACKUP), "database-problem")
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "/home/olga/plenary.db is damaged" in texts
    assert "2 meeting(s), 131 person(s)" in texts
    assert "set-aside" in texts
    restore = _button(dialog, "choice_restore")
    assert restore.isDefault()
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice is ProblemChoice.RESTORE_BACKUP


def test_the_problem_dialog_for_a_missing_file_says_backups_exist_and_offers_the_newest(
    qtbot: QtBot,
) -> None:
    missing = DatabaseProblemError(Path("/home/olga/plenary.db"), ProblemKind.MISSING)
    dialog = _shown(qtbot, DatabaseProblemDialog(missing, BACKUP), "database-missing")
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "/home/olga/plenary.db does not exist any more, but there are backups of it" in texts
    assert "2 meeting(s), 131 person(s)" in texts
    assert "open it where it is now" in texts
    assert "set-aside" not in texts
    restore = _button(dialog, "choice_restore")
    assert restore.isDefault()
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert dialog.choice is ProblemChoice.RESTORE_BACKUP


@pytest.mark.parametrize(
    ("button", "choice"),
    [("choice_empty", ProblemChoice.START_EMPTY), ("choice_other", ProblemChoice.OPEN_OTHER),
     ("choice_quit", ProblemChoice.QUIT)],
)  # fmt: skip
def test_without_a_backup_the_problem_dialog_offers_the_rest(
    qtbot: QtBot, button: str, choice: ProblemChoice
) -> None:
    dialog = _shown(qtbot, DatabaseProblemDialog(PROBLEM, None), "database-problem-no-backup")
    assert dialog.findChild(QPushButton, "choice_restore") is None
    assert "no backup" in dialog.offer.text()
    assert _button(dialog, "choice_quit").isDefault()
    qtbot.mouseClick(_button(dialog, button), Qt.MouseButton.LeftButton)
    assert dialog.choice is choice


def test_the_second_instance_is_offered_read_only(qtbot: QtBot) -> None:
    error = DatabaseInUseError(Path("/home/olga/plenary.db"), LockHolder("olga", "laptop", 4242))
    dialog = _shown(qtbot, DatabaseInUseDialog(error), "database-in-use")
    assert "olga on laptop (process 4242)" in dialog.message.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.choice is InUseChoice.READ_ONLY


def test_the_conflict_dialog_shows_what_the_other_organizer_changed(qtbot: QtBot) -> None:
    dialog = _shown(qtbot, DatabaseConflictDialog(CONFLICT), "database-conflict")
    rows = [
        [dialog.table.item(row, column).text() for column in range(3)]
        for row in range(dialog.table.rowCount())
    ]
    assert rows == [
        ["country", "Russia", "Russian Federation"],
        ["name local", "Томск", "г. Томск"],
    ]
    assert dialog.table.item(0, 3).text() == "Alice"
    heading = dialog.findChild(QLabel, "heading")
    assert heading is not None
    assert "Alice saved City 7 after you opened it" in heading.text()


@pytest.mark.parametrize(
    ("button", "choice", "result"),
    [("choice_reload", ConflictChoice.RELOAD, QDialog.DialogCode.Accepted),
     ("choice_overwrite", ConflictChoice.OVERWRITE, QDialog.DialogCode.Accepted),
     ("choice_keep-editing", ConflictChoice.KEEP_EDITING, QDialog.DialogCode.Rejected)],
)  # fmt: skip
def test_the_conflict_dialog_returns_the_organizers_choice(
    qtbot: QtBot, button: str, choice: ConflictChoice, result: QDialog.DialogCode
) -> None:
    dialog = _shown(qtbot, DatabaseConflictDialog(CONFLICT), "database-conflict")
    qtbot.mouseClick(_button(dialog, button), Qt.MouseButton.LeftButton)
    assert dialog.choice is choice
    assert dialog.result() == result


def test_enter_in_the_conflict_dialog_keeps_editing(qtbot: QtBot) -> None:
    dialog = _shown(qtbot, DatabaseConflictDialog(CONFLICT), "database-conflict")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.choice is ConflictChoice.KEEP_EDITING
