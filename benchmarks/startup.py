"""The window's start-up with a database, beside a bare QMainWindow with one table, run after
run in one process, so that both see the same load on the machine.

    python benchmarks/startup.py DATABASE [--runs 5] [--profile out.prof]

The start-up is the app's own path (``ui/window_session.py``: the checks of the file, the
migrations' revision, the window with its pages, the automatic backup started) until the
window is shown and painted; the bare window is ``scale.py``'s: one sqlite3 SELECT into a
QTableWidget. The database is copied first (the app backs it up and writes its settings)
and everything the app keeps goes to a temporary ``ANMC_HOME``. Also prints how long
``PRAGMA integrity_check``, ``quick_check`` and ``foreign_key_check`` take on the file.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import bare_window

from anmc_desktop.db import sqlite_url
from anmc_desktop.ui.window_session import WindowSession


def our_window(path: Path, profile: cProfile.Profile | None = None) -> float:
    """Seconds from opening the database to the window painted; the session is closed
    afterwards (after the automatic backup it started has finished)."""
    session = WindowSession(sqlite_url(path))
    if profile is not None:
        profile.enable()
    started = time.perf_counter()
    opened = session.open()
    QApplication.processEvents()
    assert opened and session.window is not None
    session.window.repaint()
    elapsed = time.perf_counter() - started
    if profile is not None:
        profile.disable()
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()
    session.window.close()
    session.close()
    return elapsed


def pragma_seconds(path: Path, pragma: str) -> float:
    with closing(sqlite3.connect(path)) as connection:
        started = time.perf_counter()
        connection.execute(f"PRAGMA {pragma}").fetchall()
        return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("database", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", type=Path, help="write a cProfile of the first run here")
    arguments = parser.parse_args(argv)
    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="anmc-startup-") as folder:
        os.environ["ANMC_HOME"] = str(Path(folder) / "home")
        path = Path(folder) / arguments.database.name
        shutil.copyfile(arguments.database, path)
        for pragma in ("integrity_check", "quick_check", "foreign_key_check"):
            print(f"PRAGMA {pragma:<16}{pragma_seconds(path, pragma):>8.2f} s")
        bare: list[float] = []
        ours: list[float] = []
        for run in range(arguments.runs):
            bare.append(bare_window(path, 1))
            profile = cProfile.Profile() if arguments.profile and run == 0 else None
            ours.append(our_window(path, profile))
            if profile is not None:
                profile.dump_stats(arguments.profile)
            print(f"run {run + 1}: bare {bare[-1]:.3f} s, ours {ours[-1]:.3f} s")
    median_bare, median_ours = statistics.median(bare), statistics.median(ours)
    print(
        f"start-up (median of {arguments.runs}): ours {median_ours:.3f} s, bare "
        f"{median_bare:.3f} s, ratio {median_ours / median_bare:.2f}x (target <= 1.5x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
