"""One database shown in one main window, from opening to closing, and reopening after a
restore replaced the file, or after the backup on opening found the file damaged and the
user chose what to do (as when opening a damaged file)."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from anmc_desktop.services import Services
from anmc_desktop.services.database_files import DatabaseProblemError
from anmc_desktop.ui.backup_actions import BackupController
from anmc_desktop.ui.excepthook import install_excepthook
from anmc_desktop.ui.first_paint import after_first_paint
from anmc_desktop.ui.long_lived import hand_back_to_collections
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.settings import AppSettings
from anmc_desktop.ui.startup import open_services, settle_problem


class WindowSession:
    def __init__(self, url: str) -> None:
        self.url = url
        self.services: Services | None = None
        self.window: MainWindow | None = None

    def open(self) -> bool:
        """Open the database (asking the user when something is in the way) and show the
        window; False when the user chose to quit instead."""
        services = open_services(self.url)
        if services is None:
            return False
        # The user may have opened another file instead: reopening must find that one.
        self.url = services.database.url
        self.services = services
        window = MainWindow(services, AppSettings.open())
        backups = BackupController(window, services.database)
        window.attach_backups(backups, self.reopen)
        backups.damage_found.connect(self._damaged)
        install_excepthook(window)
        window.show()
        after_first_paint(window, backups.start)
        QTimer.singleShot(0, window.offer_sample_if_empty)
        self.window = window
        return True

    def reopen(self) -> None:
        """The database file was replaced: show it in a fresh window, then close the old
        one (in that order, so the app does not quit on its last window closing)."""
        old = self.window
        self.close()
        self.open()
        if old is not None:
            old.undo_history.clear()
            old.close()
            old.deleteLater()

    def _damaged(self, problem: DatabaseProblemError) -> None:
        """The backup on opening found the file damaged: close it and offer what opening a
        damaged file offers; then show what the user chose, or quit."""
        window = self.window
        assert window is not None and window.backups is not None
        window.backups.stop()
        self.close()
        url = settle_problem(problem, window)
        if url is not None:
            self.url = url
            self.reopen()
            return
        window.undo_history.clear()
        window.close()

    def close(self) -> None:
        if self.services is not None:
            self.services.database.dispose()
            self.services = None
        hand_back_to_collections()  # what the window froze can go with it
