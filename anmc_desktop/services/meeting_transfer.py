"""Hand a whole meeting to another organizer's laptop as one JSON file, and take it in.

Every column of the meeting's records is written, by name, except database ids, versions
and derived search text; references between records use cities' English names and the
persons' numbers within the file. An import creates a new meeting in one transaction;
cities are matched by English name or created.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, selectinload

from anmc_desktop.db import Database
from anmc_desktop.errors import BrokenRuleError, ValidationError
from anmc_desktop.exchange.meeting_file import MeetingFileError, Reader, dump, load
from anmc_desktop.models import (
    AgendaItem,
    City,
    Declaration,
    DeclarationParagraph,
    DeclarationVersion,
    Delegation,
    Meeting,
    Person,
    Signatory,
    agenda_speaker,
)
from anmc_desktop.models.base import Base
from anmc_desktop.records.agenda import AgendaItemDraft
from anmc_desktop.records.cities import CityDraft
from anmc_desktop.records.declarations import DeclarationDraft
from anmc_desktop.records.declarations import DeclarationVersion as DeclarationVersionText
from anmc_desktop.records.enums import DelegationStatus, ParagraphSection, PersonRole
from anmc_desktop.records.languages import language_code
from anmc_desktop.records.meetings import MeetingDraft
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services.agenda import apply_agenda_draft
from anmc_desktop.services.cities import apply_city_draft
from anmc_desktop.services.declaration_text import apply_declaration_draft
from anmc_desktop.services.lookup import get_or_raise
from anmc_desktop.services.meetings import apply_meeting_draft
from anmc_desktop.services.person_rules import check_person
from anmc_desktop.services.validation import Checker
from anmc_desktop.text import search_key

T = TypeVar("T")

# Columns that are the database's business, not the meeting's.
_NOT_EXPORTED = {"id", "version", "search_text"}


def _fields(model: type[Base], *references: str) -> list[str]:
    skip = _NOT_EXPORTED | set(references)
    return [attr.key for attr in inspect(model).column_attrs if attr.key not in skip]


CITY_FIELDS = _fields(City)
MEETING_FIELDS = _fields(Meeting, "host_city_id")
DELEGATION_FIELDS = _fields(Delegation, "meeting_id", "city_id", "proxy_to_id")
PERSON_FIELDS = _fields(Person, "delegation_id")
AGENDA_FIELDS = _fields(AgendaItem, "meeting_id", "moderator_id")
DECLARATION_FIELDS = _fields(Declaration, "meeting_id")
VERSION_FIELDS = _fields(DeclarationVersion, "declaration_id", "position")
PARAGRAPH_FIELDS = _fields(DeclarationParagraph, "declaration_id", "language")
SIGNATORY_FIELDS = _fields(Signatory, "declaration_id", "delegation_id", "person_id")


class MeetingTransferService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def export_meeting(self, meeting_id: int) -> bytes:
        with self._database.reading() as session:
            meeting = get_or_raise(session, Meeting, meeting_id, "Meeting")
            return dump(_document(session, meeting))

    def import_meeting(self, data: bytes, name: str = "the meeting file") -> int:
        """Create the file's meeting (and any missing city); return the new meeting's id."""
        document = Reader(load(data, name), "")
        try:
            with self._database.writing() as session:
                return _create(session, document)
        except BrokenRuleError as error:
            raise MeetingFileError(
                f"{name} is inconsistent and was not imported ({error.rule})."
            ) from error


def _plain(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def _values(record: Base, names: Iterable[str]) -> dict[str, object]:
    return {name: _plain(getattr(record, name)) for name in names}


def _document(session: Session, meeting: Meeting) -> dict[str, Any]:
    delegations = session.scalars(
        select(Delegation)
        .where(Delegation.meeting_id == meeting.id)
        .options(selectinload(Delegation.persons), selectinload(Delegation.city))
    ).all()
    delegations = sorted(delegations, key=lambda d: d.city.name_en.casefold())
    city_of = {d.id: d.city.name_en for d in delegations}
    person_number: dict[int, int] = {}
    for delegation in delegations:
        for person in delegation.persons:
            person_number[person.id] = len(person_number) + 1
    cities = {meeting.host_city.name_en: meeting.host_city} | {
        d.city.name_en: d.city for d in delegations
    }
    items = session.scalars(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting.id)
        .order_by(AgendaItem.starts_at, AgendaItem.ends_at, AgendaItem.id)
    ).all()
    speakers: dict[int, list[int]] = {}
    for item_id, person_id in session.execute(
        select(agenda_speaker.c.agenda_item_id, agenda_speaker.c.person_id)
        .join(AgendaItem, AgendaItem.id == agenda_speaker.c.agenda_item_id)
        .where(AgendaItem.meeting_id == meeting.id)
        .order_by(agenda_speaker.c.position)
    ):
        speakers.setdefault(item_id, []).append(person_number[person_id])
    declarations = session.scalars(
        select(Declaration).where(Declaration.meeting_id == meeting.id).order_by(Declaration.id)
    ).all()
    return {
        "cities": [_values(c, CITY_FIELDS) for _, c in sorted(cities.items())],
        "meeting": {"host_city": meeting.host_city.name_en, **_values(meeting, MEETING_FIELDS)},
        "delegations": [
            {
                "city": delegation.city.name_en,
                "proxy_to": city_of.get(delegation.proxy_to_id or 0),
                **_values(delegation, DELEGATION_FIELDS),
                "persons": [
                    {"number": person_number[p.id], **_values(p, PERSON_FIELDS)}
                    for p in delegation.persons
                ],
            }
            for delegation in delegations
        ],
        "agenda": [
            {
                **_values(item, AGENDA_FIELDS),
                "moderator": person_number.get(item.moderator_id or 0),
                "speakers": speakers.get(item.id, []),
            }
            for item in items
        ],
        "declarations": [
            {
                **_values(declaration, DECLARATION_FIELDS),
                "versions": [
                    {
                        **_values(version, VERSION_FIELDS),
                        "paragraphs": [_values(p, PARAGRAPH_FIELDS) for p in version.paragraphs],
                    }
                    for version in declaration.versions
                ],
                "signatories": [
                    {
                        "city": city_of[s.delegation_id],
                        "person": person_number[s.person_id],
                        **_values(s, SIGNATORY_FIELDS),
                    }
                    for s in declaration.signatories
                ],
            }
            for declaration in declarations
        ],
    }


def _read(reader: Reader, model: type[Base], names: Iterable[str]) -> dict[str, object]:
    """The named columns of ``model`` from the file, typed as the columns are."""
    columns = inspect(model).columns
    values: dict[str, object] = {}
    for name in names:
        column = columns[name]
        kind = column.type.python_type
        optional = column.nullable
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            values[name] = reader.choice(name, kind)
        elif kind is bool:
            values[name] = reader.flag(name)
        elif kind is int:
            values[name] = reader.optional_integer(name) if optional else reader.integer(name)
        elif kind is dt.datetime:
            values[name] = reader.optional_moment(name) if optional else reader.moment(name)
        elif kind is dt.date:
            values[name] = reader.optional_day(name) if optional else reader.day(name)
        else:
            values[name] = reader.optional_text(name) if optional else reader.text(name, "")
    return values


def _create(session: Session, document: Reader) -> int:
    """Build the file's meeting, checking every record by the rules the forms use."""
    cities = _cities(session, document.objects("cities"))

    def city(reader: Reader, key: str) -> City:
        name = reader.text(key)
        found = cities.get(search_key(name))
        if found is None:
            raise MeetingFileError(
                f"meeting file, {reader.where}.{key}: {name!r} is not among the file's cities."
            )
        return found

    meeting_reader = document.object("meeting")
    host = city(meeting_reader, "host_city")
    meeting = Meeting()
    meeting_draft = MeetingDraft(
        host_city_id=host.id, **_read(meeting_reader, Meeting, MEETING_FIELDS)
    )
    _checked(meeting_reader, apply_meeting_draft, session, meeting, meeting_draft)
    session.add(meeting)
    delegations: dict[str, Delegation] = {}
    persons: dict[int, Person] = {}
    proxies: list[tuple[Delegation, Reader]] = []
    for reader in document.objects("delegations"):
        values = _read(reader, Delegation, DELEGATION_FIELDS)
        values["notes"] = _checked_text(reader, "notes", values["notes"])
        delegation = Delegation(meeting=meeting, city=city(reader, "city"), **values)
        delegations[search_key(delegation.city.name_en)] = delegation
        if reader.optional_text("proxy_to"):
            # A proxy needs its holder's id: set once every delegation has one.
            proxies.append((delegation, reader))
            delegation.status = DelegationStatus.INVITED
        for person_reader in reader.objects("persons"):
            person = _person(person_reader, delegation.persons)
            delegation.persons.append(person)
            persons[person_reader.integer("number")] = person
    session.add_all(delegations.values())
    session.flush()
    for delegation, reader in proxies:
        delegation.status = DelegationStatus.PROXY
        delegation.proxy_to_id = _delegation(delegations, reader, "proxy_to").id

    def person(reader: Reader, number: int | None, key: str) -> Person | None:
        if number is None:
            return None
        if number not in persons:
            raise MeetingFileError(f"meeting file, {reader.where}.{key}: no person {number}.")
        return persons[number]

    for reader in document.objects("agenda"):
        moderator = person(reader, reader.optional_integer("moderator"), "moderator")
        speakers = [person(reader, n, "speakers") for n in reader.integers("speakers")]
        agenda_draft = AgendaItemDraft(
            **_read(reader, AgendaItem, AGENDA_FIELDS),
            moderator_id=moderator.id if moderator else None,
            speaker_ids=tuple(speaker.id for speaker in speakers if speaker),
        )
        item = AgendaItem(meeting=meeting)
        _checked(reader, apply_agenda_draft, session, item, meeting, agenda_draft)
    for reader in document.objects("declarations"):
        values = _read(reader, Declaration, DECLARATION_FIELDS)
        status = values.pop("status")
        declaration_draft = DeclarationDraft(title="", **values).with_versions(_versions(reader))
        declaration = Declaration(meeting=meeting)
        _checked(reader, apply_declaration_draft, session, declaration, declaration_draft)
        declaration.status = status
        session.add(declaration)
        session.flush()
        for signatory_reader in reader.objects("signatories"):
            signer = person(signatory_reader, signatory_reader.integer("person"), "person")
            assert signer is not None
            session.add(
                Signatory(
                    declaration=declaration,
                    delegation_id=_delegation(delegations, signatory_reader, "city").id,
                    person_id=signer.id,
                    **_read(signatory_reader, Signatory, SIGNATORY_FIELDS),
                )
            )
    session.flush()
    return meeting.id


