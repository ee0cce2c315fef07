"""Partial files of killed backups and exports are removed when the app starts next;
never one that a running process is still writing."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from anmc_desktop import paths
from anmc_desktop.cli import main
from anmc_desktop.files import recorded_partial, write_atomically

WRITE_THEN_DIE = """
import os, signal, sys
from pathlib import Path
from anmc_desktop.files import recorded_partial
partial = Path(sys.argv[1])
with recorded_partial(partial):
    partial.write_bytes(b"half a backup")
    if sys.argv[2] == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    print("writing", flush=True)
    sys.stdin.read()
"""


def _writer(partial: Path, how: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITE_THEN_DIE, str(partial), how],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def test_the_next_start_removes_partial_files_of_killed_processes_only(tmp_path: Path) -> None:
    # GIVEN an export killed mid-write in the user's folder, an export still being written
    # by another process, and one being written by this process
    exports = tmp_path / "exports"
    exports.mkdir()
    killed = exports / ".list.pdf.abc.partial"
    assert _writer(killed, "kill").wait() != 0
    running_partial = exports / ".badges.pdf.def.partial"
    running = _writer(running_partial, "wait")
    assert running.stdout is not None
    assert running.stdout.readline() == "writing\n"
    ours = exports / ".agenda.pdf.ghi.partial"
    try:
        with recorded_partial(ours):
            ours.write_bytes(b"being written")
            # AND a backup copy an older version left in the backups folder long ago, and
            # one a backup of another window is writing now
            backups = paths.backups_dir() / "plenary-12345678"
            backups.mkdir(parents=True)
            old_copy = backups / "plenary-20260101T000000000000Z-automatic.db.partial"
            old_copy.write_bytes(b"old half copy")
            os.utime(old_copy, (time.time() - 3600, time.time() - 3600))
            fresh_copy = backups / "plenary-20261204T000000000000Z-automatic.db.partial"
            fresh_copy.write_bytes(b"copy in progress")
            # WHEN the app starts (here: a command)
            assert main(["--database", str(tmp_path / "plenary.db"), "meetings"]) == 0
            # THEN only what killed or long-gone writers left is removed
            assert not killed.exists()
            assert not old_copy.exists()
            assert running_partial.exists()
            assert ours.exists()
            assert fresh_copy.exists()
    finally:
        running.communicate("")


def test_a_whole_write_leaves_neither_partial_file_nor_note(tmp_path: Path) -> None:
    target = tmp_path / "list.csv"
    write_atomically(target, b"a;b\n")
    assert target.read_bytes() == b"a;b\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["home", "list.csv"]
    assert list((paths.data_dir() / "partial-files").iterdir()) == []
