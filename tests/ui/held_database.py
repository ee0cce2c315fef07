"""Another program holding the window's database file to itself, so that a page's worker
waits for it (and the window's own reads would, too)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from anmc_desktop.ui.main_window import MainWindow


def hold_database(window: MainWindow, path: Path, *statements: str) -> sqlite3.Connection:
    """Another program's connection holding the database file to itself (the window's idle
    connections closed and its pages' reading done first, so that it can), while it runs
    ``statements``: the window's and the workers' reads wait for it."""
    workers_done()
    window.services.database.engine.dispose()
    holder = sqlite3.connect(path, isolation_level=None)
    for statement in ("PRAGMA foreign_keys = ON", "PRAGMA locking_mode = EXCLUSIVE",
                      "BEGIN EXCLUSIVE", *statements):  # fmt: skip
        holder.execute(statement)
    return holder


def workers_done() -> None:
    """Every worker ended, and what each handed to the window's thread taken there."""
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()
