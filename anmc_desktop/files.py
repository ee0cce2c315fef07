"""Writing the files a user asked for: whole, or not at all; and no half file left behind.

A file is written beside its target as ``.partial`` and renamed over it when whole. A
process killed meanwhile (a backup of a large database, an export) leaves the partial
file, wherever the user chose to write. So every partial file is recorded, while it is
written, in a small note in the data folder naming the file and the process;
``remove_leftover_partials`` (called when the app starts) removes the partial files of
processes that are gone, and never one a running process is still writing.
"""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from anmc_desktop import paths
from anmc_desktop.errors import UserFacingError, storage_fault

PARTIAL_SUFFIX = ".partial"
# Where no process can be asked whether it still runs (Windows), a partial file untouched
# for this long is taken as left behind.
_UNTOUCHED_SECONDS = 24 * 60 * 60
_COMPANIONS = ("", "-journal", "-wal", "-shm")


def write_atomically(path: Path, content: bytes) -> None:
    """Never leave half a file behind: write beside the target, then rename over it.

    A full or read-only disk, or a folder without permission, is a StorageFaultError."""
    if not path.parent.is_dir():
        raise UserFacingError(f"cannot write {path}: the folder {path.parent} does not exist.")
    try:
        handle, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=PARTIAL_SUFFIX
        )
    except OSError as error:
        raise storage_fault(path, error) or error from error
    partial = Path(temporary)
    try:
        with recorded_partial(partial), os.fdopen(handle, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        partial.replace(path)
    except BaseException as error:
        partial.unlink(missing_ok=True)
        if isinstance(error, OSError) and (fault := storage_fault(path, error)):
            raise fault from error
        raise


def _notes_folder() -> Path:
    folder = paths.data_dir() / "partial-files"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@contextmanager
def recorded_partial(partial: Path) -> Iterator[None]:
    """Record ``partial`` as being written by this process until the block ends."""
    note = _notes_folder() / f"{os.getpid()}-{uuid.uuid4().hex}"
    note.write_text(str(partial.resolve()), encoding="utf-8")
    try:
        yield
    finally:
        note.unlink(missing_ok=True)


def remove_leftover_partials(started_at: float | None = None) -> list[Path]:
    """Remove the partial files of processes that are gone; returns what was removed.

    Only files recorded by this app, and only those recorded before ``started_at`` (this
    process's start) by a process that no longer runs.
    """
    started_at = time.time() if started_at is None else started_at
    removed = []
    for note in _notes_folder().iterdir():
        pid_text = note.name.split("-", 1)[0]
        recorded_at = note.stat().st_mtime
        if not pid_text.isdigit() or recorded_at >= started_at:
            continue
        if _may_still_run(int(pid_text), recorded_at):
            continue
        partial = Path(note.read_text(encoding="utf-8"))
        if partial.name.endswith(PARTIAL_SUFFIX):
            removed += remove_with_companions(partial)
        note.unlink(missing_ok=True)
    return removed


def remove_with_companions(partial: Path) -> list[Path]:
    """Remove a partial file and the journal files SQLite may have left beside it."""
    removed = []
    for path in (partial.with_name(partial.name + suffix) for suffix in _COMPANIONS):
        if path.exists():
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def _may_still_run(pid: int, recorded_at: float) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return time.time() - recorded_at < _UNTOUCHED_SECONDS
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
