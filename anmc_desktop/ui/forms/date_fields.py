"""Date and date-time fields: a calendar pops up from the field, and typing follows the
user's locale (05.09.2014 in Germany, 9/5/2014 in the United States, 2014/09/05 in Japan).

Years are always typed and shown with four digits: a two-digit year would make 1914 and
2014 the same field, and the member-since dates of cities go back decades.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, QPoint, QPointF, Qt, QTime
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDateTimeEdit,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

_SHORT = QLocale.FormatType.ShortFormat


def locale_date_format() -> str:
    """The user's short date format, with a four-digit year; ISO 8601 where no locale
    is set (the C locale's "d MM yyyy" reads like no country's dates)."""
    if QLocale().language() is QLocale.Language.C:
        return "yyyy-MM-dd"
    short = QLocale().dateFormat(_SHORT)
    return short if "yyyy" in short else re.sub(r"y+", "yyyy", short)


def locale_date_time_format() -> str:
    """The user's short date and time format, with a four-digit year and the day's name
    in front (an agenda is read by weekday)."""
    return f"ddd {locale_date_format()} {QLocale().timeFormat(_SHORT)}"


def as_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def as_qdatetime(moment: dt.datetime) -> QDateTime:
    return QDateTime(as_qdate(moment.date()), QTime(moment.hour, moment.minute))


def calendar_button_centre(editor: QDateTimeEdit) -> QPoint:
    """Where the button that opens the calendar is, in the editor's coordinates."""
    option = QStyleOptionComboBox()
    option.initFrom(editor)
    option.editable = True
    option.subControls = QStyle.SubControl.SC_All
    style = editor.style()
    arrow = style.subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, editor
    )
    return arrow.center()


def open_calendar(editor: QDateTimeEdit) -> None:
    """Open the editor's calendar as a click on its button does (Qt offers no other way)."""
    centre = QPointF(calendar_button_centre(editor))
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        press = QMouseEvent(
            kind,
            centre,
            QPointF(editor.mapToGlobal(centre)),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(editor, press)


class _DateKeys(QObject):
    """F4 or Alt+Down opens the calendar, as in a combo box; and a date is typed as it is
    written: "20.10.2015".

    Qt moves on to the next section by itself once a section is full ("20"), and then
    takes the "." the user types next as a move to the section after, so the month
    would land in the year. A separator typed right after such a move is dropped."""

    def __init__(self, editor: QDateTimeEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        self._section_at_last_digit = -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if _opens_calendar(event):
            open_calendar(self._editor)
            return True
        text = event.text()
        section = self._editor.currentSectionIndex()
        if text.isdigit():
            self._section_at_last_digit = section
            return False
        moved_on = self._section_at_last_digit not in (-1, section)
        self._section_at_last_digit = -1
        return bool(text) and not text.isalnum() and not text.isspace() and moved_on


def _opens_calendar(event: QKeyEvent) -> bool:
    alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
    return event.key() == Qt.Key.Key_F4 or (event.key() == Qt.Key.Key_Down and bool(alt))


def with_calendar(editor: QDateTimeEdit) -> QDateTimeEdit:
    """Give ``editor`` the calendar popup and the locale's format for its kind."""
    editor.setCalendarPopup(True)
    editor.setDisplayFormat(
        locale_date_format() if isinstance(editor, QDateEdit) else locale_date_time_format()
    )
    editor.installEventFilter(_DateKeys(editor))
    return editor


def calendar_date_edit(value: dt.date, parent: QWidget | None = None) -> QDateEdit:
    editor = QDateEdit(as_qdate(value), parent)
    with_calendar(editor)
    return editor
