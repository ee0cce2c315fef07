"""Choose how a document prints (paper, originals, columns, ...), then preview it."""

from __future__ import annotations

import enum
from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from anmc_desktop.printing.badges import BadgeLayout
from anmc_desktop.printing.declaration import DeclarationOptions, Originals
from anmc_desktop.printing.delegations import CityOrder, DelegationListOptions
from anmc_desktop.printing.documents import DocumentKind, PlaceCardOrder, PrintRequest
from anmc_desktop.printing.page import Paper
from anmc_desktop.printing.seating_plan import PlanPaper
from anmc_desktop.ui.forms.form_dialog import FormDialog

CHOICE_LABELS: dict[enum.Enum, str] = {
    Paper.A4: "A4",
    Paper.LETTER: "US Letter",
    Originals.SINGLE: "One original",
    Originals.PER_CITY: "One original per signing city",
    CityOrder.ALPHABETICAL: "Cities alphabetically",
    CityOrder.HOST_FIRST: "Host city first",
    CityOrder.HOST_LAST: "Host city last",
    BadgeLayout.FOUR_PER_SHEET: "Four per A4 sheet, with cut marks",
    BadgeLayout.A6: "One per A6 card",
    PlanPaper.A3: "A3 landscape",
    PlanPaper.A4: "A4 landscape",
    PlaceCardOrder.CITY: "By city, heads first",
    PlaceCardOrder.SEATING: "As the seating plan seats them",
}


def choice_box(choices: list[enum.Enum]) -> QComboBox:
    """Items carry the choice's value (Qt hands enum members back as plain strings)."""
    box = QComboBox()
    for choice in choices:
        box.addItem(CHOICE_LABELS[choice], choice.value)
    return box


class PrintOptionsDialog(FormDialog):
    """``saved`` carries the PrintRequest to preview."""

    confirm_discard = False

    def __init__(self, kind: DocumentKind, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(f"Print: {kind.label}", parent)
        self.kind = kind
        self.meeting_id = meeting_id
        self.save_button.setText("Preview")
        self.paper = choice_box(list(PlanPaper) if kind is DocumentKind.SEATING else list(Paper))
        self.form.add_field("paper", "Paper", self.paper)
        if kind is DocumentKind.DECLARATION:
            self.originals = choice_box(list(Originals))
            self.alternat = QCheckBox("Each city's original puts its own signature block first")
            self.columns = QComboBox()
            self.columns.addItem("Two columns", 2)
            self.columns.addItem("One column", 1)
            self.initials = QCheckBox("A box for initials at the foot of each page of text")
            self.form.add_field("originals", "Originals", self.originals)
            self.form.add_field("alternat", "Alternat", self.alternat)
            self.form.add_field("columns", "Signature blocks", self.columns)
            self.form.add_field("initials_box", "Initials", self.initials)
        elif kind is DocumentKind.DELEGATIONS:
            self.order = choice_box(list(CityOrder))
            self.contacts = QCheckBox("E-mail and phone")
            self.travel = QCheckBox("Arrival and departure")
            self.form.add_field("order", "Order", self.order)
            self.form.add_field("contacts", "Contacts", self.contacts)
            self.form.add_field("travel", "Travel", self.travel)
        elif kind is DocumentKind.BADGES:
            self.layout_choice = choice_box(list(BadgeLayout))
            self.form.add_field("badge_layout", "Layout", self.layout_choice)
        elif kind is DocumentKind.PLACE_CARDS:
            self.card_order = choice_box(list(PlaceCardOrder))
            self.form.add_field("place_card_order", "Order", self.card_order)
        self.fields_ready()

    def save(self) -> PrintRequest:
        if self.kind is DocumentKind.SEATING:
            plan_paper = PlanPaper(self.paper.currentData())
            return PrintRequest(self.kind, self.meeting_id, plan_paper=plan_paper)
        paper = Paper(self.paper.currentData())
        request = PrintRequest(self.kind, self.meeting_id, paper=paper)
        if self.kind is DocumentKind.DECLARATION:
            options = DeclarationOptions(
                paper=paper,
                columns=self.columns.currentData(),
                originals=Originals(self.originals.currentData()),
                alternat=self.alternat.isChecked(),
                initials_box=self.initials.isChecked(),
            )
            return replace(request, declaration=options)
        if self.kind is DocumentKind.DELEGATIONS:
            options = DelegationListOptions(
                paper=paper,
                order=CityOrder(self.order.currentData()),
                contacts=self.contacts.isChecked(),
                travel=self.travel.isChecked(),
            )
            return replace(request, delegations=options)
        if self.kind is DocumentKind.BADGES:
            return replace(request, badge_layout=BadgeLayout(self.layout_choice.currentData()))
        if self.kind is DocumentKind.PLACE_CARDS:
            order = PlaceCardOrder(self.card_order.currentData())
            return replace(request, place_card_order=order)
        return request
