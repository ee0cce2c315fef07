"""Search over every person of a meeting, sorted in Python, fetched page by page.

Filtering runs in SQL on the folded ``search_text`` columns; sorting runs in Python on
folded keys (so that accents and scripts sort the same on SQLite and PostgreSQL); the
window then fetches the rows it shows by id, a page at a time.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, or_, select

from anmc_desktop.db import Database
from anmc_desktop.models import City, Delegation, Person
from anmc_desktop.models.enums import PersonRole
from anmc_desktop.text import display_name, search_key

ROLE_RANK = {role: rank for rank, role in enumerate(PersonRole)}


class PersonSort(enum.Enum):
    CITY = "city"
    FAMILY_NAME = "family_name"
    ROLE = "role"


@dataclass(frozen=True)
class PersonRow:
    id: int
    delegation_id: int
    city_name: str
    city_local_name: str
    honorific: str
    latin_name: str
    native_name: str
    position: str
    role: PersonRole
    is_placeholder: bool


def _sort_key(sort: PersonSort, city: str, family: str, given: str, native: str, role: PersonRole
              ) -> tuple[object, ...]:  # fmt: skip
    name = (search_key(family or native), search_key(given))
    city_key = search_key(city)
    if sort is PersonSort.CITY:
        return (city_key, ROLE_RANK[role], *name)
    if sort is PersonSort.ROLE:
        return (ROLE_RANK[role], *name, city_key)
    return (*name, city_key)


class PersonSearchService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def search_ids(
        self, meeting_id: int, query: str = "", sort: PersonSort = PersonSort.CITY
    ) -> list[int]:
        """Ids of the persons matching every word of ``query`` (name, position or city)."""
        words = search_key(query).split()
        statement = (
            select(
                Person.id, City.name_en, Person.family_name, Person.given_name,
                Person.native_name, Person.role,
            )
            .join(Delegation, Person.delegation_id == Delegation.id)
            .join(City, Delegation.city_id == City.id)
            .where(Delegation.meeting_id == meeting_id)
        )  # fmt: skip
        if words:
            statement = statement.where(
                and_(
                    *(
                        or_(
                            Person.search_text.contains(word, autoescape=True),
                            City.search_text.contains(word, autoescape=True),
                        )
                        for word in words
                    )
                )
            )
        with self._database.reading() as session:
            rows = session.execute(statement).all()
        rows.sort(key=lambda r: _sort_key(sort, r[1], r[2], r[3], r[4], r[5]))
        return [row[0] for row in rows]

    def rows(self, person_ids: Sequence[int]) -> list[PersonRow]:
        """The rows for these ids, in the same order (ids no longer there are left out)."""
        if not person_ids:
            return []
        with self._database.reading() as session:
            found = session.execute(
                select(Person, City.name_en, City.name_local)
                .join(Delegation, Person.delegation_id == Delegation.id)
                .join(City, Delegation.city_id == City.id)
                .where(Person.id.in_(person_ids))
            ).all()
            by_id = {
                person.id: PersonRow(
                    id=person.id,
                    delegation_id=person.delegation_id,
                    city_name=city_name,
                    city_local_name=city_local,
                    honorific=person.honorific,
                    latin_name=display_name(
                        person.given_name, person.family_name, person.family_name_first
                    ),
                    native_name=person.native_name,
                    position=person.position,
                    role=person.role,
                    is_placeholder=person.is_placeholder,
                )
                for person, city_name, city_local in found
            }
        return [by_id[pid] for pid in person_ids if pid in by_id]
