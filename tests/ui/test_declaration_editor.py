"""Editing the declaration in place on its page, driven as a user would, checked in the database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from anmc_desktop.records.declarations import DeclarationDraft, DeclarationRecord
from anmc_desktop.records.meetings import MeetingDraft
from anmc_desktop.services import Services
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.agenda import AgendaPage
from anmc_desktop.ui.pages.declaration import DeclarationPage

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(window: MainWindow) -> DeclarationPage:
    return window.show_page(DeclarationPage)


def saved(services: Services, meeting_id: int) -> DeclarationRecord:
    record = services.declarations.get_for_meeting(meeting_id)
    assert record is not None
    return record


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shortcut(window: MainWindow, qtbot: QtBot, key: Qt.Key, modifiers: object) -> None:
    """Keys for window shortcuts go to the focused widget of the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


def test_six_clauses_are_reordered_saved_and_the_save_undone(
    page: DeclarationPage, window: MainWindow, qtbot: QtBot, services: Services,
    sample_meeting_id: int,
):  # fmt: skip
    original = saved(services, sample_meeting_id).clauses
    assert len(original) == 6
    entries = page.form.clauses.entries
    # WHEN the user moves the sixth clause to the top with Move up, five times
    entries.list.setCurrentRow(5)
    for _ in range(5):
        click(qtbot, entries.move_up_button)
    # AND moves the (former) first clause, now second, down once with Alt+Down
    entries.list.setCurrentRow(1)
    entries.list.setFocus()
    qtbot.keyClick(entries.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    # THEN the numbers follow the new order, and the preview shows it
    expected = (original[5], original[1], original[0], *original[2:5])
    assert page.form.clauses.values() == expected
    labels = [entries.list.item(row).text() for row in range(6)]
    assert labels[0] == f"1. {original[5]}" and labels[2] == f"3. {original[0]}"
    assert f"1. {original[5]}" in page.text.toPlainText()
    assert page.has_unsaved_changes() and "unsaved" in page.status_label.text()
    # AND nothing is saved yet
    assert saved(services, sample_meeting_id).clauses == original
    # WHEN the user presses Ctrl+S THEN the database holds the new order
    entries.list.setFocus()
    shortcut(window, qtbot, Qt.Key.Key_S, CTRL)
    assert saved(services, sample_meeting_id).clauses == expected
    assert not page.has_unsaved_changes()
    assert not page.save_button.isEnabled()
    # WHEN the user presses Ctrl+Z THEN the previous order is back, on the page too
    shortcut(window, qtbot, Qt.Key.Key_Z, CTRL)
    assert saved(services, sample_meeting_id).clauses == original
    assert page.form.clauses.values() == original
    shortcut(window, qtbot, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert saved(services, sample_meeting_id).clauses == expected


def test_typing_edits_a_clause_and_enter_in_a_one_line_field_saves(
    page: DeclarationPage, qtbot: QtBot, services: Services, sample_meeting_id: int
):
    # WHEN the user adds a seventh clause, types its text and a new place, then presses Enter
    click(qtbot, page.form.clauses.add_button)
    assert page.form.clauses.editor.hasFocus()
    qtbot.keyClicks(page.form.clauses.editor, "We will meet again in <Seoul> & keep in touch.")
    assert "7. We will meet again in <Seoul> & keep in touch." in page.text.toPlainText()
    page.form.place.selectAll()
    qtbot.keyClicks(page.form.place, "Tomsk, Russia")
    qtbot.keyClick(page.form.place, Qt.Key.Key_Return)
    # THEN both are saved, the text exactly as typed
    record = saved(services, sample_meeting_id)
    assert record.clauses[-1] == "We will meet again in <Seoul> & keep in touch."
    assert record.place == "Tomsk, Russia"
    assert "Done at Tomsk, Russia" in page.text.toPlainText()


def test_an_empty_clause_or_title_is_refused_beside_the_field(
    page: DeclarationPage, qtbot: QtBot, services: Services, sample_meeting_id: int
):
    before = saved(services, sample_meeting_id)
    # WHEN the user adds a clause without text
    click(qtbot, page.form.clauses.add_button)
    # THEN the reason shows beside the clauses and Save is disabled
    assert page.form.message("clauses") == "paragraph 7 has no text."
    assert not page.save_button.isEnabled()
    # WHEN the user removes it again and empties the title
    click(qtbot, page.form.clauses.entries.remove_button)
    assert page.form.message("clauses") == ""
    page.form.title_edit.selectAll()
    qtbot.keyClick(page.form.title_edit, Qt.Key.Key_Delete)
    assert page.form.message("title") == "is required."
    # AND presses Enter THEN nothing is saved
    qtbot.keyClick(page.form.title_edit, Qt.Key.Key_Return)
    assert saved(services, sample_meeting_id) == before
    page.discard_changes()


def test_mark_final_makes_everything_read_only_and_reopen_undoes_it(
    page: DeclarationPage, window: MainWindow, qtbot: QtBot, services: Services,
    sample_meeting_id: int,
):  # fmt: skip
    # WHEN the user marks the declaration final
    click(qtbot, page.final_button)
    # THEN it is final in the database, and no field can be edited
    assert saved(services, sample_meeting_id).is_final
    assert not page.form.isEnabled()
    assert not page.form.clauses.isEnabled() and not page.form.title_edit.isEnabled()
    assert page.reopen_button.isVisible() and not page.save_button.isVisible()
    assert "Final" in page.status_label.text()
    qtbot.keyClicks(page.form.title_edit, "changed")
    assert page.form.title_edit.text() == "Tomsk Declaration"
    # WHEN the user reopens it THEN it is a draft again and editable
    click(qtbot, page.reopen_button)
    assert not saved(services, sample_meeting_id).is_final
    assert page.form.isEnabled() and page.final_button.isVisible()
    # WHEN the user undoes the reopening, then the marking
    shortcut(window, qtbot, Qt.Key.Key_Z, CTRL)
    assert saved(services, sample_meeting_id).is_final
    assert not page.form.isEnabled()
    shortcut(window, qtbot, Qt.Key.Key_Z, CTRL)
    assert not saved(services, sample_meeting_id).is_final
    assert page.form.isEnabled()


def test_mark_final_waits_for_unsaved_changes(
    page: DeclarationPage, qtbot: QtBot, services: Services, sample_meeting_id: int
):
    qtbot.keyClicks(page.form.title_edit, " 2014")
    assert not page.final_button.isEnabled()
    click(qtbot, page.final_button)
    assert not saved(services, sample_meeting_id).is_final
    page.discard_changes()


def test_leaving_with_unsaved_changes_asks_and_keeps_or_discards_them(
    page: DeclarationPage, window: MainWindow, qtbot: QtBot, services: Services,
    sample_meeting_id: int, dialogs: object,
):  # fmt: skip
    qtbot.keyClicks(page.form.title_edit, " (draft)")
    agenda_row = window.pages.index(window.page(AgendaPage))
    # WHEN the user goes to another page and answers No
    dialogs.answer_no()  # type: ignore[attr-defined]
    window.navigation.setCurrentRow(agenda_row)
    # THEN the page and the typing stay
    assert window.current_page() is page
    assert page.form.title_edit.text() == "Tomsk Declaration (draft)"
    assert "Declaration page has changes that are not saved" in dialogs.texts[0]  # type: ignore[attr-defined]
    # WHEN the user presses Esc and agrees to revert THEN the saved title is back
    dialogs.answer_yes()  # type: ignore[attr-defined]
    page.form.title_edit.setFocus()
    shortcut(window, qtbot, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    assert page.form.title_edit.text() == "Tomsk Declaration"
    assert not page.has_unsaved_changes()
    # AND leaving no longer asks
    shown = len(dialogs.shown)  # type: ignore[attr-defined]
    window.navigation.setCurrentRow(agenda_row)
    assert window.current_page() is window.page(AgendaPage)
    assert len(dialogs.shown) == shown  # type: ignore[attr-defined]
    assert saved(services, sample_meeting_id).title == "Tomsk Declaration"


def test_closing_the_window_with_unsaved_changes_asks(
    page: DeclarationPage, window: MainWindow, qtbot: QtBot, dialogs: object
):
    qtbot.keyClicks(page.form.opening, " Extra words.")
    dialogs.answer_no()  # type: ignore[attr-defined]
    window.close()
    assert window.isVisible()
    assert "Extra words." in page.form.opening.toPlainText()
    page.discard_changes()


def test_a_meeting_without_a_declaration_starts_one_and_undo_removes_it(
    make_window, qtbot: QtBot, services: Services, sample_meeting_id: int
):
    host = services.meetings.get(sample_meeting_id).host_city_id
    other = services.meetings.create(
        MeetingDraft(
            title="Next meeting", host_city_id=host,
            first_day=dt.date(2031, 5, 1), last_day=dt.date(2031, 5, 2),
        )
    )  # fmt: skip
    window = make_window()
    window.set_current_meeting(other.id)
    page = window.show_page(DeclarationPage)
    assert page.text.toPlainText() == "This meeting has no declaration yet."
    # WHEN the user starts the declaration
    click(qtbot, page.create_button)
    # THEN a draft dated the last day exists, and the fields show it
    record = saved(services, other.id)
    assert (record.title, record.signing_date) == ("Tomsk Declaration", dt.date(2031, 5, 2))
    assert page.form.title_edit.text() == "Tomsk Declaration" and page.form.isVisible()
    # WHEN the user undoes it THEN it is gone; redo brings it back with its id
    shortcut(window, qtbot, Qt.Key.Key_Z, CTRL)
    assert services.declarations.get_for_meeting(other.id) is None
    assert page.create_button.isVisible()
    shortcut(window, qtbot, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert saved(services, other.id).id == record.id


def test_unsaved_changes_survive_an_edit_elsewhere_but_not_a_change_of_meeting(
    page: DeclarationPage, window: MainWindow, qtbot: QtBot, services: Services,
    sample_meeting_id: int,
):  # fmt: skip
    # GIVEN unsaved typing in the title
    qtbot.keyClicks(page.form.title_edit, " (draft)")
    # WHEN an edit made elsewhere reloads every page
    page.record_edit("Something elsewhere", undo=lambda: None, redo=lambda: None)
    # THEN the typing is still there, still unsaved
    assert page.form.title_edit.text() == "Tomsk Declaration (draft)"
    assert page.has_unsaved_changes()
    # WHEN the current meeting becomes one with another declaration
    host = services.meetings.get(sample_meeting_id).host_city_id
    other = services.meetings.create(
        MeetingDraft(
            title="Next meeting", host_city_id=host,
            first_day=dt.date(2031, 5, 1), last_day=dt.date(2031, 5, 2),
        )
    )  # fmt: skip
    services.declarations.create(other.id, DeclarationDraft(title="Seoul Declaration"))
    window.set_current_meeting(other.id)
    # THEN the page shows that declaration, not the other one's typing
    assert page.form.title_edit.text() == "Seoul Declaration"
    assert not page.has_unsaved_changes()
    assert saved(services, sample_meeting_id).title == "Tomsk Declaration"


def test_the_signing_date_can_be_left_open_and_the_testimonium_follows(
    page: DeclarationPage, window: MainWindow, qtbot: QtBot, services: Services,
    sample_meeting_id: int,
):  # fmt: skip
    assert "Done at Tomsk on 6 September 2014" in page.text.toPlainText()
    # WHEN the user unticks the date (space on its box) and saves with Ctrl+S
    page.form.signing_date.enabled.setFocus()
    qtbot.keyClick(page.form.signing_date.enabled, Qt.Key.Key_Space)
    assert "Done at Tomsk in five originals" in page.text.toPlainText()
    shortcut(window, qtbot, Qt.Key.Key_S, CTRL)
    # THEN the declaration has no date
    assert saved(services, sample_meeting_id).signing_date is None
    # WHEN the user ticks it again, picks 5 September and saves THEN that date is stored
    page.form.signing_date.enabled.setFocus()
    qtbot.keyClick(page.form.signing_date.enabled, Qt.Key.Key_Space)
    page.form.signing_date.editor.setDate(QDate(2014, 9, 5))
    shortcut(window, qtbot, Qt.Key.Key_S, CTRL)
    assert saved(services, sample_meeting_id).signing_date == dt.date(2014, 9, 5)
