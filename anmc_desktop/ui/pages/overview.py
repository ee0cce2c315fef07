"""The meeting at a glance, the page a meeting opens on: delegations by status, persons
by role, and what still needs doing. Activating an entry (double-click or Enter) opens
the page and the record where it is put right.

The overview reads the whole meeting (at 100,000 persons, SQLite's reading and about half
a second of Python), so it is gathered on a worker thread: the window opens at once and
the page fills in when it is ready. The list of things to do is a lazy model: a view asks
only for the rows it shows, and only those entries are made.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QListView, QWidget
from shiboken6 import isValid

from anmc_desktop.records.overview import MeetingOverview, ToDo
from anmc_desktop.services import Services
from anmc_desktop.ui.background import Task, start_cancellable_in_background
from anmc_desktop.ui.first_paint import after_first_paint
from anmc_desktop.ui.item_models.record_table import RECORD_ROLE, Column, RecordTableModel
from anmc_desktop.ui.labels import label
from anmc_desktop.ui.pages.base import NO_MEETING_TEXT, Page
from anmc_desktop.ui.to_do_texts import to_do_text
from anmc_desktop.ui.translation import translate

TO_DO_HEADING = QT_TRANSLATE_NOOP(
    "pages.overview", "What still needs doing, %n thing(s) (double-click or Enter to fix):"
)
NOTHING_TO_DO = QT_TRANSLATE_NOOP("pages.overview", "Nothing left to do: every check passes.")


def _counts(pairs: tuple[tuple[object, int], ...]) -> str:
    shown = [
        f"{label(what) if isinstance(what, Enum) else what}: {count}"
        for what, count in pairs
        if count
    ]
    return ", ".join(shown) or translate("pages.overview", "none")


class ToDoModel(RecordTableModel[ToDo]):
    """The things to do, shown in a list (its one column), fetched in batches."""

    columns = (Column("", to_do_text),)

    def set_rows(self, rows: Sequence[ToDo]) -> None:
        """Keep the overview's list as it is: its entries are made as the view reads them
        (a copy would make all of them, 100,000 at a meeting without travel dates)."""
        self.beginResetModel()
        self._rows = rows  # type: ignore[assignment]
        self._exposed = min(len(rows), self.batch_size)
        self._bold_row = None
        self.endResetModel()


class OverviewPage(Page):
    title = QT_TRANSLATE_NOOP("pages", "Overview")
    fix_requested = Signal(object)  # the ToDo whose record the user wants to open

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.overview: MeetingOverview | None = None
        self._asked = 0  # which load the overview on its way belongs to
        # The gathering on its way, and the load it belongs to.
        self._gathering: tuple[int, Task[MeetingOverview]] | None = None
        self.delegation_counts = QLabel()
        self.person_counts = QLabel()
        for count_label in (self.delegation_counts, self.person_counts):
            count_label.setTextFormat(Qt.TextFormat.PlainText)
            count_label.setWordWrap(True)
        self.delegation_counts.setAccessibleName(
            translate("pages.overview", "Delegations by status")
        )
        self.person_counts.setAccessibleName(translate("pages.overview", "Persons by role"))
        counts = QFormLayout()
        counts.addRow(translate("pages.overview", "Delegations:"), self.delegation_counts)
        counts.addRow(translate("pages.overview", "Persons:"), self.person_counts)
        self.to_do_heading = QLabel()
        self.to_do_model = ToDoModel(self)
        self.to_do = QListView()
        self.to_do.setModel(self.to_do_model)
        self.to_do.setUniformItemSizes(True)
        self.to_do.setAccessibleName(translate("pages.overview", "What still needs doing"))
        self.to_do_heading.setBuddy(self.to_do)
        self.to_do.activated.connect(self._activated)
        self.layout_.addLayout(counts)
        self.layout_.addWidget(self.to_do_heading)
        self.layout_.addWidget(self.to_do, 1)

    def mark_stale(self) -> None:
        """The overview on its way describes the data before the change (or a meeting
        no longer current, or removed): drop it, also while the page is hidden and
        waits to be shown to load again."""
        self._asked += 1
        super().mark_stale()

    def load(self) -> None:
        self.heading.setText(self.meeting_heading())
        self._asked += 1
        self.overview = None
        self.to_do_model.set_rows([])
        self.to_do_heading.setText("")
        self.person_counts.setText("")
        if self.meeting is None:
            self.delegation_counts.setText(translate("pages.base", NO_MEETING_TEXT))
            return
        self.delegation_counts.setText(translate("pages.overview", "Counting…"))
        asked, meeting_id = self._asked, self.meeting.id
        after_first_paint(self, lambda: self._gather(meeting_id, asked))

    def _gather(self, meeting_id: int, asked: int) -> None:
        """Read the overview on a worker, unless the page was loaded again meanwhile."""
        if not isValid(self) or asked != self._asked:
            return
        self._gathering = (
            asked,
            start_cancellable_in_background(
                self.services,
                lambda own, progress: own.overview.overview(meeting_id, progress),
                lambda overview: self._show(overview, asked),
                lambda: isValid(self) and asked == self._asked,
            ),
        )

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        """Left for another page before its overview came: stop gathering it, so that the
        page shown instead has the processor to itself (at 100,000 persons the gathering
        made the delegations list paint twice as slowly); shown again, it gathers afresh.
        Not when the whole window is minimised (a spontaneous hide), nor when the overview
        is gathered and on its way to the page."""
        if not event.spontaneous() and self.overview is None and self.meeting is not None:
            asked, task = self._gathering or (None, None)
            if task is None or asked != self._asked or task.running:
                if task is not None:
                    task.cancel()
                self.mark_stale()
        super().hideEvent(event)

    def _show(self, overview: MeetingOverview, asked: int) -> None:
        """Show the overview, unless the page was closed or loaded again meanwhile."""
        if not isValid(self) or asked != self._asked:
            return
        self.overview = overview
        self.delegation_counts.setText(_counts(overview.delegations_by_status))
        self.person_counts.setText(_counts(overview.persons_by_role))
        self.to_do_model.set_rows(overview.to_do)
        self.to_do_heading.setText(
            translate("pages.overview", TO_DO_HEADING, None, len(overview.to_do))
            if overview.to_do
            else translate("pages.overview", NOTHING_TO_DO)
        )
        self.to_do.setCurrentIndex(self.to_do_model.index(0, 0))

    def _activated(self, index: QModelIndex) -> None:
        entry = index.data(RECORD_ROLE)
        if isinstance(entry, ToDo):
            self.fix_requested.emit(entry)
