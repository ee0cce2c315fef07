"""Hand a whole meeting to another organizer's laptop as one JSON file, and take it in.

The file (exchange/meeting_file.py) names its meeting by a UUID. An import reads the file
within its limits, refuses it if its records contradict each other (every contradiction
named), then builds the meeting in one transaction, each record checked by the rules of
the forms (services/meeting_import.py). A meeting that is already here is not imported
again unless the organizer asks for a copy or an update.
"""

from __future__ import annotations

import io
from contextlib import AbstractContextManager, nullcontext
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anmc_desktop.collector import collector_paused
from anmc_desktop.db import Database
from anmc_desktop.errors import BrokenRuleError
from anmc_desktop.exchange.meeting_file import MeetingFileError, write
from anmc_desktop.exchange.meeting_file_changes import changes
from anmc_desktop.exchange.meeting_file_checks import refuse_contradictions
from anmc_desktop.exchange.meeting_file_one_pass import OnePassReading
from anmc_desktop.exchange.meeting_file_reader import Reader
from anmc_desktop.exchange.meeting_file_stream import (
    STREAMED,
    StreamedDelegations,
    file_outline,
    in_file_order,
)
from anmc_desktop.models import AgendaItem, Delegation, Meeting, Person
from anmc_desktop.models.base import new_identity
from anmc_desktop.progress import JobCancelledError, Progress
from anmc_desktop.records.import_journal import ImportJournal
from anmc_desktop.records.meeting_transfer import (
    IfAlreadyThere,
    MeetingAlreadyThereError,
    MeetingImport,
)
from anmc_desktop.services.import_journal import JournalRecorder, speaker_rows, undo_journal
from anmc_desktop.services.lookup import get_or_raise
from anmc_desktop.services.meeting_document import meeting_body, meeting_document
from anmc_desktop.services.meeting_import import build_meeting
from anmc_desktop.storage.sqlite_settings import bulk_page_cache


class MeetingTransferService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def export_meeting(self, meeting_id: int, *, include_personal_data: bool = False) -> bytes:
        """The meeting file; the persons' passport data only if ``include_personal_data``."""
        file = io.BytesIO()
        self.write_meeting(meeting_id, file, include_personal_data=include_personal_data)
        return file.getvalue()

    def write_meeting(
        self, meeting_id: int, file: BinaryIO, *, include_personal_data: bool = False
    ) -> None:
        """Write the meeting file to ``file`` as it is read, a few thousand persons at a
        time (so in little memory, whatever the meeting's size)."""
        with collector_paused(), self._database.reading() as session:
            meeting = get_or_raise(session, Meeting, meeting_id, "Meeting")
            write(file, meeting_body(session, meeting, include_personal_data=include_personal_data))

    def import_meeting(
        self,
        source: bytes | Path,
        name: str = "the meeting file",
        if_already_there: IfAlreadyThere = IfAlreadyThere.REFUSE,
        *,
        dry_run: bool = False,
        progress: Progress | None = None,
    ) -> MeetingImport:
        """Import the meeting of the file (``source``, or its content); if it is here
        already (by its UUID), refuse (MeetingAlreadyThereError), import a copy or update
        it, as asked. A ``dry_run`` does all of it, lists what it would change, and writes
        nothing. The file is read as a stream: once if it is in the order the app writes
        (``exchange/meeting_file_one_pass.py``), else twice, to check it, then to write it. A
        cancel of ``progress`` before the import is committed rolls it back."""
        with collector_paused(), _opened(source) as file:
            return self._import_file(file, name, if_already_there, dry_run, progress or Progress())

    def undo_import(self, journal: ImportJournal, progress: Progress | None = None) -> None:
        """Take back what an import wrote (``MeetingImport.journal``): remove what it
        added, put back what it changed or removed; refused, with nothing changed, if any
        of it was changed since. ``progress`` hears of the steps; a cancel rolls back."""
        with self._database.writing() as session, bulk_page_cache(session):
            undo_journal(session, journal, progress or Progress())

    def _import_file(
        self,
        file: BinaryIO,
        name: str,
        if_already_there: IfAlreadyThere,
        dry_run: bool,
        progress: Progress,
    ) -> MeetingImport:
        reading = OnePassReading(file, name)
        if not reading.ready:
            file.seek(0)
            outline = file_outline(file, name)
            refuse_contradictions(outline, name)
            file.seek(0)
            # The delegations are read again, in full: their outline (a number for each
            # person) is not kept while they are written.
            delegations = StreamedDelegations(file, name)
            return self._write(outline | {STREAMED: []}, delegations, name, if_already_there,
                               dry_run, progress)  # fmt: skip
        try:
            return self._write(reading.document, reading, name, if_already_there, dry_run,
                               progress)  # fmt: skip
        except JobCancelledError:
            raise
        except Exception:
            # Whatever stopped the import, a file the reading in two passes refuses before
            # it writes anything is refused as that reading refuses it, contradictions first.
            file.seek(0)
            refuse_contradictions(file_outline(file, name), name)
            raise

    def _write(
        self,
        outline: dict[str, Any],
        delegations: StreamedDelegations | OnePassReading,
        name: str,
        if_already_there: IfAlreadyThere,
        dry_run: bool,
        progress: Progress,
    ) -> MeetingImport:
        """The import in one transaction (rolled back for a dry run); ``outline`` holds
        the file's top-level values but the delegations, which ``delegations`` reads."""
        document = Reader(outline, "")
        document.known("format", "schema_version", "written_by", STREAMED)
        try:
            with self._database.writing() as session, bulk_page_cache(session):
                result = _import(session, document, delegations, name, if_already_there)
                result = replace(result, unknown_keys=in_file_order(outline, result.unknown_keys))
                progress.step("Importing the meeting")  # the last chance to cancel
                if dry_run:
                    raise _RehearsalDoneError(_rehearsal(session, result))
                return result
        except _RehearsalDoneError as rehearsal:  # the transaction was rolled back
            return rehearsal.result
        except BrokenRuleError as error:
            raise MeetingFileError(
                f"{name} is inconsistent and was not imported ({error.rule})."
            ) from error


