"""Backups from the window: automatic ones on a timer, File > Back up now... and Restore...

Automatic backups (on opening, then every 30 minutes of changes) run on a worker thread
without a dialog and say in the status bar when they are done or failed; the one on
opening is also the full check of the file (``storage/automatic_backups.py``), and damage
it finds is handed on (``damage_found``). Back up now waits for a running automatic backup;
a restore and closing the window cancel it and wait until it ended (it leaves no file), so
no file is replaced or closed under a backup still reading it.

Back up now and Restore run off the window's thread with a progress dialog and Cancel
(``ui/background.py``): a cancelled backup leaves no file, a cancelled restore the
database as it was.

Only a database file on this computer is backed up by the app; a team server is backed up
by its administrator.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from anmc_desktop.errors import UserFacingError
from anmc_desktop.progress import JobCancelledError, Progress
from anmc_desktop.services.database_files import (
    AutomaticBackups,
    BackupInfo,
    Database,
    DatabaseProblemError,
    create_backup,
    list_backups,
    restore,
)
from anmc_desktop.ui import locale_format, messages
from anmc_desktop.ui.background import Task, run_off_thread, start_off_thread
from anmc_desktop.ui.dialogs.restore_backup import RestoreBackupDialog
from anmc_desktop.ui.saved_files import announce_saved, choose_destination
from anmc_desktop.ui.translation import translate

TICK_MILLISECONDS = 60_000


class BackupController(QObject):
    """Takes a backup when the window opens, then at most every 30 minutes of changes."""

    damage_found = Signal(object)  # the DatabaseProblemError of a damaged database file

    def __init__(self, window: QMainWindow, database: Database) -> None:
        super().__init__(window)
        self._window = window
        self._database = database
        self._task: Task[BackupInfo | None] | None = None
        self._stopped = False
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

    @property
    def running(self) -> bool:
        """Whether an automatic backup is being taken."""
        return self._task is not None and self._task.running

    def start(self) -> None:
        if self.automatic is None:
            return
        self._run(self.automatic.on_open)
        self.timer.start()

    def tick(self) -> None:
        if self.automatic is not None and not self.running and not self._stopped:
            self._run(self.automatic.tick)

    def stop(self) -> None:
        """No more automatic backups: one still running is cancelled (it leaves no file)
        and waited for, so that the database may be closed or replaced."""
        self._stopped = True
        self.timer.stop()
        if self._task is not None:
            self._task.cancel()
            self._task.wait(
                translate("backup_actions", "Stopping the automatic backup"), self._window
            )

    def _wait_for_automatic(self) -> None:
        """Let a running automatic backup finish (Cancel in the dialog stops it instead)."""
        if self._task is not None:
            self._task.wait(
                translate("backup_actions", "Waiting for the automatic backup"), self._window
            )

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
        self._wait_for_automatic()
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
        self.stop()
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

    def _run(self, backup: Callable[[Progress], BackupInfo | None]) -> None:
        self._task = start_off_thread(
            backup, self._taken, self._failed, still_wanted=lambda: not self._stopped
        )

    def _taken(self, info: BackupInfo | None) -> None:
        if info is not None:
            self._window.statusBar().showMessage(
                translate("backup_actions", "Backed up at {time}").format(
                    time=locale_format.time_of_day(info.taken_at.astimezone())
                ),
                10_000,
            )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DatabaseProblemError):
            self.timer.stop()
            self.damage_found.emit(error)
        elif isinstance(error, UserFacingError):
            self._window.statusBar().showMessage(
                translate("backup_actions", "Automatic backup failed: {error}").format(error=error)
            )
        elif not isinstance(error, JobCancelledError):
            raise error
