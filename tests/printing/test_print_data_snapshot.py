"""A document's data is read as one snapshot: an organizer saving in another window
while the data is gathered never yields a printout that mixes before and after."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import event

from anmc_desktop.db import Database, open_database, sqlite_url
from anmc_desktop.printing.documents import DocumentKind, PrintRequest
from anmc_desktop.records.declarations import declaration_draft_of
from anmc_desktop.records.meetings import draft_of as meeting_draft_of
from anmc_desktop.services import Services
from anmc_desktop.services.print_data import PrintDataService


@pytest.fixture
def second_window(database_path: Path, sample_meeting_id: int) -> Iterator[Database]:
    """The same file opened read-only, as a second window beside the writing one."""
    opened = open_database(sqlite_url(database_path), read_only=True)
    yield opened
    opened.dispose()


def _data(services: Services) -> PrintDataService:
    return services.print_data


def _save_once_after_first_read(database: Database, save: Callable[[], None]) -> None:
    """Run ``save`` (in the other window) right after the first SELECT ``database`` runs,
    that is between two reads of the document's data."""
    saved = False

    def after_query(_connection: object, _cursor: object, statement: str, *_rest: object) -> None:
        nonlocal saved
        if not saved and statement.lstrip().upper().startswith("SELECT"):
            saved = True
            save()

    event.listen(database.engine, "after_cursor_execute", after_query)


def test_a_declaration_saved_while_it_is_gathered_prints_as_it_was(
    services: Services, sample_meeting_id: int, second_window: Database
) -> None:
    # GIVEN the meeting and its declaration, as the second window will read them
    meeting = services.meetings.get(sample_meeting_id)
    declaration = services.declarations.get_for_meeting(sample_meeting_id)
    assert declaration is not None
    signatories = services.declarations.list_signatories(declaration.id)

    def save() -> None:
        services.meetings.update(
            meeting.id, replace(meeting_draft_of(meeting), title="Renamed meeting")
        )
        services.declarations.update(
            declaration.id,
            replace(declaration_draft_of(declaration), title="Renamed declaration"),
        )
        services.declarations.move_signatory(signatories[-1].id, 1)

    # WHEN the first window saves both while the second one gathers the declaration
    _save_once_after_first_read(second_window, save)
    request = PrintRequest(DocumentKind.DECLARATION, sample_meeting_id)
    document = _data(Services.on(second_window)).for_request(request)
    # THEN the document is the state before the save, every part of it
    assert services.meetings.get(sample_meeting_id).title == "Renamed meeting"
    assert document.meeting.title == meeting.title
    assert document.declaration.title == declaration.title
    assert [s.id for s in document.signatories] == [s.id for s in signatories]
