"""Hand a whole meeting to another organizer's laptop as one JSON file, and take it in.

The file (exchange/meeting_file.py) names its meeting by a UUID. An import reads the file
within its limits, refuses it if its records contradict each other (every contradiction
named), then builds the meeting in one transaction, each record checked by the rules of
the forms (services/meeting_import.py). A meeting that is already here is not imported
again unless the organizer asks for a copy or an update.
"""

from __future__ import annotations

from sqlalchemy import select

from anmc_desktop.db import Database
from anmc_desktop.errors import BrokenRuleError
from anmc_desktop.exchange.meeting_file import MeetingFileError, dump, load
from anmc_desktop.exchange.meeting_file_changes import changes
from anmc_desktop.exchange.meeting_file_checks import contradictions
from anmc_desktop.exchange.meeting_file_reader import Reader
from anmc_desktop.models import Meeting
from anmc_desktop.models.base import new_identity
from anmc_desktop.records.meeting_transfer import (
    IfAlreadyThere,
    MeetingAlreadyThereError,
    MeetingImport,
)
from anmc_desktop.services.lookup import get_or_raise
from anmc_desktop.services.meeting_document import meeting_document
from anmc_desktop.services.meeting_import import build_meeting


class MeetingTransferService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def export_meeting(self, meeting_id: int, *, include_personal_data: bool = False) -> bytes:
        """The meeting file; the persons' passport data only if ``include_personal_data``."""
        with self._database.reading() as session:
            meeting = get_or_raise(session, Meeting, meeting_id, "Meeting")
            document = meeting_document(
                session, meeting, include_personal_data=include_personal_data
            )
            return dump(document)

    def import_meeting(
        self,
        data: bytes,
        name: str = "the meeting file",
        if_already_there: IfAlreadyThere = IfAlreadyThere.REFUSE,
    ) -> MeetingImport:
        """Import the file's meeting; if it is here already (by its UUID), refuse
        (MeetingAlreadyThereError), import a copy or update it, as asked."""
        raw = load(data, name)
        problems = contradictions(raw)
        if problems:
            raise MeetingFileError(_refusal(name, problems))
        document = Reader(raw, "")
        document.known("format", "schema_version", "written_by")
        identity = document.object("meeting").identity("uuid")
        try:
            with self._database.writing() as session:
                here = session.scalar(select(Meeting).where(Meeting.uuid == identity))
                if here is not None and if_already_there is IfAlreadyThere.REFUSE:
                    raise MeetingAlreadyThereError(name, here.id, here.title)
                if here is not None and if_already_there is IfAlreadyThere.UPDATE:
                    before = meeting_document(session, here)
                    build_meeting(session, document, here, keep_identities=True)
                    changed = changes(before, meeting_document(session, here))
                    return MeetingImport(here.id, True, tuple(changed), document.unknown_keys())
                copy = here is not None
                meeting = Meeting(uuid=new_identity() if copy or not identity else identity)
                build_meeting(session, document, meeting, keep_identities=not copy)
                return MeetingImport(meeting.id, False, (), document.unknown_keys())
        except BrokenRuleError as error:
            raise MeetingFileError(
                f"{name} is inconsistent and was not imported ({error.rule})."
            ) from error


def _refusal(name: str, problems: list[str]) -> str:
    if len(problems) == 1:
        return f"{name} was not imported: {problems[0]}."
    listed = "\n".join(f"- {problem}." for problem in problems)
    return f"{name} was not imported: {len(problems)} problems.\n{listed}"
