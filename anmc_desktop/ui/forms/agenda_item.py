"""Forms for the programme: an agenda item, and moving one to another time or day.

Times outside the meeting's days are refused beside the field (Save stays disabled);
clashes (a room or a person booked twice) are warnings shown under the form as it is
edited, since organizers sometimes mean them (a shared hall, a speaker who moves on).
The form is handed the meeting's items of each day (read once per day, by the page) and
checks each keystroke's draft against those of its days in memory (the service's
``clashes`` rule), so typing never waits on the database even in a programme of
thousands of items.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from anmc_desktop.records.agenda import AgendaItemDraft, AgendaItemRecord, days_of
from anmc_desktop.records.enums import AgendaKind
from anmc_desktop.records.meetings import MeetingRecord
from anmc_desktop.services import Services
from anmc_desktop.services.agenda_clashes import clashes, time_order
from anmc_desktop.ui import locale_format
from anmc_desktop.ui.colours import Tone, TonedLabel
from anmc_desktop.ui.forms.date_fields import as_qdatetime, with_calendar
from anmc_desktop.ui.forms.form_dialog import FormDialog
from anmc_desktop.ui.forms.person_choices import PersonChoices, PersonCombo, PersonList
from anmc_desktop.ui.item_models.agenda import KIND_COLOURS, WARNING_MARK
from anmc_desktop.ui.labels import label
from anmc_desktop.ui.to_do_texts import clash_text
from anmc_desktop.ui.translation import translate


def kind_icon(kind: AgendaKind) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(KIND_COLOURS[kind]))
    return QIcon(pixmap)


class DateTimeField(QDateTimeEdit):
    """A date and time whose sections are stepped with the arrow keys; Tab leaves it.

    (A plain QDateTimeEdit spends Tab on its own sections, so the form's tab order
    would stop five times in each time field.)
    """

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        return QWidget.focusNextPrevChild(self, forward)


def date_time_edit(value: dt.datetime) -> QDateTimeEdit:
    edit = DateTimeField(as_qdatetime(value))
    with_calendar(edit)
    return edit


def outside_meeting(meeting: MeetingRecord, moment: dt.datetime) -> str | None:
    """The service's reason for a time outside the meeting's days, or None."""
    if meeting.first_day <= moment.date() <= meeting.last_day:
        return None
    return translate(
        "forms.agenda_item", "must fall within the meeting's days ({first} to {last})."
    ).format(
        first=locale_format.day_month(meeting.first_day),
        last=locale_format.day_month(meeting.last_day, with_year=True),
    )


def value_of(edit: QDateTimeEdit) -> dt.datetime:
    return edit.dateTime().toPython().replace(second=0, microsecond=0)  # type: ignore[union-attr]


class AgendaItemForm(FormDialog):
    """Add an item (``item`` None) or edit one; ``saved`` carries the saved record."""

    def __init__(
        self,
        services: Services,
        meeting: MeetingRecord,
        persons: PersonChoices,
        programme: Callable[[dt.date], Sequence[AgendaItemRecord]],
        item: AgendaItemRecord | None = None,
        day: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``programme`` gives the meeting's items of a day, which the draft must not
        clash with."""
        super().__init__(
            translate("forms.agenda_item", "Edit agenda item")
            if item
            else translate("forms.agenda_item", "Add agenda item"),
            parent,
        )
        self.setObjectName("AgendaItemForm")
        self.services = services
        self.meeting = meeting
        self.item = item
        self._programme = programme
        self._days = set(meeting.days)
        starts = (
            item.starts_at if item else dt.datetime.combine(day or meeting.first_day, dt.time(10))
        )
        ends = item.ends_at if item else starts + dt.timedelta(hours=1)
        self._length = ends - starts
        self.kind = QComboBox()
        for kind in AgendaKind:
            self.kind.addItem(kind_icon(kind), label(kind), kind)
        self.kind.setCurrentIndex(list(AgendaKind).index(item.kind if item else AgendaKind.OTHER))
        self.title = QLineEdit(item.title if item else "")
        self.description = QPlainTextEdit(item.description if item else "")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.description.fontMetrics().height() * 4 + 12)
        self.starts_at = date_time_edit(starts)
        self.ends_at = date_time_edit(ends)
        self.room = QLineEdit(item.room if item else "")
        self.moderator = PersonCombo(persons, none_entry=True)
        self.moderator.set_person(item.moderator_id if item else None)
        self.speakers = PersonList(persons, translate("forms.agenda_item", "speaker"))
        self.speakers.set_values(item.speaker_ids if item else ())
        form = self.form
        form.add_field("kind", translate("forms.agenda_item", "&Kind"), self.kind)
        form.add_field(
            "title", translate("forms.agenda_item", "&Title"), self.title, self._check_title
        )
        form.add_field(
            "description", translate("forms.agenda_item", "&Description"), self.description
        )
        form.add_field(
            "starts_at", translate("forms.agenda_item", "&Starts"), self.starts_at,
            lambda: outside_meeting(meeting, value_of(self.starts_at)),
        )  # fmt: skip
        form.add_field(
            "ends_at", translate("forms.agenda_item", "&Ends"), self.ends_at, self._check_end
        )
        form.add_field("room", translate("forms.agenda_item", "&Room"), self.room)
        form.add_field("moderator_id", translate("forms.agenda_item", "&Moderator"), self.moderator)
        form.add_field("speaker_ids", translate("forms.agenda_item", "S&peakers"), self.speakers)
        self.clash_warnings = TonedLabel(Tone.WARNING)
        self.clash_warnings.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        self.clash_warnings.setObjectName("clash_warnings")
        self.clash_warnings.setWordWrap(True)
        self.clash_warnings.hide()
        self.layout().insertWidget(1, self.clash_warnings)
        self.starts_at.dateTimeChanged.connect(self._start_moved)
        self.ends_at.dateTimeChanged.connect(self._end_moved)
        self.form.changed.connect(self.refresh_warnings)
        self.resize(620, self.sizeHint().height())
        if item is not None:
            self.offer_change_log(services.change_log, "agenda_item", item.id)
        self.fields_ready()
        self.refresh_warnings()

    def draft(self) -> AgendaItemDraft:
        return AgendaItemDraft(
            kind=AgendaKind(self.kind.currentData()),  # Qt returns the plain string
            title=self.title.text(),
            description=self.description.toPlainText(),
            starts_at=value_of(self.starts_at),
            ends_at=value_of(self.ends_at),
            room=self.room.text(),
            moderator_id=self.moderator.currentData(),
            speaker_ids=self.speakers.values(),
        )

    def warnings(self) -> list[str]:
        """The clash warnings shown now."""
        text = self.clash_warnings.text()
        return [line.removeprefix(f"{WARNING_MARK} ") for line in text.splitlines()]

    def refresh_warnings(self) -> None:
        draft = self.draft()
        found = clashes(draft, self._others(draft)) if draft.starts_at <= draft.ends_at else []
        self.clash_warnings.setText("\n".join(f"{WARNING_MARK} {clash_text(c)}" for c in found))
        self.clash_warnings.setVisible(bool(found))

    def save(self) -> AgendaItemRecord:
        if self.item is None:
            return self.services.agenda.create(self.meeting.id, self.draft())
        return self.services.agenda.update(
            self.item.id, self.draft(), self.expected_version(self.item.version)
        )

    def _others(self, draft: AgendaItemDraft) -> list[AgendaItemRecord]:
        """The other items on the draft's days (of the meeting), in time order."""
        days = [day for day in days_of(draft.starts_at, draft.ends_at) if day in self._days]
        found = {
            other.id: other
            for day in days
            for other in self._programme(day)
            if self.item is None or other.id != self.item.id
        }
        return sorted(found.values(), key=time_order)

    def _check_title(self) -> str | None:
        return None if self.title.text().strip() else translate("forms.agenda_item", "is required.")

    def _check_end(self) -> str | None:
        if value_of(self.ends_at) < value_of(self.starts_at):
            return translate("forms.agenda_item", "must not be before the start.")
        return outside_meeting(self.meeting, value_of(self.ends_at))

    def _start_moved(self) -> None:
        """The end follows the start, keeping the item's length."""
        self.ends_at.setDateTime(QDateTime(value_of(self.starts_at) + self._length))

    def _end_moved(self) -> None:
        length = value_of(self.ends_at) - value_of(self.starts_at)
        if length >= dt.timedelta(0):
            self._length = length


