"""Add or edit a meeting: title, number, host city, venue, days and theme."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from anmc_desktop.records.meetings import MeetingDraft, MeetingRecord
from anmc_desktop.services import Services
from anmc_desktop.ui.forms.choices import select_data
from anmc_desktop.ui.forms.date_fields import calendar_date_edit
from anmc_desktop.ui.forms.form_dialog import FormDialog
from anmc_desktop.ui.translation import translate


class MeetingForm(FormDialog):
    """``saved`` carries (record before or None, record after)."""

    def __init__(
        self, services: Services, meeting: MeetingRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(
            translate("forms.meeting_form", "Edit meeting")
            if meeting
            else translate("forms.meeting_form", "New meeting"),
            parent,
        )
        self.services = services
        self.meeting = meeting
        self.setMinimumWidth(480)
        today = dt.date.today()
        self.title = QLineEdit()
        self.number = QSpinBox()
        self.number.setRange(0, 999)
        self.number.setSpecialValueText(translate("forms.meeting_form", "(none)"))
        self.host = QComboBox()
        for city in services.cities.names():
            self.host.addItem(f"{city.name_en} ({city.country})" if city.country else city.name_en,
                              city.id)  # fmt: skip
        self.venue = QLineEdit()
        self.first_day = calendar_date_edit(today)
        self.last_day = calendar_date_edit(today)
        self.theme = QPlainTextEdit()
        self.theme.setTabChangesFocus(True)
        self.theme.setFixedHeight(self.theme.fontMetrics().height() * 3)
        self.form.add_field(
            "title", translate("forms.meeting_form", "Title"), self.title, self._check_title
        )
        self.form.add_field("number", translate("forms.meeting_form", "Number"), self.number)
        self.form.add_field(
            "host_city_id",
            translate("forms.meeting_form", "Host city"),
            self.host,
            self._check_host,
        )
        self.form.add_field("venue", translate("forms.meeting_form", "Venue"), self.venue)
        self.form.add_field(
            "first_day", translate("forms.meeting_form", "First day"), self.first_day
        )
        self.form.add_field(
            "last_day", translate("forms.meeting_form", "Last day"), self.last_day, self._check_days
        )
        self.form.add_field("theme", translate("forms.meeting_form", "Theme"), self.theme)
        if meeting is not None:
            self._show(meeting)
            self.offer_change_log(services.change_log, "meeting", meeting.id)
        self.fields_ready()

    def draft(self) -> MeetingDraft:
        return MeetingDraft(
            title=self.title.text(),
            host_city_id=self.host.currentData() or 0,
            first_day=self.first_day.date().toPython(),
            last_day=self.last_day.date().toPython(),
            number=self.number.value() or None,
            venue=self.venue.text(),
            theme=self.theme.toPlainText(),
        )

    def save(self) -> tuple[MeetingRecord | None, MeetingRecord]:
        if self.meeting is None:
            return None, self.services.meetings.create(self.draft())
        updated = self.services.meetings.update(
            self.meeting.id, self.draft(), self.expected_version(self.meeting.version)
        )
        return self.meeting, updated

    def reload_record(self) -> None:
        if self.meeting is None:
            return
        self.meeting = self.services.meetings.get(self.meeting.id)
        self._show(self.meeting)
        self.fields_ready()

    def _show(self, meeting: MeetingRecord) -> None:
        self.title.setText(meeting.title)
        self.number.setValue(meeting.number or 0)
        select_data(self.host, meeting.host_city_id)
        self.venue.setText(meeting.venue)
        self.first_day.setDate(meeting.first_day)
        self.last_day.setDate(meeting.last_day)
        self.theme.setPlainText(meeting.theme)

    def _check_title(self) -> str | None:
        return (
            None if self.title.text().strip() else translate("forms.meeting_form", "is required.")
        )

    def _check_host(self) -> str | None:
        return (
            None
            if self.host.currentData()
            else translate("forms.meeting_form", "add the host city on Member cities first.")
        )

    def _check_days(self) -> str | None:
        if self.last_day.date() < self.first_day.date():
            return translate("forms.meeting_form", "must not be before the first day.")
        return None
