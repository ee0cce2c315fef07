"""Import the persons of a meeting from a spreadsheet: preview, apply in one go, undo.

``preview`` reads nothing but the database and reports every row as new, update,
unchanged or error; ``apply`` checks the rows inside one write transaction and writes
every row or none; ``undo`` reverts an applied import, unless its records have been
changed since. Rows are validated by the same ``check_person`` as the forms.

The checks are a pure function of the rows, the column mapping and what is read from the
database (the cities and the meeting's delegations and persons, as plain rows). So apply
reads those again in its transaction and, when they and the rows equal the preview's,
writes the previewed plan instead of checking 20,000 rows twice. Persons are written with
one insert (on SQLite the driver's executemany with the ids given) and one Core update for
all rows, and logged with the change log's bulk API, since the ORM's flush events do not
see Core statements.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import itertools
import json
import operator
import re
from collections import namedtuple
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, NamedTuple, TypeVar, cast

from sqlalchemy import (
    Connection,
    Insert,
    Row,
    Select,
    Table,
    Update,
    bindparam,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session

from anmc_desktop import paths
from anmc_desktop.db import Database
from anmc_desktop.errors import FieldError, UserFacingError, ValidationError
from anmc_desktop.exchange.city_matching import CityMatcher, KnownCity
from anmc_desktop.exchange.column_memory import load_choices, save_choices
from anmc_desktop.exchange.header_recognition import family_name_first, locate_header, recognise
from anmc_desktop.exchange.known_headers import header_key
from anmc_desktop.exchange.person_fields import NAME_FIELDS, ColumnMapping, Field
from anmc_desktop.exchange.sheet_reader import read_sheet
from anmc_desktop.exchange.sheet_rows import EXCEL_ERRORS, ExcelError, SheetRows
from anmc_desktop.models import (
    AgendaItem,
    City,
    Delegation,
    Meeting,
    Person,
    Signatory,
    agenda_speaker,
)
from anmc_desktop.records.enums import DelegationStatus, PersonRole
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services.bulk import collector_paused, frozen_record
from anmc_desktop.services.lookup import get_or_raise
from anmc_desktop.services.person_rules import check_person
from anmc_desktop.storage import history
from anmc_desktop.storage.conflict import ConflictError
from anmc_desktop.text import display_name, search_key

COLUMN_CHOICES_FILE = "import_columns.json"
_RecordT = TypeVar("_RecordT", Person, Delegation)
_ValueT = TypeVar("_ValueT")
_DRAFT_FIELDS = tuple(f.name for f in fields(PersonDraft))
_DRAFT_VALUES = operator.attrgetter(*_DRAFT_FIELDS)
_PERSONS = cast(Table, Person.__table__)
_DELEGATIONS = cast(Table, Delegation.__table__)
_PERSON_COLUMNS = (
    _PERSONS.c.id,
    _PERSONS.c.delegation_id,
    _PERSONS.c.version,
    *(_PERSONS.c[name] for name in _DRAFT_FIELDS),
)
# A person as the import reads it: the values of _PERSON_COLUMNS by name. A Row's
# attributes take ten times as long to read, and planning reads some for every row.
_StoredPerson = namedtuple("_StoredPerson", [column.key for column in _PERSON_COLUMNS])
_NOT_A_PLACEHOLDER = {
    "family_name": "",
    "given_name": "",
    "native_name": "",
    "is_placeholder": False,
}
# What tells apart the persons one import adds (see _insert_persons).
_INSERT_KEY = ("delegation_id", "email", "given_name", "family_name", "native_name")
# The fields in the order _Columns.values gives a row's texts.
_ROW_FIELDS = (
    Field.CITY,
    Field.CITY_LOCAL,
    Field.FULL_NAME,
    Field.GIVEN_NAME,
    Field.PATRONYMIC,
    Field.FAMILY_NAME,
    Field.FAMILY_NAME_FIRST,
    Field.NATIVE_NAME,
    Field.HONORIFIC,
    Field.POSITION,
    Field.ROLE,
    Field.EMAIL,
    Field.PHONE,
    Field.ARRIVAL,
    Field.DEPARTURE,
    Field.DIETARY_NEEDS,
    Field.ACCESS_NEEDS,
    Field.NOTES,
)
_BLANK = PersonDraft()
# Columns of free text, where "#N/A" in a CSV may be what someone wrote (see _Columns).
_FREE_TEXT = frozenset({Field.NOTES, Field.DIETARY_NEEDS, Field.ACCESS_NEEDS})
_ROLE_WORDS = {
    "head": PersonRole.HEAD,
    "head of delegation": PersonRole.HEAD,
    "глава": PersonRole.HEAD,
    "глава делегации": PersonRole.HEAD,
    "руководитель": PersonRole.HEAD,
    "руководитель делегации": PersonRole.HEAD,
    "member": PersonRole.MEMBER,
    "delegate": PersonRole.MEMBER,
    "член делегации": PersonRole.MEMBER,
    "член": PersonRole.MEMBER,
    "делегат": PersonRole.MEMBER,
    "adviser": PersonRole.ADVISER,
    "advisor": PersonRole.ADVISER,
    "советник": PersonRole.ADVISER,
    "interpreter": PersonRole.INTERPRETER,
    "translator": PersonRole.INTERPRETER,
    "переводчик": PersonRole.INTERPRETER,
    "staff": PersonRole.STAFF,
    "сотрудник": PersonRole.STAFF,
    "персонал": PersonRole.STAFF,
    "press": PersonRole.PRESS,
    "media": PersonRole.PRESS,
    "пресса": PersonRole.PRESS,
    "журналист": PersonRole.PRESS,
    "сми": PersonRole.PRESS,
}
_ROLES = (
    {role.value: role for role in PersonRole}
    | {search_key(role.label): role for role in PersonRole}
    | _ROLE_WORDS
)
_YES = {"yes", "y", "true", "1", "x", "да", "д", "+"}
_NO = {"no", "n", "false", "0", "нет", "н", "-", ""}
_MOMENT_FORMATS = (
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%Y/%m/%d %H:%M",
    "%Y-%m-%d",
    "%d.%m.%Y",
    "%d/%m/%Y",
    "%Y/%m/%d",
    # US order last: only when the day-first reading is impossible (9/17/2014).
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y",
)
# A number as Excel shows it in a column too narrow for its digits ("7.9E+10"; "7,91E+10"
# where the comma is the decimal mark): a CSV saved from it keeps only these digits.
_SCIENTIFIC = re.compile(r"\+?\d+(?:[.,]\d+)?[eE]\+\d+")


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

    @property
    def summary(self) -> str:
        if self.problems:
            return "; ".join(f"{p.column}: {p.reason}" for p in self.problems)
        if self.status is RowStatus.UPDATE:
            return "changes " + ", ".join(self.changed)
        if self.new_delegation:
            return "new delegation"
        return ""


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
                unknown = set(values) - set(_DRAFT_FIELDS)
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
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise UserFacingError(f"This is not a record of an import ({error}).") from error


class ImportRefusedError(ValidationError):
    """The file has rows with errors; nothing was written."""

    SHOWN = 10

    def __str__(self) -> str:
        shown = "; ".join(str(error) for error in self.errors[: self.SHOWN])
        more = len(self.errors) - self.SHOWN
        return f"Nothing was imported: {shown}" + (f"; and {more} more." if more > 0 else "")


@dataclass(slots=True)
class _Plan:
    outcome: RowOutcome
    city_id: int = 0
    delegation_id: int | None = None
    person: _StoredPerson | None = None  # the existing person to update
    checked: PersonDraft | None = None  # the validated values to write


@dataclass(frozen=True)
class _Basis:
    """What the plan of an import reads from the database; equal bases give equal plans."""

    cities: tuple[Row[Any], ...]  # id, version, name_en, name_local
    delegations: tuple[Row[Any], ...]  # id, version, city_id
    persons: tuple[_StoredPerson, ...]

    def versions(self) -> _Versions:
        return (
            [(city[0], city[1]) for city in self.cities],
            [(delegation[0], delegation[1]) for delegation in self.delegations],
            [(person[0], person[2]) for person in self.persons],
        )


# The (id, version) of each city, and of the meeting's delegations and persons: every
# write of a record bumps its version, so equal versions mean an equal _Basis.
_Versions = tuple[list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]]]


@dataclass(frozen=True)
class _Previewed:
    """A preview's plans and what they were made from, so that applying the same rows to
    the same database state need not check them again."""

    meeting_id: int
    sheet: SheetRows  # a copy: the caller's rows could change before apply
    columns: tuple[int, tuple[str, ...], tuple[Field | None, ...]]
    versions: _Versions
    plans: list[_Plan]

    def holds(self, meeting_id: int, sheet: SheetRows, mapping: ColumnMapping) -> bool:
        return (
            meeting_id == self.meeting_id
            and _columns_key(mapping) == self.columns
            and sheet == self.sheet
        )


@dataclass
class _DelegationState:
    id: int | None
    persons: list[_StoredPerson] = field(default_factory=list)
    by_email: dict[str, _StoredPerson] = field(default_factory=dict)
    file_rows: dict[tuple[str, str], str] = field(default_factory=dict)
    head_row: str | None = None
    _by_name: dict[str, list[_StoredPerson]] | None = None  # built when first needed

    def has_head_other_than(self, person: _StoredPerson | None) -> bool:
        own = person.id if person is not None else None
        return any(p.role is PersonRole.HEAD and p.id != own for p in self.persons)

    def existing(self, email: str, name: Callable[[], str]) -> _StoredPerson | None:
        """The person a row means: the same e-mail, else the same name and no other e-mail.

        ``name`` gives the row's name key, folded only when the e-mail does not decide.
        """
        if email and email in self.by_email:
            return self.by_email[email]
        if not self.persons:
            return None
        if self._by_name is None:
            self._by_name = {}
            for person in self.persons:
                key = _name_key(person.given_name, person.family_name, person.native_name)
                if key:
                    self._by_name.setdefault(key, []).append(person)
        for person in self._by_name.get(name(), []):
            if not email or not person.email:
                return person
        return None


class PersonImportService:
    def __init__(self, database: Database, choices_file: Path | None = None) -> None:
        self._database = database
        self._choices_file = choices_file
        self._previewed: _Previewed | None = None  # the last preview, for apply

    @property
    def choices_file(self) -> Path:
        return self._choices_file or paths.config_dir() / COLUMN_CHOICES_FILE

    def read(
        self, path: Path, choices: Mapping[str, Field] | None = None
    ) -> tuple[SheetRows, ColumnMapping | None]:
        """The file's cells and the columns recognised in it (None: no header row found).

        ``choices`` (header -> field) come before the remembered ones and the built-in
        headers, for this file only.
        """
        remembered = load_choices(self.choices_file)
        remembered.update({header_key(h): chosen for h, chosen in (choices or {}).items()})

        def find_header(rows: Sequence[Sequence[str]]) -> int | None:
            mapping = locate_header(rows, remembered)
            return mapping.header_row if mapping else None

        sheet = read_sheet(path, find_header)
        return sheet, locate_header(sheet.rows, remembered)

    def remember(self, mapping: ColumnMapping) -> None:
        """Keep the user's choices for columns the built-in headers do not cover."""
        chosen = {
            header: picked
            for header, picked in zip(mapping.headers, mapping.fields, strict=True)
            if picked is not None and header and recognise(header, {}) is not picked
        }
        if chosen:
            save_choices(self.choices_file, chosen)

    def preview(self, meeting_id: int, sheet: SheetRows, mapping: ColumnMapping) -> ImportPreview:
        with collector_paused():
            # One snapshot: on a server, another organizer's save between the reads of the
            # delegations and of the persons would otherwise show a person without theirs.
            with self._database.snapshot(), self._database.reading() as session:
                basis = _read_basis(session, meeting_id)
            plans = _plan(basis, sheet, mapping)
            self._previewed = _Previewed(
                meeting_id, _copy_of(sheet), _columns_key(mapping), basis.versions(), plans
            )
            return _preview(sheet, mapping, plans)

    def apply(self, meeting_id: int, sheet: SheetRows, mapping: ColumnMapping) -> ImportResult:
        """Write every row in one transaction, or nothing if any row has an error.

        The rows are checked inside the transaction: against the preview when the same
        rows were previewed and the persons, delegations and cities it read still have
        the versions they had (the check is a pure function of those), else once more
        from the start.
        """
        previewed, self._previewed = self._previewed, None
        with collector_paused(), self._database.writing() as session:
            if (
                previewed is not None
                and previewed.holds(meeting_id, sheet, mapping)
                and previewed.versions == _read_versions(session, meeting_id)
            ):
                plans = previewed.plans
            else:
                plans = _plan(_read_basis(session, meeting_id, for_update=True), sheet, mapping)
            problems = [
                _row_error(plan.outcome.where, problem)
                for plan in plans
                for problem in plan.outcome.problems
            ]
            if problems:
                raise ImportRefusedError(problems)
            return _write(session, meeting_id, sheet.name, plans)

    def undo(self, result: ImportResult) -> None:
        """Revert an applied import in one transaction; refuse if its records changed since."""
        with self._database.writing() as session:
            created = _load(session, Person, [pid for pid, _ in result.created])
            updated = _load(session, Person, [u.person_id for u in result.updated])
            delegations = _load(session, Delegation, [did for did, _ in result.created_delegations])
            changed = [
                pid for pid, version in result.created if _version(created.get(pid)) != version
            ]
            changed += [
                u.person_id
                for u in result.updated
                if _version(updated.get(u.person_id)) != u.version
            ]
            changed_delegations = [
                did
                for did, version in result.created_delegations
                if _version(delegations.get(did)) != version
            ]
            if changed or changed_delegations:
                raise UserFacingError(
                    f"The import of {result.source} cannot be undone: "
                    f"{len(changed) + len(changed_delegations)} of its records were changed "
                    "or removed since."
                )
            created_ids = set(created)
            if _referenced(session, created_ids):
                raise UserFacingError(
                    f"The import of {result.source} cannot be undone: some of its persons "
                    "now sign the declaration or appear in the agenda."
                )
            for delegation in delegations.values():
                others = [p for p in delegation.persons if p.id not in created_ids]
                if others:
                    raise UserFacingError(
                        f"The import of {result.source} cannot be undone: persons were added "
                        f"to the delegation of {delegation.city.name_en} since."
                    )
            for person in created.values():
                session.delete(person)
            for change in result.updated:
                person = updated[change.person_id]
                for name, value in change.before.items():
                    setattr(person, name, value)
            session.flush()
            for delegation in delegations.values():
                session.expire(delegation, ["persons"])  # its persons are gone already
                session.delete(delegation)


