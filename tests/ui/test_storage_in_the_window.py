"""The window's side of storage: a second instance, a damaged file, backups, the organizer."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from anmc_desktop import settings
from anmc_desktop.db import Database, open_database, sqlite_url
from anmc_desktop.services import Services
from anmc_desktop.storage.backups import create_backup, list_backups
from anmc_desktop.ui import messages
from anmc_desktop.ui.dialogs.database_problem import DatabaseProblemDialog
from anmc_desktop.ui.dialogs.restore_backup import RestoreBackupDialog
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.settings import AppSettings
from anmc_desktop.ui.startup import open_services
from tests.ui.conftest import DialogRecorder, back_up_on_opening

HOLD_OPEN = (
    "import sys\n"
    "from anmc_desktop.db import Database, open_database, sqlite_url\n"
    "database = open_database(sqlite_url(sys.argv[1]))\n"
    "print('open', flush=True)\n"
    "sys.stdin.readline()\n"
)


def click_in_dialog(object_name: str) -> object:
    """A stand-in for the user: press the named button of the dialog that comes up."""

    def run_modal(dialog: QDialog) -> int:
        button = dialog.findChild(QPushButton, object_name)
        assert button is not None, f"no button {object_name} in {dialog.windowTitle()}"
        button.click()
        return dialog.result()

    return run_modal


@pytest.fixture
def other_process(
    database_path: Path, sample_meeting_id: int, database: Database
) -> Iterator[None]:
    """GIVEN another ANMC Desktop process that has the database open for writing."""
    database.dispose()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(database_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env=os.environ.copy(),
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
    yield
    holder.communicate("done\n", timeout=20)


def test_a_second_instance_opens_the_database_read_only(
    qtbot: QtBot, database_path: Path, other_process: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(messages, "run_modal", click_in_dialog("choice_read-only"))
    _shows_one_meeting_read_only(qtbot, open_services(sqlite_url(database_path)))


def _shows_one_meeting_read_only(qtbot: QtBot, services: Services | None) -> None:
    assert services is not None
    window = MainWindow(services, AppSettings.open())
    qtbot.addWidget(window)
    assert services.database.read_only
    assert window.windowTitle().endswith("(read-only)")
    assert len(services.meetings.list_meetings()) == 1
    services.database.dispose()


def _with_sample_meeting(path: Path) -> Path:
    database = open_database(sqlite_url(path))
    Services.on(database).sample.load()
    database.dispose()
    return path


def test_a_database_on_a_read_only_disk_is_offered_read_only(
    qtbot: QtBot,
    small_disk: Path,
    make_read_only: Callable[[Path], None],
    dialogs: DialogRecorder,
) -> None:
    # GIVEN a database with the sample meeting on a disk then mounted read-only
    path = _with_sample_meeting(small_disk / "plenary.db")
    make_read_only(small_disk)
    dialogs.answer_yes()
    # WHEN the window opens it
    services = open_services(sqlite_url(path))
    # THEN the organizer is told why it cannot be changed and offered to open it read-only
    assert len(dialogs.texts) == 1
    assert "read-only disk" in dialogs.texts[0]
    assert "Open it read-only?" in dialogs.texts[0]
    # AND having said yes, the window shows the meeting, read-only
    _shows_one_meeting_read_only(qtbot, services)


def test_a_database_on_a_read_only_disk_is_not_opened_when_the_offer_is_declined(
    small_disk: Path, make_read_only: Callable[[Path], None], dialogs: DialogRecorder
) -> None:
    path = small_disk / "plenary.db"
    open_database(sqlite_url(path)).dispose()
    make_read_only(small_disk)
    dialogs.answer_no()
    assert open_services(sqlite_url(path)) is None
    assert len(dialogs.texts) == 2  # the offer, then why it cannot be opened
    assert "read-only" in dialogs.texts[1]


def test_a_second_instance_may_quit_instead(
    database_path: Path, other_process: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(messages, "run_modal", click_in_dialog("choice_quit"))
    assert open_services(sqlite_url(database_path)) is None


def test_a_damaged_file_is_set_aside_and_the_newest_backup_restored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN a database with the sample meeting, backed up, then damaged
    path = _with_sample_meeting(tmp_path / "plenary.db")
    create_backup(path)
    path.write_bytes(os.urandom(8192))
    damaged = path.read_bytes()
    # WHEN the window opens it and the user chooses the offered backup
    monkeypatch.setattr(messages, "run_modal", click_in_dialog("choice_restore"))
    services = open_services(sqlite_url(path))
    # THEN the sample meeting is back and the damaged file was kept aside
    assert services is not None
    assert len(services.meetings.list_meetings()) == 1
    services.database.dispose()
    set_aside = [p for p in tmp_path.iterdir() if "set-aside" in p.name]
    assert [p.read_bytes() for p in set_aside] == [damaged]


def answering(*buttons: str) -> tuple[list[QDialog], object]:
    """A stand-in for the user: press these buttons of the dialogs, in turn; acknowledge
    message boxes. Returns the dialogs shown, and the ``run_modal`` to patch in."""
    shown: list[QDialog] = []
    pending = list(buttons)

    def run_modal(dialog: QDialog) -> int:
        shown.append(dialog)
        if isinstance(dialog, QMessageBox):
            return QMessageBox.StandardButton.Ok.value
        assert pending, f"an unexpected question: {dialog.windowTitle()}"
        return click_in_dialog(pending.pop(0))(dialog)  # type: ignore[operator]

    return shown, run_modal


def test_a_recovery_that_fails_is_reported_and_the_question_asked_again(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN a damaged database with a backup, and a folder in the way where the restore
    # writes its incoming copy
    path = tmp_path / "plenary.db"
    database = open_database(sqlite_url(path))
    Services.on(database).sample.load()
    database.dispose()
    create_backup(path)
    path.write_bytes(os.urandom(8192))
    (path.with_name(path.name + ".restoring") / "leftover").mkdir(parents=True)
    # WHEN the user chooses the backup, then, asked again, quits
    shown, run_modal = answering("choice_restore", "choice_quit")
    monkeypatch.setattr(messages, "run_modal", run_modal)
    services = open_services(sqlite_url(path))
    # THEN the failure was shown between the two questions, and nothing was opened
    assert services is None
    assert [type(dialog) for dialog in shown] == [
        DatabaseProblemDialog,
        QMessageBox,
        DatabaseProblemDialog,
    ]
    assert "could not be recovered" in shown[1].windowTitle()
    # AND the damaged file was kept aside, with the backup still offered
    assert [p for p in tmp_path.iterdir() if "set-aside" in p.name]
    assert list_backups(path)


def test_back_up_now_writes_a_verified_copy_where_the_user_chose(
    window_with_backups: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "copy.db"
    monkeypatch.setattr(messages, "save_file", lambda *args, **kwargs: target)
    window_with_backups.back_up_action.trigger()
    copy = open_database(sqlite_url(target), read_only=True)
    assert len(Services.on(copy).meetings.list_meetings()) == 1
    copy.dispose()


def test_restore_puts_back_the_chosen_backup_after_backing_up_the_present(
    qtbot: QtBot, window_with_backups: MainWindow, services: Services, database_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    # GIVEN a backup holding one meeting, then a second meeting added
    back_up_on_opening(qtbot, window_with_backups)
    services.sample.load()
    chosen_rows: list[int] = []

    def choose_oldest(dialog: QDialog) -> int:
        assert isinstance(dialog, RestoreBackupDialog)
        dialog.list.setCurrentRow(dialog.list.count() - 1)
        chosen_rows.append(dialog.list.currentRow())
        dialog.restore_button.click()
        return dialog.result()

    monkeypatch.setattr(messages, "run_modal", choose_oldest)
    # WHEN the user restores it
    window_with_backups.restore_action.trigger()
    # THEN the file holds one meeting again, the window is rebuilt, and the two-meeting
    # state is itself in the backups
    after = open_database(sqlite_url(database_path))
    assert len(Services.on(after).meetings.list_meetings()) == 1
    after.dispose()
    assert window_with_backups.reopened == [True]  # type: ignore[attr-defined]
    assert any(b.persons == 32 for b in list_backups(database_path))


def choosing_the_newest_backup(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer the restore dialog with the newest backup; returns the errors shown then."""
    errors: list[str] = []

    def choose_then_read_errors(dialog: QDialog) -> int:
        if isinstance(dialog, QMessageBox):
            errors.append(dialog.text() + dialog.informativeText())
            return 0
        assert isinstance(dialog, RestoreBackupDialog)
        dialog.list.setCurrentRow(0)
        dialog.restore_button.click()
        return dialog.result()

    monkeypatch.setattr(messages, "run_modal", choose_then_read_errors)
    return errors


