"""What an import of a meeting file wrote, record by record, enough to undo it: the
records it added, the values it changed as they were, the records it removed whole, and
the agenda's speaker rows before and after. Values are plain JSON (dates as ISO text,
enums as their values), typed again by the columns when they are put back."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from anmc_desktop.errors import UserFacingError

KIND = "anmc-desktop-meeting-import"
SpeakerRow = tuple[int, int, int]  # agenda item id, person id, position


@dataclass(frozen=True)
class AddedRecord:
    table: str
    id: int
    version: int | None  # after the import; None for a table without versions


@dataclass(frozen=True)
class ChangedRecord:
    table: str
    id: int
    version: int | None  # after the import
    before: dict[str, Any] = field(hash=False)  # the changed columns, as they were


@dataclass(frozen=True)
class RemovedRecord:
    table: str
    values: dict[str, Any] = field(hash=False)  # every column, as it was


@dataclass(frozen=True)
class ImportJournal:
    source: str
    meeting_id: int
    added: tuple[AddedRecord, ...] = ()
    changed: tuple[ChangedRecord, ...] = ()
    removed: tuple[RemovedRecord, ...] = ()
    speakers_before: tuple[SpeakerRow, ...] = ()
    speakers_after: tuple[SpeakerRow, ...] = ()

    def to_json(self) -> str:
        """The journal as text, to undo the import later (``anmc-desktop import undo``)."""
        return json.dumps(
            {
                "kind": KIND,
                "source": self.source,
                "meeting_id": self.meeting_id,
                "added": [[r.table, r.id, r.version] for r in self.added],
                "changed": [[r.table, r.id, r.version, r.before] for r in self.changed],
                "removed": [[r.table, r.values] for r in self.removed],
                "speakers_before": self.speakers_before,
                "speakers_after": self.speakers_after,
            },
            ensure_ascii=False,
            indent=1,
        )

    @staticmethod
    def is_one(text: str) -> bool:
        """Whether ``text`` looks like a journal of a meeting import (not of persons)."""
        return f'"kind": "{KIND}"' in text[:200]

    @classmethod
    def from_json(cls, text: str) -> ImportJournal:
        try:
            raw = json.loads(text)
            if raw.get("kind") != KIND:
                raise ValueError("not a meeting import record")

            def version(value: object) -> int | None:
                return None if value is None else int(str(value))

            return cls(
                source=str(raw["source"]),
                meeting_id=int(raw["meeting_id"]),
                added=tuple(AddedRecord(str(t), int(i), version(v)) for t, i, v in raw["added"]),
                changed=tuple(
                    ChangedRecord(str(t), int(i), version(v), dict(b))
                    for t, i, v, b in raw["changed"]
                ),
                removed=tuple(RemovedRecord(str(t), dict(v)) for t, v in raw["removed"]),
                speakers_before=_speaker_rows(raw["speakers_before"]),
                speakers_after=_speaker_rows(raw["speakers_after"]),
            )
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
            raise UserFacingError(f"This is not a record of a meeting import ({error}).") from error


def _speaker_rows(rows: list[list[int]]) -> tuple[SpeakerRow, ...]:
    return tuple((int(item), int(person), int(position)) for item, person, position in rows)
