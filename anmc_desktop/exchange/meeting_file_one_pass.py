"""Reading a meeting file once while it is imported, where its order allows.

A file is checked before it is built (exchange/meeting_file_checks.py), and the checks
need every record. Read twice, the first reading gathers the file's outline and the
second writes (exchange/meeting_file_stream.py): parsing the persons twice was a tenth of
an import. The app writes the envelope, the cities and the meeting before the delegations,
and the agenda and declarations after them, so one reading can write the delegations as
it reads them, gather the outline on the way, and check it once the delegations are read,
before the agenda and the declarations are built. The import runs in one transaction, so
what was written before a check refuses the file is rolled back.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from anmc_desktop.exchange.meeting_file import MeetingFileError
from anmc_desktop.exchange.meeting_file_checks import refuse_contradictions
from anmc_desktop.exchange.meeting_file_reader import Reader
from anmc_desktop.exchange.meeting_file_stream import (
    STREAMED,
    check_envelope,
    sections,
    without_persons,
)

# What the delegations need read before them: the envelope, and the cities and meeting
# they refer to.
_BEFORE_DELEGATIONS = ("format", "schema_version", "cities", "meeting")


class OnePassReading:
    """The file's top-level values before its delegations, read at once (``document``,
    its delegations left out, as the typed reading takes it); the delegations as they are
    iterated, each as a Reader; then the rest of the file, added to ``document``, and the
    outline of the whole file checked. ``ready`` says whether the file can be read so:
    its envelope is right and the values the delegations need come before them."""

    def __init__(self, file: BinaryIO, name: str) -> None:
        self._name = name
        self._sections = sections(file, name)
        self.document: dict[str, Any] = {}
        self.unknown_keys: list[str] = []
        self._delegations: Iterator[Any] | None = None
        self._outlines: list[object] = []
        for key, value in self._sections:
            self._keep(key, [] if key == STREAMED else value)
            if key == STREAMED:
                if isinstance(value, Iterator):
                    self._delegations = value
                break

    @property
    def ready(self) -> bool:
        if self._delegations is None or not all(
            key in self.document for key in _BEFORE_DELEGATIONS
        ):
            return False
        try:
            check_envelope(self.document, self._name)
        except MeetingFileError:
            return False  # refused by the reading in two passes, in its order of refusals
        return True

    def __iter__(self) -> Iterator[Reader]:
        if self._delegations is None:
            raise RuntimeError("iterated a meeting file that is not ready to be read once")
        for index, delegation in enumerate(self._delegations):
            self._outlines.append(without_persons(delegation))
            reader = Reader(delegation, f"{STREAMED}[{index}]")
            yield reader
            self.unknown_keys.extend(reader.unknown_keys())
        for key, value in self._sections:
            self._keep(key, value)
        refuse_contradictions(self.document | {STREAMED: self._outlines}, self._name)
        self._outlines = []

    def _keep(self, key: str, value: object) -> None:
        if key in self.document:  # as the first of two readings refuses it
            raise MeetingFileError(f"meeting file, {key}: given twice.")
        self.document[key] = value
