"""Search over every person of a meeting, sorted in Python, fetched page by page.

Filtering runs in SQL on the folded ``search_text`` columns; sorting runs in Python on
folded keys (so that accents and scripts sort the same on SQLite and PostgreSQL); the
window then fetches the rows it shows by id, a page at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from sqlalchemy import ColumnElement, String, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from anmc_desktop.db import Database
from anmc_desktop.models import City, Delegation, Person
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.person_search import PersonRow, PersonSort
from anmc_desktop.text import display_name, search_key

ROLE_RANK = {role: rank for rank, role in enumerate(PersonRole)}


@lru_cache(maxsize=100_000)
def _folded(text: str) -> str:
    """``search_key`` remembered: names repeat across searches (each keystroke sorts again)."""
    return search_key(text)


def _sort_key(sort: PersonSort, city: str, rank: int, family: str, given: str, person_id: int
              ) -> tuple[object, ...]:  # fmt: skip
    """Folded texts in; the id last, so equal names keep one order between searches."""
    if sort is PersonSort.CITY:
        return (city, rank, family, given, person_id)
    if sort is PersonSort.ROLE:
        return (rank, family, given, city, person_id)
    return (family, given, city, person_id)


def _matches(words: Sequence[str]) -> list[ColumnElement[bool]]:
    """Each word in the person's folded text or in their city's."""
    return [
        or_(
            Person.search_text.contains(word, autoescape=True),
            City.search_text.contains(word, autoescape=True),
        )
        for word in words
    ]


_Order = tuple[tuple[object, ...], list[int], dict[int, int]]


class PersonSearchService:
    def __init__(self, database: Database) -> None:
        self._database = database
        # (meeting, sort) -> (fingerprint of the meeting's persons, every id in that order,
        # each id's place in it)
        self._orders: dict[tuple[int, PersonSort], _Order] = {}

    def search_ids(
        self, meeting_id: int, query: str = "", sort: PersonSort = PersonSort.CITY
    ) -> list[int]:
        """Ids of the persons matching every word of ``query`` (name, position or city).

        The meeting's persons are sorted once per sort and kept while their fingerprint
        (count, ids, versions, their cities' versions) is unchanged; each search then only
        filters in SQL and keeps the sorted order, so a keystroke does not sort 20,000 rows.
        """
        words = search_key(query).split()
        in_meeting = (
            select(Person.id)
            .join(Delegation, Person.delegation_id == Delegation.id)
            .join(City, Delegation.city_id == City.id)
            .where(Delegation.meeting_id == meeting_id)
        )
        with self._database.reading() as session:
            # Plain Core execution: the ORM's row handling doubled the time of 50,000 ids.
            connection = session.connection()
            fingerprint = tuple(
                connection.execute(
                    in_meeting.with_only_columns(
                        func.count(Person.id),
                        func.coalesce(func.sum(Person.id), 0),
                        func.coalesce(func.sum(Person.version), 0),
                        func.coalesce(func.sum(City.version), 0),
                    )
                ).one()
            )
            known = self._orders.get((meeting_id, sort))
            if known is None or known[0] != fingerprint:
                ordered = self._sorted_ids(session, meeting_id, sort)
                known = (fingerprint, ordered, {pid: n for n, pid in enumerate(ordered)})
                self._orders[(meeting_id, sort)] = known
            if not words:
                return list(known[1])
            matching = connection.execute(in_meeting.where(*_matches(words))).scalars().all()
        return sorted(matching, key=known[2].__getitem__)

    @staticmethod
    def _sorted_ids(session: Session, meeting_id: int, sort: PersonSort) -> list[int]:
        """Every person of the meeting in ``sort`` order (plain column values, no join to
        the cities per person: the meeting's few delegations are folded once)."""
        city_of = {
            delegation_id: _folded(name)
            for delegation_id, name in session.execute(
                select(Delegation.id, City.name_en)
                .join(City, Delegation.city_id == City.id)
                .where(Delegation.meeting_id == meeting_id)
            )
        }
        rank_of = {role.value: rank for role, rank in ROLE_RANK.items()}
        rows = session.connection().execute(
            select(
                Person.id, Person.delegation_id, Person.family_name, Person.given_name,
                Person.native_name, type_coerce(Person.role, String),
            ).where(Person.delegation_id.in_(list(city_of)))
        ).all()  # fmt: skip
        keyed = [
            _sort_key(
                sort, city_of[delegation_id], rank_of[role], _folded(family or native),
                _folded(given), person_id,
            )
            for person_id, delegation_id, family, given, native, role in rows
        ]  # fmt: skip
        keyed.sort()
        return [key[-1] for key in keyed]

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
