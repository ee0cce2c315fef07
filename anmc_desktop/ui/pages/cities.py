"""The member cities of the network (not tied to a meeting)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from anmc_desktop.services import Services
from anmc_desktop.ui.item_models.cities import CityTableModel
from anmc_desktop.ui.pages.base import Page, fit_columns, make_table


class CitiesPage(Page):
    title = "Member cities"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.model = CityTableModel(self)
        self.table = make_table(self)
        self.table.setModel(self.model)
        self.layout_.addWidget(self.table)

    def load(self) -> None:
        self.model.set_rows(self.services.cities.list_cities())
        fit_columns(self.table)
