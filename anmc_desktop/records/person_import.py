"""What an import of persons from a spreadsheet would do and did: each row's outcome, the
preview of them all, and the record of an applied import that undoes it."""

from __future__ import annotations

import datetime as dt
import enum
import json
from dataclasses import dataclass, fields
from typing import Any, NamedTuple

from anmc_desktop.errors import UserFacingError
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.persons import PersonDraft

# The fields an import writes: PersonDraft's, in its order.
DRAFT_FIELDS = tuple(f.name for f in fields(PersonDraft))


class RowStatus(enum.StrEnum):
    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    ERROR = "error"


@dataclass(frozen=True)
class RowProblem:
    column: str
    reason: str


class RowOutcome(NamedTuple):
    """What importing one row of the file would do.

    ``row`` counts the file's rows from 1 (as Excel does); ``where`` names the row for
    people ("12", or "Tomsk!3" in a workbook with a sheet per city). A named tuple: made
    for every row of a file, three times faster than a frozen dataclass.
    """

    row: int
    status: RowStatus
    city: str = ""
    name: str = ""
    changed: tuple[str, ...] = ()
    problems: tuple[RowProblem, ...] = ()
    new_delegation: bool = False
    where: str = ""
    matched: str = ""  # how the row found its person, if not by the same name or e-mail
    city_matched: str = ""  # how the row found its city, if not by one of its names

    @property
    def summary(self) -> str:
        if self.problems:
            return "; ".join(f"{p.column}: {p.reason}" for p in self.problems)
        found = f"found {self.matched}; " if self.matched else ""
        if self.status is RowStatus.UPDATE:
            told = found + "changes " + ", ".join(self.changed)
        elif found:
            told = found + "unchanged"
        else:
            told = "new delegation" if self.new_delegation else ""
        return "; ".join(filter(None, (self.city_matched, told)))


@dataclass(frozen=True)
class ImportPreview:
    source: str
    header_row: int  # counted from 1
    rows: list[RowOutcome]
    ignored_columns: tuple[str, ...] = ()
    header_where: str = ""  # "3", or "Participants!1" in a workbook

    def count(self, status: RowStatus) -> int:
        return sum(1 for row in self.rows if row.status is status)

    @property
    def has_errors(self) -> bool:
        return any(row.status is RowStatus.ERROR for row in self.rows)

    def lines(self) -> list[str]:
        """The preview as text lines, for the command line."""
        out = [
            f"{self.source}: header in row {self.header_where or self.header_row}; "
            + ", ".join(f"{self.count(s)} {s.value}" for s in RowStatus)
        ]
        if self.ignored_columns:
            out.append("ignored columns: " + ", ".join(self.ignored_columns))
        for row in self.rows:
            out.append(
                f"row {row.where:>5}  {row.status.value:<9}  {row.city:<20}  {row.name:<30}  "
                f"{row.summary}".rstrip()
            )
        return out


@dataclass(frozen=True)
class UpdatedPerson:
    person_id: int
    before: dict[str, Any]  # the fields the import changed (PersonDraft's), as they were
    version: int  # after the import


@dataclass(frozen=True)
class ImportResult:
    """What an applied import wrote, enough to undo it."""

    meeting_id: int
    source: str
    created: tuple[tuple[int, int], ...]  # (person id, version)
    updated: tuple[UpdatedPerson, ...]
    created_delegations: tuple[tuple[int, int], ...]  # (delegation id, version)
    left_out: tuple[RowOutcome, ...] = ()  # rows with errors, when the user chose to skip them

    def to_json(self) -> str:
        """The result as text, to undo the import later (e.g. from the command line)."""

        def plain(values: dict[str, Any]) -> dict[str, object]:
            return {
                name: value.isoformat() if isinstance(value, dt.datetime) else value
                for name, value in values.items()
            }

        return json.dumps(
            {
                "kind": "anmc-desktop-person-import",
                "meeting_id": self.meeting_id,
                "source": self.source,
                "created": self.created,
                "updated": [
                    {"person_id": u.person_id, "version": u.version, "before": plain(u.before)}
                    for u in self.updated
                ],
                "created_delegations": self.created_delegations,
            },
            ensure_ascii=False,
            indent=1,
        )

    @classmethod
    def from_json(cls, text: str) -> ImportResult:
        try:
            raw = json.loads(text)
            if raw.get("kind") != "anmc-desktop-person-import":
                raise ValueError("not an import record")

            def draft_values(values: dict[str, Any]) -> dict[str, Any]:
                unknown = set(values) - set(DRAFT_FIELDS)
                if unknown:
                    raise ValueError(f"unknown fields {sorted(unknown)}")
                typed = dict(values)
                for name in ("arrival", "departure"):
                    if typed.get(name):
                        typed[name] = dt.datetime.fromisoformat(typed[name])
                if "role" in typed:
                    typed["role"] = PersonRole(typed["role"])
                return typed

            return cls(
                meeting_id=int(raw["meeting_id"]),
                source=str(raw["source"]),
                created=tuple((int(a), int(b)) for a, b in raw["created"]),
                updated=tuple(
                    UpdatedPerson(int(u["person_id"]), draft_values(u["before"]), int(u["version"]))
                    for u in raw["updated"]
                ),
                created_delegations=tuple((int(a), int(b)) for a, b in raw["created_delegations"]),
            )
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
            raise UserFacingError(f"This is not a record of an import ({error}).") from error
