"""Checking persons in as they arrive: by the QR code of their badge or by a typed name;
live counts by delegation; undoing a wrong check-in."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from anmc_desktop.db import Database
from anmc_desktop.models import CheckIn, City, Delegation, Person
from anmc_desktop.records.person_search import PersonSort
from anmc_desktop.records.seating import (
    Attendance,
    CheckInResult,
    DelegationAttendance,
    person_uuid_in,
)
from anmc_desktop.services.lookup import get_or_raise
from anmc_desktop.services.mapping import person_record
from anmc_desktop.services.person_search import PersonSearchService
from anmc_desktop.storage.change_log import utc_now

MOST_CANDIDATES = 20


class CheckInService:
    def __init__(self, database: Database, person_search: PersonSearchService) -> None:
        self._database = database
        self._person_search = person_search

    def check_in_scanned(self, meeting_id: int, scanned: str) -> CheckInResult:
        """Check in the person a badge's payload or a typed name names. A name that fits
        several persons checks in no one and lists them; one that fits none finds no one."""
        identity = person_uuid_in(scanned)
        if identity is not None:
            with self._database.reading() as session:
                person_id = session.scalar(
                    select(Person.id)
                    .join(Delegation, Person.delegation_id == Delegation.id)
                    .where(Person.uuid == identity, Delegation.meeting_id == meeting_id)
                )
            return CheckInResult(None) if person_id is None else self.check_in(person_id)
        if not scanned.strip():
            return CheckInResult(None)
        ids = self._person_search.search_ids(meeting_id, scanned, PersonSort.FAMILY_NAME)
        if len(ids) == 1:
            return self.check_in(ids[0])
        return CheckInResult(None, candidates=self._labels(ids[:MOST_CANDIDATES]))

    def check_in(self, person_id: int) -> CheckInResult:
        """Mark the person as attending now; a second check-in keeps the first time."""
        with self._database.writing() as session:
            person = get_or_raise(session, Person, person_id, "Person")
            existing = session.get(CheckIn, person_id)
            if existing is None:
                existing = CheckIn(person_id=person_id, checked_in_at=utc_now())
                session.add(existing)
                already = False
            else:
                already = True
            return CheckInResult(
                person_record(person),
                person.delegation.city.name_en,
                existing.checked_in_at,
                already,
            )

    def undo_check_in(self, person_id: int) -> dt.datetime | None:
        """Forget a wrong check-in; returns the time it had, None if there was none."""
        with self._database.writing() as session:
            existing = session.get(CheckIn, person_id)
            if existing is None:
                return None
            checked_in_at = existing.checked_in_at
            session.delete(existing)
            return checked_in_at

    def checked_in_at(self, person_id: int) -> dt.datetime | None:
        with self._database.reading() as session:
            existing = session.get(CheckIn, person_id)
            return existing.checked_in_at if existing else None

    def attendance(self, meeting_id: int) -> Attendance:
        """Persons checked in and expected (everyone named) per delegation, by city name."""
        with self._database.reading() as session:
            rows = session.execute(
                select(
                    Delegation.id,
                    City.name_en,
                    func.count(CheckIn.person_id),
                    func.count(Person.id),
                )
                .join(City, Delegation.city_id == City.id)
                .outerjoin(
                    Person,
                    (Person.delegation_id == Delegation.id) & Person.is_placeholder.is_(False),
                )
                .outerjoin(CheckIn, CheckIn.person_id == Person.id)
                .where(Delegation.meeting_id == meeting_id)
                .group_by(Delegation.id, City.name_en)
            ).all()
        rows_by_city = sorted(rows, key=lambda row: row[1].casefold())
        return Attendance(tuple(DelegationAttendance(*row) for row in rows_by_city))

    def _labels(self, person_ids: list[int]) -> tuple[tuple[int, str], ...]:
        if not person_ids:
            return ()
        with self._database.reading() as session:
            rows = session.execute(
                select(Person, City.name_en)
                .join(Delegation, Person.delegation_id == Delegation.id)
                .join(City, Delegation.city_id == City.id)
                .where(Person.id.in_(person_ids))
            ).all()
        labels = {p.id: f"{person_record(p).name} ({city})" for p, city in rows}
        return tuple((i, labels[i]) for i in person_ids if i in labels)
