"""One log file per day in the user log folder; unexpected errors land there.

The log is for finding bugs, not a second copy of the data: it holds where the error
happened (the traceback's frames, the exception's type, the SQL statement without its
parameters) and never an exception's message, which may quote a name, an e-mail address or
a value the user typed. The folder is the owner's alone (0700), each file is born 0600, and
files older than ``KEEP_DAYS`` are removed when the next one is written.
"""

from __future__ import annotations

import datetime as dt
import os
import traceback
from pathlib import Path

from anmc_desktop import paths

KEEP_DAYS = 30
_PREFIX = "anmc-desktop-"
_OWNER_ONLY_FILE = 0o600
_OWNER_ONLY_FOLDER = 0o700


def log_file_path() -> Path:
    return paths.log_dir() / f"{_PREFIX}{dt.date.today():%Y-%m-%d}.log"


def error_kind(error: BaseException) -> str:
    """What went wrong, in words safe to show and log: the exception's type, no message."""
    return type(error).__qualname__


def log_unexpected_error(error: BaseException) -> Path:
    """Append the error's traceback to today's log; return the file's path."""
    path = log_file_path()
    _make_private_folder(path.parent)
    remove_old_logs(path.parent, today=dt.date.today())
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, _OWNER_ONLY_FILE)
    with os.fdopen(descriptor, "a", encoding="utf-8") as log:
        log.write(
            f"{dt.datetime.now().isoformat(timespec='seconds')} unexpected error\n"
            f"{_traceback_without_data(error)}\n"
        )
    return path


def remove_old_logs(folder: Path, today: dt.date) -> None:
    """Delete the daily logs written more than ``KEEP_DAYS`` days before ``today``."""
    oldest_kept = today - dt.timedelta(days=KEEP_DAYS)
    for log in folder.glob(f"{_PREFIX}*.log"):
        try:
            written = dt.date.fromisoformat(log.stem.removeprefix(_PREFIX))
        except ValueError:
            continue  # not one of ours
        if written < oldest_kept:
            log.unlink(missing_ok=True)


def _make_private_folder(folder: Path) -> None:
    if os.name == "posix":
        folder.chmod(_OWNER_ONLY_FOLDER)


def _traceback_without_data(error: BaseException) -> str:
    """Each exception of the chain: its frames and its type; an SQL error's statement,
    whose parameters (names, contacts) are left out."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    chain: list[BaseException] = []
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or current.__context__
    for index, exception in enumerate(reversed(chain)):
        if index:
            parts.append("\nDuring or because of the error above, another one:\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(exception.__traceback__))
        parts.append(f"{error_kind(exception)} (message withheld: it may hold personal data)\n")
        statement = getattr(exception, "statement", None)
        if isinstance(statement, str):
            parts.append(f"SQL statement: {statement}\n")
    return "".join(parts)
