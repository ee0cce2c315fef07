"""What every page of the main window shares.

A page shows one area of the current meeting. The window tells it which meeting is
current with ``set_meeting``; the page reloads from the services when it is visible
and otherwise waits until it is shown, so switching meetings stays cheap.

On a database open read-only (a second window beside the one writing) a page still shows
everything, but every control that changes data is disabled (``enable_edit``), drag and
drop is off, and forms open for viewing only (``open_form``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from anmc_desktop.records.meetings import MeetingRecord
from anmc_desktop.services import Services
from anmc_desktop.ui.accessibility import give_name, mark_heading
from anmc_desktop.ui.forms.form_dialog import FormDialog
from anmc_desktop.ui.reading_order import prepare
from anmc_desktop.ui.translation import translate
from anmc_desktop.ui.undo import D, R, UndoHistory

NO_MEETING_TEXT = QT_TRANSLATE_NOOP(
    "pages.base", "No current meeting: choose one on the Meetings page."
)
READ_ONLY_TIP = QT_TRANSLATE_NOOP(
    "pages.base", "The database is open read-only: nothing can be changed in this window."
)


class Page(QWidget):
    """Subclasses set ``title`` and implement ``load()``.

    ``commands`` names the buttons that the window's Edit menu entries (New, Open, Save,
    Delete, with their standard shortcuts) press on this page, as (command, attribute)
    pairs; ``print_document`` is the document Ctrl+P prints from it (a ``DocumentKind``
    value). Edit > Find puts the cursor in ``find_target()``.
    """

    title: ClassVar[str] = ""
    commands: ClassVar[tuple[tuple[str, str], ...]] = ()
    print_document: ClassVar[str] = ""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{type(self).__name__}")
        self.services = services
        self.meeting: MeetingRecord | None = None
        # The window's undo stack; a page records each edit it makes there.
        self.undo_history: UndoHistory | None = None
        self._stale = True
        self.heading = QLabel(self.shown_title)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        mark_heading(self.heading)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.heading)

    @property
    def shown_title(self) -> str:
        """The page's title in the window's language (``title`` is its English key)."""
        return translate("pages", self.title)

    @property
    def read_only(self) -> bool:
        """The database is open read-only: the page shows, and changes nothing."""
        return self.services.database.read_only

    def enable_edit(self, enabled: bool, *controls: QWidget) -> None:
        """Enable controls that change data when ``enabled``, and never in a read-only
        window (where they say why)."""
        for control in controls:
            control.setEnabled(enabled and not self.read_only)
            if self.read_only:
                control.setToolTip(translate("pages.base", READ_ONLY_TIP))

    def edit_or_view(self, edit_text: str) -> str:
        """The label of a button that opens a record's form: "View…" in a read-only
        window, where the form only shows the record."""
        return translate("pages.base", "&View…") if self.read_only else edit_text

    def open_form(self, form: FormDialog) -> None:
        """Open a form (not blocking); in a read-only window, for viewing only."""
        if self.read_only:
            form.show_read_only()
        form.open()

    def command_button(self, command: str) -> QAbstractButton | None:
        """The button the window's ``command`` ("new", "open", "save", "delete") presses."""
        attribute = dict(self.commands).get(command)
        return getattr(self, attribute, None) if attribute else None

    def find_target(self) -> QWidget | None:
        """Where Find puts the cursor: the page's search field, else its first table."""
        return self.focusProxy() or self.findChild(QAbstractItemView)

    def set_meeting(self, meeting: MeetingRecord | None) -> None:
        self.meeting = meeting
        self.mark_stale()

    def mark_stale(self) -> None:
        """The data behind the page changed: reload now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        self._stale = False
        self.load()

    def load(self) -> None:
        raise NotImplementedError

    def has_unsaved_changes(self) -> bool:
        """Pages that edit in place (not in a dialog) say so, and the window asks first."""
        return False

    def discard_changes(self) -> None:
        """Forget the unsaved changes (the user chose to leave without saving)."""

    def record_edit(
        self, text: str, undo: Callable[[], object], redo: Callable[[], object]
    ) -> None:
        """Put an edit that was just applied on the window's undo stack (if there is one)."""
        if self.undo_history is not None:
            self.undo_history.record(text, undo, redo)
        else:
            self.mark_stale()

    def record_guarded_edit(
        self, text: str, save: Callable[[D, int | None], R], before: D, after: D, saved: R
    ) -> None:
        """Put an edit of one record on the undo stack, guarded by its version (see
        ``UndoHistory.record_guarded``)."""
        if self.undo_history is not None:
            self.undo_history.record_guarded(text, save, before, after, saved)
        else:
            self.mark_stale()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._stale:
            self.reload()
        prepare(self, self.shown_title)
        super().showEvent(event)

    def meeting_heading(self) -> str:
        """Like "Delegations: 13th Plenary Meeting ...", or a hint when no meeting is chosen."""
        if self.meeting is None:
            return self.shown_title + ": " + translate("pages.base", NO_MEETING_TEXT)
        return f"{self.shown_title}: {self.meeting.title}"


def make_table(parent: QWidget | None = None, accessible_name: str = "") -> QTableView:
    """A read-only table that selects whole rows, sized to its contents. Tab leaves it
    (arrow keys move inside); ``accessible_name`` is what a screen reader calls it."""
    table = QTableView(parent)
    table.setTabKeyNavigation(False)
    if accessible_name:
        give_name(table, accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def fit_columns(table: QTableView) -> None:
    """Size each column to what it shows (after a load); the last one stretches to fill
    the rest, so its contents are not measured (the agenda's clash messages, say)."""
    for column in range(table.model().columnCount() - 1):
        table.resizeColumnToContents(column)
