"""A window on a database opened read-only says so, and refuses edits with a message."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from anmc_desktop.db import Database, open_database, sqlite_url
from anmc_desktop.services import Services
from anmc_desktop.ui.excepthook import install_excepthook
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.cities import CitiesPage
from anmc_desktop.ui.settings import AppSettings


@pytest.fixture
def read_only_services(
    database_path: Path, sample_meeting_id: int, database: Database
) -> Iterator[Services]:
    database.dispose()
    opened = open_database(sqlite_url(database_path), read_only=True)
    yield Services.on(opened)
    opened.dispose()


@pytest.mark.qt_no_exception_capture
def test_retiring_a_city_read_only_is_refused_with_a_message(
    qtbot: QtBot, read_only_services: Services, dialogs: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    window = MainWindow(read_only_services, AppSettings.open())
    qtbot.addWidget(window)
    window.show()
    install_excepthook(window)
    # THEN the window says it is read-only
    notice = window.statusBar().findChild(QLabel, "read_only_notice")
    assert notice is not None and notice.isVisible()
    # WHEN the user tries to retire a city
    page = window.show_page(CitiesPage)
    page.table.selectRow(0)
    page.retire_button.click()
    # THEN a message explains it, nothing changed, and no bug was logged
    assert "open read-only" in dialogs.texts[-1]  # type: ignore[attr-defined]
    assert {c.status.value for c in read_only_services.cities.list_cities()} == {"member"}
