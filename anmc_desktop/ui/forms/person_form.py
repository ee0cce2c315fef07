"""Add or edit a person of a delegation: every field of a PersonDraft."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.persons import PersonDraft, PersonRecord
from anmc_desktop.services import Services
from anmc_desktop.services.person_rules import passport_problem
from anmc_desktop.ui.forms.choices import enum_combo
from anmc_desktop.ui.forms.form_dialog import FormDialog
from anmc_desktop.ui.forms.optional_fields import OptionalDateEdit, OptionalDateTimeEdit
from anmc_desktop.ui.translation import translate

TEXT_FIELDS = (
    ("given_name", QT_TRANSLATE_NOOP("forms.person_form", "Given name")),
    ("family_name", QT_TRANSLATE_NOOP("forms.person_form", "Family name")),
)
MORE_TEXT_FIELDS = (
    ("native_name", QT_TRANSLATE_NOOP("forms.person_form", "Native name")),
    ("honorific", QT_TRANSLATE_NOOP("forms.person_form", "Honorific")),
    ("position", QT_TRANSLATE_NOOP("forms.person_form", "Position")),
)
CONTACT_FIELDS = (
    ("email", QT_TRANSLATE_NOOP("forms.person_form", "E-mail")),
    ("phone", QT_TRANSLATE_NOOP("forms.person_form", "Phone")),
)
NEEDS_FIELDS = (
    ("dietary_needs", QT_TRANSLATE_NOOP("forms.person_form", "Dietary needs")),
    ("access_needs", QT_TRANSLATE_NOOP("forms.person_form", "Access needs")),
)
TRAVEL_FIELDS = (
    ("arrival_flight", QT_TRANSLATE_NOOP("forms.person_form", "Arrival flight")),
    ("arrival_point", QT_TRANSLATE_NOOP("forms.person_form", "Arrival at")),
    ("met_by", QT_TRANSLATE_NOOP("forms.person_form", "Met by")),
    ("departure_flight", QT_TRANSLATE_NOOP("forms.person_form", "Departure flight")),
    ("hotel", QT_TRANSLATE_NOOP("forms.person_form", "Hotel")),
    ("room", QT_TRANSLATE_NOOP("forms.person_form", "Room")),
    ("transport", QT_TRANSLATE_NOOP("forms.person_form", "Car or bus")),
)
PASSPORT_FIELDS = (
    ("passport_number", QT_TRANSLATE_NOOP("forms.person_form", "Passport number")),
    ("nationality", QT_TRANSLATE_NOOP("forms.person_form", "Nationality")),
)


class PersonForm(FormDialog):
    """Saves through the delegation service; ``saved`` carries (record before, after)."""

    def __init__(
        self,
        services: Services,
        delegation_id: int,
        person: PersonRecord | None = None,
        default_time: dt.datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("forms.person_form", "Edit person")
            if person
            else translate("forms.person_form", "Add a person"),
            parent,
        )
        self.services = services
        self.delegation_id = delegation_id
        self.person = person
        self.setMinimumWidth(480)
        start = person or PersonDraft()
        self.texts: dict[str, QLineEdit] = {}
        for name, label in TEXT_FIELDS:
            self._add_text(name, label, getattr(start, name))
        self.family_name_first = QCheckBox(
            translate("forms.person_form", "Family name first (e.g. Le Hong Son)")
        )
        self.family_name_first.setChecked(start.family_name_first)
        self.form.add_field(
            "family_name_first",
            translate("forms.person_form", "Name order"),
            self.family_name_first,
        )
        for name, label in MORE_TEXT_FIELDS:
            self._add_text(name, label, getattr(start, name))
        self.role = enum_combo(PersonRole, start.role)
        self.form.add_field("role", translate("forms.person_form", "Role"), self.role)
        for name, label in CONTACT_FIELDS:
            self._add_text(name, label, getattr(start, name))
        moment = default_time or dt.datetime.combine(dt.date.today(), dt.time(12))
        self.arrival = OptionalDateTimeEdit(moment)
        self.arrival.set_value(start.arrival)
        self.form.add_field("arrival", translate("forms.person_form", "Arrival"), self.arrival)
        self.departure = OptionalDateTimeEdit(moment)
        self.departure.set_value(start.departure)
        self.form.add_field(
            "departure",
            translate("forms.person_form", "Departure"),
            self.departure,
            self._check_departure,
        )
        for name, label in (*TRAVEL_FIELDS, *NEEDS_FIELDS, *PASSPORT_FIELDS):
            self._add_text(name, label, getattr(start, name))
        self.passport_expiry = OptionalDateEdit(moment.date())
        self.passport_expiry.set_value(start.passport_expiry)
        self.form.add_field(
            "passport_expiry",
            translate("forms.person_form", "Passport expires"),
            self.passport_expiry,
            self._check_expiry,
        )
        self.notes = QPlainTextEdit(start.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().height() * 4)
        self.form.add_field("notes", translate("forms.person_form", "Notes"), self.notes)
        self.is_placeholder = QCheckBox(
            translate("forms.person_form", "Not named yet (shown in grey italics)")
        )
        self.is_placeholder.setChecked(start.is_placeholder)
        self.form.add_field(
            "is_placeholder", translate("forms.person_form", "Placeholder"), self.is_placeholder
        )
        for name in ("given_name", "family_name", "native_name"):
            self.texts[name].textEdited.connect(lambda _text: self.is_placeholder.setChecked(False))
        if person is not None:
            self.offer_change_log(services.change_log, "person", person.id)
        self.fields_ready()

    def draft(self) -> PersonDraft:
        texts = {name: widget.text() for name, widget in self.texts.items()}
        return dataclasses.replace(
            PersonDraft(**texts),
            family_name_first=self.family_name_first.isChecked(),
            role=self.role.value(),
            arrival=self.arrival.value(),
            departure=self.departure.value(),
            passport_expiry=self.passport_expiry.value(),
            notes=self.notes.toPlainText(),
            is_placeholder=self.is_placeholder.isChecked(),
        )

    def save(self) -> tuple[PersonRecord | None, PersonRecord]:
        if self.person is None:
            return None, self.services.delegations.add_person(self.delegation_id, self.draft())
        updated = self.services.delegations.update_person(
            self.person.id, self.draft(), self.expected_version(self.person.version)
        )
        return self.person, updated

    def reload_record(self) -> None:
        if self.person is None:
            return
        self.person = self.services.delegations.get_person(self.person.id)
        self._show(self.person)
        self.fields_ready()

    def _show(self, values: PersonDraft) -> None:
        for name, widget in self.texts.items():
            widget.setText(getattr(values, name))
        self.family_name_first.setChecked(values.family_name_first)
        self.role.set_value(values.role)
        self.arrival.set_value(values.arrival)
        self.departure.set_value(values.departure)
        self.passport_expiry.set_value(values.passport_expiry)
        self.notes.setPlainText(values.notes)
        self.is_placeholder.setChecked(values.is_placeholder)

    def _add_text(self, name: str, label: str, value: str) -> None:
        widget = QLineEdit(value)
        self.texts[name] = widget
        check = {
            "family_name": self._check_name,
            "email": self._check_email,
            "passport_number": self._check_passport_number,
        }.get(name)
        self.form.add_field(name, translate("forms.person_form", label), widget, check)

    def _has_a_name(self) -> bool:
        names = ("given_name", "family_name", "native_name")
        return any(self.texts[n].text().strip() for n in names)

    def _check_name(self) -> str | None:
        """Beside the family name, as the service puts it, but any of the three names do."""
        return (
            None
            if self._has_a_name()
            else translate("forms.person_form", "give a name (Latin or native).")
        )

    def _check_email(self) -> str | None:
        text = self.texts["email"].text().strip()
        local, at, domain = text.partition("@")
        if text and not (local and at and "." in domain and " " not in text):
            return translate("forms.person_form", "is not an e-mail address.")
        return None

    def _check_departure(self) -> str | None:
        arrival, departure = self.arrival.value(), self.departure.value()
        if arrival and departure and departure < arrival:
            return translate("forms.person_form", "must not be before arrival.")
        return None

    def _passport_reason(self, field: str) -> str | None:
        """The service's rule for the passport (services/person_rules.py), beside ``field``."""
        problem = passport_problem(self.draft())
        return problem[1] if problem is not None and problem[0] == field else None

    def _check_passport_number(self) -> str | None:
        return self._passport_reason("passport_number")

    def _check_expiry(self) -> str | None:
        return self._passport_reason("passport_expiry")
