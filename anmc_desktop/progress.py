"""How far a long job is, for a progress dialog or a progress bar, and a way to stop it.

A job calls ``step`` as it goes; the window's progress dialog and the command line's
progress bar receive each step through ``report``. Once ``cancel`` was called (from any
thread) the job's next ``step`` raises ``JobCancelledError``: jobs write their files whole at the
end and their database changes in one transaction, so a cancelled job wrote nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

Report = Callable[[str, int, int], None]  # the step's name, how much is done, of how much
# The step of reading what a job (a printout, the overview) needs; the window's progress
# dialog knows it (ui/background.py STEP_NAMES).
GATHERING = "Gathering the records"


class JobCancelledError(Exception):
    """The user stopped the job; nothing was written."""


class Progress:
    def __init__(self, report: Report | None = None) -> None:
        self._report = report
        self._cancelled = threading.Event()

    def step(self, name: str, done: int = 0, total: int = 0) -> None:
        """Report the step (``total`` 0: of unknown length); raise JobCancelledError if the job
        was cancelled meanwhile."""
        if self._cancelled.is_set():
            raise JobCancelledError
        if self._report is not None:
            self._report(name, done, total)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()
