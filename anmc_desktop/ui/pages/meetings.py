"""All meetings; the user chooses the current one here."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from anmc_desktop.records.meetings import MeetingRecord, draft_of
from anmc_desktop.services import Services
from anmc_desktop.ui.forms.meeting_form import MeetingForm
from anmc_desktop.ui.item_models.meetings import MeetingTableModel
from anmc_desktop.ui.pages.actions import FormHost
from anmc_desktop.ui.pages.base import Page, fit_columns, make_table
from anmc_desktop.ui.translation import translate


class MeetingsPage(FormHost, Page):
    title = QT_TRANSLATE_NOOP("pages", "Meetings")
    commands = (("new", "new_button"), ("open", "edit_button"))
    meeting_chosen = Signal(int)
    """The user asked to work on this meeting (its id)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.model = MeetingTableModel(self)
        self.table = make_table(self)
        self.table.setModel(self.model)
        self.table.activated.connect(self._choose_index)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.make_current_button = QPushButton(translate("pages.meetings", "Make current"))
        self.make_current_button.setToolTip(
            translate("pages.meetings", "Work on the selected meeting (or double-click it)")
        )
        self.make_current_button.clicked.connect(self._choose_selected)
        self.dialog: MeetingForm | None = None
        self.new_button = QPushButton(translate("pages.meetings", "&New meeting…"))
        self.new_button.setObjectName("new_meeting")
        self.new_button.clicked.connect(self.new_meeting)
        self.edit_button = QPushButton(self.edit_or_view(translate("pages.meetings", "Ed&it…")))
        self.edit_button.setObjectName("edit_meeting")
        self.edit_button.clicked.connect(self.edit_meeting)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_current_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch()
        self.layout_.addWidget(self.table)
        self.layout_.addLayout(buttons)
        self._update_buttons()

    def set_meeting(self, meeting: MeetingRecord | None) -> None:
        super().set_meeting(meeting)
        self.model.set_bold_row(self.model.row_of(meeting.id if meeting else None))

    def load(self) -> None:
        self.heading.setText(self.shown_title)
        self.model.set_rows(self.services.meetings.list_meetings())
        self.model.set_bold_row(self.model.row_of(self.meeting.id if self.meeting else None))
        fit_columns(self.table)
        self._update_buttons()

    def select_meeting(self, meeting_id: int) -> None:
        row = self.model.row_of(meeting_id)
        if row is not None:
            self.table.selectRow(row)

    def _selected(self) -> MeetingRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def new_meeting(self) -> MeetingForm:
        return self._open(MeetingForm(self.services, parent=self))

    def edit_meeting(self) -> MeetingForm | None:
        meeting = self._selected()
        return self._open(MeetingForm(self.services, meeting, self)) if meeting else None

    def _open(self, dialog: MeetingForm) -> MeetingForm:
        self.dialog = dialog
        dialog.saved.connect(self._saved)
        self.open_form(dialog)
        return dialog

    def _saved(self, change: tuple[MeetingRecord | None, MeetingRecord]) -> None:
        before, after = change
        meetings = self.services.meetings
        if before is None:
            created = draft_of(after)
            self.record_edit(
                translate("pages.meetings", "Add {title}").format(title=after.title),
                undo=lambda: meetings.delete_empty(after.id),
                redo=lambda: meetings.create(created, meeting_id=after.id),
            )
            self.meeting_chosen.emit(after.id)
        else:
            old, new = draft_of(before), draft_of(after)
            self.record_guarded_edit(
                translate("pages.meetings", "Edit {title}").format(title=after.title),
                lambda draft, version: meetings.update(after.id, draft, version),
                old,
                new,
                after,
            )
            if self.meeting is not None and self.meeting.id == after.id:
                self.meeting_chosen.emit(after.id)

    def _update_buttons(self) -> None:
        self.make_current_button.setEnabled(self._selected() is not None)
        self.edit_button.setEnabled(self._selected() is not None)
        self.enable_edit(True, self.new_button)

    def _choose_selected(self) -> None:
        meeting = self._selected()
        if meeting is not None:
            self.meeting_chosen.emit(meeting.id)

    def _choose_index(self, index: QModelIndex) -> None:
        self.meeting_chosen.emit(self.model.record(index.row()).id)
