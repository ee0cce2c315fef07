"""Backups of a SQLite database with SQLite's online backup API.

A backup is a consistent copy taken while the app keeps working, written to a private
temporary file, switched to a self-contained journal mode, verified with
``integrity_check`` and only then given its final name. Each database has its own folder
under ``paths.backups_dir()``; the names carry the time (UTC) and the reason.

Rotation keeps the newest ``KEEP_RECENT`` automatic backups, plus the newest of each day
for ``KEEP_DAYS`` days. Backups an organizer asked for ("manual") and those taken before a
restore or an upgrade ("before-...") hold a state nothing else holds: rotation never
deletes them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from anmc_desktop import paths
from anmc_desktop.errors import UserFacingError, storage_fault
from anmc_desktop.files import PARTIAL_SUFFIX, recorded_partial
from anmc_desktop.progress import Progress
from anmc_desktop.storage.lock import closed_everywhere
from anmc_desktop.storage.permissions import (
    companions,
    create_private_file,
    read_only_uri,
    restrict_database_files,
    restrict_folder,
)
from anmc_desktop.storage.set_aside import set_aside

KEEP_RECENT = 24
KEEP_DAYS = 30
BUSY_TIMEOUT_S = 10.0
PAGES_PER_STEP = 256  # 1 MB of 4 KB pages between two looks at Cancel
CHECK_STEPS = 100_000  # virtual machine steps of a check between two looks at Cancel

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}\d{6}Z)-(?P<reason>[a-z-]+)\.db$")
_STAMP = "%Y%m%dT%H%M%S%fZ"


class BackupError(UserFacingError):
    """A backup that could not be taken, verified or restored."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime  # UTC, aware
    reason: str
    meetings: int | None
    persons: int | None

    @property
    def summary(self) -> str:
        """What the backup holds, for a list the organizer picks from."""
        if self.meetings is None or self.persons is None:
            return "contents unknown"
        return f"{self.meetings} meeting(s), {self.persons} person(s)"


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def backup_folder(database_path: Path) -> Path:
    """This database's folder of backups (named after the file and a hash of its path)."""
    resolved = database_path.expanduser().resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:8]
    root = paths.backups_dir()
    folder = root / f"{resolved.stem}-{digest}"
    folder.mkdir(parents=True, exist_ok=True)
    restrict_folder(root)
    restrict_folder(folder)
    return folder


def connect(path: Path) -> sqlite3.Connection:
    """A connection to the database file; read-only where its folder cannot be written."""
    if path.exists() and not os.access(path.parent, os.W_OK):
        connection = sqlite3.connect(
            read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None
        )
    else:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    return connection


def as_reported(text: bytes) -> str:
    """Text SQLite reports from a damaged file, whose bytes may be no UTF-8 (a scribbled
    page's values quoted in integrity_check's rows or in its error's message): the bytes
    that are not, replaced."""
    return text.decode("utf-8", errors="replace")


def integrity_problems(path: Path, progress: Progress | None = None) -> list[str]:
    """What ``integrity_check`` and ``foreign_key_check`` report; empty when healthy.
    Cancelled through ``progress`` (from another thread), the check stops within moments
    and raises JobCancelledError."""
    try:
        with closing(connect(path)) as connection:
            connection.text_factory = as_reported
            if progress is not None:
                connection.set_progress_handler(lambda: progress.cancelled, CHECK_STEPS)
            integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            foreign = list(connection.execute("PRAGMA foreign_key_check"))
    except sqlite3.DatabaseError as error:
        if progress is not None:
            progress.step("Checking the copy")  # raises when the check was cancelled
        fault = storage_fault(path, error)
        if fault is not None:
            raise fault from error
        return [str(error)]
    except UnicodeDecodeError as error:  # SQLite's message quoted bytes of a damaged page
        return [as_reported(bytes(error.object))]
    problems = [line for line in integrity if line != "ok"]
    problems += [f"row {row[1]} of {row[0]} refers to a missing {row[2]}" for row in foreign]
    return problems


def contents(path: Path) -> tuple[int | None, int | None]:
    """How many meetings and persons a database holds (None when it cannot tell)."""
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
            meetings = connection.execute("SELECT count(*) FROM meeting").fetchone()[0]
            persons = connection.execute("SELECT count(*) FROM person").fetchone()[0]
    except sqlite3.DatabaseError:
        return None, None
    return int(meetings), int(persons)


def copy_database(
    source: Path,
    destination: Path,
    progress: Progress | None = None,
    step: str = "Copying the pages",
) -> None:
    """Copy a live database into a new private file, verified, with the backup API.

    The copy is switched to the rollback journal so that it is one self-contained file.
    The destination must not exist; on any failure, or when ``progress`` is cancelled
    (it is told of every ``PAGES_PER_STEP`` pages copied, as ``step``), it does not exist
    afterwards.
    """
    progress = progress or Progress()
    partial = destination.with_name(destination.name + PARTIAL_SUFFIX)
    partial.unlink(missing_ok=True)

    def copied(_status: int, remaining: int, pages: int) -> None:
        progress.step(step, pages - remaining, pages)  # raising stops the backup API

    try:
        with recorded_partial(partial):
            progress.step(step)
            create_private_file(partial)
            with closing(connect(source)) as reader, closing(connect(partial)) as writer:
                reader.backup(writer, pages=PAGES_PER_STEP, progress=copied)
                writer.execute("PRAGMA journal_mode = DELETE")
            progress.step("Checking the copy")
            problems = integrity_problems(partial, progress)
            if problems:
                raise BackupError(
                    f"The copy of {source} failed its integrity check: {'; '.join(problems[:3])}"
                )
            progress.step("Checking the copy")  # the last moment Cancel leaves no file
            partial.replace(destination)
    except sqlite3.DatabaseError as error:
        fault = storage_fault(destination, error)
        raise fault or BackupError(f"Cannot copy {source}: {error}") from error
    except OSError as error:
        fault = storage_fault(destination, error)
        if fault is None:
            raise
        raise fault from error
    finally:
        for leftover in companions(partial):
            leftover.unlink(missing_ok=True)


