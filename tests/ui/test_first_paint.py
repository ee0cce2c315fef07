"""What the window starts as it opens (the backup on opening, the overview and the person
search's index read on workers) waits until it has painted once (issue 21)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QThreadPool
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from anmc_desktop.db import sqlite_url
from anmc_desktop.services import Services
from anmc_desktop.storage.backups import list_backups
from anmc_desktop.ui.background import jobs_running
from anmc_desktop.ui.first_paint import after_first_paint
from anmc_desktop.ui.pages.overview import OverviewPage
from anmc_desktop.ui.pages.persons import PersonsPage
from anmc_desktop.ui.window_session import WindowSession

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class PaintWatcher(QObject):
    """Notes each paint of a widget in ``events``, beside what the test notes there."""

    def __init__(self, widget: QWidget, events: list[str]) -> None:
        super().__init__(widget)
        self.events = events
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.events.append(f"paint {watched.objectName()}")
        return False


def a_window(qtbot: QtBot, events: list[str]) -> tuple[QWidget, QLabel]:
    window = QWidget()
    window.setObjectName("window")
    label = QLabel("shown")
    label.setObjectName("label")
    QVBoxLayout(window).addWidget(label)
    qtbot.addWidget(window)
    PaintWatcher(window, events)
    PaintWatcher(label, events)
    return window, label


def test_work_starts_once_the_whole_window_has_painted_in_that_same_turn(qtbot: QtBot) -> None:
    # GIVEN a window, not shown yet, that work waits for (asked by a widget in it)
    events: list[str] = []
    window, label = a_window(qtbot, events)
    after_first_paint(label, lambda: events.append("work"))
    # WHEN it is shown and the events of one turn are handled
    window.show()
    assert events == []
    QApplication.processEvents()
    qtbot.waitUntil(lambda: "work" in events)
    # THEN the work started after the window and everything in it painted
    assert events[: events.index("work") + 1] == ["paint window", "paint label", "work"]
    # AND work asked for later starts at once
    after_first_paint(label, lambda: events.append("later"))
    assert events[-1] == "later"


def test_work_starts_even_if_the_window_does_not_paint(qtbot: QtBot) -> None:
    # GIVEN a window that is shown but does not paint (as one that the platform does not
    # expose, shown minimized)
    events: list[str] = []
    window, label = a_window(qtbot, events)
    window.setUpdatesEnabled(False)
    after_first_paint(label, lambda: events.append("work"))
    # WHEN it is shown THEN the work still starts, unpainted
    window.show()
    qtbot.waitUntil(lambda: "work" in events, timeout=10_000)
    assert "paint window" not in events


def test_the_window_starts_its_workers_after_its_first_paint(
    qtbot: QtBot, services: Services, database_path: Path, sample_meeting_id: int
) -> None:
    # GIVEN a database with a meeting, the window's own copy of it closed
    QThreadPool.globalInstance().waitForDone()
    services.database.dispose()
    # WHEN the window opens on it
    session = WindowSession(sqlite_url(database_path))
    assert session.open()
    window = session.window
    assert window is not None
    # THEN nothing runs on a worker before the window has painted
    assert not jobs_running()
    assert window.backups is not None and not window.backups.running
    # AND once it painted, the backup on opening is taken, the overview shown and the
    # person search's index read, without building the Persons page for it
    qtbot.waitUntil(lambda: [b.reason for b in list_backups(database_path)] == ["on-open"])
    overview = window.page(OverviewPage)
    qtbot.waitUntil(lambda: overview.overview is not None, timeout=60_000)
    search = window.services.person_search
    qtbot.waitUntil(lambda: search.is_prepared(sample_meeting_id), timeout=60_000)
    assert not any(isinstance(page, PersonsPage) for page in window.pages.built())
    qtbot.waitUntil(lambda: not jobs_running(), timeout=60_000)
    window.close()
    session.close()
