"""The composition root: ``anmc-desktop`` without a command opens the window."""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QDialog, QPushButton

from anmc_desktop.app import EXIT_CANNOT_START, run_window
from anmc_desktop.commands.context import CommandContext
from anmc_desktop.db import Database, open_database, sqlite_url
from anmc_desktop.services import Services
from anmc_desktop.ui import messages
from anmc_desktop.ui.dialogs.database_problem import DatabaseProblemDialog
from anmc_desktop.ui.window_session import WindowSession


def context_for(path: Path) -> CommandContext:
    arguments = argparse.Namespace(database=path, database_url=None, command=None)
    return CommandContext(arguments, io.StringIO())


def test_a_database_that_cannot_be_opened_is_reported_in_a_dialog(
    qapp, tmp_path: Path, dialogs, monkeypatch
):
    # GIVEN a file that is not a database
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_text("shopping list: milk, bread\n" * 100, encoding="utf-8")
    before = not_a_database.read_bytes()
    # WHEN the window is started on it, and the user quits at the question
    code = run_window(context_for(not_a_database))
    # THEN the user saw why, the file is untouched, and the app exits with an error code
    assert code == EXIT_CANNOT_START
    assert len(dialogs.shown) == 1
    assert isinstance(dialogs.shown[0], DatabaseProblemDialog)
    assert "notes.db" in dialogs.shown[0].message.text()
    assert not_a_database.read_bytes() == before


# Runs the real start-up in its own process: the app's event loop, its exit and its
# gc.freeze() must not leak into the other tests of this process.
LOOK_AND_CLOSE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from anmc_desktop.cli import main
from anmc_desktop.ui.main_window import MainWindow

app = QApplication(sys.argv[:1])

def look_and_close():
    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow) and window.isVisible():
            print(window.windowTitle())
            print(window.statusBar().currentMessage())
            window.close()

QTimer.singleShot(500, look_and_close)
sys.exit(main(["--database", sys.argv[1]]))
"""


def test_the_window_opens_on_the_chosen_database(
    database_path: Path, database: Database, sample_meeting_id: int, isolated_home: Path
):
    # GIVEN a database with the sample meeting, closed by this process
    database.dispose()
    # WHEN the app starts on it, and the window is closed once shown
    result = subprocess.run(
        [sys.executable, "-c", LOOK_AND_CLOSE, str(database_path)],
        capture_output=True, text=True, timeout=120, check=False,
        env=os.environ | {"ANMC_HOME": str(isolated_home), "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    # THEN it showed the sample meeting, backed the database up on opening, and exited 0
    assert result.returncode == 0, result.stderr
    title, status = result.stdout.splitlines()[:2]
    assert title == "13th Plenary Meeting of the ANMC21 — ANMC Desktop"
    assert status.startswith("Backed up at")
    assert list((isolated_home / "data" / "backups").rglob("*on-open.db"))


def test_after_opening_another_file_a_restore_reopens_that_file(qtbot, tmp_path: Path, monkeypatch):
    # GIVEN a file that is not a database, and a database with the sample meeting elsewhere
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_text("shopping list: milk, bread\n" * 100, encoding="utf-8")
    other = tmp_path / "other" / "plenary.db"
    other.parent.mkdir()
    database = open_database(sqlite_url(other))
    Services.on(database).sample.load()
    database.dispose()
    # WHEN the window is started on the first and the user opens the other file instead
    questions: list[QDialog] = []

    def open_another_file(dialog: QDialog) -> int:
        questions.append(dialog)
        button = dialog.findChild(QPushButton, "choice_other")
        assert button is not None
        button.click()
        return dialog.result()

    monkeypatch.setattr(messages, "run_modal", open_another_file)
    monkeypatch.setattr(messages, "open_file", lambda *args: other)
    session = WindowSession(sqlite_url(not_a_database))
    assert session.open()
    # AND the window is reopened, as after File > Restore
    session.reopen()
    # THEN it reopened the file in use, without asking about the first one again
    assert session.url == sqlite_url(other)
    assert session.services is not None
    assert session.services.database.path == other
    assert len(questions) == 1
    assert session.window is not None
    session.window.close()
    session.close()
