"""Automatic backups run off the window's thread; closing the window or restoring a backup
first stops one still running (it leaves no file), and damage that the backup on opening
finds is offered to be put right as when opening a damaged file (issues 16 and 21).

To be sure the backup still runs when the window closes or a restore begins, the test
holds the database file to itself (as another program could), so the backup waits; the
lock is let go by a timer of the window's thread once the window waits for the backup.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from anmc_desktop.db import sqlite_url
from anmc_desktop.services import Services
from anmc_desktop.storage.backups import (
    backup_folder,
    create_backup,
    integrity_problems,
    list_backups,
)
from anmc_desktop.ui import messages
from anmc_desktop.ui.background import ProgressDialog
from anmc_desktop.ui.dialogs.restore_backup import RestoreBackupDialog
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.window_session import WindowSession
from tests.ui.conftest import back_up_on_opening
from tests.ui.test_long_work_in_the_window import HeldLock, StepWatcher, _held_to_itself
from tests.ui.test_storage_in_the_window import click_in_dialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class LetGoWhenWaitedFor(StepWatcher):
    """A timer of the window's thread: counts its ticks, and lets ``lock`` go once the
    window waits for the backup (its progress dialog titled ``waiting``)."""

    def __init__(self, lock: HeldLock, waiting: str) -> None:
        self.ticks = 0
        self.waited = False
        self._lock = lock
        self._waiting = waiting
        super().__init__()

    def _tick(self) -> None:
        self.ticks += 1
        if any(
            isinstance(widget, ProgressDialog) and widget.windowTitle() == self._waiting
            for widget in QApplication.topLevelWidgets()
        ):
            self.waited = True
            self._lock.release()


@pytest.fixture
def held(services: Services, database_path: Path) -> Iterator[HeldLock]:
    """Another program holding the database file to itself: a backup waits for it."""
    lock = _held_to_itself(services, database_path)
    yield lock
    lock.release()


def _backup_waiting(qtbot: QtBot, window: MainWindow, lock: HeldLock) -> LetGoWhenWaitedFor:
    """Start an automatic backup while ``lock`` is held; the lock is let go once the
    window waits for the backup to stop."""
    backups = window.backups
    assert backups is not None
    backups.start()
    letting_go = LetGoWhenWaitedFor(lock, "Stopping the automatic backup")
    qtbot.waitUntil(lambda: letting_go.ticks >= 2)
    assert backups.running
    return letting_go


def _meetings(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("SELECT count(*) FROM meeting").fetchone()[0])


def _no_partial_or_damaged_backup(database_path: Path) -> None:
    files = list(backup_folder(database_path).iterdir())
    assert [f.name for f in files if not f.name.endswith(".db")] == []
    assert all(integrity_problems(f) == [] for f in files)


def test_the_backup_on_opening_runs_off_the_windows_thread_and_says_when_it_is_done(
    qtbot: QtBot, window_with_backups: MainWindow, database_path: Path, held: HeldLock
) -> None:
    # WHEN the window starts its backup on opening while the file is held THEN the window
    # keeps handling events (its timer ticks) while the backup waits
    ticking = _backup_waiting(qtbot, window_with_backups, held)
    # AND once the file is free, the backup is taken and the status bar says so
    held.release()
    qtbot.waitUntil(lambda: "Backed up at" in window_with_backups.statusBar().currentMessage())
    ticking.timer.stop()
    assert [b.reason for b in list_backups(database_path)] == ["on-open"]
    _no_partial_or_damaged_backup(database_path)


def test_closing_the_window_stops_a_running_backup_and_leaves_no_file(
    qtbot: QtBot, window_with_backups: MainWindow, database_path: Path, held: HeldLock
) -> None:
    # GIVEN an automatic backup waiting for the file
    letting_go = _backup_waiting(qtbot, window_with_backups, held)
    # WHEN the user closes the window
    window_with_backups.close()
    letting_go.timer.stop()
    # THEN the window waited for the backup, which stopped, leaving no file behind
    assert letting_go.waited
    assert window_with_backups.backups is not None
    assert not window_with_backups.backups.running
    assert list(backup_folder(database_path).iterdir()) == []
    # AND the database is whole, with its meeting
    assert integrity_problems(database_path) == []
    assert _meetings(database_path) == 1


def test_a_restore_waits_for_a_running_backup_before_it_replaces_the_file(
    qtbot: QtBot, window_with_backups: MainWindow, services: Services, database_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    # GIVEN a backup of one meeting, a second meeting since, and an automatic backup
    # waiting for the file that another program holds
    back_up_on_opening(qtbot, window_with_backups)
    services.sample.load()
    lock = _held_to_itself(services, database_path)
    letting_go = _backup_waiting(qtbot, window_with_backups, lock)

    def choose_the_oldest(dialog: QDialog) -> int:
        assert isinstance(dialog, RestoreBackupDialog)
        dialog.list.setCurrentRow(dialog.list.count() - 1)
        dialog.restore_button.click()
        return dialog.result()

    monkeypatch.setattr(messages, "run_modal", choose_the_oldest)
    # WHEN the user restores the backup of one meeting
    try:
        window_with_backups.restore_action.trigger()
    finally:
        letting_go.timer.stop()
        lock.release()
    # THEN the restore waited for the backup to stop, then put the backup in place
    assert letting_go.waited
    assert window_with_backups.reopened == [True]  # type: ignore[attr-defined]
    assert _meetings(database_path) == 1
    # AND the state it replaced (two meetings) was backed up whole; no partial file is left
    assert any(
        b.reason == "before-restore" and b.meetings == 2 for b in list_backups(database_path)
    )
    _no_partial_or_damaged_backup(database_path)


def test_damage_the_backup_on_opening_finds_is_offered_to_be_put_right(
    qtbot: QtBot, services: Services, database_path: Path, sample_meeting_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    # GIVEN a database with a good backup, whose last page was then scribbled over (the
    # quick check of opening does not read it)
    QThreadPool.globalInstance().waitForDone()
    services.database.dispose()
    create_backup(database_path)
    data = bytearray(database_path.read_bytes())
    data[-4096 + 8 :] = os.urandom(4096 - 8)
    database_path.write_bytes(bytes(data))
    # WHEN the window opens it and, told of the damage, the user chooses the backup
    monkeypatch.setattr(messages, "run_modal", click_in_dialog("choice_restore"))
    session = WindowSession(sqlite_url(database_path))
    assert session.open()
    first = session.window
    qtbot.waitUntil(lambda: session.window is not first, timeout=60_000)
    # THEN the window shows the backup's contents, the damaged file was kept aside (with
    # its log), and no backup holds the damage
    assert session.window is not None and session.window.meeting is not None
    set_aside = [p.name for p in database_path.parent.iterdir() if "set-aside" in p.name]
    assert len([name for name in set_aside if not name.endswith(("-wal", "-shm"))]) == 1
    session.window.close()
    session.close()
    assert integrity_problems(database_path) == []
    _no_partial_or_damaged_backup(database_path)
