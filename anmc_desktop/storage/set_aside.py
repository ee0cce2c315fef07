"""Moving a problem database file out of the way without ever overwriting anything.

Used when a damaged file is replaced by a backup or by an empty database: the file (and
its -wal/-shm) keeps its contents under a new name, for the organizer to look at later.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from anmc_desktop.storage.permissions import companions


def set_aside(path: Path, *, now: dt.datetime | None = None) -> Path:
    """Rename a problem file (and its -wal/-shm) out of the way; returns the new name."""
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.set-aside-{stamp}")
    counter = 1
    while any(candidate.exists() for candidate in companions(target)):
        counter += 1
        target = path.with_name(f"{path.name}.set-aside-{stamp}-{counter}")
    for source, destination in zip(companions(path), companions(target), strict=True):
        if source.exists():
            source.rename(destination)
    return target
