"""The meeting file: a whole meeting as one JSON document with a schema version.

This module knows the envelope (format name, schema version), writes the document as it
is made, and holds the limits of what is read (exchange/meeting_file_stream.py reads a
file as a stream within them). The meeting transfer service fills and reads the
document's body (exchange/meeting_file_reader.py reads it typed); the format is described
by meeting_file.schema.json beside this module.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator, Mapping
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO

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
READ_CHUNK_BYTES = 1024 * 1024


class MeetingFileError(UserFacingError):
    """A meeting file that cannot be read; the message names the place in the file."""


def dump(body: Mapping[str, Any]) -> bytes:
    """The document as UTF-8 JSON (see ``write``)."""
    file = io.BytesIO()
    write(file, body)
    return file.getvalue()


def write(file: BinaryIO, body: Mapping[str, Any]) -> None:
    """Write the document as UTF-8 JSON: its objects and lists down to the persons one
    member a line, each person (and each deeper value) on one line.

    A list of the body may be an iterator, its members made as they are written (a
    meeting's persons, a delegation at a time): what is written goes to the file every
    few thousand lines, so a meeting of any size takes little memory.

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
    _write(document, 0, parts, file)
    _flush(parts, file)


def _one_line_encoder() -> Callable[[object], str]:
    """json's C encoder, made once: ``JSONEncoder.encode`` makes it again for every
    value, which took half of an export's writing."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return json.JSONEncoder(ensure_ascii=False).encode
    encoder = make(None, None, json.encoder.encode_basestring, None, ": ", ", ", False, False, True)
    return lambda value: "".join(encoder(value, 0))


_encode = _one_line_encoder()
_LINES_DEPTH = 3  # document, delegations, a delegation, its persons: one line each below
_FLUSH_PARTS = 20_000
_NOTHING = object()


def _write(value: object, depth: int, parts: list[str], file: BinaryIO) -> None:
    if isinstance(value, Iterator):
        first = next(value, _NOTHING)
        if first is _NOTHING:
            parts.append("[]")
            return
        value = chain((first,), value)
    elif depth > _LINES_DEPTH or not isinstance(value, dict | list) or not value:
        parts.append(_encode(value))
        return
    inside = "\n" + " " * (depth + 1)
    opening, closing = ("{", "}") if isinstance(value, dict) else ("[", "]")
    parts.append(opening)
    if depth == _LINES_DEPTH and not isinstance(value, dict):  # persons: a line each
        parts.extend(
            ("," if number else "") + inside + _encode(item) for number, item in enumerate(value)
        )
        parts.append("\n" + " " * depth + closing)
        return
    items = value.items() if isinstance(value, dict) else ((None, item) for item in value)
    for number, (key, item) in enumerate(items):
        parts.append(("," if number else "") + inside)
        if key is not None:
            parts.append(_encode(key) + ": ")
        _write(item, depth + 1, parts, file)
        if len(parts) > _FLUSH_PARTS:
            _flush(parts, file)
    parts.append("\n" + " " * depth + closing)


def _flush(parts: list[str], file: BinaryIO) -> None:
    file.write("".join(parts).encode("utf-8"))
    parts.clear()


def read_meeting_file(path: Path) -> bytes:
    """The file's bytes, read in chunks that stop one byte past the size limit, so that a
    huge file (or /dev/zero) is refused without being read whole."""
    chunks: list[bytes] = []
    size = 0
    with path.open("rb") as file:
        while size <= MAX_FILE_BYTES:
            chunk = file.read(min(READ_CHUNK_BYTES, MAX_FILE_BYTES + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    if size > MAX_FILE_BYTES:
        raise too_large(path.name)
    return b"".join(chunks)


def too_large(name: str) -> MeetingFileError:
    return MeetingFileError(f"{name} is larger than {MAX_FILE_BYTES // 1024 // 1024} MB.")
