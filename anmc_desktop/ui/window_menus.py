"""The main window's menu bar: File (print, export, import, backups, preferences, quit),
Edit (undo, redo, the page's standard actions) and Help.

A base class of ``MainWindow`` (main_window.py), so that the window keeps its actions as
attributes under the names the rest of the app and the tests use. Every entry that
changes data is also put in ``edit_actions``, the group a read-only database disables.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from anmc_desktop.ui.exchange_menu import build_exchange_menus
from anmc_desktop.ui.forms.organizer_form import OrganizerDialog
from anmc_desktop.ui.help_menu import build_help_menu
from anmc_desktop.ui.menu_host import MenuHost
from anmc_desktop.ui.pages.base import Page
from anmc_desktop.ui.print_menu import build_print_menu
from anmc_desktop.ui.standard_actions import build_standard_actions
from anmc_desktop.ui.translation import translate

APP_TITLE = "ANMC Desktop"


class MenuBarWindow(MenuHost):
    """A main window with the app's menu bar; the window itself answers its entries."""

    def ask_organizer_name(self) -> OrganizerDialog:
        raise NotImplementedError

    def show_about(self) -> None:
        raise NotImplementedError

    def current_page(self) -> Page:
        raise NotImplementedError

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("main_window", "&File"))
        self.edit_actions = QActionGroup(self)
        self.edit_actions.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        self.print_actions = build_print_menu(
            self, file_menu.addMenu(translate("main_window", "&Print"))
        )
        exchange = build_exchange_menus(
            self,
            file_menu.addMenu(translate("main_window", "&Export")),
            file_menu.addMenu(translate("main_window", "&Import")),
        )
        self.meeting_actions = exchange.needing_meeting
        self.import_actions = exchange.imports
        file_menu.addSeparator()
        self.back_up_action = QAction(translate("main_window", "&Back up now..."), self)
        self.restore_action = QAction(translate("main_window", "&Restore a backup..."), self)
        for action in (self.back_up_action, self.restore_action):
            action.setEnabled(False)
            file_menu.addAction(action)
        self.organizer_action = QAction(translate("main_window", "&Preferences..."), self)
        self.organizer_action.triggered.connect(self.ask_organizer_name)
        file_menu.addAction(self.organizer_action)
        file_menu.addSeparator()
        self.quit_action = QAction(translate("main_window", "&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(translate("main_window", "&Edit"))
        self.undo_action = self.undo_history.createUndoAction(
            self, translate("main_window", "&Undo")
        )
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_history.createRedoAction(
            self, translate("main_window", "&Redo")
        )
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [
            key
            for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
            if key not in redo_keys
        ]
        self.redo_action.setShortcuts(redo_keys)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.standard_actions = build_standard_actions(self, edit_menu, self.current_page)
        changing_data = (self.restore_action, self.undo_action, self.redo_action)
        for action in (*self.import_actions, *changing_data):
            self.edit_actions.addAction(action)
        help_menu = self.menuBar().addMenu(translate("main_window", "&Help"))
        self.help_actions = build_help_menu(self, help_menu)
        self.about_action = QAction(
            translate("main_window", "&About {APP_TITLE}").format(APP_TITLE=APP_TITLE), self
        )
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)
