"""The member cities of the network (not tied to a meeting): add, edit, retire."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from anmc_desktop.records.cities import CityRecord, draft_of
from anmc_desktop.records.enums import CityStatus
from anmc_desktop.services import Services
from anmc_desktop.ui.forms.city_form import CityForm
from anmc_desktop.ui.item_models.cities import CityTableModel
from anmc_desktop.ui.pages.actions import ButtonRow, FormHost
from anmc_desktop.ui.pages.base import Page, fit_columns, make_table
from anmc_desktop.ui.translation import translate


class CitiesPage(FormHost, Page):
    title = QT_TRANSLATE_NOOP("pages", "Member cities")
    commands = (("new", "add_button"), ("open", "edit_button"), ("delete", "retire_button"))

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.dialog: CityForm | None = None
        self.buttons = ButtonRow(self)
        self.add_button = self.buttons.add(
            "add_city", translate("pages.cities", "&Add city…"), self.add_city
        )
        self.edit_button = self.buttons.add(
            "edit_city", self.edit_or_view(translate("pages.cities", "Ed&it…")), self.edit_city
        )
        self.retire_button = self.buttons.add(
            "retire_city",
            translate("pages.cities", "&Retire"),
            self.retire_city,
            translate("pages.cities", "A retired city keeps its past delegations."),
        )
        self.model = CityTableModel(self)
        self.table = make_table(self)
        self.table.setModel(self.model)
        self.table.activated.connect(self.edit_city)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.layout_.addWidget(self.buttons)
        self.layout_.addWidget(self.table)
        self._update_buttons()

    def load(self) -> None:
        selected = self.selected_city()
        self.model.set_rows(self.services.cities.list_cities())
        fit_columns(self.table)
        if selected is not None:
            self.select_city(selected.id)
        self._update_buttons()

    def selected_city(self) -> CityRecord | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select_city(self, city_id: int) -> None:
        row = next((r for r, c in enumerate(self.model.rows()) if c.id == city_id), None)
        if row is not None:
            self.table.selectRow(row)

    def add_city(self) -> None:
        self._open(CityForm(self.services, parent=self))

    def edit_city(self) -> None:
        city = self.selected_city()
        if city is not None:
            self._open(CityForm(self.services, city, parent=self))

    def retire_city(self) -> None:
        city = self.selected_city()
        if city is None or city.status is CityStatus.FORMER:
            return
        retired = self.services.cities.retire(city.id)
        before = draft_of(city)
        self.record_edit(
            translate("pages.cities", "Retire {name_en}").format(name_en=city.name_en),
            undo=lambda: self.services.cities.update(city.id, before),
            redo=lambda: self.services.cities.retire(city.id),
        )
        self.select_city(retired.id)

    def _open(self, dialog: CityForm) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._saved)
        self.open_form(dialog)

    def _saved(self, change: tuple[CityRecord | None, CityRecord]) -> None:
        before, after = change
        cities = self.services.cities
        if before is None:
            created = draft_of(after)
            self.record_edit(
                translate("pages.cities", "Add {name_en}").format(name_en=after.name_en),
                undo=lambda: cities.delete_unused(after.id),
                redo=lambda: cities.create(created, city_id=after.id),
            )
        else:
            old, new = draft_of(before), draft_of(after)
            self.record_guarded_edit(
                translate("pages.cities", "Edit {name_en}").format(name_en=after.name_en),
                lambda draft, version: cities.update(after.id, draft, version),
                old,
                new,
                after,
            )
        self.select_city(after.id)

    def _update_buttons(self) -> None:
        city = self.selected_city()
        self.edit_button.setEnabled(city is not None)
        self.enable_edit(True, self.add_button)
        self.enable_edit(
            city is not None and city.status is not CityStatus.FORMER, self.retire_button
        )
