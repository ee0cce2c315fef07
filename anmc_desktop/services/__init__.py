"""The service layer: one module per area; each public method is one unit of work.

Services take and return plain data (frozen dataclasses), never ORM objects, so the GUI,
the command line, printing and exchange never touch a session.

``Services.on(database)`` is where they are built, each once: a service that uses another
receives it in its constructor, and callers reach every service through the bundle.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from anmc_desktop.db import Database
from anmc_desktop.services.agenda import AgendaService
from anmc_desktop.services.change_log import ChangeLogService
from anmc_desktop.services.check_in import CheckInService
from anmc_desktop.services.cities import CityService
from anmc_desktop.services.declaration_import import DeclarationImportService
from anmc_desktop.services.declarations import DeclarationService
from anmc_desktop.services.delegations import DelegationService
from anmc_desktop.services.export_data import DelegationListExport, ExportDataService
from anmc_desktop.services.logistics_export import LogisticsExport
from anmc_desktop.services.meeting_overview import MeetingOverviewService
from anmc_desktop.services.meeting_transfer import MeetingTransferService
from anmc_desktop.services.meetings import MeetingService
from anmc_desktop.services.person_import import PersonImportService
from anmc_desktop.services.person_search import PersonSearchService
from anmc_desktop.services.print_data import PrintDataService
from anmc_desktop.services.removals import RemovalService
from anmc_desktop.services.sample import SampleService
from anmc_desktop.services.seating import SeatingService


@dataclass(frozen=True)
class Services:
    database: Database
    cities: CityService
    meetings: MeetingService
    delegations: DelegationService
    agenda: AgendaService
    declarations: DeclarationService
    person_search: PersonSearchService
    removals: RemovalService
    sample: SampleService
    change_log: ChangeLogService
    print_data: PrintDataService
    export_data: ExportDataService
    delegation_list: DelegationListExport
    logistics: LogisticsExport
    meeting_transfer: MeetingTransferService
    overview: MeetingOverviewService
    person_import: PersonImportService
    declaration_import: DeclarationImportService
    seating: SeatingService
    check_in: CheckInService

    @classmethod
    def on(cls, database: Database) -> Services:
        meetings = MeetingService(database)
        delegations = DelegationService(database)
        agenda = AgendaService(database)
        declarations = DeclarationService(database)
        seating = SeatingService(database, meetings, delegations)
        print_data = PrintDataService(
            database, meetings, delegations, agenda, declarations, seating
        )
        export_data = ExportDataService(database)
        person_search = PersonSearchService(database)
        return cls(
            database=database,
            cities=CityService(database),
            meetings=meetings,
            delegations=delegations,
            agenda=agenda,
            declarations=declarations,
            person_search=person_search,
            removals=RemovalService(database),
            sample=SampleService(database),
            change_log=ChangeLogService(database),
            print_data=print_data,
            export_data=export_data,
            delegation_list=DelegationListExport(export_data, print_data),
            logistics=LogisticsExport(print_data),
            meeting_transfer=MeetingTransferService(database),
            overview=MeetingOverviewService(database, delegations, agenda, declarations),
            person_import=PersonImportService(database),
            declaration_import=DeclarationImportService(database),
            seating=seating,
            check_in=CheckInService(database, person_search),
        )

    @contextmanager
    def on_own_connection(self) -> Iterator[Services]:
        """The services on a database engine of their own, for a worker thread (see
        ``Database.for_another_thread``); its connections are closed at the end."""
        database = self.database.for_another_thread()
        try:
            own = Services.on(database)
            own.person_import.share_previews_with(self.person_import)
            yield own
        finally:
            database.dispose()
