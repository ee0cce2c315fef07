"""Editing the programme on the Agenda page, driven as a user would, checked in the database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit
from pytestqt.qtbot import QtBot

from anmc_desktop.records.enums import AgendaKind
from anmc_desktop.services import Services
from anmc_desktop.ui.forms.agenda_item import AgendaItemForm, MoveItemForm
from anmc_desktop.ui.forms.person_choices import PersonCombo
from anmc_desktop.ui.item_models.agenda import WARNING_MARK
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.agenda import AgendaPage
from anmc_desktop.ui.pages.agenda_dragging import ITEM_MIME_TYPE
from tests.ui.keyboard import type_text

SEP_5 = dt.date(2014, 9, 5)


@pytest.fixture
def page(window: MainWindow) -> AgendaPage:
    return window.show_page(AgendaPage)


def titles(services: Services, meeting_id: int) -> list[str]:
    return [item.title for item in services.agenda.list_items(meeting_id)]


def select_title(page: AgendaPage, qtbot: QtBot, title: str) -> None:
    row = next(r for r, item in enumerate(page.model.rows()) if item.title == title)
    index = page.model.index(row, 2)
    qtbot.mouseClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(index).center()
    )


def pick(chooser: PersonCombo, label: str) -> None:
    """Open the chooser's list and choose the person of that label."""
    chooser.showPopup()
    chooser.setCurrentIndex(chooser.findText(label))
    chooser.hidePopup()


