"""Reading a meeting file as a stream: its top-level values one after another, and the
delegations (with their persons, nearly all of a file) one at a time, so that a meeting of
any size is read in little memory.

Each value is parsed by json's C decoder (``raw_decode``) from text decoded as the file is
read, within the limits of exchange/meeting_file.py: the size while reading, the nesting
depth and lone surrogates of each value once it is parsed. A value the text read so far
does not complete is parsed again once more of the file is read (in ever larger reads, so
the file is read once whatever its values' sizes).
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, BinaryIO

from anmc_desktop.exchange.meeting_file import (
    FORMAT,
    MAX_DEPTH,
    MAX_FILE_BYTES,
    READ_CHUNK_BYTES,
    SCHEMA_VERSION,
    MeetingFileError,
    too_large,
)
from anmc_desktop.exchange.meeting_file_reader import Reader

STREAMED = "delegations"  # the top-level list whose members are read one at a time
_TOP_KEY = re.compile(r"[^.\[]*")
_CONTAINERS = {dict, list}  # exactly what json makes of objects and lists
_WHITESPACE = " \t\n\r"
# Only an escaped surrogate (\ud800 to \udfff) can make a lone one: raw ones are no UTF-8.
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number of JSON")


_decode = json.JSONDecoder(parse_constant=_no_constant).raw_decode


def sections(
    file: BinaryIO, name: str, *, depth_checked: bool = False
) -> Iterator[tuple[str, Any]]:
    """The document's top-level keys and values in the file's order; the value of
    "delegations", if a list, is an iterator of its members, read as it is iterated (and
    skipped when the next key is asked for). Raises MeetingFileError for a file that is no
    JSON object or breaks a limit (not for a wrong format: see ``check_envelope``); the
    nesting depth only if not ``depth_checked`` by a reading before."""
    text = _Text(file, name, depth_checked)
    if text.next_char() != "{":
        text.value("")  # junk is "not valid JSON", other JSON no meeting file
        raise MeetingFileError(f"{name} is not an ANMC Desktop meeting file.")
    text.take("{")
    if text.next_char() == "}":
        text.take("}")
    else:
        while True:
            key = text.value("top level")
            if not isinstance(key, str):
                raise text.not_json("expecting a key")
            text.take(":")
            if key == STREAMED and text.next_char() == "[":
                members = _members(text, key)
                yield key, members
                for _ in members:  # what the reader did not take
                    pass
            else:
                yield key, text.value(key)
            if text.next_char() == "}":
                text.take("}")
                break
            text.take(",")
    if text.next_char():
        raise text.not_json("extra data after the document")


def check_envelope(document: Mapping[str, Any], name: str) -> None:
    """Refuse a document that is no meeting file, or one of a newer schema."""
    if document.get("format") != FORMAT:
        raise MeetingFileError(f"{name} is not an ANMC Desktop meeting file.")
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise MeetingFileError(f"{name} has no valid schema version.")
    if version > SCHEMA_VERSION:
        raise MeetingFileError(
            f"{name} was written by a newer ANMC Desktop (meeting file version {version}); "
            "please upgrade the app to open it."
        )


def file_outline(file: BinaryIO, name: str) -> dict[str, Any]:
    """The first reading of a meeting file: its top-level values, each delegation's
    persons reduced to their numbers (what the checks of exchange/meeting_file_checks.py
    look at), so that the outline of a meeting of any size is small."""
    outline: dict[str, Any] = {}
    for key, value in sections(file, name):
        if key in outline:  # the second reading would not know which one was checked
            raise MeetingFileError(f"meeting file, {key}: given twice.")
        streamed = key == STREAMED and isinstance(value, Iterator)  # else no list: refused
        outline[key] = [without_persons(d) for d in value] if streamed else value
    check_envelope(outline, name)
    return outline


def without_persons(delegation: object) -> object:
    """A delegation's outline: its persons reduced to their numbers."""
    if not isinstance(delegation, dict) or not isinstance(delegation.get("persons"), list):
        return delegation
    numbers = [{"number": p.get("number")} for p in delegation["persons"] if isinstance(p, dict)]
    return delegation | {"persons": numbers}


class StreamedDelegations:
    """The second reading of a meeting file: its delegations, one at a time, each as a
    Reader; once a delegation is done, the keys its readers did not ask for are kept in
    ``unknown_keys``."""

    def __init__(self, file: BinaryIO, name: str) -> None:
        self._file = file
        self._name = name
        self.unknown_keys: list[str] = []

    def __iter__(self) -> Iterator[Reader]:
        # The first reading checked the depth. Were the file changed since, a deeper
        # value is still refused by the typed reading or listed as unknown (both walk
        # without recursion), or by the decoder's own limit.
        for key, value in sections(self._file, self._name, depth_checked=True):
            if key != STREAMED:
                continue
            if not isinstance(value, Iterator):  # no list: the typed reading tells
                yield from Reader({key: value}, "").objects(key)
                return
            for index, delegation in enumerate(value):
                reader = Reader(delegation, f"{key}[{index}]")
                yield reader
                self.unknown_keys.extend(reader.unknown_keys())


def in_file_order(document: Mapping[str, Any], places: Iterable[str]) -> tuple[str, ...]:
    """Places in the file ("meeting.x", "delegations[2].y") in the order of the
    document's top-level keys (places of one key keep their order)."""
    order = {key: index for index, key in enumerate(document)}
    return tuple(sorted(places, key=lambda place: order.get(_TOP_KEY.match(place)[0], -1)))


