"""Backups from the window: automatic ones on a timer, File > Back up now... and Restore...

Back up now and Restore run off the window's thread with a progress dialog and Cancel
(``ui/background.py``): a cancelled backup leaves no file, a cancelled restore the
database as it was.

Only a database file on this computer is backed up by the app; a team server is backed up
by its administrator.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from anmc_desktop.errors import UserFacingError
from anmc_desktop.progress import Progress
from anmc_desktop.services.database_files import (
    AutomaticBackups,
    BackupInfo,
    Database,
    create_backup,
    list_backups,
    restore,
)
from anmc_desktop.ui import locale_format, messages
from anmc_desktop.ui.background import run_off_thread
from anmc_desktop.ui.dialogs.restore_backup import RestoreBackupDialog
from anmc_desktop.ui.saved_files import announce_saved, choose_destination
from anmc_desktop.ui.translation import translate

TICK_MILLISECONDS = 60_000


class BackupController(QObject):
    """Takes a backup when the window opens, then at most every 30 minutes of changes."""

    def __init__(self, window: QMainWindow, database: Database) -> None:
        super().__init__(window)
        self._window = window
        self._database = database
        self.automatic = (
            AutomaticBackups(database.path)
            if database.path is not None and not database.read_only
            else None
        )
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MILLISECONDS)
        self.timer.timeout.connect(self.tick)

    @property
    def available(self) -> bool:
        return self.automatic is not None

    def start(self) -> None:
        if self.automatic is None:
            return
        self._report(self.automatic.on_open)
        self.timer.start()

    def tick(self) -> None:
        if self.automatic is not None:
            self._report(self.automatic.tick)

    def back_up_now(self) -> Path | None:
        """Ask where, then write a verified copy there."""
        path = self._database.path
        if path is None:
            return None
        destination = choose_destination(
            self._window,
            translate("backup_actions", "Back up the database"),
            translate("backup_actions", "Databases (*.db)"),
            f"{path.stem}-backup.db",
            "db",
        )
        if destination is None:
            return None
        try:
            info = run_off_thread(
                self._window,
                translate("backup_actions", "Back up the database"),
                lambda progress: create_backup(
                    path, reason="manual", destination=destination, progress=progress
                ),
            )
        except UserFacingError as error:
            messages.error(
                self._window, translate("backup_actions", "The backup failed"), str(error)
            )
            return None
        if info is None:
            return None  # cancelled: no file was left
        announce_saved(self._window, info.path)
        return info.path

    def restore_chosen(self, reopen: Callable[[], None]) -> BackupInfo | None:
        """Let the user pick a backup, put it in place (backing up the current state first),
        then ``reopen`` the window on it."""
        path = self._database.path
        if path is None:
            return None
        dialog = RestoreBackupDialog(list_backups(path), self._window)
        messages.run_modal(dialog)
        chosen = dialog.chosen
        if chosen is None:
            return None
        self.timer.stop()
        self._database.dispose()

        def put_in_place(progress: Progress) -> bool:
            restore(chosen.path, path, progress)
            return True

        try:
            restored = run_off_thread(
                self._window,
                translate("dialogs.restore_backup", "Restore a backup"),
                put_in_place,
            )
        except (UserFacingError, OSError) as error:
            messages.error(
                self._window,
                translate("backup_actions", "The backup could not be restored"),
                str(error),
            )
            return None
        finally:
            # The database was closed above: whatever happened, show what is in the file.
            reopen()
        return chosen if restored else None  # None: cancelled, the database as it was

    def _report(self, backup: Callable[[], BackupInfo | None]) -> None:
        try:
            info = backup()
        except UserFacingError as error:
            self._window.statusBar().showMessage(
                translate("backup_actions", "Automatic backup failed: {error}").format(error=error)
            )
            return
        if info is not None:
            self._window.statusBar().showMessage(
                translate("backup_actions", "Backed up at {time}").format(
                    time=locale_format.time_of_day(info.taken_at.astimezone())
                ),
                10_000,
            )
