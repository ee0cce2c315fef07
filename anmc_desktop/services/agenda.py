"""The meeting's programme."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from anmc_desktop.db import Database
from anmc_desktop.models import AgendaItem, Delegation, Meeting, Person
from anmc_desktop.models.enums import AgendaKind
from anmc_desktop.services.delegations import PersonRecord
from anmc_desktop.services.lookup import get_or_raise
from anmc_desktop.services.validation import Checker


@dataclass(frozen=True)
class AgendaItemDraft:
    kind: AgendaKind
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    description: str = ""
    room: str = ""
    moderator_id: int | None = None
    speaker_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class AgendaItemRecord(AgendaItemDraft):
    id: int = 0
    meeting_id: int = 0
    moderator_name: str | None = None
    speaker_names: tuple[str, ...] = ()
    version: int = 0

    @property
    def day(self) -> dt.date:
        return self.starts_at.date()

    @classmethod
    def of(cls, item: AgendaItem) -> AgendaItemRecord:
        return cls(
            id=item.id,
            meeting_id=item.meeting_id,
            kind=item.kind,
            title=item.title,
            description=item.description,
            starts_at=item.starts_at,
            ends_at=item.ends_at,
            room=item.room,
            moderator_id=item.moderator_id,
            moderator_name=PersonRecord.of(item.moderator).name if item.moderator else None,
            speaker_ids=tuple(p.id for p in item.speakers),
            speaker_names=tuple(PersonRecord.of(p).name for p in item.speakers),
            version=item.version,
        )


class AgendaService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def list_items(self, meeting_id: int) -> list[AgendaItemRecord]:
        """In time order."""
        with self._database.reading() as session:
            items = session.scalars(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == meeting_id)
                .options(selectinload(AgendaItem.speakers), selectinload(AgendaItem.moderator))
                .order_by(AgendaItem.starts_at, AgendaItem.ends_at, AgendaItem.id)
            )
            return [AgendaItemRecord.of(item) for item in items]

    def create(self, meeting_id: int, draft: AgendaItemDraft) -> AgendaItemRecord:
        with self._database.writing() as session:
            meeting = get_or_raise(session, Meeting, meeting_id, "Meeting")
            item = AgendaItem(meeting_id=meeting.id)
            apply_agenda_draft(session, item, meeting, draft)
            session.add(item)
            session.flush()
            return AgendaItemRecord.of(item)


def apply_agenda_draft(
    session: Session, item: AgendaItem, meeting: Meeting, draft: AgendaItemDraft
) -> None:
    check = Checker()
    title = check.text("title", draft.title, required=True, long=True)
    description = check.text("description", draft.description, long=True)
    room = check.text("room", draft.room)
    kind = check.enum("kind", draft.kind, AgendaKind)
    check.check("ends_at", draft.starts_at <= draft.ends_at, "must not be before the start.")
    for name in ("starts_at", "ends_at"):
        day = getattr(draft, name).date()
        check.check(
            name,
            meeting.first_day <= day <= meeting.last_day,
            f"must fall within the meeting's days ({meeting.first_day:%d %b} to "
            f"{meeting.last_day:%d %b %Y}).",
        )
    person_ids = set(draft.speaker_ids) | ({draft.moderator_id} if draft.moderator_id else set())
    persons = {
        p.id: p
        for p in session.scalars(
            select(Person)
            .join(Delegation)
            .where(Person.id.in_(person_ids), Delegation.meeting_id == meeting.id)
        )
    }
    if draft.moderator_id:
        check.check(
            "moderator_id", draft.moderator_id in persons, "must be a person of this meeting."
        )
    check.check(
        "speaker_ids",
        all(pid in persons for pid in draft.speaker_ids),
        "every speaker must be a person of this meeting.",
    )
    check.raise_if_any()
    item.kind = kind  # type: ignore[assignment]
    item.title = title
    item.description = description
    item.starts_at = draft.starts_at
    item.ends_at = draft.ends_at
    item.room = room
    item.moderator = persons.get(draft.moderator_id) if draft.moderator_id else None
    item.speakers = [persons[pid] for pid in dict.fromkeys(draft.speaker_ids)]
