"""Meetings of the network."""

from __future__ import annotations

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from anmc_desktop.db import Database
from anmc_desktop.errors import ValidationError
from anmc_desktop.models import AgendaItem, City, Declaration, Delegation, Meeting
from anmc_desktop.records.copying import copy_fields
from anmc_desktop.records.meetings import MeetingDraft, MeetingRecord
from anmc_desktop.services.calendar_sequence import raise_sequences_of_meeting
from anmc_desktop.services.concurrency import check_version
from anmc_desktop.services.lookup import get_or_raise, not_found
from anmc_desktop.services.mapping import meeting_record
from anmc_desktop.services.validation import Checker


class MeetingService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def list_meetings(self) -> list[MeetingRecord]:
        """Newest first."""
        with self._database.reading() as session:
            rows = session.execute(
                _meeting_rows().order_by(Meeting.first_day.desc(), Meeting.id.desc())
            )
            return [copy_fields(MeetingRecord, row) for row in rows]

    def get(self, meeting_id: int) -> MeetingRecord:
        with self._database.reading() as session:
            row = session.execute(_meeting_rows().where(Meeting.id == meeting_id)).first()
        if row is None:
            raise not_found("Meeting", meeting_id)
        return copy_fields(MeetingRecord, row)

    def create(self, draft: MeetingDraft, *, meeting_id: int | None = None) -> MeetingRecord:
        """Add a meeting; ``meeting_id`` puts back one that ``delete_empty`` removed (redo)."""
        with self._database.writing() as session:
            meeting = Meeting(id=meeting_id)
            apply_meeting_draft(session, meeting, draft)
            session.add(meeting)
            session.flush()
            return meeting_record(meeting)

    def update(
        self, meeting_id: int, draft: MeetingDraft, expected_version: int | None = None
    ) -> MeetingRecord:
        """``expected_version``: the version the form loaded (see services/concurrency.py)."""
        with self._database.writing() as session:
            meeting = get_or_raise(session, Meeting, meeting_id, "Meeting")
            check_version(session, meeting, expected_version, "Meeting")
            shown_in_calendars = (meeting.venue, meeting.host_city_id)
            apply_meeting_draft(session, meeting, draft)
            if (meeting.venue, meeting.host_city_id) != shown_in_calendars:
                raise_sequences_of_meeting(session, meeting.id)
            session.flush()
            return meeting_record(meeting)

    def delete_empty(self, meeting_id: int) -> MeetingRecord:
        """Remove a meeting that holds nothing yet (the undo of adding one); a meeting with
        delegations, agenda items or a declaration is refused, never deleted."""
        with self._database.writing() as session:
            meeting = get_or_raise(session, Meeting, meeting_id, "Meeting")
            held = sum(
                session.scalar(select(func.count()).where(model.meeting_id == meeting_id)) or 0
                for model in (Delegation, AgendaItem, Declaration)
            )
            if held:
                raise ValidationError.single(
                    "meeting", f"{meeting.title} is no longer empty; it is kept."
                )
            record = meeting_record(meeting)
            session.delete(meeting)
            return record


def _meeting_rows() -> Select[tuple[object, ...]]:
    """A meeting record's columns, its host city's joined, read as rows: the window reads
    them when it opens, where ORM objects (and the city's aliases they load) cost
    several times as much on a database's first statements."""
    return select(
        Meeting.id,
        Meeting.title,
        Meeting.number,
        Meeting.host_city_id,
        City.name_en.label("host_city_name"),
        City.time_zone,
        Meeting.venue,
        Meeting.first_day,
        Meeting.last_day,
        Meeting.theme,
        Meeting.version,
    ).join(Meeting.host_city)


def apply_meeting_draft(session: Session, meeting: Meeting, draft: MeetingDraft) -> None:
    check = Checker()
    title = check.text("title", draft.title, required=True)
    venue = check.text("venue", draft.venue)
    theme = check.text("theme", draft.theme, long=True)
    check.check("number", draft.number is None or draft.number > 0, "must be a positive number.")
    check.check("last_day", draft.first_day <= draft.last_day, "must not be before the first day.")
    host = session.get(City, draft.host_city_id)
    check.check("host_city_id", host is not None, "choose the host city.")
    check.raise_if_any()
    meeting.title = title
    meeting.number = draft.number
    meeting.host_city = host  # type: ignore[assignment]
    meeting.venue = venue
    meeting.first_day = draft.first_day
    meeting.last_day = draft.last_day
    meeting.theme = theme
