"""The service layer: one module per area; each public method is one unit of work.

Services take and return plain data (frozen dataclasses), never ORM objects, so the GUI,
the command line, printing and exchange never touch a session.
"""

from __future__ import annotations

from dataclasses import dataclass

from anmc_desktop.db import Database
from anmc_desktop.services.agenda import AgendaService
from anmc_desktop.services.change_log import ChangeLogService
from anmc_desktop.services.cities import CityService
from anmc_desktop.services.declarations import DeclarationService
from anmc_desktop.services.delegations import DelegationService
from anmc_desktop.services.meetings import MeetingService
from anmc_desktop.services.person_search import PersonSearchService
from anmc_desktop.services.removals import RemovalService
from anmc_desktop.services.sample import SampleService


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

    @classmethod
    def on(cls, database: Database) -> Services:
        return cls(
            database=database,
            cities=CityService(database),
            meetings=MeetingService(database),
            delegations=DelegationService(database),
            agenda=AgendaService(database),
            declarations=DeclarationService(database),
            person_search=PersonSearchService(database),
            removals=RemovalService(database),
            sample=SampleService(database),
            change_log=ChangeLogService(database),
        )
