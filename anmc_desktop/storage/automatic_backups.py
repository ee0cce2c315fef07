"""Backups while a database is open: one on opening, then at most every 30 minutes; and the
full check of the file that opening leaves to the first of them.

Opening a file checks only what is quick (``health.check_database_file`` without
``thorough``): the header, the size, the app's tables. The backup on opening copies every
page and checks the copy with ``integrity_check``; the copy holds what the file holds, so
a copy that fails its check is the file's damage: the file itself is then checked, and
``DatabaseProblemError`` raised as opening would have (the failed copy is never kept).
The window runs them on a worker thread.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from anmc_desktop.progress import Progress
from anmc_desktop.storage.backups import (
    BackupError,
    BackupInfo,
    connect,
    create_backup,
    integrity_problems,
    utc_now,
)
from anmc_desktop.storage.health import DatabaseProblemError, ProblemKind

AUTOMATIC_INTERVAL = dt.timedelta(minutes=30)


class AutomaticBackups:
    """The window calls ``on_open()`` once after opening the database and ``tick()`` from a
    timer (every minute is fine): a tick backs up only when the change log has grown
    since the last backup and the interval has passed. Both may be cancelled through
    ``progress``: a cancelled backup leaves no file."""

    def __init__(
        self,
        database_path: Path,
        *,
        interval: dt.timedelta = AUTOMATIC_INTERVAL,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self.database_path = database_path
        self.interval = interval
        self._clock = clock
        self._last_at: dt.datetime | None = None
        self._last_change = -1

    def on_open(self, progress: Progress | None = None) -> BackupInfo:
        """The backup on opening; DatabaseProblemError when the file is damaged."""
        return self._backup("on-open", progress)

    def tick(self, progress: Progress | None = None) -> BackupInfo | None:
        now = self._clock()
        if self._last_at is not None and now - self._last_at < self.interval:
            return None
        if _latest_change(self.database_path) == self._last_change:
            return None
        return self._backup("automatic", progress)

    def _backup(self, reason: str, progress: Progress | None) -> BackupInfo:
        change = _latest_change(self.database_path)
        try:
            info = create_backup(
                self.database_path, reason=reason, now=self._clock(), progress=progress
            )
        except BackupError as failure:
            problems = integrity_problems(self.database_path, progress)
            if problems:
                raise DatabaseProblemError(
                    self.database_path, ProblemKind.DAMAGED, "; ".join(problems[:3])
                ) from failure
            raise
        self._last_at = info.taken_at
        self._last_change = change
        return info


def _latest_change(database_path: Path) -> int:
    try:
        with closing(connect(database_path)) as connection:
            row = connection.execute("SELECT max(id) FROM change_log").fetchone()
    except sqlite3.DatabaseError:
        return -1
    return int(row[0] or 0)
