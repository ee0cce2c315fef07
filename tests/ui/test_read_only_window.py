"""A window on a database opened read-only (beside the window writing it) says so
everywhere a user could try to change data: every editing control and menu entry is
disabled, drag and drop is off, forms open for viewing only. Printing, exporting,
searching and viewing keep working."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from anmc_desktop.db import Database, open_database, sqlite_url
from anmc_desktop.printing.documents import DocumentKind
from anmc_desktop.services import Services
from anmc_desktop.ui.dialogs.change_log import ChangeLogDialog
from anmc_desktop.ui.excepthook import install_excepthook
from anmc_desktop.ui.forms.city_form import CityForm
from anmc_desktop.ui.forms.person_form import PersonForm
from anmc_desktop.ui.forms.print_options_form import PrintOptionsDialog
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.agenda import AgendaPage
from anmc_desktop.ui.pages.base import Page
from anmc_desktop.ui.pages.cities import CitiesPage
from anmc_desktop.ui.pages.declaration import DeclarationPage
from anmc_desktop.ui.pages.delegations import DelegationsPage
from anmc_desktop.ui.pages.meetings import MeetingsPage
from anmc_desktop.ui.pages.persons import PersonsPage
from anmc_desktop.ui.pages.signatories import SignatoriesPage
from anmc_desktop.ui.print_preview import PrintPreviewDialog
from anmc_desktop.ui.settings import AppSettings

SCREENSHOT = Path("/tmp/readonly.png")
P = TypeVar("P", bound=Page)


@pytest.fixture
def read_only_services(
    database_path: Path, sample_meeting_id: int, database: Database
) -> Iterator[Services]:
    """The sample's database opened read-only, as a second window does beside the first."""
    database.dispose()
    opened = open_database(sqlite_url(database_path), read_only=True)
    yield Services.on(opened)
    opened.dispose()


def _window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(services, AppSettings.open())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def read_only_window(qtbot: QtBot, read_only_services: Services) -> MainWindow:
    return _window(qtbot, read_only_services)


def _edit_controls(window: MainWindow) -> dict[str, QWidget | QAction]:
    """Every control that changes data, each page shown with a row selected where that
    makes its controls apply (in a writable window they are all enabled)."""
    controls: dict[str, QWidget | QAction] = {
        "File > Import > persons": window.import_actions[0],
        "File > Import > meeting file": window.import_actions[1],
        "Edit > Undo": window.undo_action,
        "Edit > Redo": window.redo_action,
    }
    cities = window.show_page(CitiesPage)
    cities.table.selectRow(0)
    controls |= {"add city": cities.add_button, "retire city": cities.retire_button}
    meetings = window.show_page(MeetingsPage)
    controls["new meeting"] = meetings.new_button
    delegations = window.show_page(DelegationsPage)
    delegations.select_delegation("Tomsk")
    delegations.member_table.selectRow(1)  # not the head
    controls |= {
        "add delegation": delegations.add_delegation_button,
        "delegation status": delegations.status_button,
        "remove delegation": delegations.remove_delegation_button,
        "add person": delegations.add_person_button,
        "make head": delegations.set_head_button,
        "move person": delegations.move_person_button,
        "remove person": delegations.remove_person_button,
    }
    persons = window.show_page(PersonsPage)
    persons.table.selectRow(0)
    controls["remove person (Persons)"] = persons.remove_button
    agenda = window.show_page(AgendaPage)
    agenda.table.selectRow(0)
    controls |= {
        "add item": agenda.add_button,
        "duplicate item": agenda.duplicate_button,
        "move item": agenda.move_button,
        "delete item": agenda.delete_button,
    }
    declaration = window.show_page(DeclarationPage)
    controls["mark final"] = declaration.final_button
    signatories = window.show_page(SignatoriesPage)
    signatories.table.selectRow(1)
    controls |= {
        "signing order rule": signatories.rule,
        "who signs": signatories.who_signs,
        "move up": signatories.move_up_button,
        "move down": signatories.move_down_button,
        "signatory status": signatories.status,
    }
    return controls


def _still_working(window: MainWindow) -> dict[str, QWidget | QAction]:
    """What a read-only window keeps: printing, exporting, searching, viewing."""
    return {
        **{f"File > Print > {kind.label}": a for kind, a in window.print_actions.items()},
        **{f"File > Export > {a.text()}": a for a in window.meeting_actions[:3]},
        "organizer name": window.organizer_action,
        "make current": _selected(window.show_page(MeetingsPage)).make_current_button,
        "view city": _selected(window.show_page(CitiesPage)).edit_button,
        "find persons": window.show_page(PersonsPage).query,
        "open person": window.page(PersonsPage).open_button,
    }


def _selected(page: P) -> P:
    """The page, its first row selected."""
    page.table.selectRow(0)  # type: ignore[attr-defined]
    return page


def _enabled(control: QWidget | QAction) -> bool:
    return control.isEnabled()