def _members(text: _Text, key: str) -> Iterator[Any]:
    text.take("[")
    if text.next_char() == "]":
        text.take("]")
        return
    index = 0
    while True:
        yield text.value(f"{key}[{index}]", depth=2)
        index += 1
        if text.next_char() == "]":
            text.take("]")
            return
        text.take(",")


class _Text:
    """The file's text as far as it is read, and the place up to which it is parsed."""

    def __init__(self, file: BinaryIO, name: str, depth_checked: bool) -> None:
        self._file = file
        self._name = name
        self._depth_checked = depth_checked
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self._bytes_read = 0
        self._ended = False
        self._text = ""
        self._at = 0
        # Where the text held starts in the file, so that an error names its place there.
        self._chars_before = 0
        self._lines_before = 0
        self._column_before = 0

    def next_char(self) -> str:
        """The next character that is not white space ("" at the end), not taken."""
        while True:
            while self._at < len(self._text) and self._text[self._at] in _WHITESPACE:
                self._at += 1
            if self._at < len(self._text) or not self._read_more():
                return self._text[self._at : self._at + 1]

    def take(self, char: str) -> None:
        if self.next_char() != char:
            raise self.not_json(f"expecting {char!r}")
        self._at += 1

    def value(self, where: str, depth: int = 1) -> Any:
        """The JSON value that starts at the next character; ``where`` names it and
        ``depth`` is how many lists and objects hold it."""
        self.next_char()
        while True:
            try:
                value, end = _decode(self._text, self._at)
            except json.JSONDecodeError as error:
                if self._read_more():
                    continue
                raise self.not_json(self._placed(error)) from error
            except ValueError as error:  # a constant, such as NaN
                raise self.not_json(str(error)) from error
            except RecursionError as error:
                raise self._too_deep() from error
            # A number may go on in what is not read yet.
            if end < len(self._text) or not self._read_more():
                break
        start, self._at = self._at, end
        if (
            not self._depth_checked
            and isinstance(value, dict | list)
            and _deeper_than(value, MAX_DEPTH - depth)
        ):
            raise self._too_deep()
        if _ESCAPED_SURROGATE.search(self._text, start, end):
            _refuse_lone_surrogates(value, where)
        return value

    def not_json(self, reason: str) -> MeetingFileError:
        return MeetingFileError(f"{self._name} is not a meeting file (not valid JSON: {reason}).")

    def _placed(self, error: json.JSONDecodeError) -> str:
        """The decoder's message with its place in the whole file, not in the text held."""
        column = error.colno + (self._column_before if error.lineno == 1 else 0)
        line = error.lineno + self._lines_before
        return f"{error.msg}: line {line} column {column} (char {error.pos + self._chars_before})"

    def _too_deep(self) -> MeetingFileError:
        return MeetingFileError(
            f"{self._name} is not a meeting file (nested more than {MAX_DEPTH} levels deep)."
        )

    def _read_more(self) -> bool:
        """Read on (at least as much as is held, so each value is parsed a few times at
        most), dropping the text parsed; False at the end of the file."""
        if self._ended:
            return False
        wanted = max(READ_CHUNK_BYTES, len(self._text) - self._at)
        chunk = self._file.read(min(wanted, MAX_FILE_BYTES + 1 - self._bytes_read))
        self._bytes_read += len(chunk)
        if self._bytes_read > MAX_FILE_BYTES:
            raise too_large(self._name)
        self._ended = not chunk
        try:
            decoded = self._decoder.decode(chunk, final=self._ended)
        except UnicodeDecodeError as error:
            raise self.not_json(str(error)) from error
        self._count_dropped(self._at)
        self._text = self._text[self._at :] + decoded
        self._at = 0
        return True

    def _count_dropped(self, end: int) -> None:
        """Count the text held up to ``end`` as before it (counted where it is held: a
        copy of it took as long as the counting)."""
        newlines = self._text.count("\n", 0, end)
        if newlines:
            self._column_before = end - self._text.rfind("\n", 0, end) - 1
        else:
            self._column_before += end
        self._lines_before += newlines
        self._chars_before += end


def _deeper_than(value: dict[str, Any] | list[Any], levels: int) -> bool:
    """Whether lists and objects nest in ``value`` more than ``levels`` deep (itself one),
    level by level; a record of plain values (nearly every one) is passed by one look at
    the types of its values."""
    level: list[Any] = [value]
    for _ in range(levels):
        inner: list[Any] = []
        for container in level:
            members = container.values() if type(container) is dict else container
            if not _CONTAINERS.isdisjoint(map(type, members)):
                inner.extend(member for member in members if type(member) in _CONTAINERS)
        if not inner:
            return False
        level = inner
    return True


def _refuse_lone_surrogates(value: object, where: str) -> None:
    """Texts are stored as UTF-8, which cannot hold half of a surrogate pair."""
    pending: list[tuple[str, object]] = [(where, value)]
    while pending:
        where, value = pending.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                _check_text(where or "top level", key)
                pending.append((f"{where}.{key}" if where else key, item))
        elif isinstance(value, list):
            pending.extend((f"{where}[{index}]", item) for index, item in enumerate(value))
        elif isinstance(value, str):
            _check_text(where, value)


def _check_text(where: str, text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        lone = text[error.start].encode("unicode-escape").decode("ascii")
        raise MeetingFileError(
            f"meeting file, {where}: contains a lone surrogate ({lone}), which is no character."
        ) from error
