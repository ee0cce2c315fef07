"""Errors that carry a message meant for the organizer, as opposed to bugs."""

from __future__ import annotations

import datetime as dt
import errno
import os
from dataclasses import dataclass
from pathlib import Path


class UserFacingError(Exception):
    """A known failure whose message can be shown to the user as it is."""


@dataclass(frozen=True)
class FieldError:
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.field}: {self.reason}"


class ValidationError(UserFacingError):
    """Input that cannot be saved; each problem names its field and the reason."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(str(error) for error in errors))

    @classmethod
    def single(cls, field: str, reason: str) -> ValidationError:
        return cls([FieldError(field, reason)])

    def for_field(self, field: str) -> str | None:
        reasons = [error.reason for error in self.errors if error.field == field]
        return " ".join(reasons) if reasons else None


class NotFoundError(UserFacingError):
    """A record that does not (or no longer) exist."""


class DatabaseOpenError(UserFacingError):
    """A database that cannot be opened: newer schema, foreign file, unreachable server."""


class BrokenRuleError(UserFacingError):
    """The database refused a write that breaks one of its rules (a unique name, a foreign
    key...): a race with another organizer's save, or inconsistent imported data."""

    def __init__(self, message: str, rule: str) -> None:
        self.rule = rule
        super().__init__(message)


@dataclass(frozen=True)
class ChangedField:
    """One field another organizer changed since this one loaded the record."""

    field: str
    before: object
    after: object
    by: str
    at: dt.datetime | None

    def __str__(self) -> str:
        return f"{self.field}: {self.before!r} → {self.after!r}"


class ConflictError(UserFacingError):
    """The record changed in the database since it was loaded for editing.

    ``changes`` lists what the other organizer changed (empty when the change log cannot
    tell, e.g. the record was changed by a tool that bypasses the app). To overwrite
    deliberately, save again with ``current_version`` as the expected version.
    ``record_id`` is None when only the table is known (two saves at the same moment).
    ``label`` names the record for people ("Andrey Knorr", "the delegation of Tomsk");
    without it the record is named by its kind and id.
    """

    def __init__(
        self,
        what: str,
        record_id: int | None,
        changes: list[ChangedField] | None = None,
        *,
        current_version: int | None = None,
        label: str | None = None,
    ) -> None:
        self.what = what
        self.record_id = record_id
        self.label = label
        self.changes = changes or []
        self.current_version = current_version
        super().__init__(self._message())

    @classmethod
    def from_stale_data(cls, detail: str) -> ConflictError:
        """Another organizer's save won the race at the very moment of this one's.

        ``detail`` is SQLAlchemy's StaleDataError text, which names the table in quotes.
        """
        table = detail.split("'")[1] if detail.count("'") >= 2 else "record"
        return cls(table.replace("_", " ").capitalize(), None)

    @property
    def subject(self) -> str:
        """The record in words: its label, else e.g. "City 7" or "this city"."""
        if self.label:
            return self.label
        if self.record_id is None:
            return f"this {self.what.lower()}"
        return f"{self.what} {self.record_id}"

    @property
    def changed_by(self) -> list[str]:
        return sorted({change.by for change in self.changes})

    def _message(self) -> str:
        if not self.changes:
            return (
                f"{self.subject[0].upper()}{self.subject[1:]} was changed by someone else "
                "since you opened it; reload it to see the changes."
            )
        who = ", ".join(self.changed_by)
        fields = "; ".join(str(change) for change in self.changes)
        return f"{who} changed {self.subject} since you opened it: {fields}"


class StorageFaultError(UserFacingError):
    """The disk or the server refused the work: full, read-only, no permission, an
    input/output error, a lost connection. Named as what it is, with what to do; nothing
    was written half (the transaction or the partial file was dropped).

    ``kind``: "full", "read_only", "permission", "io" or "lost_connection"."""

    def __init__(self, message: str, kind: str = "io") -> None:
        self.kind = kind
        super().__init__(message)

    @property
    def may_be_read(self) -> bool:
        """A database this fault keeps from being written may still be opened read-only:
        on a read-only disk, or a file or folder this user may not write."""
        return self.kind in {"read_only", "permission"}


_FAULT_ADVICE = {
    "full": "the disk is full. Nothing was saved; free some space (or choose another "
    "place) and try again.",
    "read_only": "the disk or the file is read-only. Nothing was saved; open the database "
    "read-only, or copy it to a folder you can write to.",
    "permission": "you have no permission to write there. Nothing was saved; ask the "
    "folder's owner for access, or choose another place.",
    "io": "the disk reported an input/output error (was it removed or unplugged?). Nothing "
    "was saved; check the disk and try again.",
}
# Less free space than this on the disk of a failed write: the disk is full.
_NEARLY_FULL_BYTES = 64 * 1024
_FAULT_OF_ERRNO = {
    errno.ENOSPC: "full",
    errno.EDQUOT: "full",
    errno.EROFS: "read_only",
    errno.EACCES: "permission",
    errno.EPERM: "permission",
    errno.EIO: "io",
}
# What SQLite says for each fault (its error codes SQLITE_FULL, SQLITE_READONLY,
# SQLITE_CANTOPEN / SQLITE_PERM, SQLITE_IOERR), as the Python driver reports them.
_FAULT_OF_SQLITE_MESSAGE = {
    "database or disk is full": "full",
    "attempt to write a readonly database": "read_only",
    "access permission denied": "permission",
    "unable to open database file": "permission",
    "disk i/o error": "io",
}


def storage_fault(where: object, error: BaseException) -> StorageFaultError | None:
    """The named fault behind ``error`` (an OSError, or a SQLite error) when writing
    ``where``; None when the error is something else."""
    if isinstance(error, OSError):
        fault = _FAULT_OF_ERRNO.get(error.errno or 0)
    else:
        text = str(error).lower()
        fault = next((f for m, f in _FAULT_OF_SQLITE_MESSAGE.items() if m in text), None)
    if fault is None:
        return None
    # SQLite reports some writes to a full or read-only disk as an I/O error or a file it
    # cannot open: the disk itself tells which.
    fault = _disk_state(where) or fault
    return StorageFaultError(f"Cannot write {where}: {_FAULT_ADVICE[fault]}", fault)


def _disk_state(where: object) -> str | None:
    """ "read_only" or "full" when the disk holding ``where`` (a path) is so (POSIX)."""
    if not isinstance(where, Path) or not hasattr(os, "statvfs"):
        return None
    existing = next((p for p in (where, *where.parents) if _visible(p)), None)
    if existing is None:
        return None
    try:
        disk = os.statvfs(existing)
    except OSError:
        return None
    if disk.f_flag & os.ST_RDONLY:
        return "read_only"
    return "full" if disk.f_bavail * disk.f_frsize < _NEARLY_FULL_BYTES else None


def _visible(path: Path) -> bool:
    """Whether ``path`` exists and may be looked at: inside a folder without permission
    even asking raises (Path.exists does not hide that)."""
    try:
        path.stat()
    except OSError:
        return False
    return True


def lost_connection(server: str) -> StorageFaultError:
    return StorageFaultError(
        f"The connection to the database server {server} was lost. Nothing of the last "
        "change was saved; check the network and that the server runs, then try again.",
        "lost_connection",
    )