def test_a_restore_that_fails_on_the_file_system_reports_it_and_reopens_the_window(
    qtbot: QtBot, window_with_backups: MainWindow, services: Services, database_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    # GIVEN a backup, and a folder in the way where the restore writes its incoming copy
    back_up_on_opening(qtbot, window_with_backups)
    services.sample.load()
    (database_path.with_name(database_path.name + ".restoring") / "leftover").mkdir(parents=True)
    errors = choosing_the_newest_backup(monkeypatch)
    # WHEN the user restores the backup
    window_with_backups.restore_action.trigger()
    # THEN the user is told, the window is reopened all the same, and the database is as
    # it was (two meetings)
    assert len(errors) == 1
    assert window_with_backups.reopened == [True]  # type: ignore[attr-defined]
    after = open_database(sqlite_url(database_path))
    assert len(Services.on(after).meetings.list_meetings()) == 2
    after.dispose()


def test_the_organizers_name_is_recorded_with_later_changes(
    qtbot: QtBot, window: MainWindow, services: Services, sample_meeting_id: int
) -> None:
    dialog = window.ask_organizer_name()
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Olga Ivanova")
    dialog.save_button.click()
    city = services.cities.list_cities()[0]
    services.cities.retire(city.id)
    changes = services.change_log.for_record("city", city.id)
    assert changes[-1].changed_by == "Olga Ivanova"


def test_the_window_records_changes_with_the_organizers_name_from_the_settings(
    tmp_path: Path,
) -> None:
    # GIVEN the organizer's name in the settings
    settings.save(settings.load().with_organizer("Olga Ivanova"))
    # WHEN the window's database is opened and a change is made
    services = open_services(sqlite_url(tmp_path / "plenary.db"))
    assert services is not None
    meeting_id = services.sample.load()
    # THEN the change log records her name
    changes = services.change_log.for_record("meeting", meeting_id)
    assert [change.changed_by for change in changes] == ["Olga Ivanova"]
    services.database.dispose()


def test_a_backup_of_a_newer_version_is_refused_and_the_database_kept(
    qtbot: QtBot, window_with_backups: MainWindow, services: Services, database_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    # GIVEN a backup that a newer version of the app wrote, and two meetings since
    back_up_on_opening(qtbot, window_with_backups)
    newest = list_backups(database_path)[0].path
    with closing(sqlite3.connect(newest)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
        connection.commit()
    services.sample.load()
    errors = choosing_the_newest_backup(monkeypatch)
    # WHEN the user restores it
    window_with_backups.restore_action.trigger()
    # THEN the user is told why, and the database still holds its two meetings
    assert len(errors) == 1
    assert "newer version of ANMC Desktop" in errors[0]
    after = open_database(sqlite_url(database_path))
    assert len(Services.on(after).meetings.list_meetings()) == 2
    after.dispose()
