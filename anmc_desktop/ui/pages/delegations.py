"""The current meeting's delegations; the selected one's members below."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from anmc_desktop.services import Services
from anmc_desktop.services.delegations import DelegationSummary
from anmc_desktop.ui.item_models.delegations import DelegationTableModel
from anmc_desktop.ui.item_models.persons import PersonTableModel
from anmc_desktop.ui.pages.base import Page, fit_columns, make_table


class DelegationsPage(Page):
    title = "Delegations"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.delegations = DelegationTableModel(self)
        self.delegation_table = make_table(self)
        self.delegation_table.setModel(self.delegations)
        self.delegation_table.selectionModel().currentRowChanged.connect(self._show_members)
        self.members = PersonTableModel(self)
        self.member_table = make_table(self)
        self.member_table.setModel(self.members)
        self.members_heading = QLabel()
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.members_heading)
        lower_layout.addWidget(self.member_table)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.delegation_table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.layout_.addWidget(splitter)

    def load(self) -> None:
        """Reload; the selected delegation stays selected if it is still there."""
        selected = self.selected_delegation()
        self.heading.setText(self.meeting_heading())
        meeting_id = self.meeting.id if self.meeting else None
        rows = self.services.delegations.list_delegations(meeting_id) if meeting_id else []
        self.delegations.set_rows(rows)
        fit_columns(self.delegation_table)
        row = self._row_where(lambda d: selected is not None and d.id == selected.id)
        if rows:
            self.delegation_table.selectRow(row or 0)
        else:
            self._show_delegation(None)

    def selected_delegation(self) -> DelegationSummary | None:
        index = self.delegation_table.selectionModel().currentIndex()
        return self.delegations.record(index.row()) if index.isValid() else None

    def select_delegation(self, city_name: str) -> None:
        row = self._row_where(lambda d: d.city_name == city_name)
        if row is not None:
            self.delegation_table.selectRow(row)

    def _row_where(self, wanted: Callable[[DelegationSummary], bool]) -> int | None:
        return next((r for r, d in enumerate(self.delegations.rows()) if wanted(d)), None)

    def _show_members(self) -> None:
        self._show_delegation(self.selected_delegation())

    def _show_delegation(self, delegation: DelegationSummary | None) -> None:
        if delegation is None:
            self.members_heading.setText("Members")
            self.members.set_rows([])
            return
        detail = self.services.delegations.get_delegation(delegation.id)
        self.members_heading.setText(f"Members of the delegation of {delegation.city_name}")
        self.members.set_rows(detail.persons)
        fit_columns(self.member_table)