def _person(reader: Reader, others: list[Person]) -> Person:
    """A person of the file, checked by the rules of the person form."""
    draft = PersonDraft(**_read(reader, Person, PERSON_FIELDS))
    checked = _checked(
        reader, check_person, draft, lambda: any(p.role is PersonRole.HEAD for p in others)
    )
    return Person(**{name: getattr(checked, name) for name in PERSON_FIELDS})


def _versions(reader: Reader) -> list[DeclarationVersionText]:
    """The declaration's texts, in their order; a file of the first schema holds one text
    in the declaration itself, in the first language of its ``languages``."""
    if not reader.objects("versions"):
        language = language_code(reader.text("languages", "").split(",")[0]) or "en"
        return [_version_text(reader, language)]
    return [
        _version_text(version, version.text("language")) for version in reader.objects("versions")
    ]


def _version_text(reader: Reader, language: str) -> DeclarationVersionText:
    """One text: its fields and its preamble and clauses, each in the order of positions."""
    values = _read(reader, DeclarationVersion, [f for f in VERSION_FIELDS if f != "language"])
    paragraphs = sorted(
        (_read(p, DeclarationParagraph, PARAGRAPH_FIELDS) for p in reader.objects("paragraphs")),
        key=lambda p: (str(p["section"]), int(str(p["position"]))),
    )

    def texts(section: ParagraphSection) -> tuple[str, ...]:
        return tuple(str(p["text"]) for p in paragraphs if p["section"] is section)

    return DeclarationVersionText(
        language=language,
        **values,  # type: ignore[arg-type]
        preamble=texts(ParagraphSection.PREAMBLE),
        clauses=texts(ParagraphSection.CLAUSE),
    )


