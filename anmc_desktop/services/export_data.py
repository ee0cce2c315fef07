"""Delegation lists for export: the participants read in one query, written as a file."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import ColumnElement, String, func, select, type_coerce

from anmc_desktop.collector import collector_paused
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
from anmc_desktop.records.meetings import MeetingRecord
from anmc_desktop.records.persons import DelegationDetail
from anmc_desktop.services.lookup import get_or_raise
from anmc_desktop.services.mapping import meeting_record
from anmc_desktop.services.print_data import PrintDataService


def _to_the_minute(moment: ColumnElement[object], dialect: str) -> ColumnElement[str]:
    """The moment as the list writes it, "2030-10-07 08:15" ("" when not known), made by
    the database from what it stores (SQLite: the text "2030-10-07 08:15:00.000000"):
    cheaper than a datetime per value made and formatted again. A year before 1000 loses
    its leading zeros, as the list always wrote it (strftime's "%Y")."""
    if dialect == "postgresql":
        text = func.to_char(moment, "YYYY-MM-DD HH24:MI")
    else:
        text = func.substr(type_coerce(moment, String), 1, 16)
    return type_coerce(func.coalesce(func.ltrim(text, "0"), ""), String)


def _participant_columns(dialect: str) -> list[ColumnElement[object]]:
    """What the query reads for each field of a ``Participant``, in their order. The role
    and the status are read as their values (text), not converted to enum members."""
    columns = {
        "city_name": City.name_en,
        "city_local_name": City.name_local,
        "country": City.country,
        "delegation_id": Delegation.id,
        "delegation_status": type_coerce(Delegation.status, String),
        "role": type_coerce(Person.role, String),
        "arrival": _to_the_minute(Person.arrival, dialect),
        "departure": _to_the_minute(Person.departure, dialect),
    }
    return [
        columns[name] if name in columns else getattr(Person, name) for name in Participant._fields
    ]


@dataclass(frozen=True)
class MeetingParticipants:
    meeting: MeetingRecord
    participants: list[Participant]


class ExportDataService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def participants(self, meeting_id: int) -> MeetingParticipants:
        """Every person of the meeting with their city and delegation status.

        Fast for the largest meetings (issues 5 and 21): one Core query of only the fields
        a list uses, the database writing the times as the list does; each row becomes a
        ``Participant`` tuple as it is, with no ORM objects, no datetimes, and no Python
        code per field. The order is ``build_table``'s job.
        """
        with self._database.reading() as session:
            meeting = meeting_record(get_or_raise(session, Meeting, meeting_id, "Meeting"))
            connection = session.connection()
            statement = (
                select(*_participant_columns(connection.dialect.name))
                .select_from(Person)
                .join(Delegation, Delegation.id == Person.delegation_id)
                .join(City, City.id == Delegation.city_id)
                .where(Delegation.meeting_id == meeting_id)
            )
            with connection.execute(statement) as result, collector_paused():
                # The driver's rows as they come, all at once: every field is text or a
                # number already (SQLite's flags 0 or 1, equal to False and True), so
                # SQLAlchemy's Row for each and its conversions would only add time.
                participants = list(map(Participant._make, result.cursor.fetchall()))
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
