"""Another program holding the window's database file to itself, so that a page's worker
waits for it (and the window's own reads would, too); and what the workers read."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QThread, QThreadPool
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine, event

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


@contextmanager
def workers_statements() -> Iterator[list[str]]:
    """The statements that threads other than the window's run meanwhile, on any engine
    (a worker reads on an engine of its own)."""
    seen: list[str] = []

    def on_worker(_connection: object, _cursor: object, statement: str, *_: object) -> None:
        if QThread.currentThread() is not QApplication.instance().thread():
            seen.append(statement)

    event.listen(Engine, "before_cursor_execute", on_worker)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", on_worker)
