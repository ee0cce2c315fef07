"""Delegation lists for export: the participants read in one query, written as a file."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import select

from anmc_desktop.db import Database
from anmc_desktop.exchange.csv_writer import write_csv
from anmc_desktop.exchange.delegation_list import ListOptions, Participant, build_table
from anmc_desktop.exchange.xlsx_writer import write_xlsx
from anmc_desktop.models import City, Delegation, Meeting, Person
from anmc_desktop.printing.delegations import DelegationListOptions, render_delegation_list
from anmc_desktop.services.agenda import AgendaService
from anmc_desktop.services.declarations import DeclarationService
from anmc_desktop.services.delegations import (
    DelegationDetail,
    DelegationService,
    PersonDraft,
    PersonRecord,
)
from anmc_desktop.services.lookup import get_or_raise
from anmc_desktop.services.meetings import MeetingRecord, MeetingService
from anmc_desktop.services.print_data import PrintDataService

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


class ExportFormat(enum.StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    PDF = "pdf"


class DelegationListExport:
    """The delegation list in a chosen format, as the bytes of the file."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._data = ExportDataService(database)

    def render(
        self,
        meeting_id: int,
        file_format: ExportFormat,
        options: ListOptions,
        *,
        sheet_per_city: bool = False,
    ) -> bytes:
        if file_format is ExportFormat.PDF:
            return self._pdf(meeting_id, options)
        data = self._data.participants(meeting_id)
        table = build_table(data.meeting.title, data.participants, options)
        if file_format is ExportFormat.CSV:
            return write_csv(table)
        return write_xlsx(table, sheet_per_city=sheet_per_city)

    def _pdf(self, meeting_id: int, options: ListOptions) -> bytes:
        """The printed delegation list, with the same choice of delegations and persons."""
        document = PrintDataService(
            MeetingService(self._database),
            DelegationService(self._database),
            AgendaService(self._database),
            DeclarationService(self._database),
        ).delegations(meeting_id)
        chosen = []
        for detail in document.delegations:
            summary = detail.summary
            if options.delegation_ids is not None and summary.id not in options.delegation_ids:
                continue
            if options.statuses is not None and summary.status not in options.statuses:
                continue
            persons = [
                p
                for p in detail.persons
                if (options.roles is None or p.role in options.roles)
                and (options.include_placeholders or not p.is_placeholder)
            ]
            if persons:
                chosen.append(DelegationDetail(summary, persons))
        columns = set(options.columns)
        print_options = DelegationListOptions(
            contacts=bool(columns & {"email", "phone"}),
            travel=bool(columns & {"arrival", "departure"}),
        )
        return render_delegation_list(document.meeting, chosen, print_options)
