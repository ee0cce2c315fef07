"""The meeting file: a whole meeting as one JSON document with a schema version.

This module knows the envelope (format name, schema version, size limit, JSON syntax) and
how to read typed values with errors that say where in the file a value is wrong; the
meeting transfer service fills and reads the document's body.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from anmc_desktop.errors import UserFacingError

FORMAT = "anmc-desktop-meeting"
SCHEMA_VERSION = 2
MAX_FILE_BYTES = 50 * 1024 * 1024
# Every whole number of the schema is stored in a 32-bit database integer (PostgreSQL's
# INTEGER); a larger one must be refused here, not by the database driver.
SMALLEST_INTEGER = -(2**31)
LARGEST_INTEGER = 2**31 - 1

EnumT = TypeVar("EnumT", bound=enum.Enum)


class MeetingFileError(UserFacingError):
    """A meeting file that cannot be read; the message names the place in the file."""


def dump(body: Mapping[str, Any]) -> bytes:
    document = {"format": FORMAT, "schema_version": SCHEMA_VERSION, **body}
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def load(data: bytes, name: str) -> dict[str, Any]:
    if len(data) > MAX_FILE_BYTES:
        raise MeetingFileError(f"{name} is larger than {MAX_FILE_BYTES // 1024 // 1024} MB.")
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as error:
        raise MeetingFileError(
            f"{name} is not a meeting file (not valid JSON: {error})."
        ) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise MeetingFileError(f"{name} is not an ANMC Desktop meeting file.")
    version = document.get("schema_version")
    if not isinstance(version, int) or version < 1:
        raise MeetingFileError(f"{name} has no valid schema version.")
    if version > SCHEMA_VERSION:
        raise MeetingFileError(
            f"{name} was written by a newer ANMC Desktop (meeting file version {version}); "
            "please upgrade the app to open it."
        )
    return document


class Reader:
    """Typed access to one JSON object; ``where`` names it in error messages."""

    def __init__(self, value: object, where: str) -> None:
        if not isinstance(value, dict):
            raise MeetingFileError(f"meeting file, {where or 'top level'}: expected an object.")
        self._value = value
        self.where = where

    def _get(self, key: str, kinds: tuple[type, ...], default: object = ...) -> Any:
        if key not in self._value:
            if default is ...:
                raise MeetingFileError(f"meeting file, {self._at(key)}: missing.")
            return default
        value = self._value[key]
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            names = " or ".join(kind.__name__ for kind in kinds)
            raise MeetingFileError(f"meeting file, {self._at(key)}: expected {names}.")
        return value

    def text(self, key: str, default: str | None = None) -> str:
        return str(self._get(key, (str,), ... if default is None else default))

    def optional_text(self, key: str) -> str | None:
        value = self._get(key, (str, type(None)), None)
        return None if value is None else str(value)

    def integer(self, key: str) -> int:
        return self._in_range(key, int(self._get(key, (int,))))

    def optional_integer(self, key: str) -> int | None:
        value = self._get(key, (int, type(None)), None)
        return None if value is None else self._in_range(key, int(value))

    def flag(self, key: str, default: bool = False) -> bool:
        return bool(self._get(key, (bool,), default))

    def day(self, key: str) -> dt.date:
        return self._parse(key, self.text(key), dt.date.fromisoformat)

    def optional_day(self, key: str) -> dt.date | None:
        text = self.optional_text(key)
        return None if text is None else self._parse(key, text, dt.date.fromisoformat)

    def moment(self, key: str) -> dt.datetime:
        return self._wall_clock(key, self.text(key))

    def optional_moment(self, key: str) -> dt.datetime | None:
        text = self.optional_text(key)
        return None if text is None else self._wall_clock(key, text)

    def choice(self, key: str, enum_class: type[EnumT]) -> EnumT:
        value = self.text(key)
        try:
            return enum_class(value)
        except ValueError as error:
            allowed = ", ".join(str(member.value) for member in enum_class)
            raise MeetingFileError(
                f"meeting file, {self._at(key)}: {value!r} is not one of {allowed}."
            ) from error

    def object(self, key: str) -> Reader:
        return Reader(self._get(key, (dict,)), self._at(key))

    def objects(self, key: str) -> list[Reader]:
        items = self._get(key, (list,), [])
        return [Reader(item, f"{self._at(key)}[{index}]") for index, item in enumerate(items)]

    def _at(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def integers(self, key: str) -> list[int]:
        items = self._get(key, (list,), [])
        if not all(isinstance(item, int) and not isinstance(item, bool) for item in items):
            raise MeetingFileError(f"meeting file, {self._at(key)}: expected numbers.")
        return [self._in_range(key, item) for item in items]

    def _in_range(self, key: str, value: int) -> int:
        if not SMALLEST_INTEGER <= value <= LARGEST_INTEGER:
            raise MeetingFileError(
                f"meeting file, {self._at(key)}: the number is out of range "
                f"(at most {LARGEST_INTEGER:,})."
            )
        return value

    def _wall_clock(self, key: str, text: str) -> dt.datetime:
        """Times are wall-clock times in the host city's zone: an offset would be kept by
        SQLite but converted by PostgreSQL, so the same file would give other times."""
        moment: dt.datetime = self._parse(key, text, dt.datetime.fromisoformat)
        if moment.tzinfo is not None:
            raise MeetingFileError(
                f"meeting file, {self._at(key)}: {text!r} carries a time zone; "
                "times are written as the host city's wall-clock time, without an offset."
            )
        return moment

    def _parse(self, key: str, text: str, parser: Any) -> Any:
        try:
            return parser(text)
        except ValueError as error:
            raise MeetingFileError(
                f"meeting file, {self._at(key)}: {text!r} is not a valid date or time."
            ) from error
