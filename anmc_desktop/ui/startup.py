"""Opening the database for the window, with the user's say when something is in the way.

A database another window is writing, or one that cannot be written here (a read-only
disk, file or folder): offer read-only. A damaged or foreign file: offer
the newest good backup, an empty database, another file, or quitting; the damaged file is
always set aside, never overwritten.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from anmc_desktop import settings
from anmc_desktop.database_urls import masked_url
from anmc_desktop.errors import StorageFaultError, UserFacingError
from anmc_desktop.services import Services, database_files
from anmc_desktop.services.database_files import (
    BackupInfo,
    DatabaseInUseError,
    DatabaseProblemError,
    offered_backup,
    recover,
    sqlite_path,
    sqlite_url,
)
from anmc_desktop.ui import messages
from anmc_desktop.ui.dialogs.database_problem import (
    DatabaseInUseDialog,
    DatabaseProblemDialog,
    InUseChoice,
    ProblemChoice,
)
from anmc_desktop.ui.translation import translate

DATABASE_FILES = QT_TRANSLATE_NOOP(
    "startup", "ANMC Desktop databases (*.db *.sqlite);;All files (*)"
)


def open_services(url: str, parent: QWidget | None = None) -> Services | None:
    """The services on the database at ``url``, or None when the user chose to quit.

    The user may open another file instead: ``services.database.url`` is the one opened.
    Changes are recorded with the organizer's name from the settings. A file opened for
    writing is checked page by page by its backup on opening, after the window shows
    (``BackupController``); one opened read-only, which is not backed up, here.
    """
    actor = settings.load().organizer_name
    while True:
        try:
            return database_files.open_services(url, actor=actor, thorough=False)
        except DatabaseInUseError as problem:
            dialog = DatabaseInUseDialog(problem, parent)
            messages.run_modal(dialog)
            if dialog.choice is not InUseChoice.READ_ONLY:
                return None
            return _open_read_only(url, actor, parent)
        except StorageFaultError as fault:
            if not fault.may_be_read or not _read_only_wanted(url, fault, parent):
                messages.error(
                    parent, translate("startup", "The database cannot be opened"), str(fault)
                )
                return None
            return _open_read_only(url, actor, parent)
        except DatabaseProblemError as problem:
            chosen = settle_problem(problem, parent)
            if chosen is None:
                return None
            url = chosen
        except UserFacingError as error:
            messages.error(
                parent, translate("startup", "The database cannot be opened"), str(error)
            )
            return None


def settle_problem(problem: DatabaseProblemError, parent: QWidget | None) -> str | None:
    """Offer the newest good backup, an empty database, another file or quitting for a
    damaged or foreign file (closed by now) and do what the user chose: the URL to open
    then (the same file, put right, or another one), or None to quit."""
    url = sqlite_url(problem.path)
    backup = offered_backup(problem.path)
    dialog = DatabaseProblemDialog(problem, backup, parent)
    messages.run_modal(dialog)
    if dialog.choice is ProblemChoice.RESTORE_BACKUP:
        _recover(problem.path, backup, parent)
    elif dialog.choice is ProblemChoice.START_EMPTY:
        _recover(problem.path, None, parent)
    elif dialog.choice is ProblemChoice.OPEN_OTHER:
        chosen = messages.open_file(
            parent,
            translate("startup", "Open a database"),
            translate("startup", DATABASE_FILES),
        )
        return None if chosen is None else sqlite_url(chosen)
    else:
        return None
    return url


def _read_only_wanted(url: str, fault: StorageFaultError, parent: QWidget | None) -> bool:
    return messages.ask(
        parent,
        translate("startup", "The database cannot be changed here"),
        translate(
            "startup",
            "{database} is on a read-only disk, or you may not write the file or its folder, "
            "so nothing can be saved in it.\n\nOpen it read-only? You can look, search, print "
            "and export, but not change anything. To change it, copy it to a folder you can "
            "write to.",
        ).format(database=sqlite_path(url) or masked_url(url)),
        str(fault),
        yes_default=True,
    )


def _recover(path: Path, backup: BackupInfo | None, parent: QWidget | None) -> None:
    """``recover``, telling the user when it failed; the question is then asked again."""
    try:
        recover(path, backup)
    except (UserFacingError, OSError) as error:
        messages.error(
            parent, translate("startup", "The database could not be recovered"), str(error)
        )


def _open_read_only(url: str, actor: str, parent: QWidget | None) -> Services | None:
    try:
        return database_files.open_services(url, read_only=True, actor=actor)
    except UserFacingError as error:
        messages.error(parent, translate("startup", "The database cannot be opened"), str(error))
        return None
