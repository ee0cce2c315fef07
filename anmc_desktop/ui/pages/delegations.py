"""The current meeting's delegations; the selected one's members below.

Every change is made through the services in a form or at a click, then recorded on the
window's undo stack with its inverse. Each passes the version of the record as the page
(or form) showed it: if another organizer changed it since, the change is refused with
what they changed, and the page reloads to show it. Undo and redo pass no version.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QSplitter, QVBoxLayout, QWidget

from anmc_desktop.errors import ConflictError, UserFacingError
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.persons import DelegationSummary, HeadChange, PersonRecord
from anmc_desktop.records.removals import RemovedDelegation
from anmc_desktop.services import Services
from anmc_desktop.ui import messages
from anmc_desktop.ui.forms.delegation_forms import AddDelegationForm, MovePersonForm, StatusForm
from anmc_desktop.ui.forms.form_dialog import FormDialog
from anmc_desktop.ui.item_models.delegations import DelegationTableModel
from anmc_desktop.ui.item_models.persons import PersonTableModel
from anmc_desktop.ui.labels import label
from anmc_desktop.ui.pages.actions import ButtonRow, FormHost
from anmc_desktop.ui.pages.base import Page, fit_columns, make_table
from anmc_desktop.ui.pages.person_edits import open_person_form, remove_person
from anmc_desktop.ui.translation import translate

SIZING_ROWS = 30
MAX_COLUMN_WIDTH = 320


class DelegationsPage(FormHost, Page):
    title = QT_TRANSLATE_NOOP("pages", "Delegations")
    commands = (
        ("new", "add_person_button"),
        ("open", "edit_person_button"),
        ("delete", "remove_person_button"),
    )
    # While the delegations' table has the focus, Edit > New, Open and Delete act on it.
    delegation_commands = (
        ("new", "add_delegation_button"),
        ("open", "status_button"),
        ("delete", "remove_delegation_button"),
    )
    print_document = "delegations"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.dialog: FormDialog | None = None
        self._fitted_for: int | None = None  # the meeting the columns were fitted to
        self.delegation_buttons = ButtonRow(self)
        add = self.delegation_buttons.add
        self.add_delegation_button = add(
            "add_delegation",
            translate("pages.delegations", "Add &delegation…"),
            self.add_delegation,
        )
        self.status_button = add(
            "change_status", translate("pages.delegations", "&Status…"), self.change_status
        )
        self.remove_delegation_button = add(
            "remove_delegation",
            translate("pages.delegations", "Remove delegation"),
            self.remove_delegation,
        )
        self.delegations = DelegationTableModel(self)
        self.delegation_table = make_table(self, translate("pages.delegations", "Delegations"))
        self.delegation_table.setModel(self.delegations)
        # Size columns from the rows in view (and a few more), not from 200 delegations.
        self.delegation_table.horizontalHeader().setResizeContentsPrecision(SIZING_ROWS)
        self.delegation_table.selectionModel().currentRowChanged.connect(self._show_members)
        self.delegation_table.activated.connect(self.change_status)
        self.members = PersonTableModel(self)
        self.member_table = make_table(self, translate("pages.delegations", "Members"))
        self.member_table.setModel(self.members)
        self.member_table.horizontalHeader().setResizeContentsPrecision(SIZING_ROWS)
        # A long position is elided so that the Role column stays in view.
        self.member_table.horizontalHeader().setMaximumSectionSize(MAX_COLUMN_WIDTH)
        self.member_table.activated.connect(self.edit_person)
        self.member_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.members_heading = QLabel()
        self.members_heading.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        self.member_buttons = ButtonRow(self)
        add = self.member_buttons.add
        self.add_person_button = add(
            "add_person", translate("pages.delegations", "&Add person…"), self.add_person
        )
        self.edit_person_button = add(
            "edit_person",
            self.edit_or_view(translate("pages.delegations", "Ed&it…")),
            self.edit_person,
        )
        self.set_head_button = add(
            "set_head", translate("pages.delegations", "Ma&ke head"), self.set_head
        )
        self.move_person_button = add(
            "move_person", translate("pages.delegations", "&Move to…"), self.move_person
        )
        self.remove_person_button = add(
            "remove_person", translate("pages.delegations", "&Remove"), self.remove_person
        )
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.delegation_buttons)
        upper_layout.addWidget(self.delegation_table)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.members_heading)
        lower_layout.addWidget(self.member_buttons)
        lower_layout.addWidget(self.member_table)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.layout_.addWidget(splitter)
        self._update_buttons()

    def command_button(self, command: str) -> QAbstractButton | None:
        attribute = dict(self.delegation_commands).get(command)
        if attribute and self.delegation_table.hasFocus():
            return getattr(self, attribute)
        return super().command_button(command)

    def load(self) -> None:
        """Reload; the selected delegation stays selected if it is still there."""
        selected = self.selected_delegation()
        self.heading.setText(self.meeting_heading())
        meeting_id = self.meeting.id if self.meeting else None
        rows = self.services.delegations.list_delegations(meeting_id) if meeting_id else []
        self.delegations.set_rows(rows)
        if rows and meeting_id != self._fitted_for:
            # Fitted once per meeting: a reload (after every edit) keeps the widths, and
            # any the organizer dragged, instead of measuring the rows again.
            fit_columns(self.delegation_table)
            self._fitted_for = meeting_id
        row = self._row_where(lambda d: selected is not None and d.id == selected.id)
        if rows:
            self.delegation_table.selectRow(row or 0)
        else:
            self._show_delegation(None)
        self._update_buttons()

    def selected_delegation(self) -> DelegationSummary | None:
        index = self.delegation_table.selectionModel().currentIndex()
        return self.delegations.record(index.row()) if index.isValid() else None

    def select_delegation(self, city_name: str) -> None:
        row = self._row_where(lambda d: d.city_name == city_name)
        if row is not None:
            self.delegation_table.selectRow(row)

    def selected_person(self) -> PersonRecord | None:
        index = self.member_table.selectionModel().currentIndex()
        return self.members.record(index.row()) if index.isValid() else None

    def select_person(self, person_id: int) -> None:
        row = next((r for r, p in enumerate(self.members.rows()) if p.id == person_id), None)
        if row is not None:
            self.member_table.selectRow(row)

    # Delegations

    def add_delegation(self) -> None:
        if self.meeting is None:
            return
        free = self.services.cities.names(free_in_meeting=self.meeting.id)
        form = AddDelegationForm(self.services, self.meeting.id, free, parent=self)
        form.saved.connect(self._delegation_added)
        self._open(form)

    def change_status(self) -> None:
        delegation = self.selected_delegation()
        if delegation is None:
            return
        others = [d for d in self.delegations.rows() if d.id != delegation.id]
        form = StatusForm(self.services, delegation, others, parent=self)
        form.saved.connect(self._status_changed)
        form.record_changed.connect(self.reload)
        self._open(form)

    def remove_delegation(self) -> None:
        delegation = self.selected_delegation()
        if delegation is None:
            return
        removals = self.services.removals
        preview = removals.preview_delegation_removal(delegation.id)
        going = _what_goes_with(preview, self.delegations.rows())
        if going and not messages.ask(
            self,
            translate("pages.delegations", "Remove the delegation of {city_name}?").format(
                city_name=delegation.city_name
            ),
            translate(
                "pages.delegations", "Removing the delegation of {city_name} also removes:"
            ).format(city_name=delegation.city_name),
            "\n".join(f"• {line}" for line in going)
            + translate("pages.delegations", "\n\nEdit ▸ Undo puts it all back."),
        ):
            return
        state = {"removed": removals.remove_delegation(delegation.id)}

        def again() -> None:
            state["removed"] = removals.remove_delegation(delegation.id)

        self.record_edit(
            translate("pages.delegations", "Remove the delegation of {city_name}").format(
                city_name=delegation.city_name
            ),
            undo=lambda: removals.restore_delegation(state["removed"]),
            redo=again,
        )

    # Members

    def add_person(self) -> None:
        delegation = self.selected_delegation()
        if delegation is not None:
            self.dialog = open_person_form(self, delegation.id)
            self.dialog.saved.connect(lambda change: self.select_person(change[1].id))

    def edit_person(self) -> None:
        person = self.selected_person()
        if person is not None:
            self.dialog = open_person_form(self, person.delegation_id, person)
            self.dialog.saved.connect(lambda change: self.select_person(change[1].id))

    def remove_person(self) -> None:
        person = self.selected_person()
        if person is not None:
            remove_person(self, person)

    def set_head(self) -> None:
        person = self.selected_person()
        if person is None:
            return
        delegations = self.services.delegations
        # Who the page shows as head: if another organizer made someone else head since,
        # this is refused rather than overwriting their choice.
        shown_head = next((p.id for p in self.members.rows() if p.role is PersonRole.HEAD), None)
        try:
            change = delegations.set_head(
                person.id, expected_version=person.version, expected_head_id=shown_head
            )
        except ConflictError as conflict:
            self.reload()
            messages.error(
                self,
                translate("pages.delegations", "{name} was not made head").format(name=person.name),
                str(conflict),
                translate(
                    "pages.delegations",
                    "The page now shows the current data: check it, then try again.",
                ),
            )
            return
        except UserFacingError as error:
            messages.error(
                self,
                translate("pages.delegations", "{name} cannot be made head").format(
                    name=person.name
                ),
                str(error),
            )
            return
        state: dict[str, HeadChange] = {"change": change}

        def again() -> None:
            # The head before is back (the undo checked it): anyone else heading the
            # delegation now was chosen by another organizer.
            state["change"] = delegations.set_head(
                person.id, expected_head_id=state["change"].former_head_id
            )

        self.record_edit(
            translate("pages.delegations", "Make {name} head of delegation").format(
                name=person.name
            ),
            undo=lambda: delegations.undo_head_change(state["change"]),
            redo=again,
        )
        self.select_person(person.id)

    def move_person(self) -> None:
        person = self.selected_person()
        if person is None:
            return
        others = [d for d in self.delegations.rows() if d.id != person.delegation_id]
        form = MovePersonForm(self.services, person, others, parent=self)
        form.saved.connect(self._person_moved)
        form.record_changed.connect(self.reload)
        self._open(form)

    # After a form was saved: record the edit with its inverse.

    def _delegation_added(self, added: DelegationSummary) -> None:
        removals = self.services.removals
        state: dict[str, RemovedDelegation] = {}

        def unadd() -> None:
            state["removed"] = removals.remove_delegation(added.id)

        self.record_edit(
            translate("pages.delegations", "Add the delegation of {city_name}").format(
                city_name=added.city_name
            ),
            undo=unadd,
            redo=lambda: removals.restore_delegation(state["removed"]),
        )
        self.select_delegation(added.city_name)

    def _status_changed(self, change: tuple[DelegationSummary, DelegationSummary]) -> None:
        before, after = change
        delegations = self.services.delegations
        self.record_edit(
            translate("pages.delegations", "Set the status of {city_name} to {value}").format(
                city_name=after.city_name, value=label(after.status).lower()
            ),
            undo=lambda: delegations.set_status(before.id, before.status, before.proxy_to_id),
            redo=lambda: delegations.set_status(after.id, after.status, after.proxy_to_id),
        )

    def _person_moved(self, change: tuple[PersonRecord, PersonRecord]) -> None:
        before, after = change
        delegations = self.services.delegations

        self.record_edit(
            translate("pages.delegations", "Move {name}").format(name=after.name),
            undo=lambda: delegations.move_person(before.id, before.delegation_id, before.role),
            redo=lambda: delegations.move_person(after.id, after.delegation_id, after.role),
        )

    def _open(self, form: FormDialog) -> None:
        self.dialog = form
        self.open_form(form)

    def _row_where(self, wanted: Callable[[DelegationSummary], bool]) -> int | None:
        return next((r for r, d in enumerate(self.delegations.rows()) if wanted(d)), None)

    def _show_members(self) -> None:
        self._show_delegation(self.selected_delegation())
        self._update_buttons()

    def _show_delegation(self, delegation: DelegationSummary | None) -> None:
        if delegation is None:
            self.members_heading.setText(translate("pages.delegations", "Members"))
            self.members.set_rows([])
            return
        selected = self.selected_person()
        self.members_heading.setText(
            translate("pages.delegations", "Members of the delegation of {city_name}").format(
                city_name=delegation.city_name
            )
        )
        self.members.set_rows(self.services.delegations.members(delegation.id))
        fit_columns(self.member_table)
        if selected is not None:
            self.select_person(selected.id)

    def _update_buttons(self) -> None:
        has_delegation = self.selected_delegation() is not None
        person = self.selected_person()
        has_person = person is not None
        self.enable_edit(self.meeting is not None, self.add_delegation_button)
        self.enable_edit(
            has_delegation,
            self.status_button, self.remove_delegation_button, self.add_person_button,
        )  # fmt: skip
        self.edit_person_button.setEnabled(has_person)
        self.enable_edit(has_person, self.move_person_button, self.remove_person_button)
        self.enable_edit(
            person is not None and person.role is not PersonRole.HEAD, self.set_head_button
        )


def _what_goes_with(removed: RemovedDelegation, delegations: list[DelegationSummary]) -> list[str]:
    """In words, for the confirmation question: the persons and what they had, the proxies."""
    lines = []
    if removed.persons:
        members = len(removed.persons)
        lines.append(translate("pages.delegations", "its %n member(s)", None, members))
    for person in removed.persons:
        lines += [f"{person.person.name}: {line}" for line in person.consequences()]
    names = {d.id: d.city_name for d in delegations}
    givers = [names.get(giver, str(giver)) for giver in removed.proxies_held_for]
    if givers:
        lines.append(
            translate(
                "pages.delegations", "the proxies given to it by {value} (they become invited)"
            ).format(value=", ".join(givers))
        )
    return lines