# Fields whose name in the services differs from their key in the file.
_FILE_KEYS = {
    "host_city_id": "host_city",
    "moderator_id": "moderator",
    "speaker_ids": "speakers",
    "preamble": "paragraphs",
    "clauses": "paragraphs",
    "other_versions": "versions",
}


def _checked(reader: Reader, apply: Callable[..., T], *arguments: Any) -> T:
    """``apply(*arguments)``, a ValidationError told as a MeetingFileError naming the record."""
    try:
        return apply(*arguments)
    except ValidationError as error:
        problems = "; ".join(
            f"{reader.where}.{_FILE_KEYS.get(e.field, e.field)}: {e.reason}" for e in error.errors
        )
        raise MeetingFileError(f"meeting file, {problems}") from error


def _checked_text(reader: Reader, field: str, text: object) -> str:
    check = Checker()
    cleaned = check.text(field, str(text), long=True)
    _checked(reader, check.raise_if_any)
    return cleaned


def _delegation(delegations: dict[str, Delegation], reader: Reader, key: str) -> Delegation:
    name = reader.text(key)
    found = delegations.get(search_key(name))
    if found is None:
        raise MeetingFileError(
            f"meeting file, {reader.where}.{key}: no delegation of {name!r} in the file."
        )
    return found


def _cities(session: Session, readers: list[Reader]) -> dict[str, City]:
    """The file's cities by folded English name: existing ones reused, others created."""
    existing = {search_key(c.name_en): c for c in session.scalars(select(City))}
    found: dict[str, City] = {}
    for reader in readers:
        draft = CityDraft(**_read(reader, City, CITY_FIELDS))
        key = search_key(draft.name_en)
        if not key:
            raise MeetingFileError(f"meeting file, {reader.where}.name_en: empty.")
        city = existing.get(key)
        if city is None:
            city = City()
            _checked(reader, apply_city_draft, session, city, draft)
            session.add(city)
            existing[key] = city
        found[key] = city
    session.flush()
    return found