def activate(window: MainWindow, qtbot: QtBot) -> None:
    """The offscreen platform does not hand activation back after a dialog closes."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def undo(window: MainWindow, qtbot: QtBot) -> None:
    activate(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def redo(window: MainWindow, qtbot: QtBot) -> None:
    activate(window, qtbot)
    qtbot.keyClick(
        window, Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip


def set_time(qtbot: QtBot, edit: QDateTimeEdit, hour: int, minute: int) -> None:
    """Types the time into the hour and minute sections, as a user would."""
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(edit, f"{hour:02d}")
    edit.setSelectedSection(QDateTimeEdit.Section.MinuteSection)
    qtbot.keyClicks(edit, f"{minute:02d}")


def test_a_new_item_in_a_booked_room_is_saved_with_a_warning_and_undone(
    page: AgendaPage, window: MainWindow, qtbot: QtBot, services: Services, sample_meeting_id: int
):
    # GIVEN the second day of the sample programme (the panel is in the Plenary Hall 10-12)
    page.show_day(SEP_5)
    # WHEN the user adds an item at 11:00 in the same room
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert isinstance(form, AgendaItemForm)
    assert not form.save_button.isEnabled()  # no title yet
    qtbot.keyClicks(form.title, "Press briefing")
    form.kind.setCurrentIndex(form.kind.findData(AgendaKind.PRESENTATION))
    set_time(qtbot, form.starts_at, 11, 0)
    qtbot.keyClicks(form.room, "plenary hall")
    # THEN a warning (not an error) names the clash, and Save stays enabled
    qtbot.waitUntil(lambda: form.clash_warnings.isVisible())
    assert any("is also booked for" in w and "Panel discussion" in w for w in form.warnings())
    assert form.save_button.isEnabled()
    # WHEN the user presses Enter
    qtbot.keyClick(form.room, Qt.Key.Key_Return)
    # THEN the item is in the database, and marked as clashing in the programme
    items = {i.title: i for i in services.agenda.list_items(sample_meeting_id)}
    briefing = items["Press briefing"]
    assert (briefing.starts_at, briefing.ends_at) == (
        dt.datetime(2014, 9, 5, 11), dt.datetime(2014, 9, 5, 12),
    )  # fmt: skip
    assert briefing.kind is AgendaKind.PRESENTATION
    row = next(r for r, i in enumerate(page.model.rows()) if i.id == briefing.id)
    mark = page.model.index(row, page.model.CLASH_COLUMN).data()
    assert mark.startswith(WARNING_MARK) and "plenary hall is also booked" in mark
    assert "\u26a0" in page.day_tabs.tabText(1)
    # WHEN the user presses Ctrl+Z THEN the item is gone; Ctrl+Shift+Z brings it back, same id
    undo(window, qtbot)
    assert "Press briefing" not in titles(services, sample_meeting_id)
    redo(window, qtbot)
    assert services.agenda.get(briefing.id).title == "Press briefing"


def test_a_time_outside_the_meeting_is_refused_beside_the_field(
    page: AgendaPage, qtbot: QtBot, services: Services, sample_meeting_id: int
):
    # GIVEN the form of the panel discussion (5 September)
    page.show_day(SEP_5)
    select_title(page, qtbot, 'Panel discussion "Better life through new social initiatives"')
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert isinstance(form, AgendaItemForm)
    # WHEN the user steps the start day two days on, to 7 September
    form.starts_at.setFocus()
    form.starts_at.setCurrentSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClick(form.starts_at, Qt.Key.Key_Up)
    qtbot.keyClick(form.starts_at, Qt.Key.Key_Up)
    # THEN the reason appears beside the start (and the end, which followed), Save is disabled
    assert "within the meeting's days (04 Sep to 06 Sep 2014)" in form.form.message("starts_at")
    assert "within the meeting's days" in form.form.message("ends_at")
    assert not form.save_button.isEnabled()
    # AND Enter saves nothing
    qtbot.keyClick(form.title, Qt.Key.Key_Return)
    assert form.isVisible()
    panel = services.agenda.list_items(sample_meeting_id)[1]
    assert panel.day == SEP_5
    # WHEN the user steps back one day THEN it is valid again and Enter saves the move
    qtbot.keyClick(form.starts_at, Qt.Key.Key_Down)
    assert form.form.message("starts_at") == ""
    assert form.save_button.isEnabled()
    qtbot.keyClick(form.title, Qt.Key.Key_Return)
    assert services.agenda.get(panel.id).starts_at == dt.datetime(2014, 9, 6, 10)


@pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard", "propagateSizeHints")
def test_the_form_shows_a_speaker_booked_twice_and_saves_the_speakers_in_order(
    page: AgendaPage, qtbot: QtBot, services: Services, sample_meeting_id: int
):
    # GIVEN the governor of Tomsk speaks at the panel (5 Sep 10:00-12:00)
    page.show_day(SEP_5)
    select_title(page, qtbot, 'Panel discussion "Better life through new social initiatives"')
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    form = page.form
    assert isinstance(form, AgendaItemForm)
    speakers = form.speakers
    for name in ("Sergey Zhvachkin (Tomsk)", "Yoichi Masuzoe (Tokyo)"):
        pick(speakers.chooser, name)
        qtbot.mouseClick(speakers.add_button, Qt.MouseButton.LeftButton)
    # WHEN the user moves Masuzoe up to speak first and saves
    speakers.entries.list.setCurrentRow(1)
    qtbot.mouseClick(speakers.entries.move_up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    panel = services.agenda.list_items(sample_meeting_id)[1]
    assert panel.speaker_names == ("Yoichi Masuzoe", "Sergey Zhvachkin")
    # WHEN the user adds an item at the same time in another room with the same governor
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert isinstance(form, AgendaItemForm)
    qtbot.keyClicks(form.title, "Interview")
    set_time(qtbot, form.starts_at, 11, 30)
    qtbot.keyClicks(form.room, "Press room")
    pick(form.speakers.chooser, "Sergey Zhvachkin (Tomsk)")
    qtbot.mouseClick(form.speakers.add_button, Qt.MouseButton.LeftButton)
    # THEN the form warns that he is also on the panel
    qtbot.waitUntil(lambda: any("Sergey Zhvachkin is also on" in w for w in form.warnings()))


def test_duplicate_move_and_delete_are_each_undone(
    page: AgendaPage, window: MainWindow, qtbot: QtBot, services: Services, sample_meeting_id: int
):
    page.show_day(SEP_5)
    title = "Tomsk's work with young people"
    original = next(i for i in services.agenda.list_items(sample_meeting_id) if i.title == title)
    # WHEN the user duplicates the presentation THEN a copy is there at the same time
    select_title(page, qtbot, title)
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    copy = next(i for i in services.agenda.list_items(sample_meeting_id) if "(copy)" in i.title)
    assert copy.starts_at == original.starts_at
    # WHEN the user moves the copy to 17:00 with the Move form
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert isinstance(form, MoveItemForm)
    set_time(qtbot, form.starts_at, 17, 0)
    qtbot.keyClick(form.starts_at, Qt.Key.Key_Return)
    moved = services.agenda.get(copy.id)
    assert (moved.starts_at.hour, moved.ends_at.hour) == (17, 18)
    # WHEN the user deletes the original with the Delete key
    select_title(page, qtbot, title)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert title not in titles(services, sample_meeting_id)
    # THEN each Ctrl+Z takes one step back: the original returns with its id, the move,
    # then the copy, are undone
    undo(window, qtbot)
    assert services.agenda.get(original.id) == original
    undo(window, qtbot)
    assert services.agenda.get(copy.id).starts_at == original.starts_at
    undo(window, qtbot)
    assert len(services.agenda.list_items(sample_meeting_id)) == 7


def test_an_item_dropped_on_another_days_tab_moves_there_at_the_same_time(
    page: AgendaPage, window: MainWindow, qtbot: QtBot, services: Services, sample_meeting_id: int
):
    page.show_day(SEP_5)
    title = "Presentation and performance of talent groups"
    item = next(i for i in services.agenda.list_items(sample_meeting_id) if i.title == title)
    # WHEN the item's row is dropped on the tab of 6 September
    row = next(r for r, i in enumerate(page.model.rows()) if i.id == item.id)
    mime = page.model.mimeData([page.model.index(row, 0)])
    assert mime.hasFormat(ITEM_MIME_TYPE)
    target = page.day_tabs.tabRect(2).center()
    drag = (mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    for event in (
        QDragEnterEvent(target, Qt.DropAction.MoveAction, *drag),
        QDragMoveEvent(target, Qt.DropAction.MoveAction, *drag),
        QDropEvent(QPointF(target), Qt.DropAction.MoveAction, *drag),
    ):
        QApplication.sendEvent(page.day_tabs, event)
        assert event.isAccepted()
    # THEN it takes place on 6 September at 19:00, and Ctrl+Z puts it back
    assert services.agenda.get(item.id).starts_at == dt.datetime(2014, 9, 6, 19)
    assert page.current_day() == dt.date(2014, 9, 6)
    undo(window, qtbot)
    assert services.agenda.get(item.id).starts_at == item.starts_at
    # AND plain text dragged onto a tab is not taken for an item
    text = QMimeData()
    text.setText("19:00")
    hover = QDragMoveEvent(target, Qt.DropAction.MoveAction, text, *drag[1:])
    QApplication.sendEvent(page.day_tabs, hover)
    assert not hover.isAccepted()


def test_tab_goes_through_the_form_in_order_and_esc_cancels_after_asking(
    page: AgendaPage, qtbot: QtBot, services: Services, sample_meeting_id: int, dialogs: object
):
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert isinstance(form, AgendaItemForm)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    # THEN the first field has the focus and Tab follows the fields as laid out
    order = []
    for _ in range(7):
        order.append(QApplication.focusWidget().objectName())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order == [
        "kind", "title", "description", "starts_at", "ends_at", "room", "moderator_id",
    ]  # fmt: skip
    # WHEN the user has typed a title and presses Esc, answering No, THEN the form stays
    qtbot.keyClicks(form.title, "Coffee break")
    dialogs.answer_no()  # type: ignore[attr-defined]
    qtbot.keyClick(form.title, Qt.Key.Key_Escape)
    assert form.isVisible()
    assert "Close it without saving?" in dialogs.texts[-1]  # type: ignore[attr-defined]
    # WHEN the user presses Esc again and answers Yes THEN it closes and nothing was saved
    dialogs.answer_yes()  # type: ignore[attr-defined]
    qtbot.keyClick(form.title, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert "Coffee break" not in titles(services, sample_meeting_id)


def test_an_item_over_several_days_is_on_each_days_tab_with_its_dates(
    page: AgendaPage, qtbot: QtBot, services: Services, sample_meeting_id: int
):
    # GIVEN the first day of the sample programme
    page.show_day(dt.date(2014, 9, 4))
    # WHEN the user adds an exhibition from 10:00 that ends on the 6th at 18:00
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    form = page.form
    qtbot.keyClicks(form.title, "Siberian crafts exhibition")
    form.kind.setCurrentIndex(form.kind.findData(AgendaKind.EXHIBITION))
    set_time(qtbot, form.starts_at, 10, 0)
    form.ends_at.setFocus()
    form.ends_at.setSelectedSection(QDateTimeEdit.Section.DaySection)
    for _ in range(2):  # typing a day would contradict the weekday shown before it
        qtbot.keyClick(form.ends_at, Qt.Key.Key_Up)
    set_time(qtbot, form.ends_at, 18, 0)
    qtbot.keyClick(form.title, Qt.Key.Key_Return)
    item = next(
        i for i in services.agenda.list_items(sample_meeting_id) if i.title.startswith("Siberian")
    )
    assert item.ends_at == dt.datetime(2014, 9, 6, 18)
    # THEN every day of the meeting shows it, with its dates
    for day in (dt.date(2014, 9, 4), SEP_5, dt.date(2014, 9, 6)):
        page.show_day(day)
        row = next(r for r, i in enumerate(page.model.rows()) if i.id == item.id)
        assert page.model.index(row, 0).data() == "Sep 4 10:00 – Sep 6 18:00"


@pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard", "propagateSizeHints")
def test_the_speaker_picker_completes_names_in_any_script_and_offers_no_none(
    page: AgendaPage, qtbot: QtBot, services: Services, sample_meeting_id: int
):
    # GIVEN a new item's form
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    chooser = page.form.speakers.chooser
    # THEN "(none)" is not among the speakers to pick
    assert chooser.findText("(none)") == -1
    # WHEN the user types part of a family name THEN what was typed stays as typed and
    # the popup offers the whole name
    chooser.lineEdit().setFocus()
    qtbot.keyClicks(chooser.lineEdit(), "zhv")
    assert chooser.lineEdit().text() == "zhv"
    popup = chooser.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == [
        "Sergey Zhvachkin (Tomsk)"
    ]
    # WHEN the user types the name in Cyrillic instead, picks the match and clicks Add
    chooser.lineEdit().clear()
    type_text(chooser.lineEdit(), "Жвачкин")
    qtbot.waitUntil(lambda: popup.isVisible() and popup.model().rowCount() == 1)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.mouseClick(page.form.speakers.add_button, Qt.MouseButton.LeftButton)
    # THEN he is the item's speaker
    assert page.form.speakers.entries.list.item(0).text() == "1. Sergey Zhvachkin (Tomsk)"
