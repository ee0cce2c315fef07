"""The delegations list of a meeting and the members of one delegation, as plain rows.

The Delegations page reads both on every visit. At 1,000 delegations and 100,000 persons
what used to cost as much as the query itself was around it: building the statement (its
aliases and joins) again on each call and handing the rows through the ORM's loading.
The statements here are built once and run on the session's connection (Core rows, no
ORM); the member count is ``count(*)``, which counts the index entries of the delegation
without reading a column from them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from functools import cache
from typing import Any

from sqlalchemy import Connection, Select, bindparam, func, select
from sqlalchemy.orm import aliased

from anmc_desktop.collector import collector_paused
from anmc_desktop.models import City, Delegation, Person
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.persons import DelegationSummary, PersonRecord, person_sort_key
from anmc_desktop.services.bulk import frozen_record
from anmc_desktop.text import display_name

_PERSON_FIELDS = tuple(field.name for field in fields(PersonRecord))
_PERSON_COLUMNS = tuple(getattr(Person, name) for name in _PERSON_FIELDS)


def _person(row: Sequence[Any]) -> PersonRecord:
    """The person of a row of ``_PERSON_COLUMNS`` (made as ``frozen_record`` makes one: a
    printout makes 100,000)."""
    return frozen_record(PersonRecord, dict(zip(_PERSON_FIELDS, row, strict=True)))


@cache
def _summaries_statement() -> Select:
    """Each delegation of the meeting with its city, its proxy holder's city, its head's
    names and its member count (counted per delegation on the index of persons, not
    grouped over the meeting's persons)."""
    holder = aliased(Delegation)
    holder_city = aliased(City)
    head = aliased(Person)
    member_count = (
        select(func.count())
        .select_from(Person)
        .where(Person.delegation_id == Delegation.id)
        .correlate(Delegation)
        .scalar_subquery()
    )
    return (
        select(  # DelegationSummary's fields in its order, the head's in its place
            Delegation.id, Delegation.meeting_id, Delegation.city_id, City.name_en,
            City.name_local, Delegation.status, Delegation.proxy_to_id, holder_city.name_en,
            head.id, head.given_name, head.family_name, head.family_name_first,
            head.native_name, head.is_placeholder, member_count, Delegation.notes,
            Delegation.version, City.country,
        )
        .join(City, Delegation.city_id == City.id)
        .outerjoin(holder, Delegation.proxy_to_id == holder.id)
        .outerjoin(holder_city, holder.city_id == holder_city.id)
        .outerjoin(head, (head.delegation_id == Delegation.id) & (head.role == PersonRole.HEAD))
        .where(Delegation.meeting_id == bindparam("meeting_id"))
        # Sorted by the database, which thus reads and counts every row in its first step:
        # the window's thread waits for it once, not once a delegation (each time handing
        # the GIL to any worker thread that wants it).
        .order_by(City.name_en)
    )  # fmt: skip


@cache
def _members_statement() -> Select:
    """A delegation's persons in id order (as the relationship read them: equals in the
    sort keep this order)."""
    return (
        select(*_PERSON_COLUMNS)
        .where(Person.delegation_id == bindparam("delegation_id"))
        .order_by(Person.id)
    )


def read_summaries(connection: Connection, meeting_id: int) -> list[DelegationSummary]:
    """The meeting's delegations by city name, whatever its case (the database's order
    is by its collation: sorting it again here moves only a few)."""
    summaries = []
    for row in connection.execute(_summaries_statement(), {"meeting_id": meeting_id}).all():
        head_id, given, family, family_first, native, placeholder = row[8:14]
        head_name = display_name(given, family, family_first) or native
        summaries.append(
            DelegationSummary(
                *row[:8], head_name if head_id is not None else None, bool(placeholder),
                *row[14:],
            )
        )  # fmt: skip
    return sorted(summaries, key=lambda s: s.city_name.casefold())


@cache
def _meeting_members_statement() -> Select:
    """Every person of the meeting, each delegation's in id order: delegation by delegation,
    as the indexes the query walks hold them (ordered by the persons' ids alone, the
    database sorted 100,000 rows before it gave the first)."""
    return (
        select(*_PERSON_COLUMNS)
        .join(Delegation, Delegation.id == Person.delegation_id)
        .where(Delegation.meeting_id == bindparam("meeting_id"))
        .order_by(Delegation.id, Person.id)
    )


def read_meeting_members(connection: Connection, meeting_id: int) -> dict[int, list[PersonRecord]]:
    """Each delegation's persons (by its id) as ``read_members`` gives them, read for the
    whole meeting with one query: a printout of 1,000 delegations asked 3,000 before."""
    members: dict[int, list[PersonRecord]] = {}
    rows = connection.execute(_meeting_members_statement(), {"meeting_id": meeting_id})
    with collector_paused():  # 100,000 records that live on: no collector run walks them
        for person in map(_person, rows):
            members.setdefault(person.delegation_id, []).append(person)
    for persons in members.values():
        persons.sort(key=person_sort_key)
    return members


def read_members(connection: Connection, delegation_id: int) -> list[PersonRecord]:
    """The delegation's persons, head first (``person_sort_key``); none if it is gone."""
    rows = connection.execute(_members_statement(), {"delegation_id": delegation_id})
    return sorted(map(_person, rows), key=person_sort_key)