def create_backup(
    database_path: Path,
    *,
    reason: str = "manual",
    destination: Path | None = None,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> BackupInfo:
    """Back up the database into its backups folder (or to ``destination``) and rotate;
    ``progress`` is told of the pages copied and may cancel until the copy is in place."""
    taken_at = now or utc_now()
    if destination is None:
        folder = backup_folder(database_path)
        destination = folder / f"{database_path.stem}-{taken_at.strftime(_STAMP)}-{reason}.db"
    if destination.exists():
        raise BackupError(f"{destination} already exists; choose another file name.")
    copy_database(database_path, destination, progress)
    meetings, persons = contents(destination)
    if destination.parent == backup_folder(database_path):
        rotate(database_path, now=taken_at)
    return BackupInfo(destination, taken_at, reason, meetings, persons)


def list_backups(database_path: Path) -> list[BackupInfo]:
    """This database's backups, newest first, with what each holds."""
    found = []
    for path in backup_folder(database_path).glob("*.db"):
        match = _NAME.match(path.name)
        if match is None:
            continue
        taken_at = dt.datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=dt.UTC)
        meetings, persons = contents(path)
        found.append(BackupInfo(path, taken_at, match["reason"], meetings, persons))
    return sorted(found, key=lambda info: info.taken_at, reverse=True)


def backups_to_keep(
    taken: list[dt.datetime], now: dt.datetime, keep_recent: int, keep_days: int
) -> set[dt.datetime]:
    """The newest ``keep_recent``, plus the newest of each day in the last ``keep_days``."""
    newest_first = sorted(taken, reverse=True)
    keep = set(newest_first[:keep_recent])
    oldest_day = (now - dt.timedelta(days=keep_days - 1)).date()
    seen_days: set[dt.date] = set()
    for moment in newest_first:
        day = moment.date()
        if day >= oldest_day and day not in seen_days:
            seen_days.add(day)
            keep.add(moment)
    return keep


def is_protected(reason: str) -> bool:
    """Whether rotation must leave a backup of this reason alone."""
    return reason == "manual" or reason.startswith("before-")


def rotate(
    database_path: Path,
    *,
    now: dt.datetime | None = None,
    keep_recent: int = KEEP_RECENT,
    keep_days: int = KEEP_DAYS,
) -> list[Path]:
    """Delete the automatic backups the rotation does not keep; returns what was deleted."""
    backups = [info for info in list_backups(database_path) if not is_protected(info.reason)]
    keep = backups_to_keep(
        [info.taken_at for info in backups], now or utc_now(), keep_recent, keep_days
    )
    deleted = []
    for info in backups:
        if info.taken_at not in keep:
            info.path.unlink(missing_ok=True)
            deleted.append(info.path)
    return deleted


def newest_good_backup(database_path: Path) -> BackupInfo | None:
    """The newest backup that passes its integrity check, to offer for a damaged file."""
    for info in list_backups(database_path):
        if not integrity_problems(info.path):
            return info
    return None


def restore(
    backup_path: Path, database_path: Path, progress: Progress | None = None
) -> BackupInfo | None:
    """Replace the database with a backup; the current database is backed up first.

    The database must be closed (no ``Database`` open on it in any process); the writer
    lock is held meanwhile. Returns the backup of the state that was replaced (None when
    there was no database, or it was damaged and has been set aside instead). Cancelled
    through ``progress`` while the backup is copied, it leaves the database untouched.
    """
    with closed_everywhere(database_path):
        return replace_closed_database(backup_path, database_path, progress)


def replace_closed_database(
    backup_path: Path, database_path: Path, progress: Progress | None = None
) -> BackupInfo | None:
    """``restore`` for a caller that already holds ``closed_everywhere``."""
    problems = integrity_problems(backup_path) if backup_path.exists() else ["it does not exist"]
    if problems:
        raise BackupError(f"{backup_path} cannot be restored: {'; '.join(problems[:3])}")
    incoming = database_path.with_name(database_path.name + ".restoring")
    incoming.unlink(missing_ok=True)
    copy_database(backup_path, incoming, progress, "Replacing the database")
    try:
        (progress or Progress()).step("Replacing the database")  # the last look at Cancel
    except BaseException:
        incoming.unlink()
        raise
    previous = None
    if database_path.exists():
        if integrity_problems(database_path):
            set_aside(database_path)
        else:
            previous = create_backup(database_path, reason="before-restore")
    for stale in companions(database_path)[1:]:
        stale.unlink(missing_ok=True)
    incoming.replace(database_path)
    restrict_database_files(database_path)
    return previous
