"""Small forms of the Delegations page: add a delegation, change its status, move a person."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from anmc_desktop.errors import ConflictError
from anmc_desktop.records.cities import CityName
from anmc_desktop.records.enums import DelegationStatus
from anmc_desktop.records.persons import DelegationSummary, PersonRecord
from anmc_desktop.services import Services
from anmc_desktop.ui.forms.choices import EnumCombo, enum_combo, select_data
from anmc_desktop.ui.forms.form_dialog import FormDialog
from anmc_desktop.ui.translation import translate

CHOOSE = QT_TRANSLATE_NOOP("forms.delegation_forms", "(choose)")


def delegation_combo(delegations: Sequence[DelegationSummary]) -> QComboBox:
    """The delegations by city; ``currentData()`` is the delegation's id (None: none chosen)."""
    combo = QComboBox()
    combo.addItem(translate("forms.delegation_forms", CHOOSE), None)
    for delegation in delegations:
        combo.addItem(delegation.city_name, delegation.id)
    return combo


class AddDelegationForm(FormDialog):
    """A delegation for a city that has none in the meeting yet; ``saved`` carries it."""

    def __init__(
        self,
        services: Services,
        meeting_id: int,
        cities: Sequence[CityName],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("forms.delegation_forms", "Add a delegation"), parent)
        self.services = services
        self.meeting_id = meeting_id
        self.city = QComboBox()
        self.city.addItem(translate("forms.delegation_forms", CHOOSE), None)
        for city in cities:
            self.city.addItem(city.name_en, city.id)
        self.status = EnumCombo(
            DelegationStatus,
            (s for s in DelegationStatus if s is not DelegationStatus.PROXY),
            DelegationStatus.INVITED,
        )
        self.form.add_field(
            "city_id", translate("forms.delegation_forms", "City"), self.city, self._check_city
        )
        self.form.add_field("status", translate("forms.delegation_forms", "Status"), self.status)
        self.fields_ready()

    def save(self) -> DelegationSummary:
        return self.services.delegations.create_delegation(
            self.meeting_id, self.city.currentData(), self.status.value()
        )

    def _check_city(self) -> str | None:
        return (
            None
            if self.city.currentData() is not None
            else translate("forms.delegation_forms", "choose a city.")
        )


class StatusForm(FormDialog):
    """Invited, confirmed, attending, absent, or proxy given to another delegation.

    ``saved`` carries (summary before, summary after). ``record_changed`` says that
    another organizer changed the delegation since the form opened (the save was refused
    with ConflictError, which the form then resolves with the user).
    """

    record_changed = Signal()

    def __init__(
        self,
        services: Services,
        delegation: DelegationSummary,
        others: Sequence[DelegationSummary],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("forms.delegation_forms", "Status of the delegation of {city_name}").format(
                city_name=delegation.city_name
            ),
            parent,
        )
        self.services = services
        self.delegation = delegation
        self.status = enum_combo(DelegationStatus, delegation.status)
        self.proxy_to = delegation_combo(others)
        select_data(self.proxy_to, delegation.proxy_to_id)
        self.form.add_field("status", translate("forms.delegation_forms", "Status"), self.status)
        self.form.add_field(
            "proxy_to_id",
            translate("forms.delegation_forms", "Proxy given to"),
            self.proxy_to,
            self._check_proxy,
        )
        self.status.currentIndexChanged.connect(self._follow_status)
        self._follow_status()
        self.fields_ready()

    def save(self) -> tuple[DelegationSummary, DelegationSummary]:
        try:
            after = self.services.delegations.set_status(
                self.delegation.id,
                self.status.value(),
                self.proxy_to.currentData(),
                self.expected_version(self.delegation.version),
            )
        except ConflictError:
            self.record_changed.emit()
            raise
        return self.delegation, after

    def reload_record(self) -> None:
        self.delegation = self.services.delegations.get_delegation(self.delegation.id).summary
        self.status.set_value(self.delegation.status)
        select_data(self.proxy_to, self.delegation.proxy_to_id)
        self.fields_ready()

    def _gives_proxy(self) -> bool:
        return self.status.value() is DelegationStatus.PROXY

    def _follow_status(self) -> None:
        self.proxy_to.setEnabled(self._gives_proxy())

    def _check_proxy(self) -> str | None:
        if self._gives_proxy() and self.proxy_to.currentData() is None:
            return translate(
                "forms.delegation_forms", "choose the delegation that holds the proxy."
            )
        return None


class MovePersonForm(FormDialog):
    """Move a person to another delegation; ``saved`` carries (record before, after).

    ``record_changed``: as in StatusForm, for the person.
    """

    record_changed = Signal()

    def __init__(
        self,
        services: Services,
        person: PersonRecord,
        others: Sequence[DelegationSummary],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("forms.delegation_forms", "Move {name}").format(name=person.name), parent
        )
        self.services = services
        self.person = person
        self.target = delegation_combo(others)
        self.form.add_field(
            "delegation_id",
            translate("forms.delegation_forms", "To the delegation of"),
            self.target,
            self._check,
        )
        self.fields_ready()

    def save(self) -> tuple[PersonRecord, PersonRecord]:
        try:
            moved = self.services.delegations.move_person(
                self.person.id,
                self.target.currentData(),
                expected_version=self.expected_version(self.person.version),
            )
        except ConflictError:
            self.record_changed.emit()
            raise
        return self.person, moved

    def reload_record(self) -> None:
        self.person = self.services.delegations.get_person(self.person.id)
        self.fields_ready()

    def _check(self) -> str | None:
        return (
            None
            if self.target.currentData() is not None
            else translate("forms.delegation_forms", "choose a delegation.")
        )
