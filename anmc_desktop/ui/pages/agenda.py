"""The current meeting's programme, one tab per day, each day's items in time order.

Items are added, edited, duplicated, moved and deleted here; every one of these edits
goes on the window's undo stack (a deleted item comes back with its id). Items that
clash with another are marked in the list; an item dragged onto another day's tab moves
to that day at the same time. A read-only window shows the programme and opens items for
viewing only: no editing button, shortcut or drag.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget
from shiboken6 import isValid

from anmc_desktop.errors import NotFoundError, UserFacingError
from anmc_desktop.records.agenda import AgendaItemRecord
from anmc_desktop.services import Services
from anmc_desktop.services.agenda import draft_of
from anmc_desktop.services.agenda_clashes import ClashFinder
from anmc_desktop.ui import messages
from anmc_desktop.ui.background import Task, start_cancellable_in_background
from anmc_desktop.ui.forms.agenda_item import AgendaItemForm, MoveItemForm
from anmc_desktop.ui.forms.person_choices import SHOWN, PersonChoices
from anmc_desktop.ui.item_models.formatting import long_day_text
from anmc_desktop.ui.pages.agenda_dragging import DayTabs, DraggableAgendaModel
from anmc_desktop.ui.pages.base import Page, fit_columns, make_table
from anmc_desktop.ui.translation import translate

RESIZE_PRECISION_ROWS = 30
COUNT_AFTER_MS = 100  # the other days' clashes are counted after the shown day is painted


class AgendaPage(Page):
    title = QT_TRANSLATE_NOOP("pages", "Agenda")
    commands = (("new", "add_button"), ("open", "edit_button"), ("delete", "delete_button"))
    print_document = "programme"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._persons: PersonChoices | None = None
        # Each day's items in time order with their clashes, read when the day is shown.
        self._on_day: dict[dt.date, tuple[list[AgendaItemRecord], ClashFinder]] = {}
        self._counts: Counter[dt.date] = Counter()
        self._loads = 0  # which load the clashes counted on a worker belong to
        self._counts_asked = 0  # and which count: one stopped when the page was left is not
        self._counting: Task[Counter[dt.date]] | None = None
        self._count_when_shown = False
        # The clashing items per day last counted, and the state of the programme then.
        self._counted: tuple[tuple[object, ...], Counter[dt.date]] | None = None
        self.days: list[dt.date] = []
        self.form: AgendaItemForm | MoveItemForm | None = None
        self.day_tabs = DayTabs(self)
        self.day_tabs.setExpanding(False)
        self.day_tabs.currentChanged.connect(self._show_day)
        self.day_tabs.item_dropped.connect(self._dropped_on_day)
        self.day_tabs.setAcceptDrops(not self.read_only)
        self.model = DraggableAgendaModel(self)
        self.table = make_table(self)
        self.table.setModel(self.model)
        self.table.setDragEnabled(not self.read_only)
        # Column widths from the first rows only: a day of hundreds of items paints at once.
        self.table.horizontalHeader().setResizeContentsPrecision(RESIZE_PRECISION_ROWS)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.add_button = QPushButton(translate("pages.agenda", "&Add item…"))
        self.edit_button = QPushButton(self.edit_or_view(translate("pages.agenda", "Ed&it…")))
        self.duplicate_button = QPushButton(translate("pages.agenda", "D&uplicate"))
        self.move_button = QPushButton(translate("pages.agenda", "&Move…"))
        self.delete_button = QPushButton(translate("pages.agenda", "&Delete"))
        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.move_button.clicked.connect(self.move_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.add_button.setToolTip(
            translate("pages.agenda", "Add an item to the day shown (Ctrl+N)")
        )
        self.delete_button.setToolTip(
            translate("pages.agenda", "Delete the selected item (Del); Ctrl+Z brings it back")
        )
        # Ctrl+N and Del are the window's Edit > New and Delete, which press these buttons.
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_selected)
        # Home and End go to the day's first and last item (a table's own go to the row's
        # first and last cell), End past the rows fetched so far.
        for keys, last in (
            ("Home", False),
            ("Ctrl+Home", False),
            ("End", True),
            ("Ctrl+End", True),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda last=last: self._select_end(last=last))
        buttons = QHBoxLayout()
        for button in (
            self.add_button, self.edit_button, self.duplicate_button,
            self.move_button, self.delete_button,
        ):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_.addWidget(self.day_tabs)
        self.layout_.addWidget(self.table)
        self.layout_.addLayout(buttons)
        self._update_buttons()

    def load(self) -> None:
        """Reload, staying on the day shown and on the selected item if still there.

        Only the shown day's items are read (a programme of 10,000 items shows at once);
        the tabs count each day's items from their times, and the clashing ones of the
        other days are counted on a worker thread (a sweep of the whole programme)."""
        shown_day = self.current_day()
        selected = self.selected_item()
        self.heading.setText(self.meeting_heading())
        self._persons = None
        self._on_day = {}
        self._loads += 1
        meeting = self.meeting
        self.days = meeting.days if meeting else []
        self._counts = self.services.agenda.items_per_day(meeting.id) if meeting else Counter()
        self.day_tabs.blockSignals(True)
        while self.day_tabs.count():
            self.day_tabs.removeTab(0)
        for day in self.days:
            self.day_tabs.addTab(self._tab_text(day, 0))
        self.day_tabs.blockSignals(False)
        tab = self.days.index(shown_day) if shown_day in self.days else 0
        self.day_tabs.setCurrentIndex(tab)
        self._show_day(self.day_tabs.currentIndex())
        if selected is not None:
            self.select_item(selected.id)
        if meeting is not None:
            self._count_clashing(meeting.id)

    def _count_clashing(self, meeting_id: int) -> None:
        """Mark the tabs' clashing items: counted again on a worker only when the
        programme changed since they were last, and only once the shown day is painted
        (the sweep takes the interpreter for a while, which painting would wait for)."""
        stamp = (meeting_id, *self.services.agenda.programme_stamp())
        if self._counted is not None and self._counted[0] == stamp:
            self._mark_clashing(self._counted[1])
            return
        load, asked = self._loads, self._counts_asked

        def counted(clashing: Counter[dt.date]) -> None:
            self._counted = (stamp, clashing)
            self._mark_clashing(clashing)

        def wanted() -> bool:
            return isValid(self) and (load, asked) == (self._loads, self._counts_asked)

        def start() -> None:
            if not wanted():
                return
            if not self.isVisible():  # left meanwhile: counted when shown again
                self._count_when_shown = True
                return
            self._counting = start_cancellable_in_background(
                self.services,
                lambda own, progress: own.agenda.clashing_per_day(meeting_id, progress),
                counted,
                still_wanted=wanted,
            )

        QTimer.singleShot(COUNT_AFTER_MS, start)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        """Left while the clashes are counted: stop counting (at the count's next step),
        so that the page shown instead has the processor to itself (the sweep of 10,000
        items made search keystrokes wait); counted when the page is shown again. Not
        when the whole window is minimised (a spontaneous hide)."""
        if not event.spontaneous() and self._counting is not None and self._counting.running:
            self._counts_asked += 1
            self._counting.cancel()
            self._count_when_shown = True
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        recount = self._count_when_shown and not self._stale  # a reload counts anyway
        self._count_when_shown = False
        super().showEvent(event)
        if recount and self.meeting is not None:
            self._count_clashing(self.meeting.id)

    def current_day(self) -> dt.date | None:
        tab = self.day_tabs.currentIndex()
        return self.days[tab] if 0 <= tab < len(self.days) else None

    def show_day(self, day: dt.date) -> None:
        self.day_tabs.setCurrentIndex(self.days.index(day))

    def selected_item(self) -> AgendaItemRecord | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select_item(self, item_id: int) -> None:
        """Show the item's day and select it."""
        item = next((i for i in self.model.rows() if i.id == item_id), None)
        if item is None:
            with suppress(NotFoundError):
                item = self.services.agenda.get(item_id)
        if item is None or item.day not in self.days:
            return
        self.show_day(item.day)
        row = next(r for r, i in enumerate(self.model.rows()) if i.id == item_id)
        self.table.selectRow(row)

    def add_item(self) -> None:
        if self.meeting is None:
            return
        self._open(
            AgendaItemForm(
                self.services,
                self.meeting,
                self.persons(),
                self.items_on,
                day=self.current_day(),
                parent=self,
            ),
            self._added,
        )

    def edit_selected(self) -> None:
        item = self.selected_item()
        if item is None or self.meeting is None:
            return
        self._open(
            AgendaItemForm(
                self.services, self.meeting, self.persons(), self.items_on, item=item, parent=self
            ),
            lambda saved: self._changed(
                item, saved, translate("pages.agenda", "Edit “{title}”").format(title=saved.title)
            ),
        )

    def move_selected(self) -> None:
        item = self.selected_item()
        if item is None or self.meeting is None:
            return
        self._open(
            MoveItemForm(self.services, self.meeting, item, parent=self),
            lambda moved: self._changed(
                item, moved, translate("pages.agenda", "Move “{title}”").format(title=item.title)
            ),
        )

    def duplicate_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        copy = self._apply(lambda: self.services.agenda.duplicate(item.id))
        if copy is not None:
            self._added(
                copy, translate("pages.agenda", "Duplicate “{title}”").format(title=item.title)
            )

    def delete_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        removed = self._apply(lambda: self.services.agenda.delete(item.id))
        if removed is None:
            return
        self.record_edit(
            translate("pages.agenda", "Delete “{title}”").format(title=item.title),
            undo=lambda: self.services.agenda.restore(removed),
            redo=lambda: self.services.agenda.delete(item.id),
        )

    def move_to_day(self, item_id: int, day: dt.date) -> None:
        """Move the item to the same time on another day (what a drop on a tab does)."""
        item = next((i for i in self.model.rows() if i.id == item_id), None)
        if item is None or item.day == day:
            return
        starts = dt.datetime.combine(day, item.starts_at.time())
        moved = self._apply(lambda: self.services.agenda.move(item.id, starts))
        if moved is not None:
            self._changed(
                item, moved, translate("pages.agenda", "Move “{title}”").format(title=item.title)
            )
            self.select_item(moved.id)

    def persons(self) -> PersonChoices:
        """The meeting's persons to choose moderators and speakers from, found by the
        person search as the user types."""
        if self._persons is None:
            search, meeting_id = self.services.person_search, self.meeting.id if self.meeting else 0
            self._persons = PersonChoices(
                lambda text: search.choices(meeting_id, text, SHOWN), search.choices_of
            )
        return self._persons

    def items_on(self, day: dt.date) -> list[AgendaItemRecord]:
        """The day's items in time order (read once per load)."""
        return self._day(day)[0]

    def _day(self, day: dt.date) -> tuple[list[AgendaItemRecord], ClashFinder]:
        if day not in self._on_day:
            items = self.services.agenda.list_items(self.meeting.id, day) if self.meeting else []
            # An item's clashes overlap it in time, so they are on its day: the day's items
            # tell which of them clash.
            self._on_day[day] = (items, ClashFinder(items))
        return self._on_day[day]

    def _tab_text(self, day: dt.date, clashing: int) -> str:
        mark = f", {clashing} \u26a0" if clashing else ""
        return f"{long_day_text(day)} ({self._counts[day]}{mark})"

    def _mark_clashing(self, clashing: Counter[dt.date]) -> None:
        for tab, day in enumerate(self.days):
            self.day_tabs.setTabText(tab, self._tab_text(day, clashing[day]))

    def _open(
        self, form: AgendaItemForm | MoveItemForm, on_saved: Callable[[AgendaItemRecord], None]
    ) -> None:
        self.form = form
        form.saved.connect(on_saved)
        form.finished.connect(form.deleteLater)
        self.open_form(form)

    def _added(self, item: AgendaItemRecord, text: str = "") -> None:
        state = {"record": item}

        def undo() -> None:
            state["record"] = self.services.agenda.delete(item.id)

        self.record_edit(
            text or translate("pages.agenda", "Add “{title}”").format(title=item.title),
            undo=undo,
            redo=lambda: self.services.agenda.restore(state["record"]),
        )
        self.select_item(item.id)

    def _changed(self, before: AgendaItemRecord, after: AgendaItemRecord, text: str) -> None:
        self.record_guarded_edit(
            text,
            lambda draft, version: self.services.agenda.update(after.id, draft, version),
            draft_of(before),
            draft_of(after),
            after,
        )
        self.select_item(after.id)

    def _apply(self, call: Callable[[], AgendaItemRecord]) -> AgendaItemRecord | None:
        try:
            return call()
        except UserFacingError as error:
            messages.error(
                self, translate("pages.agenda", "The programme was not changed"), str(error)
            )
            return None

    def _dropped_on_day(self, item_id: int, tab: int) -> None:
        if 0 <= tab < len(self.days):
            self.move_to_day(item_id, self.days[tab])

    def _show_day(self, tab: int) -> None:
        day = self.days[tab] if 0 <= tab < len(self.days) else None
        items, clashes = self._day(day) if day else ([], ClashFinder([]))
        self.model.set_rows_with_warnings(items, clashes)
        if day is not None:
            shown = sum(1 for item in items if item.id in clashes.clashing)
            self.day_tabs.setTabText(tab, self._tab_text(day, shown))
        fit_columns(self.table)
        self._update_buttons()

    def _select_end(self, *, last: bool) -> None:
        if last:
            while self.model.canFetchMore(QModelIndex()):
                self.model.fetchMore(QModelIndex())
        row = self.model.rowCount() - 1 if last else 0
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _update_buttons(self) -> None:
        has_item = self.selected_item() is not None
        self.enable_edit(self.meeting is not None, self.add_button)
        self.edit_button.setEnabled(has_item)
        self.enable_edit(has_item, self.duplicate_button, self.move_button, self.delete_button)
