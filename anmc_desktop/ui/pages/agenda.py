"""The current meeting's programme, one tab per day, each day's items in time order."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QTabBar, QWidget

from anmc_desktop.services import Services
from anmc_desktop.services.agenda import AgendaItemRecord
from anmc_desktop.ui.item_models.agenda import AgendaTableModel
from anmc_desktop.ui.item_models.formatting import long_day_text
from anmc_desktop.ui.pages.base import Page, fit_columns, make_table


class AgendaPage(Page):
    title = "Agenda"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._items: list[AgendaItemRecord] = []
        self.days: list[dt.date] = []
        self.day_tabs = QTabBar(self)
        self.day_tabs.setExpanding(False)
        self.day_tabs.currentChanged.connect(self._show_day)
        self.model = AgendaTableModel(self)
        self.table = make_table(self)
        self.table.setModel(self.model)
        self.layout_.addWidget(self.day_tabs)
        self.layout_.addWidget(self.table)

    def load(self) -> None:
        self.heading.setText(self.meeting_heading())
        self._items = self.services.agenda.list_items(self.meeting.id) if self.meeting else []
        self.days = self.meeting.days if self.meeting else []
        self.day_tabs.blockSignals(True)
        while self.day_tabs.count():
            self.day_tabs.removeTab(0)
        for day in self.days:
            count = sum(1 for item in self._items if item.day == day)
            self.day_tabs.addTab(f"{long_day_text(day)} ({count})")
        self.day_tabs.blockSignals(False)
        self.day_tabs.setCurrentIndex(0)
        self._show_day(self.day_tabs.currentIndex())

    def show_day(self, day: dt.date) -> None:
        self.day_tabs.setCurrentIndex(self.days.index(day))

    def _show_day(self, tab: int) -> None:
        day = self.days[tab] if 0 <= tab < len(self.days) else None
        self.model.set_rows([item for item in self._items if item.day == day])
        fit_columns(self.table)