class MoveItemForm(FormDialog):
    """Move an item to another time or day; it keeps its length."""

    def __init__(
        self,
        services: Services,
        meeting: MeetingRecord,
        item: AgendaItemRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("forms.agenda_item", "Move “{title}”").format(title=item.title), parent
        )
        self.setObjectName("MoveItemForm")
        self.services = services
        self.item = item
        self.starts_at = date_time_edit(item.starts_at)
        length = item.ends_at - item.starts_at
        self.form.add_field(
            "starts_at", translate("forms.agenda_item", "New &start"), self.starts_at,
            lambda: self._check_start(meeting, length),
        )  # fmt: skip
        minutes = int(length.total_seconds() // 60)
        note = QLabel(
            translate("forms.agenda_item", "The item keeps its length ({length}).").format(
                length=locale_format.duration(minutes)
            )
        )
        self.layout().insertWidget(1, note)
        self.fields_ready()

    def save(self) -> AgendaItemRecord:
        return self.services.agenda.move(self.item.id, value_of(self.starts_at))

    def _check_start(self, meeting: MeetingRecord, length: dt.timedelta) -> str | None:
        starts = value_of(self.starts_at)
        return outside_meeting(meeting, starts) or (
            None
            if outside_meeting(meeting, starts + length) is None
            else translate("forms.agenda_item", "the item would end after the meeting's last day.")
        )
