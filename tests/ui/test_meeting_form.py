"""Organizers add the next plenary and edit a meeting's details."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from anmc_desktop.services import Services
from anmc_desktop.ui.forms.choices import select_data
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.meetings import MeetingsPage


def test_a_new_meeting_is_added_made_current_and_undone(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    page = window.show_page(MeetingsPage)
    # WHEN the organizer opens New meeting, Save is disabled until a title is given
    form = page.new_meeting()
    assert not form.save_button.isEnabled()
    assert form.form.message("title") == "is required."
    qtbot.keyClicks(form.title, "14th Plenary Meeting of the ANMC21")
    form.number.setValue(14)
    seoul = next(c for c in services.cities.list_cities() if c.name_en == "Seoul")
    select_data(form.host, seoul.id)
    form.first_day.setDate(QDate(2015, 10, 20))
    form.last_day.setDate(QDate(2015, 10, 19))
    # THEN a last day before the first is refused beside the field
    assert form.form.message("last_day") == "must not be before the first day."
    assert not form.save_button.isEnabled()
    form.last_day.setDate(QDate(2015, 10, 22))
    qtbot.keyClick(form.title, Qt.Key.Key_Return)
    # THEN the meeting exists and is the current one
    newest = services.meetings.list_meetings()[0]
    assert (newest.title, newest.number, newest.host_city_name) == (
        "14th Plenary Meeting of the ANMC21", 14, "Seoul",
    )  # fmt: skip
    assert newest.days[0] == dt.date(2015, 10, 20)
    assert window.windowTitle().startswith("14th Plenary")
    # WHEN it is undone THEN it is gone and the sample is current again
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(services.meetings.list_meetings()) == 1
    assert window.windowTitle().startswith("13th Plenary")


def test_editing_the_current_meeting_updates_the_title(
    qtbot: QtBot, window: MainWindow, services: Services, sample_meeting_id: int
) -> None:
    page = window.show_page(MeetingsPage)
    page.select_meeting(sample_meeting_id)
    form = page.edit_meeting()
    assert form is not None
    form.title.setText("13th Plenary Meeting of the ANMC21 (Tomsk)")
    form.save_button.click()
    assert window.windowTitle().startswith("13th Plenary Meeting of the ANMC21 (Tomsk)")
    assert services.meetings.get(sample_meeting_id).version == 2
