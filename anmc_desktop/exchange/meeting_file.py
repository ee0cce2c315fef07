"""The meeting file: a whole meeting as one JSON document with a schema version.

This module knows the envelope (format name, schema version, JSON syntax) and the limits
of what it reads: the size is checked while the file is read, the nesting depth before it
is parsed (Python's json module has none), lone surrogates after. The meeting transfer
service fills and reads the document's body (exchange/meeting_file_reader.py reads it
typed); the format is described by meeting_file.schema.json beside this module.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from itertools import accumulate
from pathlib import Path
from typing import Any

from anmc_desktop import __version__
from anmc_desktop.errors import UserFacingError

FORMAT = "anmc-desktop-meeting"
# 2: the meeting's and the agenda items' identities (uuid) and the items' calendar sequence.
# 3: the declaration's texts, one per language ("versions"), and per signatory whether
# the full powers arrived and whether the signature is ad referendum.
SCHEMA_VERSION = 3
WRITTEN_BY = f"anmc-desktop {__version__}"  # which app wrote a file, for whoever reads it
MAX_FILE_BYTES = 200 * 1024 * 1024  # a meeting of 100,000 persons writes 52 MB
# A meeting file is 6 levels deep; anything much deeper is not one, and would be parsed
# by recursion.
MAX_DEPTH = 32
_READ_CHUNK_BYTES = 1024 * 1024

# A JSON string, or an unterminated one up to the end: every match from a quote succeeds, and
# possessively, so the scan stays linear whatever the file holds.
_STRING = re.compile(rb'"[^"\\]*+(?:\\.[^"\\]*+)*+(?:"|\\?\Z)', re.DOTALL)
_NOT_BRACKETS = bytes(sorted(set(range(256)) - set(b"[]{}")))
# Each bracket as the step it makes in depth, a signed byte: +1 opens, -1 (0xff) closes.
_AS_DEPTH_STEPS = bytes.maketrans(b"[]{}", b"\x01\xff\x01\xff")
# Only an escaped surrogate (\ud800 to \udfff) can make a lone one: raw ones are no UTF-8.
_ESCAPED_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")


class MeetingFileError(UserFacingError):
    """A meeting file that cannot be read; the message names the place in the file."""


def dump(body: Mapping[str, Any]) -> bytes:
    """The document as UTF-8 JSON: its objects and lists down to the persons one member a
    line, each person (and each deeper value) on one line.

    json's indent would write every value on a line of its own, but only through its pure
    Python encoder: a meeting of 100,000 persons took ten seconds. Each line here is
    encoded by the C encoder.
    """
    document = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "written_by": WRITTEN_BY,
        **body,
    }
    parts: list[str] = []
    _write(document, 0, parts)
    return "".join(parts).encode("utf-8")


_encode = json.JSONEncoder(ensure_ascii=False).encode
_LINES_DEPTH = 3  # document, delegations, a delegation, its persons: one line each below


def _write(value: object, depth: int, parts: list[str]) -> None:
    if depth > _LINES_DEPTH or not isinstance(value, dict | list) or not value:
        parts.append(_encode(value))
        return
    inside = "\n" + " " * (depth + 1)
    opening, closing = ("{", "}") if isinstance(value, dict) else ("[", "]")
    parts.append(opening)
    items = value.items() if isinstance(value, dict) else ((None, item) for item in value)
    for number, (key, item) in enumerate(items):
        parts.append(("," if number else "") + inside)
        if key is not None:
            parts.append(_encode(key) + ": ")
        _write(item, depth + 1, parts)
    parts.append("\n" + " " * depth + closing)


def read_meeting_file(path: Path) -> bytes:
    """The file's bytes, read in chunks that stop one byte past the size limit, so that a
    huge file (or /dev/zero) is refused without being read whole."""
    chunks: list[bytes] = []
    size = 0
    with path.open("rb") as file:
        while size <= MAX_FILE_BYTES:
            chunk = file.read(min(_READ_CHUNK_BYTES, MAX_FILE_BYTES + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    if size > MAX_FILE_BYTES:
        raise _too_large(path.name)
    return b"".join(chunks)


def load(data: bytes, name: str) -> dict[str, Any]:
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(name)
    if _too_deep(data):
        raise MeetingFileError(
            f"{name} is not a meeting file (nested more than {MAX_DEPTH} levels deep)."
        )
    try:
        document = json.loads(data.decode("utf-8-sig"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError) as error:
        raise MeetingFileError(
            f"{name} is not a meeting file (not valid JSON: {error})."
        ) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise MeetingFileError(f"{name} is not an ANMC Desktop meeting file.")
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise MeetingFileError(f"{name} has no valid schema version.")
    if version > SCHEMA_VERSION:
        raise MeetingFileError(
            f"{name} was written by a newer ANMC Desktop (meeting file version {version}); "
            "please upgrade the app to open it."
        )
    if _ESCAPED_SURROGATE.search(data):
        _refuse_lone_surrogates(document)
    return document


def _too_large(name: str) -> MeetingFileError:
    return MeetingFileError(f"{name} is larger than {MAX_FILE_BYTES // 1024 // 1024} MB.")


def _too_deep(data: bytes) -> bool:
    """Whether brackets outside strings nest deeper than MAX_DEPTH (open ones that are
    never closed count: the parser descends into them), counted without recursion up to
    the first bracket too deep."""
    steps = memoryview(_STRING.sub(b"", data).translate(_AS_DEPTH_STEPS, _NOT_BRACKETS))
    return any(depth > MAX_DEPTH for depth in accumulate(steps.cast("b")))


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number of JSON")


def _refuse_lone_surrogates(document: dict[str, Any]) -> None:
    """Texts are stored as UTF-8, which cannot hold half of a surrogate pair."""
    pending: list[tuple[str, object]] = [("", document)]
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
