"""Meetings of the network."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from anmc_desktop.db import Database
from anmc_desktop.errors import ValidationError
from anmc_desktop.models import AgendaItem, City, Declaration, Delegation, Meeting
from anmc_desktop.services.concurrency import check_version
from anmc_desktop.services.lookup import get_or_raise
from anmc_desktop.services.validation import Checker


@dataclass(frozen=True)
class MeetingRecord:
    id: int
    title: str
    number: int | None
    host_city_id: int
    host_city_name: str
    time_zone: str
    venue: str
    first_day: dt.date
    last_day: dt.date
    theme: str
    version: int

    @classmethod
    def of(cls, meeting: Meeting) -> MeetingRecord:
        return cls(
            id=meeting.id,
            title=meeting.title,
            number=meeting.number,
            host_city_id=meeting.host_city_id,
            host_city_name=meeting.host_city.name_en,
            time_zone=meeting.host_city.time_zone,
            venue=meeting.venue,
            first_day=meeting.first_day,
            last_day=meeting.last_day,
            theme=meeting.theme,
            version=meeting.version,
        )

    @property
    def days(self) -> list[dt.date]:
        count = (self.last_day - self.first_day).days + 1
        return [self.first_day + dt.timedelta(days=offset) for offset in range(count)]


@dataclass(frozen=True)
class MeetingDraft:
    title: str
    host_city_id: int
    first_day: dt.date
    last_day: dt.date
    number: int | None = None
    venue: str = ""
    theme: str = ""


def draft_of(meeting: MeetingRecord) -> MeetingDraft:
    return MeetingDraft(
        title=meeting.title,
        host_city_id=meeting.host_city_id,
        first_day=meeting.first_day,
        last_day=meeting.last_day,
        number=meeting.number,
        venue=meeting.venue,
        theme=meeting.theme,
    )


class MeetingService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def list_meetings(self) -> list[MeetingRecord]:
        """Newest first."""
        with self._database.reading() as session:
            meetings = session.scalars(
                select(Meeting)
                .options(joinedload(Meeting.host_city))
                .order_by(Meeting.first_day.desc(), Meeting.id.desc())
            )
            return [MeetingRecord.of(m) for m in meetings]

    def get(self, meeting_id: int) -> MeetingRecord:
        with self._database.reading() as session:
            return MeetingRecord.of(get_or_raise(session, Meeting, meeting_id, "Meeting"))

    def create(self, draft: MeetingDraft, *, meeting_id: int | None = None) -> MeetingRecord:
        """Add a meeting; ``meeting_id`` puts back one that ``delete_empty`` removed (redo)."""
        with self._database.writing() as session:
            meeting = Meeting(id=meeting_id)
            apply_meeting_draft(session, meeting, draft)
            session.add(meeting)
            session.flush()
            return MeetingRecord.of(meeting)

    def update(
        self, meeting_id: int, draft: MeetingDraft, expected_version: int | None = None
    ) -> MeetingRecord:
        """``expected_version``: the version the form loaded (see services/concurrency.py)."""
        with self._database.writing() as session:
            meeting = get_or_raise(session, Meeting, meeting_id, "Meeting")
            check_version(session, meeting, expected_version, "Meeting")
            apply_meeting_draft(session, meeting, draft)
            session.flush()
            return MeetingRecord.of(meeting)

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
            record = MeetingRecord.of(meeting)
            session.delete(meeting)
            return record


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
