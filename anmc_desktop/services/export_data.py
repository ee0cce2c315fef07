"""Delegation lists for export: the participants read in one query, written as a file."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import String, select, type_coerce

from anmc_desktop.db import Database
from anmc_desktop.exchange.csv_writer import write_csv
from anmc_desktop.exchange.delegation_list import (
    ExportTable,
    ListOptions,
    Participant,
    build_table,
)
from anmc_desktop.exchange.xlsx_writer import write_xlsx
from anmc_desktop.models import City, Delegation, Meeting, Person
from anmc_desktop.printing.delegations import DelegationListOptions, render_delegation_list
from anmc_desktop.records.enums import DelegationStatus, PersonRole
from anmc_desktop.records.meetings import MeetingRecord
from anmc_desktop.records.persons import DelegationDetail, PersonRecord
from anmc_desktop.services.bulk import collector_paused, frozen_record
from anmc_desktop.services.lookup import get_or_raise
from anmc_desktop.services.mapping import meeting_record
from anmc_desktop.services.print_data import PrintDataService

# Every field of a person's record but the role, which is read last, as text. The records
# are made with services/bulk.py's frozen_record (tests/exchange/test_export_participants.py
# compares them field by field with the delegation service's).
_PERSON_FIELDS = tuple(name for name in PersonRecord.__dataclass_fields__ if name != "role")
_PERSON_COLUMNS = (
    *(getattr(Person, name) for name in _PERSON_FIELDS),
    type_coerce(Person.role, String),
)
_DELEGATION_AT = _PERSON_FIELDS.index("delegation_id")
_ROLES = {role.value: role for role in PersonRole}
_STATUSES = {status.value: status for status in DelegationStatus}


@dataclass(frozen=True)
class MeetingParticipants:
    meeting: MeetingRecord
    participants: list[Participant]


class ExportDataService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def participants(self, meeting_id: int) -> MeetingParticipants:
        """Every person of the meeting with their city and delegation status.

        Fast for the largest meetings (issue 5): two Core queries, no ORM objects. The
        delegations with their city come once each, not once per person; the role and
        the status are read as text and looked up in a dict, cheaper than SQLAlchemy's
        conversion of each value. The order is ``build_table``'s job.
        """
        with self._database.reading() as session:
            meeting = meeting_record(get_or_raise(session, Meeting, meeting_id, "Meeting"))
            connection = session.connection()
            # The fields of a participant that come from their delegation, per delegation.
            delegations = {
                delegation_id: {
                    "city_name": name_en,
                    "city_local_name": name_local,
                    "country": country,
                    "delegation_id": delegation_id,
                    "delegation_status": _STATUSES[status],
                }
                for delegation_id, name_en, name_local, country, status in connection.execute(
                    select(
                        Delegation.id,
                        City.name_en,
                        City.name_local,
                        City.country,
                        type_coerce(Delegation.status, String),
                    )
                    .join(City, City.id == Delegation.city_id)
                    .where(Delegation.meeting_id == meeting_id)
                )
            }
            rows = connection.execute(
                select(*_PERSON_COLUMNS)
                .join(Delegation, Delegation.id == Person.delegation_id)
                .where(Delegation.meeting_id == meeting_id)
            ).all()  # at once: the driver's fetchall, not a fetchone per person
            participants = []
            with collector_paused():
                for row in rows:
                    fields = dict(zip(_PERSON_FIELDS, row, strict=False))  # all but the role
                    fields["role"] = _ROLES[row[-1]]
                    person = frozen_record(PersonRecord, fields)
                    fields = delegations[row[_DELEGATION_AT]] | {"person": person}
                    participants.append(frozen_record(Participant, fields))
        return MeetingParticipants(meeting, participants)


class ExportFormat(enum.StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    PDF = "pdf"


class DelegationListExport:
    """The delegation list in a chosen format, as the bytes of the file."""

    def __init__(self, data: ExportDataService, print_data: PrintDataService) -> None:
        self._data = data
        self._print_data = print_data

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
        # Tens of thousands of records (the participants, then the rows) that die at the
        # end, freed as they go out of use: with the collector paused, it never walks them.
        with collector_paused():
            table = self._table(meeting_id, options)
            if file_format is ExportFormat.CSV:
                return write_csv(table)
            return write_xlsx(table, sheet_per_city=sheet_per_city)

    def _table(self, meeting_id: int, options: ListOptions) -> ExportTable:
        data = self._data.participants(meeting_id)
        return build_table(data.meeting.title, data.participants, options)

    def _pdf(self, meeting_id: int, options: ListOptions) -> bytes:
        """The printed delegation list, with the same choice of delegations and persons."""
        document = self._print_data.delegations(meeting_id)
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
