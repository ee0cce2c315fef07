"""Typed reading of a meeting file's document, with errors that say where a value is wrong."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Mapping
from typing import Any, TypeVar

from anmc_desktop.exchange.meeting_file import MeetingFileError

# Every whole number of the schema is stored in a 32-bit database integer (PostgreSQL's
# INTEGER); a larger one must be refused here, not by the database driver.
SMALLEST_INTEGER = -(2**31)
LARGEST_INTEGER = 2**31 - 1

EnumT = TypeVar("EnumT", bound=enum.Enum)
# Per JSON object of one document (by id): the keys that readers asked for.
_AskedKeys = dict[int, set[str]]
_CONTAINERS = {dict, list}  # exactly what json makes of objects and lists
_NONE_ASKED: frozenset[str] = frozenset()


class Reader:
    """Typed access to one JSON object; ``where`` names it in error messages.

    The readers of one document remember which keys were asked for, so that the keys
    nobody asked for are listed (``unknown_keys``), never dropped without a word.
    """

    def __init__(self, value: object, where: str, asked: _AskedKeys | None = None) -> None:
        if not isinstance(value, dict):
            raise MeetingFileError(f"meeting file, {where or 'top level'}: expected an object.")
        self._value = value
        self.where = where
        self._asked = asked if asked is not None else {}
        self._keys = self._asked.setdefault(id(value), set())

    def known(self, *keys: str) -> None:
        """Count these keys as read (the envelope's, read before the body)."""
        self._keys.update(keys)

    def unknown_keys(self) -> tuple[str, ...]:
        """Where the document holds keys no reader asked for, in the document's order."""
        found: list[str] = []
        pending: list[tuple[str, object, bool]] = [(self.where, self._value, True)]
        while pending:
            where, value, asked_for = pending.pop()
            if not asked_for:
                found.append(where)
                continue
            # Only what is listed or looked into gets a name: a file holds hundreds of
            # thousands of keys, nearly all asked for and holding plain values.
            inner: list[tuple[str, object, bool]] = []
            if isinstance(value, dict):
                asked = self._asked.get(id(value), set())
                if asked.issuperset(value) and _CONTAINERS.isdisjoint(map(type, value.values())):
                    continue  # every key asked for, none holding more (nearly every record)
                inner = [
                    (f"{where}.{key}" if where else key, item, key in asked)
                    for key, item in value.items()
                    if key not in asked or isinstance(item, dict | list)
                ]
            elif isinstance(value, list):
                inner = [
                    (f"{where}[{index}]", item, True)
                    for index, item in enumerate(value)
                    if isinstance(item, dict | list) and not self._read_in_full(item)
                ]
            pending.extend(reversed(inner))
        return tuple(found)

    def _read_in_full(self, value: dict[str, Any] | list[Any]) -> bool:
        """Whether every key of this object was asked for and none holds more (nearly
        every record of a list): passed over without a name of its own."""
        return (
            type(value) is dict
            and self._asked.get(id(value), _NONE_ASKED).issuperset(value)
            and _CONTAINERS.isdisjoint(map(type, value.values()))
        )

    def _get(self, key: str, kinds: tuple[type, ...], default: object = ...) -> Any:
        self._keys.add(key)
        if key not in self._value:
            if default is ...:
                raise MeetingFileError(f"meeting file, {self._at(key)}: missing.")
            return default
        value = self._value[key]
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            names = " or ".join(kind.__name__ for kind in kinds)
            raise MeetingFileError(f"meeting file, {self._at(key)}: expected {names}.")
        return value

    def values(self, keys: tuple[str, ...], defaults: tuple[object, ...]) -> tuple[object, ...]:
        """The values of ``keys`` as the file holds them, unchecked, each key's default
        where the object has none (one call for a record's many keys)."""
        self._keys.update(keys)
        return tuple(map(self._value.get, keys, defaults))

    def record(
        self, defaults: Mapping[str, object], known: frozenset[str]
    ) -> dict[str, object] | None:
        """The object's values over ``defaults`` (a value for each key of a record), every
        key of ``known`` counted as asked for, if it holds no other keys; else None, to
        be read key by key. One look for a record whose keys are all known (nearly every
        one of a file)."""
        value = self._value
        if not known.issuperset(value):
            return None
        self._keys.update(known)
        return defaults | value

    def has(self, key: str) -> bool:
        """Whether the object holds ``key`` (asked for, so never listed as unknown)."""
        self._keys.add(key)
        return key in self._value

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

    def identity(self, key: str) -> str | None:
        """A UUID in its canonical form; None if the file has none (schema version 1)."""
        text = self.optional_text(key)
        if text is None:
            return None
        try:
            return str(uuid.UUID(text))
        except ValueError as error:
            raise MeetingFileError(
                f"meeting file, {self._at(key)}: {text!r} is not a UUID."
            ) from error

    def count(self, key: str) -> int:
        """A whole number from 0 up; 0 if the file has none (schema version 1)."""
        value = self._in_range(key, int(self._get(key, (int,), 0)))
        if value < 0:
            raise MeetingFileError(f"meeting file, {self._at(key)}: must not be negative.")
        return value

    def object(self, key: str) -> Reader:
        return Reader(self._get(key, (dict,)), self._at(key), self._asked)

    def objects(self, key: str) -> list[Reader]:
        items = self._get(key, (list,), [])
        return [
            Reader(item, f"{self._at(key)}[{index}]", self._asked)
            for index, item in enumerate(items)
        ]

    def _at(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def integers(self, key: str) -> list[int]:
        items = self._get(key, (list,), [])
        if not all(isinstance(item, int) and not isinstance(item, bool) for item in items):
            raise MeetingFileError(f"meeting file, {self._at(key)}: expected numbers.")
        return [self._in_range(key, item) for item in items]

    def texts(self, key: str) -> list[str]:
        items = self._get(key, (list,), [])
        if not all(isinstance(item, str) for item in items):
            raise MeetingFileError(f"meeting file, {self._at(key)}: expected texts.")
        return list(items)

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
