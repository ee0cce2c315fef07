"""Removing what killed backups and exports left behind, when the app starts.

Partial files recorded while written (anmc_desktop/files.py) are removed once their
process is gone. Backups folders may also hold partial copies of versions that did not
record them: those untouched since well before this process started are removed too.
"""

from __future__ import annotations

import time
from pathlib import Path

from anmc_desktop import paths
from anmc_desktop.files import PARTIAL_SUFFIX, remove_leftover_partials, remove_with_companions

# An unrecorded partial copy modified this recently may belong to a running backup.
UNRECORDED_QUIET_SECONDS = 10 * 60


def remove_leftovers(started_at: float | None = None) -> list[Path]:
    """Remove the partial files of killed backups and exports; returns what was removed.

    A tidy-up: a file system that refuses (read-only, no permission) stops it quietly,
    and the app starts all the same.
    """
    started_at = time.time() if started_at is None else started_at
    removed: list[Path] = []
    try:
        removed += remove_leftover_partials(started_at)
        backups = paths.backups_dir()
        for partial in backups.rglob(f"*{PARTIAL_SUFFIX}"):
            if partial.stat().st_mtime < started_at - UNRECORDED_QUIET_SECONDS:
                removed += remove_with_companions(partial)
    except OSError:
        pass
    return removed
