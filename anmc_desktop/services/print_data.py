"""Everything a printed document of a meeting needs, gathered from the services' records."""

from __future__ import annotations

from dataclasses import dataclass

from anmc_desktop.errors import UserFacingError
from anmc_desktop.services.agenda import AgendaItemRecord, AgendaService
from anmc_desktop.services.declarations import (
    DeclarationRecord,
    DeclarationService,
    SignatoryRecord,
)
from anmc_desktop.services.delegations import DelegationDetail, DelegationService
from anmc_desktop.services.meetings import MeetingRecord, MeetingService


@dataclass(frozen=True)
class DeclarationDocument:
    meeting: MeetingRecord
    declaration: DeclarationRecord
    signatories: list[SignatoryRecord]


@dataclass(frozen=True)
class DelegationsDocument:
    meeting: MeetingRecord
    delegations: list[DelegationDetail]  # by city name; heads first, then by role


@dataclass(frozen=True)
class ProgrammeDocument:
    meeting: MeetingRecord
    items: list[AgendaItemRecord]  # in time order


class PrintDataService:
    def __init__(
        self,
        meetings: MeetingService,
        delegations: DelegationService,
        agenda: AgendaService,
        declarations: DeclarationService,
    ) -> None:
        self._meetings = meetings
        self._delegations = delegations
        self._agenda = agenda
        self._declarations = declarations

    def declaration(self, meeting_id: int) -> DeclarationDocument:
        meeting = self._meetings.get(meeting_id)
        declaration = self._declarations.get_for_meeting(meeting_id)
        if declaration is None:
            raise UserFacingError(f"{meeting.title} has no declaration to print yet.")
        signatories = self._declarations.list_signatories(declaration.id)
        return DeclarationDocument(meeting, declaration, signatories)

    def delegations(self, meeting_id: int) -> DelegationsDocument:
        meeting = self._meetings.get(meeting_id)
        details = [
            self._delegations.get_delegation(summary.id)
            for summary in self._delegations.list_delegations(meeting_id)
        ]
        return DelegationsDocument(meeting, details)

    def programme(self, meeting_id: int) -> ProgrammeDocument:
        return ProgrammeDocument(
            self._meetings.get(meeting_id), self._agenda.list_items(meeting_id)
        )
