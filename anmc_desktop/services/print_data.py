"""Everything a printed document of a meeting needs, gathered from the services' records
(the printing package declares what each document takes, and never reads it itself).

One document is read in one transaction, so an organizer saving in another window while
it is gathered never yields a printout that mixes the data before and after the save
(e.g. a declaration's text with the signatories of a later order). The services' own
queries are reused inside ``Database.snapshot()``.
"""

from __future__ import annotations

from anmc_desktop.db import Database
from anmc_desktop.errors import UserFacingError
from anmc_desktop.printing.documents import (
    DeclarationDocument,
    DelegationsDocument,
    Document,
    DocumentKind,
    PrintRequest,
    ProgrammeDocument,
)
from anmc_desktop.services.agenda import AgendaService
from anmc_desktop.services.declarations import DeclarationService
from anmc_desktop.services.delegations import DelegationService
from anmc_desktop.services.meetings import MeetingService


class PrintDataService:
    def __init__(
        self,
        database: Database,
        meetings: MeetingService,
        delegations: DelegationService,
        agenda: AgendaService,
        declarations: DeclarationService,
    ) -> None:
        self._database = database
        self._meetings = meetings
        self._delegations = delegations
        self._agenda = agenda
        self._declarations = declarations

    def for_request(self, request: PrintRequest) -> Document:
        """The data the requested document prints, read in one transaction."""
        if request.kind in (DocumentKind.DECLARATION, DocumentKind.SIGNATORIES):
            return self.declaration(request.meeting_id)
        if request.kind is DocumentKind.PROGRAMME:
            return self.programme(request.meeting_id)
        return self.delegations(request.meeting_id)

    def declaration(self, meeting_id: int) -> DeclarationDocument:
        with self._database.snapshot():
            meeting = self._meetings.get(meeting_id)
            declaration = self._declarations.get_for_meeting(meeting_id)
            if declaration is None:
                raise UserFacingError(f"{meeting.title} has no declaration to print yet.")
            signatories = self._declarations.list_signatories(declaration.id)
            return DeclarationDocument(meeting, declaration, signatories)

    def delegations(self, meeting_id: int) -> DelegationsDocument:
        with self._database.snapshot():
            meeting = self._meetings.get(meeting_id)
            details = [
                self._delegations.get_delegation(summary.id)
                for summary in self._delegations.list_delegations(meeting_id)
            ]
            return DelegationsDocument(meeting, details)

    def programme(self, meeting_id: int) -> ProgrammeDocument:
        with self._database.snapshot():
            return ProgrammeDocument(
                self._meetings.get(meeting_id), self._agenda.list_items(meeting_id)
            )
