"""Who signs the current meeting's declaration, for whom, with what status, in what order.

The lower table picks who signs for each delegation (its head unless another is chosen);
the upper one is the signing order by the declaration's rule (host last or first, or set by
hand: Move up/down, Alt+Up/Down). Each change is one undoable edit of the whole order. A
final declaration keeps its signatories: only statuses, full powers, ad referendum change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
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
from anmc_desktop.ui.labels import label
from anmc_desktop.ui.pages.base import Page, fit_columns, make_table
from anmc_desktop.ui.pages.signatory_controls import signatory_controls
from anmc_desktop.ui.pages.who_signs import WhoSignsTable, member_label
from anmc_desktop.ui.translation import translate

V = TypeVar("V")


@dataclass(frozen=True)
class Signing:
    """Everything undo needs to put a signing order back: the rule and who signs, in order."""

    rule: SigningOrderRule
    choices: tuple[SignatoryChoice, ...]


class SignatoriesPage(Page):
    title = QT_TRANSLATE_NOOP("pages", "Signatories")
    print_document = "signatories"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.declaration: DeclarationRecord | None = None
        self._delegations: list[DelegationSummary] = []
        self.rule = QComboBox()
        self.rule.setObjectName("signing_order_rule")
        for rule in SigningOrderRule:
            self.rule.addItem(label(rule), rule)
        self.rule.currentIndexChanged.connect(self._rule_chosen)
        self.final_note = QLabel(
            translate(
                "pages.signatories", "The declaration is final: only the statuses can change."
            )
        )
        rule_row = QHBoxLayout()
        rule_label = QLabel(translate("pages.signatories", "Signing &order:"), buddy=self.rule)
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
        controls = signatory_controls()
        self.move_up_button = controls.move_up_button
        self.move_down_button = controls.move_down_button
        self.status, self.credentials = controls.status, controls.credentials
        self.ad_referendum = controls.ad_referendum
        self.move_up_button.clicked.connect(lambda: self.move_selected(-1))
        self.move_down_button.clicked.connect(lambda: self.move_selected(+1))
        for keys, step in (("Alt+Up", -1), ("Alt+Down", +1)):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.setEnabled(not self.read_only)
            shortcut.activated.connect(lambda step=step: self.move_selected(step))
        self.status.currentIndexChanged.connect(self._status_chosen)
        for box in (self.credentials, self.ad_referendum):
            box.toggled.connect(self._credentials_chosen)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(QLabel(translate("pages.signatories", "Order of signing")))
        upper_layout.addWidget(self.table)
        upper_layout.addLayout(controls.row())
        self.who_signs = WhoSignsTable(self._members)
        self.who_signs.signing_changed.connect(self._signing_changed)
        self.who_signs.signer_chosen.connect(self._signer_chosen)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        who_signs_text = translate(
            "pages.signatories",
            "Who signs: tick the delegations that sign; click a name to pick another",
        )
        lower_layout.addWidget(QLabel(who_signs_text))
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
                translate(
                    "pages.signatories",
                    "{title}: this meeting has no declaration yet (start it on "
                    "the Declaration page).",
                ).format(title=self.shown_title)
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
            translate("pages.signatories", "Move {city_name} to place {position}").format(
                city_name=signatory.city_name, position=position
            ),
            lambda: self.services.declarations.move_signatory(signatory.id, position),
        )
        self.select_city(signatory.city_name)

    def set_rule(self, rule: SigningOrderRule) -> None:
        declaration = self.declaration
        if declaration is None or rule is declaration.signing_order_rule:
            return
        draft = replace(declaration_draft_of(declaration), signing_order_rule=rule)
        self._edit(
            translate("pages.signatories", "Signing order: {label}").format(label=label(rule)),
            lambda: self.services.declarations.update(declaration.id, draft, declaration.version),
        )

    def set_status(self, status: SignatoryStatus) -> None:
        signatory = self.selected_signatory()
        if signatory is not None and status is not signatory.status:
            self._change_selected(
                translate("pages.signatories", "Status of {city_name}: {label}").format(
                    city_name=signatory.city_name, label=label(status)
                ),
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
                translate(
                    "pages.signatories", "Full powers and ad referendum of {city_name}"
                ).format(city_name=signatory.city_name),
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
            messages.error(
                self, translate("pages.signatories", "The signatories were not changed"), str(error)
            )
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
            self._choose_signers(
                translate("pages.signatories", "{city} signs").format(city=city), choices
            )
        else:
            self._choose_signers(
                translate("pages.signatories", "{city} does not sign").format(city=city), choices
            )

    def _signer_chosen(self, delegation_id: int, person_id: int, label: str) -> None:
        choices = self._current_choices()
        if not any(c.delegation_id == delegation_id for c in choices):
            self.who_signs.show_delegations(self._delegations, self._signing_by_delegation())
            return  # remembered for when the delegation is ticked
        changed = [
            replace(c, person_id=person_id) if c.delegation_id == delegation_id else c
            for c in choices
        ]
        self._choose_signers(
            translate("pages.signatories", "Signs for {value}: {label}").format(
                value=self._city(delegation_id), label=label
            ),
            changed,
        )

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
