"""The standard keys of the Edit, File and Help menus, errors a screen reader hears, and a
conflict resolved without a mouse (issue 17)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from anmc_desktop.errors import ChangedField, ConflictError
from anmc_desktop.printing.documents import DocumentKind
from anmc_desktop.ui.dialogs.database_conflict import ConflictChoice, DatabaseConflictDialog
from anmc_desktop.ui.forms.city_form import CityForm
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.agenda import AgendaPage
from anmc_desktop.ui.pages.cities import CitiesPage
from anmc_desktop.ui.pages.delegations import DelegationsPage
from anmc_desktop.ui.pages.persons import PersonsPage
from tests.ui.conftest import DialogRecorder
from tests.ui.keyboard import press

Key = QKeySequence.StandardKey
Ctrl = Qt.KeyboardModifier.ControlModifier
NoModifier = Qt.KeyboardModifier.NoModifier


def _entries(window: MainWindow, menu_title: str) -> dict[str, str]:
    """Each entry of a menu with the shortcut the menu shows beside it."""
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == menu_title)
    return {
        action.text(): action.shortcut().toString()
        for action in menu.actions()
        if not action.isSeparator()
    }


def test_the_edit_menu_shows_the_standard_keys_of_the_page(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show_page(CitiesPage)
    edit = _entries(window, "&Edit")
    for text, key in (
        ("&New", Key.New), ("&Open…", Key.Open), ("&Delete", Key.Delete), ("&Find", Key.Find),
        ("&Undo", Key.Undo),
    ):  # fmt: skip
        assert edit[text] == QKeySequence(key).toString(), text
    assert edit["&Save"] == ""  # nothing to save on this page: Ctrl+S is left free
    assert _entries(window, "&Help")["&User guide"] == QKeySequence(Key.HelpContents).toString()


def test_ctrl_n_and_ctrl_o_open_the_forms_of_the_page(window: MainWindow, qtbot: QtBot) -> None:
    page = window.show_page(CitiesPage)
    qtbot.waitUntil(page.isVisible)
    press(qtbot, window, Qt.Key.Key_N, Ctrl)
    assert isinstance(page.dialog, CityForm) and page.dialog.isVisible()
    assert page.dialog.windowTitle() == "Add a member city"
    page.dialog.reject()
    page.table.selectRow(0)
    press(qtbot, window, Qt.Key.Key_O, Ctrl)
    assert page.dialog.isVisible() and page.dialog.city is not None


def test_delete_deletes_the_selected_agenda_item(window: MainWindow, qtbot: QtBot) -> None:
    page = window.show_page(AgendaPage)
    qtbot.waitUntil(page.isVisible)
    page.table.selectRow(0)
    title = page.selected_item().title
    page.table.setFocus()
    press(qtbot, window, Qt.Key.Key_Delete, NoModifier)
    assert title not in [item.title for item in page.model.rows()]


def test_ctrl_f_goes_to_the_search_field_and_ctrl_p_prints_the_page_document(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = window.show_page(PersonsPage)
    qtbot.waitUntil(page.isVisible)
    page.table.setFocus()
    press(qtbot, window, Qt.Key.Key_F, Ctrl)
    assert QApplication.focusWidget() is page.query
    print_keys = {kind: action.shortcut() for kind, action in window.print_actions.items()}
    assert print_keys[DocumentKind.BADGES] == QKeySequence(Key.Print)
    assert [kind for kind, keys in print_keys.items() if not keys.isEmpty()] == [
        DocumentKind.BADGES
    ]


def test_a_failed_save_focuses_the_first_invalid_field_and_describes_its_error(
    window: MainWindow, qtbot: QtBot, dialogs: DialogRecorder
) -> None:
    dialogs.answer_yes()  # closing the window leaves the form unsaved
    page = window.show_page(CitiesPage)
    page.add_button.click()
    form = page.dialog
    assert form is not None
    name = form.findChild(QLineEdit, "name_en")
    name.setText("Tomsk")  # already a member city: the service refuses it
    form.findChild(QLineEdit, "country").setText("Russia")
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.findChild(QLineEdit, "country").setFocus()
    form.try_save()
    assert form.isVisible()
    assert QApplication.focusWidget() is name
    assert name.accessibleDescription() == form.form.message("name_en") != ""
    name.setText("Tomsk-2")
    form.form.is_valid()
    assert name.accessibleDescription() == ""


def test_the_conflict_dialog_is_resolved_with_tab_and_space(qtbot: QtBot) -> None:
    when = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)
    error = ConflictError(
        "City", 7, [ChangedField("country", "Russia", "RF", "Alice", when)], current_version=3
    )
    dialog = DatabaseConflictDialog(error)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    overwrite = dialog.findChild(QPushButton, "choice_overwrite")
    for _ in range(10):
        if QApplication.focusWidget() is overwrite:
            break
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is overwrite
    qtbot.keyClick(overwrite, Qt.Key.Key_Space)
    assert dialog.choice is ConflictChoice.OVERWRITE
    assert not dialog.isVisible()


def test_in_the_delegations_table_the_keys_act_on_delegations(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = window.show_page(DelegationsPage)
    qtbot.waitUntil(page.isVisible)
    page.member_table.setFocus()
    assert page.command_button("new") is page.add_person_button
    page.delegation_table.setFocus()
    qtbot.waitUntil(page.delegation_table.hasFocus)
    assert page.command_button("new") is page.add_delegation_button
    assert page.command_button("delete") is page.remove_delegation_button
    assert page.command_button("save") is None
