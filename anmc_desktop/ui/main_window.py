"""The main window: a list of pages on the left, the chosen page on the right.

It holds the current meeting, tells every page about it, shows it in the title and
remembers it (and the window geometry) in the app settings.

On a database open read-only the window says so (title, status bar) and every menu entry
that changes data (import, restore, undo, redo) is in ``edit_actions``, a disabled group:
an action of a disabled group stays disabled whatever else enables it. The pages and
their forms do the same for their own controls (pages/base.py).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QLocale, QSignalBlocker, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QWidget,
)

from anmc_desktop.errors import NotFoundError
from anmc_desktop.printing.documents import DocumentKind
from anmc_desktop.records.meetings import MeetingRecord
from anmc_desktop.records.overview import FixPlace, ToDo
from anmc_desktop.services import Services
from anmc_desktop.ui import messages
from anmc_desktop.ui.backup_actions import BackupController
from anmc_desktop.ui.first_paint import after_first_paint
from anmc_desktop.ui.forms.organizer_form import OrganizerDialog
from anmc_desktop.ui.lazy_pages import LazyPages, list_pages, page_title
from anmc_desktop.ui.pages.agenda import AgendaPage
from anmc_desktop.ui.pages.base import Page
from anmc_desktop.ui.pages.check_in import CheckInPage
from anmc_desktop.ui.pages.cities import CitiesPage
from anmc_desktop.ui.pages.declaration import DeclarationPage
from anmc_desktop.ui.pages.delegations import DelegationsPage
from anmc_desktop.ui.pages.meetings import MeetingsPage
from anmc_desktop.ui.pages.overview import OverviewPage
from anmc_desktop.ui.pages.persons import PersonsPage
from anmc_desktop.ui.pages.seating import SeatingPage
from anmc_desktop.ui.pages.signatories import SignatoriesPage
from anmc_desktop.ui.search_preparation import SearchIndexPreparation
from anmc_desktop.ui.settings import AppSettings
from anmc_desktop.ui.translation import translate
from anmc_desktop.ui.translation_loader import install_language, window_language
from anmc_desktop.ui.undo import UndoHistory
from anmc_desktop.ui.window_menus import APP_TITLE, MenuBarWindow
from anmc_desktop.ui.window_messages import offer_sample, show_about

P = TypeVar("P", bound=Page)
PAGE_TYPES: tuple[type[Page], ...] = (
    MeetingsPage,
    CitiesPage,
    DelegationsPage,
    PersonsPage,
    AgendaPage,
    DeclarationPage,
    SignatoriesPage,
    OverviewPage,  # after the pages of before, so that their Ctrl+number stays as it was
    SeatingPage,
    CheckInPage,
)
PLACES: dict[FixPlace, type[Page]] = {
    FixPlace.DELEGATIONS: DelegationsPage,
    FixPlace.AGENDA: AgendaPage,
    FixPlace.DECLARATION: DeclarationPage,
    FixPlace.SIGNATORIES: SignatoriesPage,
}


class MainWindow(MenuBarWindow):
    def __init__(
        self, services: Services, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.meeting: MeetingRecord | None = None
        self.undo_history = UndoHistory(self)
        self.undo_history.indexChanged.connect(self._after_edit)
        self.backups: BackupController | None = None
        self._reopen: Callable[[], None] = lambda: None
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(translate("main_window", "Pages"))
        self.navigation.setTabKeyNavigation(False)
        self.stack = QStackedWidget()
        self.search_preparation = SearchIndexPreparation(services, self)
        self._fill_pages()
        for number, page_type in enumerate(PAGE_TYPES, start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.setWhatsThis(
                translate("main_window", "Go to {title}").format(title=page_title(page_type))
            )
            shortcut.activated.connect(partial(self.navigation.setCurrentRow, number - 1))
        self.navigation.currentRowChanged.connect(self._navigate)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, stretch=1)
        self.setCentralWidget(central)
        self._build_menus()
        self._show_database_status()
        self._restore_geometry()
        self._show_meeting(self._initial_meeting())
        first = self.page(OverviewPage) if self.meeting else self.meetings_page
        self.navigation.setCurrentRow(self.pages.index(first))

    def switch_language(self, code: str) -> bool:
        """Show the window in another language. The pages and menus are built again in it
        (a live retranslation of every widget would touch every module of ``ui``); what the
        user works on stays: the database, the current meeting, the page shown and the undo
        history. Unsaved changes of the page shown are first saved or discarded by the user,
        as when leaving it; False when they keep them (nothing switched)."""
        if not self._may_leave(self.current_page()):
            return False
        shown = type(self.current_page())
        install_language(code)
        self.pages.remove_all()
        self._fill_pages()
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        for action in self.findChildren(QAction, options=direct):
            action.deleteLater()
        self.menuBar().clear()
        self._build_menus()
        if self.backups is not None:
            self.attach_backups(self.backups, self._reopen)
        self._show_database_status()
        self.set_current_meeting(self.meeting.id if self.meeting else None)
        self.show_page(shown)
        return True

    @property
    def meetings_page(self) -> MeetingsPage:
        return self.page(MeetingsPage)

    def page(self, page_type: type[P]) -> P:
        return self.pages.of_type(page_type)  # type: ignore[return-value]

    def show_page(self, page_type: type[P]) -> P:
        page = self.page(page_type)
        self.navigation.setCurrentRow(self.pages.index(page))
        return page

    def open_to_fix(self, entry: ToDo) -> Page:
        """Show the page and select the record where ``entry`` of the overview is put right."""
        page = self.show_page(PLACES[entry.place])
        if isinstance(page, DelegationsPage) and entry.city_name:
            page.select_delegation(entry.city_name)
            if entry.person_id is not None:
                page.select_person(entry.person_id)
        elif isinstance(page, SignatoriesPage) and entry.city_name:
            page.select_city(entry.city_name)
        elif isinstance(page, AgendaPage) and entry.item_id is not None:
            page.select_item(entry.item_id)
        return page

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def set_current_meeting(self, meeting_id: int | None) -> None:
        """Work on this meeting (None: no meeting); every page follows."""
        meeting = None
        if meeting_id is not None:
            with suppress(NotFoundError):
                meeting = self.services.meetings.get(meeting_id)
        self._show_meeting(meeting)

    def _show_meeting(self, meeting: MeetingRecord | None) -> None:
        self.meeting = meeting
        self.settings.current_meeting_id = meeting.id if meeting else None
        title = f"{meeting.title} — {APP_TITLE}" if meeting else APP_TITLE
        if self.services.database.read_only:
            title += translate("main_window", " (read-only)")
        self.setWindowTitle(title)
        for action in [*self.print_actions.values(), *self.meeting_actions]:
            action.setEnabled(meeting is not None)
        for page in self.pages.built():  # one built later is told then
            page.set_meeting(meeting)
        if meeting is not None:  # read on a worker once the window shows
            after_first_paint(self, partial(self.search_preparation.prepare, meeting.id))

    def attach_backups(self, backups: BackupController, reopen: Callable[[], None]) -> None:
        """File > Back up now... and Restore...; ``reopen`` rebuilds the window after a
        restore (the database file was replaced under it)."""
        self.backups = backups
        self._reopen = reopen
        self.back_up_action.triggered.connect(backups.back_up_now)
        self.restore_action.triggered.connect(lambda: backups.restore_chosen(reopen))
        for action in (self.back_up_action, self.restore_action):
            action.setEnabled(backups.available)

    def reload_all(self) -> None:
        """The data changed behind every page (e.g. a meeting was added)."""
        for page in self.pages.built():  # one built later reads the data then
            page.mark_stale()

    def offer_sample_if_empty(self) -> None:
        """On a database without meetings, offer the sample meeting to look around."""
        if self.meeting is not None:
            return  # the database has one, shown
        meeting_id = offer_sample(self, self.services)
        if meeting_id is not None:
            self.reload_all()
            self.set_current_meeting(meeting_id)

    def ask_organizer_name(self) -> OrganizerDialog:
        """The preferences: every change is recorded with the organizer's name (a record's
        change log shows it); a new language is shown at once."""
        dialog = OrganizerDialog(self.services.database, self)
        dialog.saved.connect(lambda name: self._preferences_saved(name, dialog.chosen_language()))
        dialog.open()
        return dialog

    def _preferences_saved(self, name: str, language: str | None) -> None:
        wanted = window_language(language)
        if wanted != QLocale().name().split("_")[0]:
            self.switch_language(wanted)
        self.statusBar().showMessage(
            translate("main_window", "Organizer: {name}").format(name=name)
        )

    def show_about(self) -> None:
        show_about(self, APP_TITLE)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(1100, 700)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._may_leave(self.current_page()):
            event.ignore()
            return
        if self.backups is not None:
            self.backups.stop()  # a backup still reading the file ends first
        self.settings.window_geometry = self.saveGeometry()
        self.settings.sync()
        super().closeEvent(event)

    def _navigate(self, row: int) -> None:
        """Show the chosen page, unless the user keeps unsaved changes on the one shown."""
        leaving = self.pages.get(self.stack.currentIndex())
        if row == self.stack.currentIndex() or leaving is None or self._may_leave(leaving):
            self.pages[row]  # built before it is shown
            self.stack.setCurrentIndex(row)
            self._follow_page()
            return
        with QSignalBlocker(self.navigation):
            self.navigation.setCurrentRow(self.stack.currentIndex())

    def _may_leave(self, page: Page) -> bool:
        if not page.has_unsaved_changes():
            return True
        if messages.ask(
            self,
            translate("main_window", "Discard unsaved changes?"),
            translate(
                "main_window", "The {title} page has changes that are not saved. Discard them?"
            ).format(title=page.shown_title),
        ):
            page.discard_changes()
            return True
        return False

    def _after_edit(self) -> None:
        """An edit was made, undone or redone: what every page shows may have changed,
        the current meeting's title included (or the meeting itself, when its creation
        was undone). Re-reading the current meeting marks every page stale once."""
        if self.meeting is None:
            self.reload_all()
            return
        self.set_current_meeting(self.meeting.id)
        if self.meeting is None:
            self._show_meeting(self._initial_meeting())

    def _follow_page(self) -> None:
        """The Edit entries and Ctrl+P act on the page shown."""
        page = self.current_page()
        self.standard_actions.follow(page)
        printed = DocumentKind(page.print_document or DocumentKind.DECLARATION)
        for kind, action in self.print_actions.items():
            action.setShortcut(
                QKeySequence.StandardKey.Print if kind is printed else QKeySequence()
            )

    def _fill_pages(self) -> None:
        """Every page in the navigation; each built the first time it is needed."""
        with QSignalBlocker(self.navigation):
            self.navigation.clear()
        self.pages = LazyPages(PAGE_TYPES, self.stack, self._build_page)
        list_pages(self.navigation, PAGE_TYPES)

    def _build_page(self, page_type: type[Page]) -> Page:
        page = page_type(self.services)
        page.undo_history = self.undo_history
        page.set_meeting(self.meeting)
        if isinstance(page, MeetingsPage):
            page.meeting_chosen.connect(self.set_current_meeting)
        elif isinstance(page, OverviewPage):
            page.fix_requested.connect(self.open_to_fix)
        elif isinstance(page, PersonsPage):
            page.follow(self.search_preparation)
        return page

    def _show_database_status(self) -> None:
        self.edit_actions.setEnabled(not self.services.database.read_only)
        self.statusBar().showMessage(
            translate("main_window", "Database: {display_name}").format(
                display_name=self.services.database.display_name
            )
        )
        if self.services.database.read_only:
            notice = self.statusBar().findChild(QLabel, "read_only_notice")
            if notice is None:
                notice = QLabel()
                notice.setObjectName("read_only_notice")
                self.statusBar().addPermanentWidget(notice)
            notice.setText(translate("main_window", "Read-only: changes cannot be saved"))

    def _restore_geometry(self) -> None:
        geometry = self.settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(self.sizeHint())

    def _initial_meeting(self) -> MeetingRecord | None:
        """The meeting remembered from last time, else the newest one."""
        remembered = self.settings.current_meeting_id
        meetings = self.services.meetings.list_meetings()
        return next((m for m in meetings if m.id == remembered), meetings[0] if meetings else None)
