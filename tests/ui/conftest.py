"""Windows built from the test's own services and settings, and no dialog that blocks.

Every message box and file dialog goes through ``messages.run_modal``; here it fails the
test unless the test asked for the ``dialogs`` fixture, which records each dialog (fully
built, as the user would see it) and answers it.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from anmc_desktop.services import Services
from anmc_desktop.ui import messages
from anmc_desktop.ui.background import jobs_running
from anmc_desktop.ui.backup_actions import BackupController
from anmc_desktop.ui.first_paint import after_first_paint
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.settings import AppSettings
from anmc_desktop.ui.translation_loader import install_language

_STATIC_DIALOGS = {
    QFileDialog: ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"),
    QMessageBox: ("information", "warning", "critical", "question", "about"),
    QInputDialog: ("getText", "getInt", "getDouble", "getItem", "getMultiLineText"),
}


# The offscreen platform of the tests warns whenever a top-level window is shown.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


@pytest.fixture(autouse=True)
def collector_handed_back() -> Iterator[None]:
    """What a test's window froze (ui/long_lived.py) is collected after the test, as
    closing the window's session does in the app."""
    yield
    gc.unfreeze()


@pytest.fixture(autouse=True)
def language_restored() -> Iterator[None]:
    """A test that shows the window in another language leaves the next test on its worker
    in English with the locale (dates, numbers) it found, not English's own (en_US)."""
    locale = QLocale()
    yield
    if QCoreApplication.instance() is not None:
        install_language("en")
    QLocale.setDefault(locale)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


def _refuse(*args: object, **kwargs: object) -> None:
    pytest.fail(
        "a real modal dialog would block the test: use the `dialogs` fixture "
        "(dialogs go through anmc_desktop.ui.messages)"
    )


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(messages, "run_modal", _refuse)
    monkeypatch.setattr(QDialog, "exec", _refuse)
    monkeypatch.setattr(QMessageBox, "exec", _refuse)
    monkeypatch.setattr(QFileDialog, "exec", _refuse)
    for dialog_type, names in _STATIC_DIALOGS.items():
        for name in names:
            monkeypatch.setattr(dialog_type, name, staticmethod(_refuse))


@dataclass
class DialogRecorder:
    """Records each dialog shown through ``messages`` and gives ``answer`` back."""

    answer: int = QMessageBox.StandardButton.Ok.value
    shown: list[QDialog] = field(default_factory=list)

    def run_modal(self, dialog: QDialog) -> int:
        self.shown.append(dialog)
        return self.answer

    def answer_yes(self) -> None:
        self.answer = QMessageBox.StandardButton.Yes.value

    def answer_no(self) -> None:
        self.answer = QMessageBox.StandardButton.No.value

    @property
    def texts(self) -> list[str]:
        """Each message box's text and informative text, in the order shown."""
        return [
            f"{box.text()}\n{box.informativeText()}"
            for box in self.shown
            if isinstance(box, QMessageBox)
        ]


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    recorder = DialogRecorder()
    monkeypatch.setattr(messages, "run_modal", recorder.run_modal)
    return recorder


WindowFactory = Callable[[], MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, services: Services) -> WindowFactory:
    """Builds a shown main window on the test's database and settings (ANMC_HOME)."""

    def make() -> MainWindow:
        window = MainWindow(services, AppSettings.open())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # What the window reads on workers as it opens (the overview, the person search's
        # index), started once it has painted, is in before a test starts, as for a user
        # who looks a moment later (on a busy machine the workers take seconds even for
        # the sample meeting).
        started: list[bool] = []
        after_first_paint(window, lambda: started.append(True))
        qtbot.waitUntil(lambda: bool(started))
        qtbot.waitUntil(lambda: not jobs_running(), timeout=60_000)
        return window

    return make


@pytest.fixture
def russian(qapp) -> Iterator[None]:
    """The window's texts in Russian for one test."""
    install_language("ru")
    yield
    install_language("en")


@pytest.fixture
def window(make_window: WindowFactory, sample_meeting_id: int) -> MainWindow:
    """The main window on a database that holds the sample meeting."""
    return make_window()


@pytest.fixture
def window_with_backups(window: MainWindow, services: Services) -> MainWindow:
    """The window with File > Back up now... and Restore...; ``window.reopened`` notes
    each time it would be rebuilt on the restored file."""
    reopened: list[bool] = []
    window.attach_backups(
        BackupController(window, services.database), lambda: reopened.append(True)
    )
    window.reopened = reopened  # type: ignore[attr-defined]
    return window


def back_up_on_opening(qtbot: QtBot, window: MainWindow) -> None:
    """The window's backup on opening, taken (it runs on a worker thread)."""
    backups = window.backups
    assert backups is not None
    backups.start()
    qtbot.waitUntil(lambda: not backups.running)


class OpenedUrls(QObject):
    """Takes the file URLs that QDesktopServices would hand to the system."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)

    @property
    def paths(self) -> list[Path]:
        return [Path(url.toLocalFile()) for url in self.urls]


@pytest.fixture
def opened_urls() -> Iterator[OpenedUrls]:
    """Files and folders the app asks the system to open, kept instead of opened."""
    receiver = OpenedUrls()
    QDesktopServices.setUrlHandler("file", receiver, "open")
    yield receiver
    QDesktopServices.unsetUrlHandler("file")
