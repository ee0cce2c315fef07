"""What the plan of an import reads from the database: the cities, and the meeting's
delegations and persons as plain rows, or only their versions."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Row, Select, Table, select
from sqlalchemy.orm import Session

from anmc_desktop.models import City, CityAlias, Delegation, Meeting, Person
from anmc_desktop.records.person_import import DRAFT_FIELDS
from anmc_desktop.services.lookup import get_or_raise

PERSONS = cast(Table, Person.__table__)
_DELEGATIONS = cast(Table, Delegation.__table__)
_PERSON_COLUMNS = (
    PERSONS.c.id,
    PERSONS.c.delegation_id,
    PERSONS.c.version,
    *(PERSONS.c[name] for name in DRAFT_FIELDS),
)
# A person as the import reads it: the values of _PERSON_COLUMNS by name. A Row's
# attributes take ten times as long to read, and planning reads some for every row.
StoredPerson = namedtuple("StoredPerson", [column.key for column in _PERSON_COLUMNS])


@dataclass(frozen=True)
class Basis:
    """What the plan of an import reads from the database; equal bases give equal plans."""

    cities: tuple[Row[Any], ...]  # id, version, name_en, name_local
    delegations: tuple[Row[Any], ...]  # id, version, city_id
    persons: tuple[StoredPerson, ...]
    aliases: tuple[Row[Any], ...] = ()  # id, version, city_id, alias

    def versions(self) -> Versions:
        return (
            [(city[0], city[1]) for city in self.cities],
            [(delegation[0], delegation[1]) for delegation in self.delegations],
            [(person[0], person[2]) for person in self.persons],
            [(alias[0], alias[1]) for alias in self.aliases],
        )

    def aliases_by_city(self) -> dict[int, tuple[str, ...]]:
        found: dict[int, tuple[str, ...]] = {}
        for _, _, city_id, alias in self.aliases:
            found[city_id] = (*found.get(city_id, ()), alias)
        return found


# The (id, version) of each city, of the meeting's delegations and persons, and of the
# cities' aliases: every write of a record bumps its version, so equal versions mean an
# equal Basis.
Versions = tuple[
    list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]]
]
_ALIASES = select(CityAlias.id, CityAlias.version, CityAlias.city_id, CityAlias.alias).order_by(
    CityAlias.id
)


def read_basis(session: Session, meeting_id: int, *, for_update: bool = False) -> Basis:
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
    return Basis(
        cities=tuple(connection.execute(cities).all()),
        delegations=tuple(connection.execute(delegations).all()),
        persons=tuple(
            map(
                StoredPerson._make,
                connection.execute(_persons_of(meeting_id, _PERSON_COLUMNS, for_update)),
            )
        ),
        aliases=tuple(connection.execute(_ALIASES).all()),
    )


def read_versions(session: Session, meeting_id: int) -> Versions:
    """The versions of what read_basis reads, the persons locked on a server as there."""
    get_or_raise(session, Meeting, meeting_id, "Meeting")
    connection = session.connection()
    delegation = _DELEGATIONS.c
    cities = select(City.id, City.version).order_by(City.id)
    delegations = (
        select(delegation.id, delegation.version)
        .where(delegation.meeting_id == meeting_id)
        .order_by(delegation.id)
    )
    persons = _persons_of(meeting_id, (PERSONS.c.id, PERSONS.c.version), for_update=True)
    return (
        list(map(tuple, connection.execute(cities).all())),
        list(map(tuple, connection.execute(delegations).all())),
        list(map(tuple, connection.execute(persons).all())),
        [(alias[0], alias[1]) for alias in connection.execute(_ALIASES)],
    )


def _persons_of(meeting_id: int, columns: Sequence[Any], for_update: bool) -> Select[Any]:
    """The meeting's persons by delegation, in the order of their ids in each (the order
    SQLite finds them in, without sorting)."""
    persons = (
        select(*columns)
        .join(_DELEGATIONS, PERSONS.c.delegation_id == _DELEGATIONS.c.id)
        .where(_DELEGATIONS.c.meeting_id == meeting_id)
        .order_by(_DELEGATIONS.c.id, PERSONS.c.id)
    )
    return persons.with_for_update(of=PERSONS) if for_update else persons