def _referenced(session: Session, person_ids: set[int]) -> bool:
    """Whether any of these persons is a signatory, a moderator or a speaker."""
    ids = list(person_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for query in (
            select(Signatory.id).where(Signatory.person_id.in_(chunk)),
            select(AgendaItem.id).where(AgendaItem.moderator_id.in_(chunk)),
            select(agenda_speaker.c.person_id).where(agenda_speaker.c.person_id.in_(chunk)),
        ):
            if session.execute(query.limit(1)).first() is not None:
                return True
    return False


def _version(record: Person | Delegation | None) -> int | None:
    return record.version if record is not None else None


def _load(session: Session, model: type[_RecordT], ids: Sequence[int]) -> dict[int, _RecordT]:
    found: dict[int, _RecordT] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update({r.id: r for r in session.scalars(select(model).where(model.id.in_(chunk)))})
    return found


def _row_error(row: str, problem: RowProblem) -> FieldError:
    return FieldError(f"row {row}, {problem.column}", problem.reason)


def _preview(sheet: SheetRows, mapping: ColumnMapping, plans: list[_Plan]) -> ImportPreview:
    ignored = tuple(
        header
        for header, chosen in zip(mapping.headers, mapping.fields, strict=True)
        if header and chosen in {None, Field.IGNORE}
    )
    return ImportPreview(
        sheet.name,
        mapping.header_row + 1,
        [p.outcome for p in plans],
        ignored,
        sheet.label(mapping.header_row),
    )


def _copy_of(sheet: SheetRows) -> SheetRows:
    return SheetRows(
        sheet.name,
        [list(row) for row in sheet.rows],
        list(sheet.labels),
        sheet.may_hold_excel_errors,
    )


def _columns_key(
    mapping: ColumnMapping,
) -> tuple[int, tuple[str, ...], tuple[Field | None, ...]]:
    """What a plan uses of a mapping (not the remembered choices it was made with)."""
    return mapping.header_row, mapping.headers, mapping.fields


def _read_basis(session: Session, meeting_id: int, *, for_update: bool = False) -> _Basis:
    """The cities, and the meeting's delegations and persons, as plain rows by id.

    ``for_update`` locks the persons on a server until the transaction ends, so that what
    was checked is what gets updated.
    """
    get_or_raise(session, Meeting, meeting_id, "Meeting")
    connection = session.connection()
    delegation = _DELEGATIONS.c
    cities = select(City.id, City.version, City.name_en, City.name_local).order_by(City.id)
    delegations = (
        select(delegation.id, delegation.version, delegation.city_id)
        .where(delegation.meeting_id == meeting_id)
        .order_by(delegation.id)
    )
    return _Basis(
        cities=tuple(connection.execute(cities).all()),
        delegations=tuple(connection.execute(delegations).all()),
        persons=tuple(
            map(
                _StoredPerson._make,
                connection.execute(_persons_of(meeting_id, _PERSON_COLUMNS, for_update)),
            )
        ),
    )


def _read_versions(session: Session, meeting_id: int) -> _Versions:
    """The versions of what _read_basis reads, the persons locked on a server as there."""
    get_or_raise(session, Meeting, meeting_id, "Meeting")
    connection = session.connection()
    delegation = _DELEGATIONS.c
    cities = select(City.id, City.version).order_by(City.id)
    delegations = (
        select(delegation.id, delegation.version)
        .where(delegation.meeting_id == meeting_id)
        .order_by(delegation.id)
    )
    persons = _persons_of(meeting_id, (_PERSONS.c.id, _PERSONS.c.version), for_update=True)
    return (
        list(map(tuple, connection.execute(cities).all())),
        list(map(tuple, connection.execute(delegations).all())),
        list(map(tuple, connection.execute(persons).all())),
    )


def _persons_of(meeting_id: int, columns: Sequence[Any], for_update: bool) -> Select[Any]:
    """The meeting's persons by delegation, in the order of their ids in each (the order
    SQLite finds them in, without sorting)."""
    persons = (
        select(*columns)
        .join(_DELEGATIONS, _PERSONS.c.delegation_id == _DELEGATIONS.c.id)
        .where(_DELEGATIONS.c.meeting_id == meeting_id)
        .order_by(_DELEGATIONS.c.id, _PERSONS.c.id)
    )
    return persons.with_for_update(of=_PERSONS) if for_update else persons


def _plan(basis: _Basis, sheet: SheetRows, mapping: ColumnMapping) -> list[_Plan]:
    """What to do with each row: a pure function of the rows, the mapping and the basis."""
    _check_mapping(sheet, mapping)
    cities = {city.id: city for city in basis.cities}
    matcher = CityMatcher(KnownCity(c.id, c.name_en, c.name_local) for c in basis.cities)
    states = _delegation_states(basis)
    columns = _Columns(mapping)
    may_hold_errors = sheet.may_hold_excel_errors
    plans: list[_Plan] = []
    for index in range(mapping.header_row + 1, len(sheet.rows)):
        cells = list(map(str.strip, sheet.rows[index]))
        if not any(cells):
            continue
        row, where = index + 1, sheet.label(index)
        if may_hold_errors and (errors := columns.excel_errors(sheet.rows[index], cells)):
            for column, _ in errors:
                cells[column] = ""  # checked as empty; the error cell is the problem
            plan = _plan_row(row, where, cells, columns, matcher, cities, states)
            plans.append(
                _with_excel_errors(plan, [(mapping.headers[c], text) for c, text in errors])
            )
        else:
            plans.append(_plan_row(row, where, cells, columns, matcher, cities, states))
    if not plans:
        raise UserFacingError(f"{sheet.name} has no rows below its header row.")
    return plans


def _with_excel_errors(plan: _Plan, errors: list[tuple[str, str]]) -> _Plan:
    """The row's plan made an error for its cells holding Excel's errors (by header), with
    the row's other problems except those of the same columns (read as empty)."""
    headers = {header for header, _ in errors}
    problems = [
        RowProblem(header, f"the cell holds Excel's error {text}; correct it in the file.")
        for header, text in errors
    ]
    problems += [p for p in plan.outcome.problems if p.column not in headers]
    outcome = plan.outcome
    return _Plan(
        RowOutcome(
            outcome.row,
            RowStatus.ERROR,
            outcome.city,
            outcome.name,
            problems=tuple(problems),
            where=outcome.where,
        )
    )


def _check_mapping(sheet: SheetRows, mapping: ColumnMapping) -> None:
    chosen = set(mapping.fields)
    missing = []
    if Field.CITY not in chosen and Field.CITY_LOCAL not in chosen:
        missing.append("the city")
    if not chosen & NAME_FIELDS:
        missing.append("a name")
    if missing:
        raise UserFacingError(
            f"{sheet.name}: no column holds {' or '.join(missing)}; choose the columns first."
        )


class _Columns:
    """Where each field is in a row, and the header to name it by in a problem."""

    def __init__(self, mapping: ColumnMapping) -> None:
        of = {wanted: mapping.columns_of(wanted) for wanted in Field}
        self.headers = {
            wanted: mapping.headers[found[0]] if found else wanted.label
            for wanted, found in of.items()
        }
        self.of_draft_field = {wanted.value: self.headers[wanted] for wanted in Field}
        used = [(c, f) for c, f in enumerate(mapping.fields) if f not in {None, Field.IGNORE}]
        self._used = [column for column, _ in used]
        self._coded = {column for column, chosen in used if chosen not in _FREE_TEXT}
        width = max((column for found in of.values() for column in found), default=-1) + 1
        self._padding = [""] * width
        # values() puts None (for the fields no column holds) and the joined text of each
        # field that several columns hold before the cells.
        self._joined = [found for wanted in _ROW_FIELDS if len(found := of[wanted]) > 1]
        first_cell = 1 + len(self._joined)
        places = []
        for wanted in _ROW_FIELDS:
            found = of[wanted]
            if not found:
                places.append(0)
            elif len(found) == 1:
                places.append(first_cell + found[0])
            else:
                places.append(1 + self._joined.index(found))
        self._getter = operator.itemgetter(*places)

    def excel_errors(self, raw: list[str], cells: list[str]) -> list[tuple[int, str]]:
        """The columns the import uses whose cell holds one of Excel's errors, with it.

        A workbook says which cells hold an error (ExcelError). A CSV has only the text:
        there it is taken for an error except in the free-text columns, where a person
        may write "#N/A" (not applicable) and our own export writes what they wrote.
        """
        return [
            (column, cells[column])
            for column in self._used
            if column < len(cells)
            and cells[column][:1] == "#"
            and (
                isinstance(raw[column], ExcelError)
                or (column in self._coded and cells[column].upper() in EXCEL_ERRORS)
            )
        ]

    def values(self, cells: list[str]) -> tuple[str | None, ...]:
        """The text of each of _ROW_FIELDS in the row's trimmed cells: None when no column
        holds the field, the texts of its columns joined by spaces when several do."""
        joined = [
            " ".join(cells[c] for c in columns if c < len(cells) and cells[c]).strip()
            for columns in self._joined
        ]
        return cast(
            tuple[str | None, ...],
            self._getter([None, *joined, *cells, *self._padding[len(cells) :]]),
        )


def _delegation_states(basis: _Basis) -> dict[int, _DelegationState]:
    """By city id: each delegation of the meeting with its persons, keyed for matching."""
    states = {
        city_id: _DelegationState(delegation_id)
        for delegation_id, _version, city_id in basis.delegations
    }
    by_delegation = {state.id: state for state in states.values()}
    for person in basis.persons:
        state = by_delegation.get(person.delegation_id)
        if state is None:  # a delegation added between two reads of a server's data
            raise UserFacingError(
                "Another organizer changed this meeting's delegations meanwhile; "
                "import again to check the rows against them."
            )
        state.persons.append(person)
        if person.email:
            state.by_email.setdefault(person.email.casefold(), person)
    return states


def _name_key(given: str, family: str, native: str) -> str:
    """The folded Latin name, or the native name for someone without one."""
    return search_key(f"{given} {family}") or search_key(native)


def _plan_row(
    row: int,
    where: str,
    cells: list[str],
    columns: _Columns,
    matcher: CityMatcher,
    cities: dict[int, Row[Any]],
    states: dict[int, _DelegationState],
) -> _Plan:
    (
        city_en,
        city_local,
        full,
        given,
        patronymic,
        family,
        family_first_text,
        native,
        honorific,
        position,
        role_text,
        email_text,
        phone,
        arrival_text,
        departure_text,
        dietary_needs,
        access_needs,
        notes,
    ) = columns.values(cells)
    header = columns.headers
    problems: list[RowProblem] = []
    city_text = city_en or city_local or ""
    city_id = matcher.match(city_text) if city_text else None
    if city_id is None:
        reason = f"no member city matches {city_text!r}." if city_text else "is empty."
        problems.append(RowProblem(header[Field.CITY], reason))

    if full and not (given and family):
        given, family = _names_from_full(full, given or "", family or "", header, problems)
    if patronymic and not (full and _holds_words(given or "", patronymic)):
        given = f"{given or ''} {patronymic}".strip()
    if phone and ("E+" in phone or "e+" in phone) and _SCIENTIFIC.fullmatch(phone):
        problems.append(
            RowProblem(
                header[Field.PHONE],
                f"{phone!r} is a number Excel shortened when it saved the file, and its "
                "digits are lost; import the .xlsx workbook instead, or format the column "
                "as Text in Excel and save the file again.",
            )
        )

    role = family_first = arrival = departure = None
    if role_text:
        role = _parse(role_text, _role, header[Field.ROLE], problems)
    if family_first_text:
        family_first = _parse(family_first_text, _flag, header[Field.FAMILY_NAME_FIRST], problems)
    if arrival_text:
        arrival = _parse(arrival_text, _moment, header[Field.ARRIVAL], problems)
    if departure_text:
        departure = _parse(departure_text, _moment, header[Field.DEPARTURE], problems)

    city = cities[city_id] if city_id else None
    state = states.get(city_id) if city_id else None
    if city_id and state is None:
        state = states[city_id] = _DelegationState(None)
    shown_name = display_name(given or "", family or "", bool(family_first)) or native or ""
    email = (email_text or "").casefold()
    existing = None
    if state is not None:

        def name() -> str:
            return _name_key(given or "", family or "", native or "")

        existing = state.existing(email, name)
        if existing is None and role is PersonRole.HEAD:
            existing = next(
                (p for p in state.persons if p.is_placeholder and p.role is PersonRole.HEAD), None
            )
        # Two rows are one person if they share an e-mail, or a name when neither has one.
        key = ("email", email) if email else ("name", name())
        earlier = state.file_rows.get(key)
        if earlier is not None:
            problems.append(
                RowProblem(header[Field.FAMILY_NAME], f"the same person as row {earlier}.")
            )
        state.file_rows.setdefault(key, where)
        if role is PersonRole.HEAD:
            if state.head_row is not None:
                problems.append(
                    RowProblem(
                        header[Field.ROLE], f"row {state.head_row} names this delegation's head."
                    )
                )
            state.head_row = where

    # The row's values over the person's (the defaults for a new one); an empty cell
    # keeps the value.
    base: PersonDraft | _StoredPerson = _BLANK if existing is None else existing
    if existing is not None and existing.is_placeholder:
        # A real person replaces the stand-in: drop its placeholder name.
        base = existing._replace(**_NOT_A_PLACEHOLDER)
    draft = frozen_record(
        PersonDraft,
        {
            "given_name": given or base.given_name,
            "family_name": family or base.family_name,
            "family_name_first": base.family_name_first if family_first is None else family_first,
            "native_name": native or base.native_name,
            "honorific": honorific or base.honorific,
            "position": position or base.position,
            "role": base.role if role is None else role,
            "email": email_text or base.email,
            "phone": phone or base.phone,
            "arrival": base.arrival if arrival is None else arrival,
            "departure": base.departure if departure is None else departure,
            "dietary_needs": dietary_needs or base.dietary_needs,
            "access_needs": access_needs or base.access_needs,
            "notes": notes or base.notes,
            "is_placeholder": base.is_placeholder,
        },
    )

    checked = None
    try:
        checked = check_person(
            draft, lambda: state is not None and state.has_head_other_than(existing)
        )
    except ValidationError as error:
        problems.extend(
            RowProblem(columns.of_draft_field.get(e.field, e.field), e.reason) for e in error.errors
        )

    city_name = city.name_en if city else city_text
    if problems:
        return _Plan(
            RowOutcome(
                row, RowStatus.ERROR, city_name, shown_name, problems=tuple(problems), where=where
            )
        )
    assert city_id is not None and checked is not None and state is not None
    if existing is None:
        status, changed = RowStatus.NEW, ()
    else:
        changed = tuple(
            itertools.compress(
                _DRAFT_FIELDS, map(operator.ne, _DRAFT_VALUES(checked), existing[3:])
            )
        )
        status = RowStatus.UPDATE if changed else RowStatus.UNCHANGED
    outcome = RowOutcome(row, status, city_name, shown_name, changed, (), state.id is None, where)
    return _Plan(outcome, city_id, state.id, existing, checked)


def _names_from_full(
    full: str, given: str, family: str, header: Mapping[Field, str], problems: list[RowProblem]
) -> tuple[str, str]:
    """The given and family name, the one missing taken from the full name.

    Without either, the full name is split (see _split_full_name). With one of them, the
    other is the rest of the full name once that one's words are taken out of it ("Ivan
    Petrov" with the family name "Petrov": Ivan; "Иванов Иван Иванович" with "Иванов":
    Иван Иванович). A full name without the other's words (another spelling or script,
    a typo) is a problem of the row: which name is right is the user's to say, and
    dropping either would lose text.
    """
    if not (given or family):
        return _split_full_name(full, header[Field.FULL_NAME])
    known, known_field = (family, Field.FAMILY_NAME) if family else (given, Field.GIVEN_NAME)
    rest = _without_words(full, known)
    if rest is None:
        problems.append(
            RowProblem(
                header[Field.FULL_NAME],
                f"{full!r} does not hold the {known_field.label.casefold()} {known!r} "
                f"of column {header[known_field]}; correct one of them, or give the "
                f"{'given' if family else 'family'} name a column of its own.",
            )
        )
        return given, family
    return (rest, family) if family else (given, rest)


def _without_words(text: str, words: str) -> str | None:
    """``text`` without the run of ``words`` in it, compared folded and without the commas
    around them ("Petrov, Ivan" without "petrov": Ivan); None if it does not hold them."""
    parts = text.split()
    keys = [search_key(part.strip(",;")) for part in parts]
    wanted = [search_key(word.strip(",;")) for word in words.split()]
    for start in range(len(parts) - len(wanted) + 1):
        if keys[start : start + len(wanted)] == wanted:
            rest = parts[:start] + parts[start + len(wanted) :]
            return " ".join(part.strip(",;") for part in rest).strip()
    return None


def _holds_words(text: str, words: str) -> bool:
    """Whether ``text`` holds ``words`` as whole words (folded)."""
    return bool(words) and _without_words(text, words) is not None


def _split_full_name(full: str, header: str) -> tuple[str, str]:
    """The given and family name in a whole name: "Ivan Petrov" -> (Ivan, Petrov); family
    name first after a comma ("Smith, John") or under a header that says so ("Иванов Иван
    Иванович" under ФИО, "Petrov Ivan" under "Last name, first name")."""
    family, comma, given = full.partition(",")
    if comma and family.strip() and given.strip():
        return " ".join(given.split()), " ".join(family.split())
    parts = full.replace(",", " ").split()
    if len(parts) == 1:
        return "", parts[0]
    if family_name_first(header):
        return " ".join(parts[1:]), parts[0]
    return " ".join(parts[:-1]), parts[-1]


def _parse(
    text: str, parser: Callable[[str], _ValueT], column: str, problems: list[RowProblem]
) -> _ValueT | None:
    try:
        return parser(text)
    except ValueError as error:
        problems.append(RowProblem(column, str(error)))
        return None


@functools.lru_cache(maxsize=4096)
def _role(text: str) -> PersonRole:
    role = _ROLES.get(search_key(text))
    if role is not None:
        return role
    choices = ", ".join(role.label for role in PersonRole)
    raise ValueError(f"{text!r} is not a role (one of: {choices}).")


@functools.lru_cache(maxsize=4096)
def _flag(text: str) -> bool:
    key = search_key(text)
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise ValueError(f"{text!r} is neither yes nor no.")


@functools.lru_cache(maxsize=4096)
def _moment(text: str) -> dt.datetime:
    for pattern in _MOMENT_FORMATS:
        try:
            return dt.datetime.strptime(text, pattern)
        except ValueError:
            continue
    raise ValueError(f"{text!r} is not a date and time (write 2014-09-17 14:30).")


def _search_text(draft: PersonDraft) -> str:
    """What the Person model's insert and update event would store as ``search_text``:
    the search key of the names and position joined by spaces.

    Folded part by part (the same given names, family names and positions recur in a
    list): the key of parts joined by a space is the keys of the parts joined by a space,
    since each step of search_key maps characters one by one or, for normalization,
    never across a space.
    """
    parts = (draft.given_name, draft.family_name, draft.native_name, draft.position)
    return " ".join(filter(None, map(_part_key, parts)))


_part_key = functools.lru_cache(maxsize=65536)(search_key)
# The fields search_text is made of.
_SEARCHED = frozenset({"given_name", "family_name", "native_name", "position"})


def _write(session: Session, meeting_id: int, source: str, plans: Iterable[_Plan]) -> ImportResult:
    """Write the planned rows with one insert for the new persons and one update for each
    set of changed columns, and their change-log entries (the new delegations go through
    the ORM, whose flush event logs them)."""
    new_delegations: dict[int, Delegation] = {}
    plans = [p for p in plans if p.outcome.status in {RowStatus.NEW, RowStatus.UPDATE}]
    for plan in plans:
        if plan.delegation_id is None and plan.city_id not in new_delegations:
            new_delegations[plan.city_id] = Delegation(
                meeting_id=meeting_id, city_id=plan.city_id, status=DelegationStatus.INVITED
            )
    session.add_all(new_delegations.values())
    session.flush()
    inserts: list[dict[str, Any]] = []
    updates: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for plan in plans:
        checked = plan.checked
        assert checked is not None
        if plan.person is None:
            values = dict(vars(checked))
            values["search_text"] = _search_text(checked)
            values["delegation_id"] = (
                plan.delegation_id
                if plan.delegation_id is not None
                else new_delegations[plan.city_id].id
            )
            values["version"] = 1
            inserts.append(values)
        else:
            changed = plan.outcome.changed
            values = {name: getattr(checked, name) for name in changed}
            if not _SEARCHED.isdisjoint(changed):
                values["search_text"] = _search_text(checked)
            values["id"] = plan.person.id
            values["version"] = plan.person.version + 1
            updates.append(({name: getattr(plan.person, name) for name in changed}, values))
    _insert_persons(session, inserts)
    _update_persons(session, updates)
    return ImportResult(
        meeting_id=meeting_id,
        source=source,
        created=tuple((values["id"], values["version"]) for values in inserts),
        updated=tuple(
            UpdatedPerson(values["id"], before, values["version"]) for before, values in updates
        ),
        created_delegations=tuple((d.id, d.version) for d in new_delegations.values()),
    )


def _insert_persons(session: Session, inserts: list[dict[str, Any]]) -> None:
    """Insert the persons, give each of the dicts its new id, and log them.

    SQLite gets the ids AUTOINCREMENT would give (see _insert_with_next_ids). A server
    returns them by RETURNING in batches of many rows, matched to the rows by delegation,
    e-mail and names: the plan refuses two rows that share those (the same person twice).
    """
    if not inserts:
        return
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        _insert_with_next_ids(connection, inserts)
    else:
        key_columns = [_PERSONS.c[name] for name in _INSERT_KEY]
        statement = insert(_PERSONS).returning(_PERSONS.c.id, *key_columns)
        ids = {tuple(row[1:]): row[0] for row in connection.execute(statement, inserts)}
        if len(ids) != len(inserts):
            raise RuntimeError("two imported persons share their delegation, e-mail and names")
        for values in inserts:
            values["id"] = ids[tuple(values[name] for name in _INSERT_KEY)]
    history.record_inserts(session, _PERSONS, inserts)


def _insert_with_next_ids(connection: Connection, inserts: list[dict[str, Any]]) -> None:
    """Insert the persons into SQLite with the ids AUTOINCREMENT would give them, one after
    another above the largest id the table ever had, as one executemany of the driver.

    The write transaction began IMMEDIATE, so no other writer can take those ids first
    (and a taken id would fail the insert, never go to the wrong row).
    """
    largest = connection.execute(select(func.max(_PERSONS.c.id))).scalar() or 0
    ever = connection.exec_driver_sql(
        "SELECT seq FROM sqlite_sequence WHERE name = ?", (_PERSONS.name,)
    ).scalar()
    first = max(largest, ever or 0) + 1
    for offset, values in enumerate(inserts):
        values["id"] = first + offset
    _execute_many(connection, insert(_PERSONS), list(inserts[0]), inserts)


def _update_persons(session: Session, updates: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
    """Update each person if it still has the version that was checked, and log it.

    ``updates`` holds, for each person, the changed fields' values before, and the new
    values with the person's id and the version it gets. One statement for each set of
    changed columns (an import usually changes the same few in every row), setting only
    those.
    """
    if not updates:
        return
    statement = update(_PERSONS).where(
        _PERSONS.c.id == bindparam("checked_id"),
        _PERSONS.c.version == bindparam("checked_version"),
    )
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for _, values in updates:
        row = {**values, "checked_id": values["id"], "checked_version": values["version"] - 1}
        del row["id"]  # not set: the key of the row to update
        groups.setdefault(tuple(values), []).append(row)
    connection = session.connection()
    written = 0
    for columns, rows in groups.items():
        set_columns = [name for name in columns if name != "id"]
        written += _execute_many(connection, statement, set_columns, rows)
    if connection.dialect.supports_sane_multi_rowcount and written != len(updates):
        raise ConflictError("Person", None)
    history.record_updates(session, _PERSONS, updates)


def _execute_many(
    connection: Connection,
    statement: Insert | Update,
    columns: list[str],
    rows: list[dict[str, Any]],
) -> int:
    """Execute the statement, writing ``columns``, once for each row; the rows it matched.

    With a positional driver (SQLite) as one executemany of the driver: SQLAlchemy's own
    per-row parameter handling took twice the database's time. The statement is still
    SQLAlchemy's, and its bind processors convert the values.
    """
    dialect = connection.dialect
    compiled = statement.compile(dialect=dialect, column_keys=columns)
    if not compiled.positional:
        return connection.execute(statement, rows).rowcount
    order = tuple(compiled.positiontup or ())
    # Column by column (several columns: a tuple each), each converted with one map.
    # (itemgetter of one key gives the value itself, not a tuple of it)
    values_of = (
        operator.itemgetter(*order) if len(order) > 1 else lambda row, key=order[0]: (row[key],)
    )
    columns = list(zip(*map(values_of, rows), strict=True))
    for index, name in enumerate(order):
        convert = compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
        if convert is not None:
            columns[index] = tuple(map(convert, columns[index]))
    return connection.exec_driver_sql(compiled.string, list(zip(*columns, strict=True))).rowcount
