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
from collections.abc import Iterable, Sequence
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
    session: Session, meeting_id: int, fields: Sequence[str]
) -> dict[int, list[tuple[int, list[object]]]]:
    """The meeting's persons' ids and the values of ``fields`` as the file writes them, by
    delegation, each delegation's in the order of their ids: plain rows, not ORM objects
    (100,000 of those took seconds), fetched at once. Enums are read as the values they
    are stored as; only dates and times are converted, to ISO text."""
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
            .join(Delegation, Person.delegation_id == Delegation.id)
            .where(Delegation.meeting_id == meeting_id)
            .order_by(Person.id)
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


def meeting_document(
    session: Session, meeting: Meeting, *, include_personal_data: bool = False
) -> dict[str, Any]:
    """The meeting's file body (without the envelope), read in this session; the persons'
    passport data only with ``include_personal_data``."""
    person_fields = PERSON_FIELDS if include_personal_data else ORDINARY_PERSON_FIELDS
    delegations = session.scalars(
        select(Delegation)
        .where(Delegation.meeting_id == meeting.id)
        .options(selectinload(Delegation.city))
    ).all()
    delegations = sorted(delegations, key=lambda d: d.city.name_en.casefold())
    city_of = {d.id: d.city.name_en for d in delegations}
    persons = _persons_by_delegation(session, meeting.id, person_fields)
    person_keys = ("number", *person_fields)
    person_number: dict[int, int] = {}
    for delegation in delegations:
        for person_id, _ in persons.get(delegation.id, []):
            person_number[person_id] = len(person_number) + 1
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
        "delegations": [
            {
                "city": delegation.city.name_en,
                "proxy_to": city_of.get(delegation.proxy_to_id or 0),
                **_values(delegation, DELEGATION_FIELDS),
                "persons": [
                    dict(zip(person_keys, (person_number[person_id], *values), strict=True))
                    for person_id, values in persons.get(delegation.id, [])
                ],
            }
            for delegation in delegations
        ],
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
