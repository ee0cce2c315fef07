"""Everything a printed document of a meeting needs, gathered from the services' records
(the printing package declares what each document takes, and never reads it itself).

One document is read in one transaction, so an organizer saving in another window while
it is gathered never yields a printout that mixes the data before and after the save
(e.g. a declaration's text with the signatories of a later order). The services' own
queries are reused: they run on a view of the database whose every ``reading()`` is the
document's one open session.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.orm import Session

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

# On a server each statement of a READ COMMITTED transaction sees the latest commits;
# REPEATABLE READ makes the whole transaction one snapshot, as SQLite's (WAL) always is.
_SNAPSHOT = {"isolation_level": "REPEATABLE READ"}


class PrintDataService:
    def __init__(
        self,
        meetings: MeetingService,
        delegations: DelegationService,
        agenda: AgendaService,
        declarations: DeclarationService,
    ) -> None:
        # The services only name the database: the document is read through services
        # bound to its one transaction (see _Readers).
        self._database: Database = meetings._database

    def for_request(self, request: PrintRequest) -> Document:
        """The data the requested document prints, read in one transaction."""
        with self._reading() as readers:
            if request.kind in (DocumentKind.DECLARATION, DocumentKind.SIGNATORIES):
                return _declaration(readers, request.meeting_id)
            if request.kind is DocumentKind.PROGRAMME:
                return _programme(readers, request.meeting_id)
            return _delegations(readers, request.meeting_id)

    def declaration(self, meeting_id: int) -> DeclarationDocument:
        with self._reading() as readers:
            return _declaration(readers, meeting_id)

    def delegations(self, meeting_id: int) -> DelegationsDocument:
        with self._reading() as readers:
            return _delegations(readers, meeting_id)

    def programme(self, meeting_id: int) -> ProgrammeDocument:
        with self._reading() as readers:
            return _programme(readers, meeting_id)

    @contextmanager
    def _reading(self) -> Iterator[_Readers]:
        """One read transaction (one snapshot), and the services that read in it."""
        with self._database.reading() as session:
            if not self._database.is_sqlite:
                session.connection(execution_options=_SNAPSHOT)
            yield _Readers.within(_InOneSession(self._database, session))


@dataclass(frozen=True)
class _Readers:
    meetings: MeetingService
    delegations: DelegationService
    agenda: AgendaService
    declarations: DeclarationService

    @classmethod
    def within(cls, database: Database) -> _Readers:
        return cls(
            MeetingService(database),
            DelegationService(database),
            AgendaService(database),
            DeclarationService(database),
        )


class _InOneSession(Database):
    """``database`` seen from inside one open read session: every ``reading()`` is that
    session (left open for the next read), and every write is refused as read-only.

    It wraps an open database instead of opening one, so ``Database.__init__`` (engine,
    writer lock) is deliberately not run; only what ``reading``, ``writing`` and
    ``display_name`` use is set.
    """

    def __init__(self, database: Database, session: Session) -> None:
        self.url = database.url
        self.path = database.path
        self.is_sqlite = database.is_sqlite
        self.read_only = True
        self.actor = database.actor
        self._session = session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        yield self._session


def _declaration(readers: _Readers, meeting_id: int) -> DeclarationDocument:
    meeting = readers.meetings.get(meeting_id)
    declaration = readers.declarations.get_for_meeting(meeting_id)
    if declaration is None:
        raise UserFacingError(f"{meeting.title} has no declaration to print yet.")
    signatories = readers.declarations.list_signatories(declaration.id)
    return DeclarationDocument(meeting, declaration, signatories)


def _delegations(readers: _Readers, meeting_id: int) -> DelegationsDocument:
    meeting = readers.meetings.get(meeting_id)
    details = [
        readers.delegations.get_delegation(summary.id)
        for summary in readers.delegations.list_delegations(meeting_id)
    ]
    return DelegationsDocument(meeting, details)


def _programme(readers: _Readers, meeting_id: int) -> ProgrammeDocument:
    return ProgrammeDocument(
        readers.meetings.get(meeting_id), readers.agenda.list_items(meeting_id)
    )
