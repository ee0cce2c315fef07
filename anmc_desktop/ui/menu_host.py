"""What the File menu's entries (print_menu.py, exchange_menu.py) use of the main window.

The menus take a ``MenuHost`` rather than the ``MainWindow`` itself, so that only
window_menus.py (the menu bar, a base of ``MainWindow``) imports the menus and never the
other way round. ``MainWindow`` is the one host; it is a ``QMainWindow`` too, the parent
of the menus' actions and dialogs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from anmc_desktop.records.meetings import MeetingRecord
from anmc_desktop.services import Services
from anmc_desktop.ui.undo import UndoHistory


class MenuHost(QMainWindow):
    services: Services
    meeting: MeetingRecord | None  # the current meeting; None: no meeting
    undo_history: UndoHistory

    def reload_all(self) -> None:
        """The data changed behind every page (e.g. a meeting was added)."""
        raise NotImplementedError

    def set_current_meeting(self, meeting_id: int | None) -> None:
        raise NotImplementedError
