"""The seating plan of the current meeting: its layout and protocol rule, the hall as it
prints, and places swapped by dragging one onto another (kept in the database, undoable)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from anmc_desktop.errors import UserFacingError
from anmc_desktop.records.seating import HostPlace, SeatingLayout, SeatingPlanRecord
from anmc_desktop.services import Services
from anmc_desktop.ui import messages
from anmc_desktop.ui.labels import label
from anmc_desktop.ui.pages.actions import ButtonRow
from anmc_desktop.ui.pages.base import Page
from anmc_desktop.ui.pages.seating_scene import SeatingView
from anmc_desktop.ui.translation import translate


def _choices(box: QComboBox, members: list[SeatingLayout] | list[HostPlace]) -> QComboBox:
    for member in members:
        box.addItem(label(member), member.value)
    return box


class SeatingPage(Page):
    title = QT_TRANSLATE_NOOP("pages", "Seating")

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.plan: SeatingPlanRecord | None = None
        self.layout_choice = _choices(QComboBox(), list(SeatingLayout))
        self.layout_choice.setObjectName("seating_layout")
        self.host_choice = _choices(QComboBox(), list(HostPlace))
        self.host_choice.setObjectName("seating_host_place")
        self.layout_choice.activated.connect(self.change_rule)
        self.host_choice.activated.connect(self.change_rule)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("seating_status")
        bar = QWidget()
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(0, 0, 0, 0)
        bar_layout.addWidget(
            QLabel(translate("pages.seating", "&Layout:"), buddy=self.layout_choice)
        )
        bar_layout.addWidget(self.layout_choice)
        bar_layout.addWidget(QLabel(translate("pages.seating", "Hos&t:"), buddy=self.host_choice))
        bar_layout.addWidget(self.host_choice)
        bar_layout.addWidget(self.status, stretch=1)
        self.buttons = ButtonRow(self)
        self.reset_button = self.buttons.add(
            "seating_reset",
            translate("pages.seating", "&Protocol order"),
            self.reset,
            translate(
                "pages.seating",
                "Forget the places swapped by hand: the protocol rule seats everyone",
            ),
        )
        self.view = SeatingView(self)
        self.view.swap_requested.connect(self.swap)
        self.layout_.addWidget(bar)
        self.layout_.addWidget(
            QLabel(translate("pages.seating", "Drag a place onto another to swap them."))
        )
        self.layout_.addWidget(self.buttons)
        self.layout_.addWidget(self.view, stretch=1)
        self.enable_edit(True, self.layout_choice, self.host_choice, self.reset_button)

    def load(self) -> None:
        self.heading.setText(self.meeting_heading())
        if self.meeting is None:
            self.plan = None
            self.view.scene().clear()
            self.status.setText("")
            return
        self._show(self.services.seating.plan(self.meeting.id))

    def _show(self, plan: SeatingPlanRecord) -> None:
        self.plan = plan
        self.layout_choice.setCurrentIndex(self.layout_choice.findData(plan.layout.value))
        self.host_choice.setCurrentIndex(self.host_choice.findData(plan.host_place.value))
        how = (
            translate("pages.seating", "arranged by hand")
            if plan.arranged_by_hand
            else translate("pages.seating", "protocol order")
        )
        places = len(plan.places)
        self.status.setText(
            translate("pages.seating", "%n places, {how}", None, places).format(how=how)
        )
        self.view.show_plan(plan)
        self.view.fitInView(self.view.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def order(self) -> list[int]:
        return [place.delegation_id for place in self.plan.places] if self.plan else []

    def swap(self, first: int, second: int) -> None:
        if self.plan is None or self.read_only or first == second:
            return
        before = self.order()
        after = list(before)
        after[first], after[second] = after[second], after[first]
        text = translate("pages.seating", "Swap the places of {first} and {second}").format(
            first=self.plan.places[first].city_name, second=self.plan.places[second].city_name
        )
        self._arrange(after, text, before)

    def reset(self) -> None:
        if self.plan is not None and self.plan.arranged_by_hand:
            self._arrange(
                None, translate("pages.seating", "Seat by the protocol order"), self.order()
            )

    def _arrange(self, after: list[int] | None, text: str, before: list[int]) -> None:
        assert self.meeting is not None
        meeting_id = self.meeting.id
        arrange = self.services.seating.arrange
        try:
            self._show(arrange(meeting_id, after))
        except UserFacingError as error:
            messages.error(
                self,
                translate("pages.seating", "Seating"),
                translate("pages.seating", "The places could not be changed."),
                str(error),
            )
            return
        self.record_edit(
            text, lambda: arrange(meeting_id, before), lambda: arrange(meeting_id, after)
        )

    def change_rule(self) -> None:
        if self.meeting is None or self.plan is None:
            return
        layout = SeatingLayout(self.layout_choice.currentData())
        host_place = HostPlace(self.host_choice.currentData())
        previous, previous_order = self.plan, self.order()
        seating, meeting_id = self.services.seating, self.meeting.id
        self._show(seating.set_rule(meeting_id, layout, host_place))
        if previous.host_place is not host_place and previous.arranged_by_hand:
            messages.inform(
                self,
                translate("pages.seating", "Seating"),
                translate("pages.seating", "The places swapped by hand gave way to the new rule."),
            )

        def undo() -> None:
            seating.set_rule(meeting_id, previous.layout, previous.host_place)
            if previous.arranged_by_hand:
                seating.arrange(meeting_id, previous_order)

        self.record_edit(
            translate("pages.seating", "Change the seating rule"),
            undo,
            lambda: seating.set_rule(meeting_id, layout, host_place),
        )
