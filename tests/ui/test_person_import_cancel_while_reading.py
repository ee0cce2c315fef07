"""Cancel while a large workbook is being read stops the reading: the file is not taken,
nothing is checked or written, and the progress dialog closes (issue 16's leftover: the
XLSX reader looked at Cancel only before it began).

The timer of the window's thread presses Cancel as soon as the progress dialog names the
reading; the reading of 30,000 rows takes far longer than a tick. A reader that ignores
Cancel reads the whole file, after which the dialog goes on to check its rows: the test
sees that step, and the preview made, and fails (it never hangs).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from anmc_desktop.ui.background import ProgressDialog
from anmc_desktop.ui.exchange_menu import import_persons
from anmc_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ROWS = 30_000


class CancelAtReading:
    """Each tick of the window's thread notes the progress dialog's step; the first time
    it names the reading, Cancel is pressed."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.cancelled = False
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, ProgressDialog)), None
        )
        if dialog is None:
            return
        self.seen.append(dialog.labelText())
        if not self.cancelled and dialog.labelText().startswith("Reading the file"):
            self.cancelled = True
            dialog.findChild(QPushButton).click()


def _guests_workbook(path: Path) -> None:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Guests")
    sheet.append(["City", "Family name", "Given name"])
    for number in range(ROWS):
        sheet.append(["Tomsk", f"Family{number}", f"Given{number}"])
    book.save(path)


def _persons(database_path: Path) -> int:
    with closing(sqlite3.connect(database_path)) as connection:
        return int(connection.execute("SELECT count(*) FROM person").fetchone()[0])


def test_cancel_while_a_large_workbook_is_read_takes_nothing(
    qtbot: QtBot, window: MainWindow, database_path: Path, tmp_path: Path
) -> None:
    # GIVEN a workbook of 30,000 new persons of Tomsk, and the import dialog
    source = tmp_path / "guests.xlsx"
    _guests_workbook(source)
    before = _persons(database_path)
    dialog = import_persons(window)
    assert dialog is not None
    qtbot.addWidget(dialog)
    # WHEN the organizer chooses it and presses Cancel while it is being read
    watcher = CancelAtReading()
    try:
        dialog.load(source)
    finally:
        watcher.timer.stop()
    # THEN the reading stopped there: the file was not taken, no row was checked
    assert watcher.cancelled
    assert not any(step.startswith("Checking the rows") for step in watcher.seen)
    assert dialog.preview is None
    assert dialog.file_label.text() != source.name
    assert not dialog.import_button.isEnabled()
    # AND the progress dialog closed, and nothing was written
    assert not any(
        isinstance(w, ProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    assert dialog.result is None
    assert _persons(database_path) == before
