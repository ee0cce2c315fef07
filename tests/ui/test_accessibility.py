"""Every page and dialog, as a keyboard user and a screen reader meet it (issue 17).

Names are read through Qt's accessibility interface, as a screen reader reads them; the
tab order is walked with real Tab and Shift+Tab presses; mnemonics are collected per
window as they are shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog, QTableView
from pytestqt.qtbot import QtBot

from anmc_desktop.errors import ChangedField, ConflictError
from anmc_desktop.printing.documents import DocumentKind
from anmc_desktop.storage.backups import BackupInfo
from anmc_desktop.ui.dialogs.change_log import ChangeLogDialog
from anmc_desktop.ui.dialogs.database_conflict import DatabaseConflictDialog
from anmc_desktop.ui.dialogs.restore_backup import RestoreBackupDialog
from anmc_desktop.ui.exchange_menu import export_delegations, import_persons
from anmc_desktop.ui.main_window import PAGE_TYPES, MainWindow
from anmc_desktop.ui.pages.agenda import AgendaPage
from anmc_desktop.ui.pages.base import Page
from anmc_desktop.ui.pages.cities import CitiesPage
from anmc_desktop.ui.pages.delegations import DelegationsPage
from anmc_desktop.ui.pages.meetings import MeetingsPage
from anmc_desktop.ui.print_menu import open_print_options
from tests.ui.accessibility_audit import (
    accessible_role,
    clashing_mnemonics,
    dead_mnemonics,
    interactive_widgets,
    tab_walk,
    unnamed,
    unreached,
)

WHEN = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)


def _shown_page(window: MainWindow, qtbot: QtBot, page_type: type[Page]) -> Page:
    page = window.show_page(page_type)
    qtbot.waitUntil(page.isVisible)
    return page


def _page_id(page_type: type[Page]) -> str:
    return page_type.__name__


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=_page_id)
def test_every_control_of_every_page_has_a_name(
    window: MainWindow, qtbot: QtBot, page_type: type[Page]
) -> None:
    page = _shown_page(window, qtbot, page_type)
    controls = interactive_widgets(page)
    assert controls
    assert unnamed(controls) == []
    assert accessible_role(page.heading) == QAccessible.Role.Heading


def test_the_page_list_is_named_and_headings_read_their_text(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = _shown_page(window, qtbot, DelegationsPage)
    interface = QAccessible.queryAccessibleInterface(page.heading)
    assert interface.text(QAccessible.Text.Name).startswith("Delegations: ")
    assert unnamed([window.navigation]) == []


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=_page_id)
def test_tab_and_shift_tab_reach_every_control_of_every_page(
    window: MainWindow, qtbot: QtBot, page_type: type[Page]
) -> None:
    page = _shown_page(window, qtbot, page_type)
    assert unreached(qtbot, page) == []
    assert unreached(qtbot, page, backwards=True) == []


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=_page_id)
def test_tab_leaves_every_table(window: MainWindow, qtbot: QtBot, page_type: type[Page]) -> None:
    page = _shown_page(window, qtbot, page_type)
    for table in page.findChildren(QTableView):
        if not table.isVisible():
            continue
        walked = tab_walk(qtbot, table)
        # The next press leaves the table: it is in the walk once, with others after it.
        assert walked[0] is table
        assert len(walked) > 1 and walked[1] is not table


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=_page_id)
def test_mnemonics_are_unique_in_the_window_with_each_page(
    window: MainWindow, qtbot: QtBot, page_type: type[Page]
) -> None:
    _shown_page(window, qtbot, page_type)
    assert clashing_mnemonics(window) == {}
    assert dead_mnemonics(window) == []


def test_enter_and_the_keypad_enter_open_the_current_row(window: MainWindow, qtbot: QtBot) -> None:
    page = _shown_page(window, qtbot, CitiesPage)
    for key, modifier in (
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier),
    ):
        page.table.setFocus()
        page.table.setCurrentIndex(page.model.index(2, 0))
        before = _shown_dialogs()
        qtbot.keyClick(page.table, key, modifier)
        dialog = _new_dialog(before)
        assert dialog.windowTitle().startswith("Edit")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(dialog.isHidden)


def _shown_dialogs() -> set[QDialog]:
    return {
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QDialog) and widget.isVisible()
    }


def _new_dialog(before: set[QDialog]) -> QDialog:
    """The one dialog shown since ``before`` was taken."""
    new = _shown_dialogs() - before
    assert len(new) == 1, new
    return new.pop()


# Every dialog of the window, opened as the user opens it (or built as the window does).

Opener = Callable[[MainWindow], object]


def _press(page_type: type[Page], button: str, row: int | None = None) -> Opener:
    def open_it(window: MainWindow) -> None:
        page = window.show_page(page_type)
        if row is not None:
            table = page.findChild(QTableView)
            assert table is not None
            table.selectRow(row)
        getattr(page, button).click()

    return open_it


def _conflict(window: MainWindow) -> QDialog:
    error = ConflictError(
        "City",
        7,
        [ChangedField("country", "Russia", "Russian Federation", "Alice", WHEN)],
        current_version=3,
    )
    return DatabaseConflictDialog(error, window)


def _change_log(window: MainWindow) -> QDialog:
    city = window.services.cities.list_cities()[0]
    return ChangeLogDialog(city.name_en, window.services.change_log.for_record("city", city.id))


def _restore(window: MainWindow) -> QDialog:
    backups = [BackupInfo(window.services.database.display_name, WHEN, "automatic", 2, 131)]
    return RestoreBackupDialog(backups, window)  # type: ignore[arg-type]


DIALOGS: dict[str, Opener] = {
    "meeting-form": _press(MeetingsPage, "new_button"),
    "city-form": _press(CitiesPage, "add_button"),
    "add-delegation": _press(DelegationsPage, "add_delegation_button"),
    "delegation-status": _press(DelegationsPage, "status_button", row=0),
    "person-form": _press(DelegationsPage, "add_person_button", row=0),
    "move-person": _press(DelegationsPage, "move_person_button", row=0),
    "agenda-item": _press(AgendaPage, "add_button"),
    "move-agenda-item": _press(AgendaPage, "move_button", row=0),
    "organizer": lambda window: window.ask_organizer_name(),
    "print-declaration": lambda window: open_print_options(window, DocumentKind.DECLARATION),
    "print-delegations": lambda window: open_print_options(window, DocumentKind.DELEGATIONS),
    "import-persons": import_persons,
    "export-delegations": export_delegations,
    "conflict": _conflict,
    "change-log": _change_log,
    "restore": _restore,
}


def _shown_dialog(window: MainWindow, qtbot: QtBot, name: str) -> QDialog:
    before = _shown_dialogs()
    built = DIALOGS[name](window)
    if isinstance(built, QDialog) and not built.isVisible():
        qtbot.addWidget(built)
        built.show()
    dialog = _new_dialog(before)
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("name", DIALOGS)
def test_every_control_of_every_dialog_has_a_name(
    window: MainWindow, qtbot: QtBot, name: str
) -> None:
    dialog = _shown_dialog(window, qtbot, name)
    assert unnamed(interactive_widgets(dialog)) == []


@pytest.mark.parametrize("name", DIALOGS)
def test_tab_and_shift_tab_reach_every_control_of_every_dialog(
    window: MainWindow, qtbot: QtBot, name: str
) -> None:
    dialog = _shown_dialog(window, qtbot, name)
    assert unreached(qtbot, dialog) == []
    assert unreached(qtbot, dialog, backwards=True) == []


@pytest.mark.parametrize("name", DIALOGS)
def test_mnemonics_are_unique_in_every_dialog_and_escape_closes_it(
    window: MainWindow, qtbot: QtBot, name: str
) -> None:
    dialog = _shown_dialog(window, qtbot, name)
    assert clashing_mnemonics(dialog) == {}
    assert dead_mnemonics(dialog) == []
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(dialog.isHidden)