def _opened(source: bytes | Path) -> AbstractContextManager[BinaryIO]:
    return nullcontext(io.BytesIO(source)) if isinstance(source, bytes) else source.open("rb")


class _RehearsalDoneError(Exception):
    """Leaves a dry run's transaction, which rolls it back, with what it would have done."""

    def __init__(self, result: MeetingImport) -> None:
        super().__init__("dry run")
        self.result = result


def _import(
    session: Session,
    document: Reader,
    delegations: StreamedDelegations | OnePassReading,
    name: str,
    if_already_there: IfAlreadyThere,
) -> MeetingImport:
    """The import, with the journal of what it wrote (to undo it)."""
    identity = document.object("meeting").identity("uuid")
    here = session.scalar(select(Meeting).where(Meeting.uuid == identity))
    if here is not None and if_already_there is IfAlreadyThere.REFUSE:
        raise MeetingAlreadyThereError(name, here.id, here.title)
    updating = here is not None and if_already_there is IfAlreadyThere.UPDATE
    speakers_before = speaker_rows(session, here.id) if updating and here else []
    recorder = JournalRecorder()
    with recorder.recording(session):
        result = _build(session, document, delegations, identity, here, if_already_there)
    session.flush()
    journal = recorder.journal(
        name, result.meeting_id, speakers_before, speaker_rows(session, result.meeting_id)
    )
    return replace(result, journal=journal)


def _build(
    session: Session,
    document: Reader,
    delegations: StreamedDelegations | OnePassReading,
    identity: str | None,
    here: Meeting | None,
    if_already_there: IfAlreadyThere,
) -> MeetingImport:
    if here is not None and if_already_there is IfAlreadyThere.UPDATE:
        before = meeting_document(session, here)
        notes = build_meeting(session, document, delegations, here, keep_identities=True)
        changed = changes(before, meeting_document(session, here))
        return MeetingImport(
            here.id,
            True,
            tuple(changed),
            (*document.unknown_keys(), *delegations.unknown_keys),
            city_matches=tuple(notes),
        )
    copy = here is not None
    meeting = Meeting(uuid=new_identity() if copy or not identity else identity)
    notes = build_meeting(session, document, delegations, meeting, keep_identities=not copy)
    return MeetingImport(
        meeting.id,
        False,
        (),
        (*document.unknown_keys(), *delegations.unknown_keys),
        city_matches=tuple(notes),
    )


def _rehearsal(session: Session, result: MeetingImport) -> MeetingImport:
    """What a dry run tells: an update's changes, or what a new meeting would hold."""
    if result.updated:
        return replace(result, written=False, journal=None)
    meeting = get_or_raise(session, Meeting, result.meeting_id, "Meeting")
    delegations, persons, items = (
        session.scalar(select(func.count()).select_from(model).where(condition))
        for model, condition in (
            (Delegation, Delegation.meeting_id == meeting.id),
            (Person, Person.delegation.has(Delegation.meeting_id == meeting.id)),
            (AgendaItem, AgendaItem.meeting_id == meeting.id),
        )
    )
    added = (
        f"{meeting.title}: added as a new meeting, with {delegations} delegations, "
        f"{persons} persons and {items} agenda items"
    )
    return replace(result, changes=(added,), written=False, journal=None)
