"""Date fields: a calendar pops up from each, and dates are typed in the user's locale."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QDateTimeEdit
from pytestqt.qtbot import QtBot

from anmc_desktop.services import Services
from anmc_desktop.ui.forms.date_fields import calendar_button_centre
from anmc_desktop.ui.forms.meeting_form import MeetingForm
from anmc_desktop.ui.forms.optional_fields import OptionalDateEdit, OptionalDateTimeEdit
from tests.ui.conftest import OFFSCREEN_NOISE, DialogRecorder


@pytest.fixture
def locale_of() -> Iterator[object]:
    """Sets the user's locale for the widgets a test builds, then puts it back."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def _type_date(qtbot: QtBot, editor: QDateTimeEdit, text: str) -> None:
    """Select the field's first section, as tabbing into it does, and type ``text``."""
    editor.setFocus()
    editor.setSelectedSection(editor.sectionAt(0))
    qtbot.keyClicks(editor, text)


@pytest.mark.parametrize(
    ("locale", "typed"),
    [("de_DE", "20.10.2015"), ("en_US", "10/20/2015"), ("ja_JP", "2015/10/20")],
)
def test_a_meeting_day_is_typed_in_the_locale_format(
    qtbot: QtBot, services: Services, sample_meeting_id: int, locale_of: object,
    locale: str, typed: str, dialogs: DialogRecorder,
) -> None:  # fmt: skip
    dialogs.answer_yes()  # closing the form at the end discards the typed meeting
    locale_of(locale)  # type: ignore[operator]
    form = MeetingForm(services)
    qtbot.addWidget(form)
    form.show()
    _type_date(qtbot, form.first_day, typed)
    assert form.first_day.date().toPython() == dt.date(2015, 10, 20)
    assert form.first_day.text() == typed


# The offscreen platform of the tests cannot raise a popup or let it grab the keyboard.
popup_noise = pytest.mark.qt_log_ignore(
    OFFSCREEN_NOISE, "does not support raise", "does not support grabbing"
)


@popup_noise
def test_a_day_is_picked_in_the_calendar_with_the_keyboard(
    qtbot: QtBot, services: Services, sample_meeting_id: int, dialogs: DialogRecorder
) -> None:
    dialogs.answer_yes()
    form = MeetingForm(services)
    qtbot.addWidget(form)
    form.show()
    form.first_day.setFocus()
    start = form.first_day.date()
    # WHEN the user opens the calendar (F4), moves one week on and presses Enter
    qtbot.keyClick(form.first_day, Qt.Key.Key_F4)
    calendar = form.first_day.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    view = calendar.findChild(QAbstractItemView)
    assert view is not None
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    # THEN the field holds that day and the calendar is closed
    assert form.first_day.date() == start.addDays(7)
    assert not calendar.isVisible()


def test_optional_dates_have_the_calendar_and_the_locale_format(
    qtbot: QtBot, locale_of: object
) -> None:
    locale_of("en_GB")  # type: ignore[operator]
    day = OptionalDateEdit(dt.date(2014, 9, 4))
    moment = OptionalDateTimeEdit(dt.datetime(2014, 9, 4, 10, 0))
    for field in (day, moment):
        qtbot.addWidget(field)
        field.show()
        qtbot.mouseClick(field.enabled, Qt.MouseButton.LeftButton)
        assert field.editor.calendarPopup()
    _type_date(qtbot, day.editor, "5/9/2014")
    assert day.value() == dt.date(2014, 9, 5)
    _type_date(qtbot, moment.editor, "Fri 05/09/2014 14:30")
    assert moment.value() == dt.datetime(2014, 9, 5, 14, 30)


@popup_noise
def test_the_calendar_opens_with_a_click_on_its_button(
    qtbot: QtBot, services: Services, sample_meeting_id: int, dialogs: DialogRecorder
) -> None:
    form = MeetingForm(services)
    qtbot.addWidget(form)
    form.show()
    dialogs.answer_yes()
    qtbot.mouseClick(
        form.last_day, Qt.MouseButton.LeftButton, pos=calendar_button_centre(form.last_day)
    )
    assert form.last_day.calendarWidget().isVisible()
