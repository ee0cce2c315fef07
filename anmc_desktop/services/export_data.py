"""Everything an export needs from the database, read in one transaction as plain records."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from anmc_desktop.db import Database
from anmc_desktop.exchange.delegation_list import Participant
from anmc_desktop.models import City, Delegation, Meeting, Person
from anmc_desktop.services.delegations import PersonDraft, PersonRecord
from anmc_desktop.services.lookup import get_or_raise
from anmc_desktop.services.meetings import MeetingRecord

_PERSON_FIELDS = (*PersonDraft.__dataclass_fields__, "id", "delegation_id", "version")


@dataclass(frozen=True)
class MeetingParticipants:
    meeting: MeetingRecord
    participants: list[Participant]


class ExportDataService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def participants(self, meeting_id: int) -> MeetingParticipants:
        """Every person of the meeting with their city and delegation status."""
        person_columns = [getattr(Person, name) for name in _PERSON_FIELDS]
        with self._database.reading() as session:
            meeting = MeetingRecord.of(get_or_raise(session, Meeting, meeting_id, "Meeting"))
            rows = session.execute(
                select(
                    City.name_en,
                    City.name_local,
                    City.country,
                    Delegation.status,
                    *person_columns,
                )
                .join(Delegation, Delegation.id == Person.delegation_id)
                .join(City, City.id == Delegation.city_id)
                .where(Delegation.meeting_id == meeting_id)
            ).all()
        participants = [
            Participant(
                city_name=row[0],
                city_local_name=row[1],
                country=row[2],
                delegation_status=row[3],
                delegation_id=row[-2],
                person=PersonRecord(**dict(zip(_PERSON_FIELDS, row[4:], strict=True))),
            )
            for row in rows
        ]
        return MeetingParticipants(meeting, participants)
