"""One log file per day in the user log folder; unexpected errors land there in full."""

from __future__ import annotations

import datetime as dt
import traceback
from pathlib import Path

from anmc_desktop import paths


def log_file_path() -> Path:
    return paths.log_dir() / f"anmc-desktop-{dt.date.today():%Y-%m-%d}.log"


def log_unexpected_error(error: BaseException) -> Path:
    """Append the error with its traceback to today's log; return the file's path."""
    path = log_file_path()
    text = "".join(traceback.format_exception(error))
    with path.open("a", encoding="utf-8") as log:
        log.write(f"{dt.datetime.now().isoformat(timespec='seconds')} unexpected error\n{text}\n")
    return path
