"""Search over every person of a meeting, sorted in Python, fetched page by page.

The meeting's persons are read once per sort into a ``SearchIndex``: their ids sorted in
Python on folded keys (so that accents and scripts sort the same on SQLite and
PostgreSQL) beside each one's folded ``search_text`` and their city's. A keystroke then
filters those texts in memory, which at 100,000 persons takes milliseconds where a
``LIKE '%word%'`` over the table took hundreds; the window fetches the rows it shows by
id, a page at a time. The index is read again when the database changed: every write
leaves an entry in the change log, so its newest id (with the newest person id) tells,
in one index lookup, whether anything may have changed.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import overload

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from anmc_desktop.db import Database
from anmc_desktop.models import ChangeLogEntry, City, Delegation, Person
from anmc_desktop.records.agenda import PersonChoice
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


@dataclass(frozen=True)
class SearchIndex:
    """A meeting's persons in one sort order, as of the database's ``stamp``."""

    stamp: tuple[object, ...]
    ids: list[int]
    texts: list[str]  # each person's folded text and their city's, on two lines
    place_of: dict[int, int]  # each id's place in ``ids``

    def matching(self, words: Sequence[str], within: Sequence[int] | None = None) -> Sequence[int]:
        """The places in ``ids`` (in order) whose texts hold every word, looked for only
        ``within`` those places when given; the longest word, the rarest, goes first."""
        found: Sequence[int] = range(len(self.ids)) if within is None else within
        texts = self.texts
        for word in sorted(words, key=len, reverse=True):
            found = [n for n in found if word in texts[n]]
        return found

    def first(self, words: Sequence[str], limit: int) -> list[int]:
        """The ids of the first ``limit`` persons whose texts hold every word."""
        texts = self.texts
        found = (n for n in range(len(self.ids)) if all(word in texts[n] for word in words))
        return [self.ids[n] for n in islice(found, limit)]


class Found(Sequence[int]):
    """The ids a search found, in the index's order, each looked up only when read.

    The first letter typed finds nearly every person of the meeting, of whom the window
    shows a page: a list of all their ids would be made, and copied, on every keystroke.
    """

    __slots__ = ("_index", "_places")

    def __init__(self, index: SearchIndex, places: Sequence[int]) -> None:
        self._index = index
        self._places = places  # ascending places in the index's ids

    def __len__(self) -> int:
        return len(self._places)

    @overload
    def __getitem__(self, row: int) -> int: ...

    @overload
    def __getitem__(self, row: slice) -> list[int]: ...

    def __getitem__(self, row: int | slice) -> int | list[int]:
        ids = self._index.ids
        if isinstance(row, slice):
            return [ids[place] for place in self._places[row]]
        return ids[self._places[row]]

    def index(self, person_id: object, start: int = 0, stop: int | None = None) -> int:
        """The row of ``person_id`` (a lookup and a bisection, not a scan)."""
        place = self._index.place_of.get(person_id) if isinstance(person_id, int) else None
        stop = len(self._places) if stop is None else stop
        if place is not None:
            row = bisect_left(self._places, place, start, stop)
            if row < stop and self._places[row] == place:
                return row
        raise ValueError(f"{person_id} was not found")


class PersonSearchService:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._indexes: dict[tuple[int, PersonSort], SearchIndex] = {}
        # The last search: its index, words and the places found, which a query typed on
        # from it (each of its words still in one of the new ones) only narrows down.
        self._last: tuple[SearchIndex, list[str], Sequence[int]] | None = None

    def search_ids(
        self, meeting_id: int, query: str = "", sort: PersonSort = PersonSort.CITY
    ) -> list[int]:
        """Ids of the persons matching every word of ``query`` (name, position or city),
        in ``sort`` order."""
        return list(self.search(meeting_id, query, sort))

    def search(self, meeting_id: int, query: str = "", sort: PersonSort = PersonSort.CITY) -> Found:
        """As ``search_ids``, the ids made only as they are read (the search page's rows)."""
        words = search_key(query).split()
        index = self.prepared_index(meeting_id, sort)
        within = None
        if self._last is not None and self._last[0] is index:
            _, before, places = self._last
            if all(any(old in new for new in words) for old in before):
                within = places
        found = index.matching(words, within)
        self._last = (index, words, found)
        return Found(index, found)

    def prepared_index(self, meeting_id: int, sort: PersonSort = PersonSort.CITY) -> SearchIndex:
        """The meeting's index in ``sort`` order as the database now is, read again only
        when something was written since it was read."""
        with self._database.reading() as session:
            stamp = tuple(
                session.connection()
                .execute(
                    select(
                        select(func.max(ChangeLogEntry.id)).scalar_subquery(),
                        select(func.max(Person.id)).scalar_subquery(),
                    )
                )
                .one()
            )
            index = self._indexes.get((meeting_id, sort))
            if index is None or index.stamp != stamp:
                index = self._read_index(session, meeting_id, sort, stamp)
                self._indexes[(meeting_id, sort)] = index
        return index

    def is_prepared(self, meeting_id: int, sort: PersonSort = PersonSort.CITY) -> bool:
        """Whether an index of the meeting in ``sort`` order is held (it may have to be
        read again if the database changed since)."""
        return (meeting_id, sort) in self._indexes

    def adopt(self, meeting_id: int, sort: PersonSort, index: SearchIndex) -> None:
        """Take an index prepared on a worker thread (by the services of its own
        connection), unless one was read here meanwhile: the first search then only
        checks that nothing was written since."""
        self._indexes.setdefault((meeting_id, sort), index)

    @staticmethod
    def _read_index(
        session: Session, meeting_id: int, sort: PersonSort, stamp: tuple[object, ...]
    ) -> SearchIndex:
        """Every person of the meeting in ``sort`` order with their texts (plain column
        values, no join to the cities per person: the meeting's few delegations are
        folded once)."""
        city_of: dict[int, tuple[str, str]] = {
            delegation_id: (_folded(name), city_text)
            for delegation_id, name, city_text in session.execute(
                select(Delegation.id, City.name_en, City.search_text)
                .join(City, Delegation.city_id == City.id)
                .where(Delegation.meeting_id == meeting_id)
            )
        }
        rank_of = {role.value: rank for role, rank in ROLE_RANK.items()}
        rows = session.connection().execute(
            select(
                Person.id, Person.delegation_id, Person.family_name, Person.given_name,
                Person.native_name, type_coerce(Person.role, String), Person.search_text,
            ).where(Person.delegation_id.in_(list(city_of)))
        ).all()  # fmt: skip
        text_of = {}
        keyed = []
        for person_id, delegation_id, family, given, native, role, text in rows:
            city, city_text = city_of[delegation_id]
            keyed.append(_sort_key(sort, city, rank_of[role], _folded(family or native),
                                   _folded(given), person_id))  # fmt: skip
            text_of[person_id] = f"{text}\n{city_text}"
        keyed.sort()
        ids = [key[-1] for key in keyed]
        texts = [text_of[person_id] for person_id in ids]
        return SearchIndex(stamp, ids, texts, {person_id: n for n, person_id in enumerate(ids)})

    def choices(self, meeting_id: int, query: str, limit: int) -> list[PersonChoice]:
        """The first ``limit`` persons that ``query`` finds (as ``search_ids``, by city),
        as a form offers them to pick."""
        index = self.prepared_index(meeting_id)
        return self.choices_of(index.first(search_key(query).split(), limit))

    def choices_of(self, person_ids: Sequence[int]) -> list[PersonChoice]:
        """These persons as a form offers them: "Name (City)", matched by the name in its
        own script too."""
        choices = []
        for row in self.rows(person_ids):
            label = f"{row.latin_name or row.native_name} ({row.city_name})"
            match = f"{label} {row.native_name}" if row.native_name else label
            choices.append(PersonChoice(row.id, label, match))
        return choices

    def rows(self, person_ids: Sequence[int]) -> list[PersonRow]:
        """The rows for these ids, in the same order (ids no longer there are left out)."""
        if not person_ids:
            return []
        with self._database.reading() as session:
            found = session.connection().execute(
                select(
                    Person.id, Person.delegation_id, City.name_en, City.name_local,
                    Person.honorific, Person.given_name, Person.family_name,
                    Person.family_name_first, Person.native_name, Person.position,
                    Person.role, Person.is_placeholder,
                )
                .join(Delegation, Person.delegation_id == Delegation.id)
                .join(City, Delegation.city_id == City.id)
                .where(Person.id.in_(person_ids))
            ).all()  # fmt: skip
        by_id = {
            person_id: PersonRow(
                person_id, delegation_id, city_name, city_local, honorific,
                display_name(given, family, family_first), native, position, role,
                placeholder,
            )
            for (
                person_id, delegation_id, city_name, city_local, honorific, given, family,
                family_first, native, position, role, placeholder,
            ) in found
        }  # fmt: skip
        return [by_id[pid] for pid in person_ids if pid in by_id]
