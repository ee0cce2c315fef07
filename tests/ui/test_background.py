"""Long work runs on a worker thread with its own database connection, shows its steps,
and can be cancelled; the window's thread keeps handling events meanwhile."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from anmc_desktop.errors import UserFacingError
from anmc_desktop.files import write_atomically
from anmc_desktop.printing.documents import DocumentKind, PrintRequest, render
from anmc_desktop.progress import Progress
from anmc_desktop.services import Services
from anmc_desktop.ui.background import (
    SHOW_AFTER_MILLISECONDS,
    ProgressDialog,
    run_in_background,
)

RELEASE_TIMEOUT_SECONDS = 30  # only a broken test ever waits this long


def _progress_dialog() -> ProgressDialog | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, ProgressDialog)), None)


def _when(condition: object, then: object) -> None:
    """Run ``then`` on the window's thread once ``condition()`` holds (checked as the
    event loop runs: the check itself shows that the window stays responsive)."""

    def check() -> None:
        if condition():  # type: ignore[operator]
            then()  # type: ignore[operator]
        else:
            QTimer.singleShot(10, check)

    QTimer.singleShot(0, check)


def test_cancel_stops_the_job_at_its_next_step_and_nothing_is_written(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    target = tmp_path / "cards.pdf"
    cancel_clicked = threading.Event()

    def job(own: Services, progress: Progress) -> Path:
        progress.step("Drawing the pages", 1, 3)
        cancel_clicked.wait(RELEASE_TIMEOUT_SECONDS)
        progress.step("Drawing the pages", 2, 3)  # raises: the user cancelled
        write_atomically(target, b"%PDF-")
        return target

    seen: list[str] = []

    def click_cancel() -> None:
        dialog = _progress_dialog()
        assert dialog is not None
        seen.append(dialog.labelText())
        cancel = dialog.findChild(QPushButton)
        cancel.click()
        cancel_clicked.set()

    _when(
        lambda: (d := _progress_dialog()) is not None and "1 of 3" in d.labelText(),
        click_cancel,
    )
    assert run_in_background(None, "Place cards", services, job) is None
    assert seen == ["Drawing the pages: 1 of 3"]
    assert not target.exists()


def test_the_job_runs_on_another_thread_with_its_own_database_engine(
    services: Services, sample_meeting_id: int
) -> None:
    def job(own: Services, progress: Progress) -> tuple[bool, bool, bytes]:
        request = PrintRequest(DocumentKind.PLACE_CARDS, sample_meeting_id)
        pdf = render(request, own.print_data.for_request(request), progress=progress)
        return (
            threading.current_thread() is not threading.main_thread(),
            own.database.engine is not services.database.engine,
            pdf,
        )

    result = run_in_background(None, "Place cards", services, job)
    assert result is not None
    other_thread, own_engine, pdf = result
    assert other_thread and own_engine
    assert pdf.startswith(b"%PDF")


def test_an_error_of_the_job_is_raised_on_the_window_thread(services: Services) -> None:
    def job(own: Services, progress: Progress) -> None:
        own.meetings.get(12345)

    with pytest.raises(UserFacingError):
        run_in_background(None, "Reading", services, job)


def test_escape_cancels_and_the_dialog_stays_until_the_job_has_stopped(
    qtbot: QtBot, services: Services
) -> None:
    escape_pressed = threading.Event()
    seen_while_stopping: list[tuple[str, bool, bool]] = []

    def job(own: Services, progress: Progress) -> None:
        progress.step("Writing the persons", 1, 3)
        escape_pressed.wait(RELEASE_TIMEOUT_SECONDS)
        progress.step("Writing the persons", 2, 3)  # raises: the user cancelled

    def press_escape() -> None:
        dialog = _progress_dialog()
        assert dialog is not None
        assert dialog.accessibleName() == "Import persons"
        assert dialog.findChild(QPushButton).hasFocus()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        cancel = dialog.findChild(QPushButton)
        seen_while_stopping.append((dialog.labelText(), dialog.isVisible(), cancel.isEnabled()))
        escape_pressed.set()

    _when(
        lambda: (d := _progress_dialog()) is not None and d.isVisible() and d.isActiveWindow(),
        press_escape,
    )
    assert run_in_background(None, "Import persons", services, job) is None
    # the dialog said it was cancelling, and stayed up (the job was still running)
    assert seen_while_stopping == [("Cancelling…", True, False)]


def test_the_dialog_shows_while_a_step_with_a_count_takes_long(qtbot: QtBot) -> None:
    # GIVEN a job whose first report came half-way through a step, and that takes long before
    # the next (e.g. waiting for another program's lock)
    dialog = ProgressDialog("Undo the import", None)
    qtbot.addWidget(dialog)
    dialog.show_step("Writing the persons", 500, 40_000)
    # THEN the dialog comes up all the same, once its minimum duration is over (a timer
    # started after the dialog's and twice as long cannot fire before the dialog's)
    qtbot.wait(SHOW_AFTER_MILLISECONDS * 2)
    assert dialog.isVisible()
    assert dialog.labelText().startswith("Writing the persons: 500 of")
