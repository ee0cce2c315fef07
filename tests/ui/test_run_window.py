"""The composition root: ``anmc-desktop`` without a command opens the window."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from anmc_desktop.app import EXIT_CANNOT_START, run_window
from anmc_desktop.commands.context import CommandContext
from anmc_desktop.services import Services
from anmc_desktop.ui.dialogs.database_problem import DatabaseProblemDialog
from anmc_desktop.ui.main_window import MainWindow


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


def test_the_window_opens_on_the_chosen_database(
    qapp, database_path: Path, services: Services, sample_meeting_id: int, monkeypatch
):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown: list[str] = []

    def look_and_close() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shown.extend(w.windowTitle() for w in windows if w.isVisible())
        for w in windows:
            w.close()
        qapp.quit()

    QTimer.singleShot(50, look_and_close)
    assert run_window(context_for(database_path)) == 0
    assert shown == ["13th Plenary Meeting of the ANMC21 — ANMC Desktop"]
