"""A meeting as the plain document of its meeting file (exchange/meeting_file.py).

Every column of the meeting's records is written, by name, except database ids, versions
and derived search text (and the persons' passport data, unless asked for); references
between records use cities' English names and the persons' numbers within the file. The
meeting and its agenda items carry their identities (UUIDs), the items their calendar
sequence. A declaration holds its texts, one per language ("versions"), each with its
paragraphs.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import String, inspect, select, type_coerce
from sqlalchemy.orm import Session, selectinload

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
from anmc_desktop.records.persons import PERSONAL_FIELDS

# Columns that are the database's business, not the meeting's.
_NOT_EXPORTED = {"id", "version", "search_text"}
# Persons read with one query while a file is written (at most; a delegation at least).
_PERSONS_PER_READ = 5_000
_DELEGATIONS_PER_READ = 500


def _fields(model: type[Base], *written_apart: str) -> list[str]:
    """The model's columns written as they are (references and identities are written
    apart, each in its own way)."""
    skip = _NOT_EXPORTED | set(written_apart)
    return [attr.key for attr in inspect(model).column_attrs if attr.key not in skip]


CITY_FIELDS = _fields(City)
MEETING_FIELDS = _fields(Meeting, "host_city_id", "uuid")
DELEGATION_FIELDS = _fields(Delegation, "meeting_id", "city_id", "proxy_to_id")
PERSON_FIELDS = _fields(Person, "delegation_id", "uuid")
# Passport data goes into a file only when the organizer asks for it.
ORDINARY_PERSON_FIELDS = [name for name in PERSON_FIELDS if name not in PERSONAL_FIELDS]
AGENDA_FIELDS = _fields(AgendaItem, "meeting_id", "moderator_id", "uuid", "sequence")
DECLARATION_FIELDS = _fields(Declaration, "meeting_id")
VERSION_FIELDS = _fields(DeclarationVersion, "declaration_id", "position")
PARAGRAPH_FIELDS = _fields(DeclarationParagraph, "declaration_id", "language")
SIGNATORY_FIELDS = _fields(Signatory, "declaration_id", "delegation_id", "person_id")


def _plain(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def _values(record: Base, names: Iterable[str]) -> dict[str, object]:
    return {name: _plain(getattr(record, name)) for name in names}


def _persons_by_delegation(
    session: Session, delegation_ids: Sequence[int], fields: Sequence[str]
) -> dict[int, list[tuple[int, list[object]]]]:
    """These delegations' persons' ids and the values of ``fields`` as the file writes
    them, by delegation, each delegation's in the order of their ids: plain rows, not ORM
    objects (100,000 of those took seconds). Enums are read as the values they are stored
    as; only dates and times are converted, to ISO text. Ordered by delegation first, as
    the index of persons by delegation holds them, so that the database need not sort."""
    columns = inspect(Person).columns
    kinds = [columns[name].type.python_type for name in fields]
    selected = [
        type_coerce(columns[name], String) if issubclass(kind, enum.Enum) else columns[name]
        for name, kind in zip(fields, kinds, strict=True)
    ]
    rows = (
        session.connection()
        .execute(
            select(Person.delegation_id, Person.id, *selected)
            .where(Person.delegation_id.in_(delegation_ids))
            .order_by(Person.delegation_id, Person.id)
        )
        .all()
    )
    moments = [index for index, kind in enumerate(kinds) if issubclass(kind, dt.date)]
    persons: dict[int, list[tuple[int, list[object]]]] = {}
    for delegation_id, person_id, *values in rows:
        for index in moments:
            if values[index] is not None:
                values[index] = values[index].isoformat()
        persons.setdefault(delegation_id, []).append((person_id, values))
    return persons


def _person_numbers(
    session: Session, meeting_id: int, delegations: Sequence[Delegation]
) -> tuple[dict[int, int], dict[int, int]]:
    """Each person's number in the file (by id), counted through the delegations in
    their order, and how many persons each delegation has. Read in the order of the
    indexes the query walks (delegations, then each one's persons by id): ordered by the
    persons' ids alone, the database sorted all of them first."""
    ids: dict[int, list[int]] = {}
    for delegation_id, person_id in (
        session.connection()
        .execute(
            select(Person.delegation_id, Person.id)
            .join(Delegation, Person.delegation_id == Delegation.id)
            .where(Delegation.meeting_id == meeting_id)
            .order_by(Delegation.id, Person.id)
        )
        .all()
    ):
        ids.setdefault(delegation_id, []).append(person_id)
    numbers: dict[int, int] = {}
    for delegation in delegations:
        for person_id in ids.get(delegation.id, []):
            numbers[person_id] = len(numbers) + 1
    return numbers, {delegation_id: len(found) for delegation_id, found in ids.items()}


def _read_together(
    delegations: Sequence[Delegation], counts: dict[int, int]
) -> Iterator[list[Delegation]]:
    """The delegations in their order, in groups whose persons are read with one query:
    a few thousand persons at a time, so that an export never holds them all."""
    group: list[Delegation] = []
    persons = 0
    for delegation in delegations:
        if group and (
            persons + counts.get(delegation.id, 0) > _PERSONS_PER_READ
            or len(group) >= _DELEGATIONS_PER_READ
        ):
            yield group
            group, persons = [], 0
        group.append(delegation)
        persons += counts.get(delegation.id, 0)
    if group:
        yield group


def _delegation_records(
    session: Session,
    delegations: Sequence[Delegation],
    person_fields: Sequence[str],
    numbers: dict[int, int],
    counts: dict[int, int],
) -> Iterator[dict[str, Any]]:
    """Each delegation as the file writes it, with its persons, read as they are written."""
    city_of = {d.id: d.city.name_en for d in delegations}
    person_keys = ("number", *person_fields)
    for group in _read_together(delegations, counts):
        persons = _persons_by_delegation(session, [d.id for d in group], person_fields)
        for delegation in group:
            yield {
                "city": delegation.city.name_en,
                "proxy_to": city_of.get(delegation.proxy_to_id or 0),
                **_values(delegation, DELEGATION_FIELDS),
                "persons": [
                    dict(zip(person_keys, (numbers[person_id], *values), strict=True))
                    for person_id, values in persons.get(delegation.id, [])
                ],
            }


def meeting_document(
    session: Session, meeting: Meeting, *, include_personal_data: bool = False
) -> dict[str, Any]:
    """The meeting's file body (without the envelope), read in this session; the persons'
    passport data only with ``include_personal_data``."""
    body = meeting_body(session, meeting, include_personal_data=include_personal_data)
    return body | {"delegations": list(body["delegations"])}


def meeting_body(
    session: Session, meeting: Meeting, *, include_personal_data: bool = False
) -> dict[str, Any]:
    """The meeting's file body as ``meeting_document``, but its delegations an iterator
    that reads each with its persons as the file is written (in this session)."""
    person_fields = PERSON_FIELDS if include_personal_data else ORDINARY_PERSON_FIELDS
    delegations = session.scalars(
        select(Delegation)
        .where(Delegation.meeting_id == meeting.id)
        .options(selectinload(Delegation.city))
    ).all()
    delegations = sorted(delegations, key=lambda d: d.city.name_en.casefold())
    city_of = {d.id: d.city.name_en for d in delegations}
    person_number, counts = _person_numbers(session, meeting.id, delegations)
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
        "cities": [
            {**_values(c, CITY_FIELDS), "aliases": [a.alias for a in c.aliases]}
            for _, c in sorted(cities.items())
        ],
        "meeting": {
            "uuid": meeting.uuid,
            "host_city": meeting.host_city.name_en,
            **_values(meeting, MEETING_FIELDS),
        },
        "delegations": _delegation_records(
            session, delegations, person_fields, person_number, counts
        ),
        "agenda": [
            {
                "uuid": item.uuid,
                "sequence": item.sequence,
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
