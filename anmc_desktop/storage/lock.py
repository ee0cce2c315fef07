"""One writer per database file, across processes.

An OS-level lock (flock on POSIX, LockFileEx on Windows, through the ``filelock``
package) on ``<database>.lock`` is held for as long as a writable ``Database`` is open.
The kernel drops it when the process dies, even by SIGKILL, so a crash never leaves a
stale lock behind. A small ``<database>.owner`` file names who holds it, so a second
instance can tell the organizer which window has the file open.

Within one process the lock is shared (reference-counted): it guards against a second
*process*, while one app may well open the same file twice (a read pool, a test).
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from anmc_desktop.errors import DatabaseOpenError
from anmc_desktop.storage.permissions import OWNER_ONLY_FILE, restrict_file


@dataclass(frozen=True)
class LockHolder:
    user: str
    host: str
    pid: int

    def __str__(self) -> str:
        return f"{self.user} on {self.host} (process {self.pid})"


class DatabaseInUseError(DatabaseOpenError):
    """Another process has the database open for writing; it can still be opened read-only."""

    def __init__(self, database_path: Path, holder: LockHolder | None) -> None:
        self.database_path = database_path
        self.holder = holder
        by = f" by {holder}" if holder else ""
        super().__init__(
            f"{database_path} is already open in another ANMC Desktop window{by}. "
            "Close it there, or open the database read-only."
        )


def lock_path(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + ".lock")


def owner_path(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + ".owner")


def _current_holder() -> LockHolder:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown user"
    return LockHolder(user=user, host=socket.gethostname(), pid=os.getpid())


def read_holder(database_path: Path) -> LockHolder | None:
    try:
        data = json.loads(owner_path(database_path).read_text(encoding="utf-8"))
        return LockHolder(user=str(data["user"]), host=str(data["host"]), pid=int(data["pid"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class WriterLock:
    """The process's claim to be the only writer of one database file."""

    _registry: dict[Path, WriterLock] = {}  # noqa: RUF012 (one registry for the process)
    _registry_guard = threading.Lock()

    def __init__(self, database_path: Path) -> None:
        self.database_path = database_path
        self._file_lock = FileLock(
            lock_path(database_path), timeout=0, thread_local=False, mode=OWNER_ONLY_FILE
        )
        self._users = 0

    @classmethod
    def acquire(cls, database_path: Path) -> WriterLock:
        """Claim the file, or raise DatabaseInUseError naming the other holder."""
        key = database_path.resolve()
        with cls._registry_guard:
            lock = cls._registry.get(key)
            if lock is None:
                lock = cls(key)
                try:
                    lock._file_lock.acquire()
                except Timeout:
                    raise DatabaseInUseError(key, read_holder(key)) from None
                lock._write_owner()
                cls._registry[key] = lock
            lock._users += 1
            return lock

    @classmethod
    def open_paths(cls) -> set[Path]:
        """The database files this process holds open for writing."""
        with cls._registry_guard:
            return set(cls._registry)

    def release(self) -> None:
        with self._registry_guard:
            self._users -= 1
            if self._users > 0:
                return
            del self._registry[self.database_path]
            owner_path(self.database_path).unlink(missing_ok=True)
            self._file_lock.release()

    def _write_owner(self) -> None:
        holder = _current_holder()
        path = owner_path(self.database_path)
        path.write_text(json.dumps(holder.__dict__), encoding="utf-8")
        restrict_file(path)


@contextmanager
def closed_everywhere(database_path: Path) -> Iterator[None]:
    """Hold the file's writer lock while replacing or moving it.

    Raises DatabaseInUseError if another process has it open, and DatabaseOpenError if
    this process does (the window must close its database first).
    """
    if database_path.resolve() in WriterLock.open_paths():
        raise DatabaseOpenError(f"Close {database_path} before replacing or moving it.")
    lock = WriterLock.acquire(database_path)
    try:
        yield
    finally:
        lock.release()
