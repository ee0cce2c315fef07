"""Who signs the current meeting's declaration, for whom, with what status, in what order.

The lower table chooses which delegations sign and who signs for each (its head unless
another member is chosen). The upper table is the signing order, which follows the rule
stored with the declaration: visiting cities alphabetically with the host last (the
default), the host first, or an order set by hand (Move up / Move down, Alt+Up /
Alt+Down). Every change is one undoable edit; undo puts back the whole signing order as
it was (``restore_signing``). A final declaration keeps its signatories; only their
statuses, whether their full powers have arrived and whether they sign ad referendum
change (on the day itself).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TypeVar

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from anmc_desktop.errors import UserFacingError
from anmc_desktop.records.declarations import (
    DeclarationRecord,
    SignatoryChoice,
    SignatoryRecord,
    choices_of,
    declaration_draft_of,
    signatory_versions,
)
from anmc_desktop.records.enums import SignatoryStatus, SigningOrderRule
from anmc_desktop.records.meetings import MeetingRecord
from anmc_desktop.records.persons import DelegationSummary
from anmc_desktop.services import Services
from anmc_desktop.ui import messages
from anmc_desktop.ui.item_models.signatory_order import ReorderableSignatoryModel
from anmc_desktop.ui.pages.base import Page, fit_columns, make_table
from anmc_desktop.ui.pages.who_signs import WhoSignsTable, member_label

V = TypeVar("V")


@dataclass(frozen=True)
class Signing:
    """Everything undo needs to put a signing order back: the rule and who signs, in order."""

    rule: SigningOrderRule
    choices: tuple[SignatoryChoice, ...]


class SignatoriesPage(Page):
    title = "Signatories"
    print_document = "signatories"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.declaration: DeclarationRecord | None = None
        self._delegations: list[DelegationSummary] = []
        self.rule = QComboBox()
        self.rule.setObjectName("signing_order_rule")
        for rule in SigningOrderRule:
            self.rule.addItem(rule.label, rule)
        self.rule.currentIndexChanged.connect(self._rule_chosen)
        self.final_note = QLabel("The declaration is final: only the statuses can change.")
        rule_row = QHBoxLayout()
        rule_label = QLabel("Signing &order:", buddy=self.rule)
        rule_row.addWidget(rule_label)
        rule_row.addWidget(self.rule)
        rule_row.addWidget(self.final_note)
        rule_row.addStretch(1)
        self.model = ReorderableSignatoryModel(self)
        self.model.move_requested.connect(self.move_to)
        self.table = make_table(self)
        self.table.setModel(self.model)
        self.table.setDragDropMode(
            QAbstractItemView.DragDropMode.NoDragDrop
            if self.read_only
            else QAbstractItemView.DragDropMode.DragDrop
        )
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDropIndicatorShown(True)
        self.table.selectionModel().currentRowChanged.connect(self._update_controls)
        self.move_up_button = QPushButton("Move &up")
        self.move_down_button = QPushButton("Move do&wn")
        self.move_up_button.setToolTip("Sign earlier (Alt+Up); the order becomes set by hand")
        self.move_down_button.setToolTip("Sign later (Alt+Down); the order becomes set by hand")
        self.move_up_button.clicked.connect(lambda: self.move_selected(-1))
        self.move_down_button.clicked.connect(lambda: self.move_selected(+1))
        for keys, step in (("Alt+Up", -1), ("Alt+Down", +1)):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.setEnabled(not self.read_only)
            shortcut.activated.connect(lambda step=step: self.move_selected(step))
        self.status = QComboBox()
        self.status.setObjectName("signatory_status")
        for status in SignatoryStatus:
            self.status.addItem(status.label, status)
        self.status.currentIndexChanged.connect(self._status_chosen)
        status_label = QLabel("&Status of the selected signatory:")
        status_label.setBuddy(self.status)
        self.credentials = QCheckBox("&Full powers received")
        self.credentials.setToolTip("The full powers or the credentials letter has arrived")
        self.ad_referendum = QCheckBox("Signs ad &referendum")
        self.ad_referendum.setToolTip("The signature is subject to confirmation by the city")
        for box in (self.credentials, self.ad_referendum):
            box.toggled.connect(self._credentials_chosen)
        order_buttons = QHBoxLayout()
        for widget in (
            self.move_up_button, self.move_down_button, status_label, self.status,
            self.credentials, self.ad_referendum,
        ):  # fmt: skip
            order_buttons.addWidget(widget)
        order_buttons.addStretch(1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(QLabel("Order of signing"))
        upper_layout.addWidget(self.table)
        upper_layout.addLayout(order_buttons)
        self.who_signs = WhoSignsTable(self._members)
        self.who_signs.signing_changed.connect(self._signing_changed)
        self.who_signs.signer_chosen.connect(self._signer_chosen)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(
            QLabel("Who signs: tick the delegations that sign; click a name to pick another")
        )
        lower_layout.addWidget(self.who_signs)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setSizes([300, 300])
        self.layout_.addLayout(rule_row)
        self.layout_.addWidget(self.splitter, stretch=1)
        self._update_controls()

    def set_meeting(self, meeting: MeetingRecord | None) -> None:
        if (meeting and meeting.id) != (self.meeting and self.meeting.id):
            self.who_signs.forget_picks()
        super().set_meeting(meeting)

    def load(self) -> None:
        """Reload, keeping the selected signatory's delegation selected."""
        selected = self.selected_signatory()
        self.heading.setText(self.meeting_heading())
        meeting_id = self.meeting.id if self.meeting else None
        declaration = self.services.declarations.get_for_meeting(meeting_id) if meeting_id else None
        self.declaration = declaration
        if meeting_id is not None and declaration is None:
            self.heading.setText(
                f"{self.title}: this meeting has no declaration yet "
                "(start it on the Declaration page)."
            )
        signatories = (
            self.services.declarations.list_signatories(declaration.id) if declaration else []
        )
        self.model.set_rows(signatories)
        fit_columns(self.table)
        with QSignalBlocker(self.rule):
            rule = declaration.signing_order_rule if declaration else SigningOrderRule.MANUAL
            self.rule.setCurrentIndex(self.rule.findData(rule))
        self._delegations = (
            self.services.delegations.list_delegations(meeting_id)
            if meeting_id and declaration
            else []
        )
        self.who_signs.show_delegations(self._delegations, self._signing_by_delegation())
        if selected is not None:
            self.select_city(selected.city_name)
        elif signatories:
            self.table.selectRow(0)
        self._update_controls()

    def selected_signatory(self) -> SignatoryRecord | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select_city(self, city_name: str) -> None:
        row = next((r for r, s in enumerate(self.model.rows()) if s.city_name == city_name), None)
        if row is not None:
            self.table.selectRow(row)

    def move_selected(self, step: int) -> None:
        signatory = self.selected_signatory()
        if signatory is not None:
            self.move_to(signatory.id, signatory.position + step)

    def move_to(self, signatory_id: int, position: int) -> None:
        """Put the signatory at this place in the order (which becomes set by hand)."""
        declaration = self.declaration
        signatory = next((s for s in self.model.rows() if s.id == signatory_id), None)
        if signatory is None or declaration is None or declaration.is_final:
            return
        if not 1 <= position <= self.model.rowCount() or position == signatory.position:
            return
        self._edit(
            f"Move {signatory.city_name} to place {position}",
            lambda: self.services.declarations.move_signatory(signatory.id, position),
        )
        self.select_city(signatory.city_name)

    def set_rule(self, rule: SigningOrderRule) -> None:
        declaration = self.declaration
        if declaration is None or rule is declaration.signing_order_rule:
            return
        draft = replace(declaration_draft_of(declaration), signing_order_rule=rule)
        self._edit(
            f"Signing order: {rule.label}",
            lambda: self.services.declarations.update(declaration.id, draft, declaration.version),
        )

    def set_status(self, status: SignatoryStatus) -> None:
        signatory = self.selected_signatory()
        if signatory is not None and status is not signatory.status:
            self._change_selected(
                f"Status of {signatory.city_name}: {status.label}",
                self.services.declarations.set_signatory_status,
                signatory.status,
                status,
            )

    def set_credentials(self, received: bool, ad_referendum: bool) -> None:
        """Whether the selected signatory's full powers arrived and whether they sign ad
        referendum."""
        signatory = self.selected_signatory()
        if signatory is None:
            return
        before = (signatory.credentials_received, signatory.ad_referendum)
        if before != (received, ad_referendum):
            self._change_selected(
                f"Full powers and ad referendum of {signatory.city_name}",
                lambda signatory_id, values: self.services.declarations.set_signatory_credentials(
                    signatory_id, *values
                ),
                before,
                (received, ad_referendum),
            )

    def _change_selected(
        self, text: str, change: Callable[[int, V], object], before: V, after: V
    ) -> None:
        """``change(signatory id, after)`` for the selected signatory, as an undoable edit;
        undo and redo find the delegation's signatory again (a new signing order gives the
        signatories new ids)."""
        signatory = self.selected_signatory()
        assert signatory is not None
        declarations = self.services.declarations
        delegation_id = signatory.delegation_id

        def for_delegation(value: V) -> None:
            current = next(
                s
                for s in declarations.list_signatories(signatory.declaration_id)
                if s.delegation_id == delegation_id
            )
            change(current.id, value)

        if self._apply(lambda: change(signatory.id, after)):
            self.record_edit(
                text, undo=lambda: for_delegation(before), redo=lambda: for_delegation(after)
            )
            self.select_city(signatory.city_name)

    def _choose_signers(self, text: str, choices: list[SignatoryChoice]) -> None:
        declaration = self.declaration
        if declaration is None:
            return
        # As shown: if another organizer changed who signs since, this is refused (the
        # page then reloads to show their change).
        shown = signatory_versions(self.model.rows())
        self._edit(
            text,
            lambda: self.services.declarations.set_signatories(declaration.id, choices, shown),
        )

    def _edit(self, text: str, call: Callable[[], object]) -> None:
        """Apply a change to the signing order and record it with the order before and after."""
        declaration = self.declaration
        if declaration is None:
            return
        before = self._signing()
        if self._apply(call) is None:
            self.reload()
            return
        after = self._signing()
        restore = self.services.declarations.restore_signing
        self.record_edit(
            text,
            undo=lambda: restore(declaration.id, before.rule, before.choices),
            redo=lambda: restore(declaration.id, after.rule, after.choices),
        )

    def _signing(self) -> Signing:
        assert self.declaration is not None
        declarations = self.services.declarations
        record = declarations.get_for_meeting(self.declaration.meeting_id)
        assert record is not None
        return Signing(
            record.signing_order_rule,
            tuple(choices_of(declarations.list_signatories(record.id))),
        )

    def _apply(self, call: Callable[[], object]) -> object:
        try:
            return call()
        except UserFacingError as error:
            messages.error(self, "The signatories were not changed", str(error))
            return None

    def _members(self, delegation_id: int) -> list[tuple[int, str]]:
        persons = self.services.delegations.get_delegation(delegation_id).persons
        return [(person.id, member_label(person)) for person in persons]

    def _current_choices(self) -> list[SignatoryChoice]:
        return choices_of(self.model.rows())

    def _city(self, delegation_id: int) -> str:
        return next(d.city_name for d in self._delegations if d.id == delegation_id)

    def _signing_changed(self, delegation_id: int, signs: bool) -> None:
        city = self._city(delegation_id)
        choices = [c for c in self._current_choices() if c.delegation_id != delegation_id]
        if signs:
            choices.append(
                SignatoryChoice(delegation_id, self.who_signs.picked_signer(delegation_id))
            )
            self._choose_signers(f"{city} signs", choices)
        else:
            self._choose_signers(f"{city} does not sign", choices)

    def _signer_chosen(self, delegation_id: int, person_id: int, label: str) -> None:
        choices = self._current_choices()
        if not any(c.delegation_id == delegation_id for c in choices):
            self.who_signs.show_delegations(self._delegations, self._signing_by_delegation())
            return  # remembered for when the delegation is ticked
        changed = [
            replace(c, person_id=person_id) if c.delegation_id == delegation_id else c
            for c in choices
        ]
        self._choose_signers(f"Signs for {self._city(delegation_id)}: {label}", changed)

    def _signing_by_delegation(self) -> dict[int, SignatoryRecord]:
        return {s.delegation_id: s for s in self.model.rows()}

    def _rule_chosen(self) -> None:
        # Qt hands enum members of a str enum back as plain strings.
        if self.rule.currentIndex() >= 0:
            self.set_rule(SigningOrderRule(self.rule.currentData()))

    def _credentials_chosen(self) -> None:
        self.set_credentials(self.credentials.isChecked(), self.ad_referendum.isChecked())

    def _status_chosen(self) -> None:
        if self.status.currentIndex() >= 0:
            self.set_status(SignatoryStatus(self.status.currentData()))

    def _update_controls(self) -> None:
        declaration = self.declaration
        editable = declaration is not None and not declaration.is_final
        signatory = self.selected_signatory()
        self.enable_edit(editable, self.rule, self.who_signs)
        self.final_note.setVisible(declaration is not None and declaration.is_final)
        self.splitter.setVisible(declaration is not None)
        rows = self.model.rowCount()
        self.enable_edit(
            editable and signatory is not None and signatory.position > 1, self.move_up_button
        )
        self.enable_edit(
            editable and signatory is not None and signatory.position < rows,
            self.move_down_button,
        )
        self.enable_edit(signatory is not None, self.status, self.credentials, self.ad_referendum)
        with QSignalBlocker(self.status):
            self.status.setCurrentIndex(self.status.findData(signatory.status) if signatory else -1)
        for box, ticked in (
            (self.credentials, signatory is not None and signatory.credentials_received),
            (self.ad_referendum, signatory is not None and signatory.ad_referendum),
        ):
            with QSignalBlocker(box):
                box.setChecked(ticked)