def test_a_read_only_window_disables_every_edit_and_keeps_printing_and_viewing(
    read_only_window: MainWindow,
) -> None:
    window = read_only_window
    # THEN the window says it is read-only
    notice = window.statusBar().findChild(QLabel, "read_only_notice")
    assert notice is not None and notice.isVisible()
    assert window.windowTitle().endswith("(read-only)")
    # AND nothing that changes data can be used, whatever is selected
    controls = _edit_controls(window)
    assert [name for name, control in controls.items() if _enabled(control)] == []
    assert not window.restore_action.isEnabled()
    # AND drag and drop is off on the agenda and the signing order
    agenda = window.page(AgendaPage)
    assert not agenda.table.dragEnabled() and not agenda.day_tabs.acceptDrops()
    signing = window.page(SignatoriesPage).table
    assert signing.dragDropMode() is QAbstractItemView.DragDropMode.NoDragDrop
    # AND the declaration's text is shown, but cannot be typed into
    declaration = window.page(DeclarationPage)
    assert declaration.form.title_edit.text() and declaration.form.title_edit.isReadOnly()
    assert not declaration.save_button.isEnabled()
    # AND printing, exporting, searching and viewing still work
    working = _still_working(window)
    assert [name for name, control in working.items() if not _enabled(control)] == []
    assert window.page(CitiesPage).edit_button.text() == "&View…"
    window.show_page(DelegationsPage)
    window.grab().save(str(SCREENSHOT))


def test_a_writable_window_keeps_every_edit_enabled(window: MainWindow) -> None:
    # GIVEN two edits made and one undone, so that undo and redo both apply
    window.show_page(AgendaPage).table.selectRow(0)
    window.page(AgendaPage).duplicate_button.click()
    window.page(AgendaPage).duplicate_button.click()
    window.undo_history.undo()
    # THEN every control that changes data can be used
    controls = _edit_controls(window)
    assert [name for name, control in controls.items() if not _enabled(control)] == []
    assert window.page(CitiesPage).edit_button.text() == "Ed&it…"
    assert window.page(AgendaPage).table.dragEnabled()
    assert not window.page(DeclarationPage).form.title_edit.isReadOnly()


def test_a_city_opens_for_viewing_only_and_its_change_log_still_shows(
    read_only_window: MainWindow, dialogs: object
) -> None:
    # WHEN the user double-clicks a city in the read-only window
    page = read_only_window.show_page(CitiesPage)
    page.table.selectRow(0)
    page.edit_button.click()
    form = read_only_window.findChild(CityForm)
    assert form is not None and form.isVisible() and form.read_only
    # THEN its values are shown and cannot be changed, and there is no Save
    name = form.form.widget("name_en")
    assert isinstance(name, QLineEdit) and name.text() and name.isReadOnly()
    assert not form.form.widget("status").isEnabled()
    assert not form.save_button.isVisible()
    close = form.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert close.text() == "Close"
    # AND Change log... still shows who changed it
    change_log = form.findChild(QWidget, "change_log")
    assert change_log is not None and change_log.isEnabled()
    change_log.click()  # type: ignore[attr-defined]
    assert isinstance(dialogs.shown[-1], ChangeLogDialog)  # type: ignore[attr-defined]
    # AND Enter closes nothing unsaved and saves nothing
    close.click()
    assert not form.isVisible()


def test_a_person_opens_for_viewing_only_from_the_delegations_page(
    read_only_window: MainWindow, read_only_services: Services
) -> None:
    page = read_only_window.show_page(DelegationsPage)
    page.select_delegation("Seoul")
    page.member_table.selectRow(0)
    page.member_table.activated.emit(page.member_table.currentIndex())
    form = page.dialog
    assert isinstance(form, PersonForm) and form.read_only
    assert all(text.isReadOnly() for text in form.texts.values())
    assert not form.role.isEnabled() and not form.save_button.isVisible()
    form.try_save()  # Enter, say: nothing happens
    assert form.isVisible()


def test_printing_from_a_read_only_window_previews_the_document(
    read_only_window: MainWindow, dialogs: object, qtbot: QtBot
) -> None:
    read_only_window.print_actions[DocumentKind.SIGNATORIES].trigger()
    options = read_only_window.findChild(PrintOptionsDialog)
    assert options is not None and not options.read_only
    qtbot.keyClick(options, Qt.Key.Key_Return)
    previews = [d for d in dialogs.shown if isinstance(d, PrintPreviewDialog)]  # type: ignore[attr-defined]
    assert len(previews) == 1 and previews[0].document.pageCount() >= 1


@pytest.mark.qt_no_exception_capture
def test_an_edit_that_gets_through_is_still_refused_with_a_message(
    read_only_window: MainWindow, read_only_services: Services, dialogs: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(read_only_window)
    # WHEN a retirement reaches the services anyway (the button is disabled)
    page = read_only_window.show_page(CitiesPage)
    page.table.selectRow(0)
    assert not page.retire_button.isEnabled()
    page.retire_button.clicked.emit()
    # THEN the database refuses it with a message, nothing changed, and no bug was logged
    assert "open read-only" in dialogs.texts[-1]  # type: ignore[attr-defined]
    assert {c.status.value for c in read_only_services.cities.list_cities()} == {"member"}


def test_an_empty_read_only_database_is_not_offered_the_sample(
    qtbot: QtBot, database_path: Path, database: Database
) -> None:
    # GIVEN an empty database, opened read-only
    database.dispose()
    opened = open_database(sqlite_url(database_path), read_only=True)
    try:
        window = _window(qtbot, Services.on(opened))
        # WHEN the window would offer the sample THEN it asks nothing (it could not add it;
        # any dialog would fail this test)
        window.offer_sample_if_empty()
        assert window.meeting is None
    finally:
        opened.dispose()
