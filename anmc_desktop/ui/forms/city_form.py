"""Add or edit a member city, with the aliases imports may meet for it."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from anmc_desktop.exchange.city_matching import name_key
from anmc_desktop.records.cities import CityDraft, CityRecord, is_time_zone
from anmc_desktop.records.enums import CityStatus
from anmc_desktop.services import Services
from anmc_desktop.ui.forms.alias_list import AliasList
from anmc_desktop.ui.forms.choices import enum_combo
from anmc_desktop.ui.forms.form_dialog import FormDialog
from anmc_desktop.ui.forms.optional_fields import OptionalDateEdit
from anmc_desktop.ui.translation import translate


@cache
def time_zone_names() -> list[str]:
    return sorted(zoneinfo.available_timezones())


class CityForm(FormDialog):
    """Saves through the city service; ``saved`` carries (record before, record after)."""

    def __init__(
        self, services: Services, city: CityRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            translate("forms.city_form", "Edit city")
            if city
            else translate("forms.city_form", "Add a member city"),
            parent,
        )
        self.services = services
        self.city = city
        self.name_en = QLineEdit()
        self.name_local = QLineEdit()
        self.country = QLineEdit()
        self.member_since = OptionalDateEdit(dt.date.today())
        self.status = enum_combo(CityStatus, CityStatus.MEMBER)
        self.time_zone = QLineEdit("UTC")
        self._names_taken = services.cities.names_taken(city.id if city else None)
        self.aliases = AliasList(self._alias_problem)
        if city is not None:
            self._show(city)
        completer = QCompleter(time_zone_names(), self.time_zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.time_zone.setCompleter(completer)
        self.form.add_field(
            "name_en", translate("forms.city_form", "English name"), self.name_en, self._check_name
        )
        self.form.add_field(
            "name_local", translate("forms.city_form", "Local name"), self.name_local
        )
        self.form.add_field("country", translate("forms.city_form", "Country"), self.country)
        self.form.add_field(
            "member_since", translate("forms.city_form", "Member since"), self.member_since
        )
        self.form.add_field("status", translate("forms.city_form", "Status"), self.status)
        self.form.add_field(
            "time_zone",
            translate("forms.city_form", "Time zone"),
            self.time_zone,
            self._check_time_zone,
        )
        self.form.add_field(
            "aliases",
            translate("forms.city_form", "Aliases"),
            self.aliases,
            self.aliases.pending_problem,
        )
        if city is not None:
            self.offer_change_log(services.change_log, "city", city.id)
        self.fields_ready()

    def draft(self) -> CityDraft:
        return CityDraft(
            name_en=self.name_en.text(),
            name_local=self.name_local.text(),
            country=self.country.text(),
            member_since=self.member_since.value(),
            status=self.status.value(),
            time_zone=self.time_zone.text().strip(),
            aliases=self.aliases.aliases(),
        )

    def save(self) -> tuple[CityRecord | None, CityRecord]:
        if self.city is None:
            return None, self.services.cities.create(self.draft())
        updated = self.services.cities.update(
            self.city.id, self.draft(), self.expected_version(self.city.version)
        )
        return self.city, updated

    def reload_record(self) -> None:
        if self.city is None:
            return
        self.city = self.services.cities.get(self.city.id)
        self._show(self.city)
        self.fields_ready()

    def _show(self, city: CityRecord) -> None:
        self.name_en.setText(city.name_en)
        self.name_local.setText(city.name_local)
        self.country.setText(city.country)
        self.member_since.set_value(city.member_since)
        self.status.set_value(city.status)
        self.time_zone.setText(city.time_zone)
        self.aliases.set_aliases(city.aliases)

    def _check_name(self) -> str | None:
        return None if self.name_en.text().strip() else translate("forms.city_form", "is required.")

    def _alias_problem(self, alias: str, listed: list[str]) -> str | None:
        """Why ``alias`` cannot be one more alias of the city as the form shows it."""
        key, shown = name_key(alias), alias.strip()
        if not key:
            return translate("forms.city_form", "type an alias first: it is empty.")
        if key in map(name_key, listed):
            return translate("forms.city_form", "{alias} is listed already.").format(alias=shown)
        if key in {name_key(self.name_en.text()), name_key(self.name_local.text())}:
            return translate("forms.city_form", "{alias} is this city's own name.").format(
                alias=shown
            )
        owner = self._names_taken.get(key)
        if owner is not None:
            return translate("forms.city_form", "{alias} already names {city}.").format(
                alias=shown, city=owner
            )
        return None

    def _check_time_zone(self) -> str | None:
        name = self.time_zone.text().strip()
        if not name:
            return translate("forms.city_form", "is required.")
        return (
            None
            if is_time_zone(name)
            else translate("forms.city_form", "is not a time zone (e.g. Asia/Tokyo).")
        )
