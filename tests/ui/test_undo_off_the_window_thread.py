"""Edit > Undo and Redo of an import run off the window's thread (issue 16, point 7): the
progress dialog names the step, the window keeps handling events, and Cancel changes
nothing: the records stay as they were, and the import stays where it was in the undo
history, to be undone or redone later.

As in test_long_work_in_the_window.py, another program holds the database's write lock,
so the undo or redo waits for it while the test's timer sees the step and presses Cancel.
On the window's thread no timer would tick: the undo would wait for the lock and fail.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from anmc_desktop.services import Services
from anmc_desktop.ui import messages
from anmc_desktop.ui.dialogs.import_persons import ImportPersonsDialog
from anmc_desktop.ui.exchange_menu import import_persons
from anmc_desktop.ui.main_window import MainWindow
from tests.ui.test_long_work_in_the_window import (
    HeldLock,
    StepWatcher,
    _cancelled_at,
    _persons,
    watchers,
)

__all__ = ["watchers"]  # the fixture, used by the tests below

TITLE = "13th Plenary Meeting of the ANMC21"
COPY = "Renamed in the file"
CHECKING = "Checking the records have not changed"


def _titles(database_path: Path) -> list[str]:
    with closing(sqlite3.connect(database_path)) as connection:
        return sorted(row[0] for row in connection.execute("SELECT title FROM meeting"))


def _guests_imported(
    qtbot: QtBot, window: MainWindow, folder: Path, count: int
) -> ImportPersonsDialog:
    """File > Import persons of a list of ``count`` new persons of Tomsk, imported."""
    rows = "".join(f"Tomsk,Guest{n},Given{n}\n" for n in range(count))
    source = folder / "guests.csv"
    source.write_text("City,Family name,Given name\n" + rows, encoding="utf-8")
    dialog = import_persons(window)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.load(source)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result is not None
    return dialog


def _cancelled_in_the_menu(
    qtbot: QtBot, window: MainWindow, action: QAction, step: str, database_path: Path,
    watchers: list[StepWatcher],
) -> None:  # fmt: skip
    """Choose ``action`` while another program holds the write lock, and press Cancel as
    the progress dialog names ``step``; the history's index is back where it was."""
    index = window.undo_history.index()
    lock = HeldLock(database_path, "BEGIN IMMEDIATE")
    assert _cancelled_at(step, lock, action.trigger, watchers)
    qtbot.waitUntil(lambda: window.undo_history.index() == index)


def test_a_meeting_import_is_undone_and_redone_off_the_window_thread(
    qtbot: QtBot, window: MainWindow, services: Services, sample_meeting_id: int,
    database_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs: object,
    watchers: list[StepWatcher],
) -> None:  # fmt: skip
    # GIVEN the window's meeting, renamed in a file, imported as a separate copy
    document = json.loads(services.meeting_transfer.export_meeting(sample_meeting_id))
    document["meeting"]["title"] = COPY
    source = tmp_path / "tomsk.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setattr(messages, "open_file", lambda *args, **kwargs: source)
    dialogs.answer_no()  # type: ignore[attr-defined]
    next(a for a in window.findChildren(QAction) if a.text() == "A &meeting file...").trigger()
    assert _titles(database_path) == [TITLE, COPY]
    persons = _persons(database_path)

    # WHEN the organizer chooses Edit > Undo, and presses Cancel as the dialog checks
    _cancelled_in_the_menu(qtbot, window, window.undo_action, CHECKING, database_path, watchers)
    # THEN the copy is still there, with all its persons, and can still be undone
    assert _titles(database_path) == [TITLE, COPY]
    assert _persons(database_path) == persons
    assert window.undo_action.isEnabled() and window.undo_action.text() == "&Undo Import tomsk.json"
    assert not window.redo_action.isEnabled()

    # WHEN they choose Edit > Undo again and let it finish
    window.undo_action.trigger()
    # THEN the copy is gone with its persons, and the sample meeting is current
    assert _titles(database_path) == [TITLE]
    assert _persons(database_path) < persons
    assert window.meeting is not None and window.meeting.id == sample_meeting_id

    # WHEN they choose Edit > Redo, and press Cancel as the dialog imports the file
    _cancelled_in_the_menu(
        qtbot, window, window.redo_action, "Importing the meeting", database_path, watchers
    )
    # THEN nothing came back, and the import can still be redone
    assert _titles(database_path) == [TITLE]
    assert window.redo_action.isEnabled() and not window.undo_action.isEnabled()

    # WHEN they choose Edit > Redo and let it finish THEN the copy is back, and current
    window.redo_action.trigger()
    assert _titles(database_path) == [TITLE, COPY]
    assert _persons(database_path) == persons
    assert window.meeting is not None and window.meeting.title == COPY


def test_a_person_import_is_undone_and_redone_off_the_window_thread(
    qtbot: QtBot, window: MainWindow, database_path: Path, tmp_path: Path,
    watchers: list[StepWatcher],
) -> None:  # fmt: skip
    # GIVEN 300 new persons of Tomsk imported from a list, the dialog closed
    before = _persons(database_path)
    _guests_imported(qtbot, window, tmp_path, 300).close()
    assert _persons(database_path) == before + 300

    # WHEN the organizer chooses Edit > Undo, and presses Cancel as the dialog checks
    _cancelled_in_the_menu(qtbot, window, window.undo_action, CHECKING, database_path, watchers)
    # THEN the persons are all still there, and the import can still be undone
    assert _persons(database_path) == before + 300
    assert window.undo_action.isEnabled() and not window.redo_action.isEnabled()

    # WHEN they let Edit > Undo finish THEN the persons are gone
    window.undo_action.trigger()
    assert _persons(database_path) == before

    # WHEN they choose Edit > Redo, and press Cancel as the persons are written
    _cancelled_in_the_menu(
        qtbot, window, window.redo_action, "Writing the persons", database_path, watchers
    )
    # THEN none came back; letting Edit > Redo finish brings them all back
    assert _persons(database_path) == before
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()
    assert _persons(database_path) == before + 300
    assert window.undo_action.isEnabled()


def test_the_import_dialogs_own_undo_can_be_cancelled(
    qtbot: QtBot, window: MainWindow, database_path: Path, tmp_path: Path,
    watchers: list[StepWatcher],
) -> None:  # fmt: skip
    # GIVEN a list of two persons imported, the dialog still open
    before = _persons(database_path)
    dialog = _guests_imported(qtbot, window, tmp_path, 2)
    assert _persons(database_path) == before + 2
    # WHEN the organizer presses the dialog's Undo, and Cancel as the records are checked
    lock = HeldLock(database_path, "BEGIN IMMEDIATE")
    assert _cancelled_at(
        CHECKING,
        lock,
        lambda: qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton),
        watchers,
    )
    # THEN both persons stay, the dialog says so, and Undo can be pressed again
    assert _persons(database_path) == before + 2
    assert dialog.problem.text() == "The import was not undone: cancelled."
    assert dialog.undo_button.isEnabled()
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert _persons(database_path) == before
