"""Who signs the current meeting's declaration, in signing order."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from anmc_desktop.services import Services
from anmc_desktop.ui.item_models.signatories import SignatoryTableModel
from anmc_desktop.ui.pages.base import Page, fit_columns, make_table


class SignatoriesPage(Page):
    title = "Signatories"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.model = SignatoryTableModel(self)
        self.table = make_table(self)
        self.table.setModel(self.model)
        self.layout_.addWidget(self.table)

    def load(self) -> None:
        self.heading.setText(self.meeting_heading())
        declaration = (
            self.services.declarations.get_for_meeting(self.meeting.id) if self.meeting else None
        )
        if self.meeting and declaration is None:
            self.heading.setText(f"{self.title}: this meeting has no declaration yet.")
        self.model.set_rows(
            self.services.declarations.list_signatories(declaration.id) if declaration else []
        )
        fit_columns(self.table)
