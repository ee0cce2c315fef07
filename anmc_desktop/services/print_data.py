"""Everything a printed document of a meeting needs, gathered from the services' records
(the printing package declares what each document takes, and never reads it itself).

One document is read in one transaction, so an organizer saving in another window while
it is gathered never yields a printout that mixes the data before and after the save
(e.g. a declaration's text with the signatories of a later order). The services' own
queries are reused inside ``Database.snapshot()``.
"""

from __future__ import annotations

from dataclasses import replace

from anmc_desktop.db import Database
from anmc_desktop.errors import UserFacingError
from anmc_desktop.printing.documents import (
    DeclarationDocument,
    DelegationsDocument,
    Document,
    DocumentKind,
    MeetingReportDocument,
    PlaceCardOrder,
    PrintRequest,
    ProgrammeDocument,
    SeatingDocument,
)
from anmc_desktop.services.agenda import AgendaService
from anmc_desktop.services.declarations import DeclarationService
from anmc_desktop.services.delegations import DelegationService
from anmc_desktop.services.meetings import MeetingService
from anmc_desktop.services.seating import SeatingService


class PrintDataService:
    def __init__(
        self,
        database: Database,
        meetings: MeetingService,
        delegations: DelegationService,
        agenda: AgendaService,
        declarations: DeclarationService,
        seating: SeatingService,
    ) -> None:
        self._database = database
        self._meetings = meetings
        self._delegations = delegations
        self._agenda = agenda
        self._declarations = declarations
        self._seating = seating

    def for_request(self, request: PrintRequest) -> Document:
        """The data the requested document prints, read in one transaction."""
        if request.kind in (DocumentKind.DECLARATION, DocumentKind.SIGNATORIES):
            return self.declaration(request.meeting_id)
        if request.kind is DocumentKind.PROGRAMME:
            return self.programme(request.meeting_id)
        if request.kind is DocumentKind.MEETING_REPORT:
            return replace(self.meeting_report(request.meeting_id), language=request.language)
        seating = request.kind is DocumentKind.SEATING or (
            request.kind is DocumentKind.PLACE_CARDS
            and request.place_card_order is PlaceCardOrder.SEATING
        )
        if seating:
            return self.seating_plan(request.meeting_id)
        document = self.delegations(request.meeting_id)
        if request.kind is DocumentKind.BADGES and request.person_ids:
            _check_persons(document, request.person_ids)
        return document

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
            return DelegationsDocument(meeting, self._delegations.details(meeting_id))

    def seating_plan(self, meeting_id: int) -> SeatingDocument:
        with self._database.snapshot():
            return SeatingDocument(self._meetings.get(meeting_id), self._seating.plan(meeting_id))

    def meeting_report(self, meeting_id: int) -> MeetingReportDocument:
        with self._database.snapshot():
            meeting = self._meetings.get(meeting_id)
            declaration = self._declarations.get_for_meeting(meeting_id)
            signatories = self._declarations.list_signatories(declaration.id) if declaration else []
            return MeetingReportDocument(
                meeting,
                self.delegations(meeting_id).delegations,
                self._agenda.list_items(meeting_id),
                declaration,
                signatories,
            )

    def programme(self, meeting_id: int) -> ProgrammeDocument:
        with self._database.snapshot():
            return ProgrammeDocument(
                self._meetings.get(meeting_id), self._agenda.list_items(meeting_id)
            )


def _check_persons(document: DelegationsDocument, person_ids: tuple[int, ...]) -> None:
    """Every person asked for is a named person of the meeting (a placeholder has no
    badge), so that a mistyped id is said, not silently left out."""
    named = {p.id for d in document.delegations for p in d.persons if not p.is_placeholder}
    unknown = [str(i) for i in person_ids if i not in named]
    if unknown:
        raise UserFacingError(
            f"No badge for person {', '.join(unknown)}: not a named person of "
            f"{document.meeting.title}."
        )
