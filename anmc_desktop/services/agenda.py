"""The meeting's programme."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy import ColumnElement, delete, func, insert, inspect, or_, select
from sqlalchemy.orm import Session, aliased

from anmc_desktop.db import Database
from anmc_desktop.models import AgendaItem, City, Delegation, Meeting, Person, agenda_speaker
from anmc_desktop.models.base import new_identity
from anmc_desktop.models.change_log import ChangeLogEntry
from anmc_desktop.progress import GATHERING, Progress
from anmc_desktop.records.agenda import (
    AgendaItemDraft,
    AgendaItemRecord,
    Clash,
    PersonChoice,
    counted_per_day,
)
from anmc_desktop.records.enums import AgendaKind
from anmc_desktop.services.agenda_clashes import Slot, clashes, clashing_ids, warnings_among
from anmc_desktop.services.concurrency import check_version
from anmc_desktop.services.lookup import get_or_raise
from anmc_desktop.services.mapping import agenda_item_record, person_record
from anmc_desktop.services.validation import Checker
from anmc_desktop.storage import change_log
from anmc_desktop.text import display_name

# In this order ``list_items`` unpacks each row.
_ITEM_FIELDS = (
    "id", "meeting_id", "kind", "title", "description", "starts_at", "ends_at", "room",
    "moderator_id", "version", "uuid", "sequence",
)  # fmt: skip
_ITEM_COLUMNS = tuple(getattr(AgendaItem, name) for name in _ITEM_FIELDS)


class AgendaService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def list_items(self, meeting_id: int, day: dt.date | None = None) -> list[AgendaItemRecord]:
        """In time order; with ``day``, only the items that take place on that day. Read
        as plain columns in two queries (items with their moderator, then every speaker
        in order, by Core without the ORM's row handling; each row unpacked straight into
        its record), so a programme of thousands of items opens at once."""
        chosen = (AgendaItem.meeting_id == meeting_id, *_taking_place_on(day))
        moderator = aliased(Person)
        with self._database.reading() as session:
            connection = session.connection()
            items = connection.execute(
                select(
                    *_ITEM_COLUMNS,
                    moderator.given_name,
                    moderator.family_name,
                    moderator.family_name_first,
                    moderator.native_name,
                )
                .outerjoin(moderator, moderator.id == AgendaItem.moderator_id)
                .where(*chosen)
                .order_by(AgendaItem.starts_at, AgendaItem.ends_at, AgendaItem.id)
            ).all()
            speakers: dict[int, list[tuple[int, str]]] = {}
            for item_id, person_id, given, family, first, native in connection.execute(
                select(
                    agenda_speaker.c.agenda_item_id, Person.id, Person.given_name,
                    Person.family_name, Person.family_name_first, Person.native_name,
                )
                .join(Person, Person.id == agenda_speaker.c.person_id)
                .join(AgendaItem, AgendaItem.id == agenda_speaker.c.agenda_item_id)
                .where(*chosen)
                .order_by(agenda_speaker.c.agenda_item_id, agenda_speaker.c.position)
            ):  # fmt: skip
                name = display_name(given, family, first) or native
                speakers.setdefault(item_id, []).append((person_id, name))
        records = []
        no_speakers: list[tuple[int, str]] = []
        for (
            item_id, meeting, kind, title, description, starts, ends, room, moderator_id,
            version, uuid, sequence, given, family, first, native,
        ) in items:  # fmt: skip
            spoken = speakers.get(item_id, no_speakers)
            records.append(
                AgendaItemRecord(
                    kind=kind, title=title, starts_at=starts, ends_at=ends,
                    description=description, room=room, moderator_id=moderator_id,
                    speaker_ids=tuple(pid for pid, _ in spoken), id=item_id, meeting_id=meeting,
                    moderator_name=None
                    if moderator_id is None
                    else display_name(given, family, first) or native,
                    speaker_names=tuple(name for _, name in spoken), version=version,
                    uuid=uuid, sequence=sequence,
                )
            )  # fmt: skip
        return records

    def items_per_day(self, meeting_id: int) -> Counter[dt.date]:
        """How many items take place on each day, from the items' times alone (counted
        per distinct start and end: a programme has far fewer of those than items)."""
        with self._database.reading() as session:
            times = session.connection().execute(
                select(AgendaItem.starts_at, AgendaItem.ends_at, func.count())
                .where(AgendaItem.meeting_id == meeting_id)
                .group_by(AgendaItem.starts_at, AgendaItem.ends_at)
            )
            return counted_per_day(times)

    def clashing_per_day(
        self, meeting_id: int, progress: Progress | None = None
    ) -> Counter[dt.date]:
        """How many of each day's items clash with another: a sweep over the whole
        programme (the window runs it on a worker thread), which reads of each item only
        what a clash depends on, as plain tuples: its times, room and persons. ``progress``
        hears of a step between its parts, and a cancel stops the count there."""
        progress = progress or Progress()
        of_meeting = AgendaItem.meeting_id == meeting_id
        with self._database.reading() as session:
            connection = session.connection()
            speakers: dict[int, list[int]] = {}
            for item_id, person_id in connection.execute(
                select(agenda_speaker.c.agenda_item_id, agenda_speaker.c.person_id)
                .join(AgendaItem, AgendaItem.id == agenda_speaker.c.agenda_item_id)
                .where(of_meeting)
            ).all():
                speakers.setdefault(item_id, []).append(person_id)
            progress.step(GATHERING)
            slots = [
                Slot(item_id, starts, ends, room, moderator_id, tuple(speakers.get(item_id, ())))
                for item_id, starts, ends, room, moderator_id in connection.execute(
                    select(
                        AgendaItem.id, AgendaItem.starts_at, AgendaItem.ends_at, AgendaItem.room,
                        AgendaItem.moderator_id,
                    ).where(of_meeting)
                ).all()
            ]  # fmt: skip
        clashing = clashing_ids(slots, progress)
        times = Counter((slot.starts_at, slot.ends_at) for slot in slots if slot.id in clashing)
        return counted_per_day((starts, ends, count) for (starts, ends), count in times.items())

    def programme_stamp(self) -> tuple[object, ...]:
        """What changes whenever the programme may have: every write leaves an entry in
        the change log (and a bulk insert of items a new newest id), so the newest ids of
        both tell in one index lookup each whether what was read of it still holds."""
        newest_entry = select(func.max(ChangeLogEntry.id)).scalar_subquery()
        newest_item = select(func.max(AgendaItem.id)).scalar_subquery()
        with self._database.reading() as session:
            return tuple(session.connection().execute(select(newest_entry, newest_item)).one())

    def person_choices(self, meeting_id: int) -> list[tuple[int, str]]:
        """Who may moderate or speak: (id, "Name (City)") for every person of the meeting."""
        return [(choice.person_id, choice.label) for choice in self.persons_to_pick(meeting_id)]

    def persons_to_pick(self, meeting_id: int) -> list[PersonChoice]:
        """Every person of the meeting, as the agenda forms offer them, with the native
        name to match typing in any script.

        Plain columns, no ORM objects, by city then family name: quick for 20,000 persons.
        """
        with self._database.reading() as session:
            rows = session.execute(
                select(
                    Person.id, City.name_en, Person.given_name, Person.family_name,
                    Person.family_name_first, Person.native_name,
                )
                .join(Delegation, Person.delegation_id == Delegation.id)
                .join(City, Delegation.city_id == City.id)
                .where(Delegation.meeting_id == meeting_id)
            ).all()  # fmt: skip
        choices = [
            ((city.casefold(), (family or native).casefold(), given.casefold()),
             person_id,
             f"{display_name(given, family, family_first) or native} ({city})",
             native)
            for person_id, city, given, family, family_first, native in rows
        ]  # fmt: skip
        return [
            PersonChoice(person_id, label, f"{label} {native}" if native else label)
            for _, person_id, label, native in sorted(choices)
        ]

    def create(self, meeting_id: int, draft: AgendaItemDraft) -> AgendaItemRecord:
        with self._database.writing() as session:
            meeting = get_or_raise(session, Meeting, meeting_id, "Meeting")
            item = AgendaItem(meeting_id=meeting.id)
            apply_agenda_draft(session, item, meeting, draft)
            session.add(item)
            session.flush()
            return agenda_item_record(item)

    def get(self, item_id: int) -> AgendaItemRecord:
        with self._database.reading() as session:
            return agenda_item_record(get_or_raise(session, AgendaItem, item_id, "Agenda item"))

    def update(
        self, item_id: int, draft: AgendaItemDraft, expected_version: int | None = None
    ) -> AgendaItemRecord:
        """``expected_version``: the version the form loaded (see services/concurrency.py)."""
        with self._database.writing() as session:
            item = get_or_raise(session, AgendaItem, item_id, "Agenda item")
            check_version(session, item, expected_version, "Agenda item")
            apply_agenda_draft(session, item, item.meeting, draft)
            session.flush()
            return agenda_item_record(item)

    def duplicate(self, item_id: int) -> AgendaItemRecord:
        """A copy of the item at the same time, titled as a copy."""
        original = self.get(item_id)
        return self.create(
            original.meeting_id, replace(draft_of(original), title=f"{original.title} (copy)")
        )

    def move(self, item_id: int, starts_at: dt.datetime) -> AgendaItemRecord:
        """Move the item to another time or day, keeping its length."""
        original = self.get(item_id)
        length = original.ends_at - original.starts_at
        return self.update(
            item_id, replace(draft_of(original), starts_at=starts_at, ends_at=starts_at + length)
        )

    def delete(self, item_id: int) -> AgendaItemRecord:
        """Delete the item; the returned record lets restore() put it back."""
        with self._database.writing() as session:
            item = get_or_raise(session, AgendaItem, item_id, "Agenda item")
            record = agenda_item_record(item)
            session.delete(item)
            return record

    def restore(self, record: AgendaItemRecord) -> AgendaItemRecord:
        """Put a deleted item back with its id; persons removed since are left out."""
        with self._database.writing() as session:
            meeting = get_or_raise(session, Meeting, record.meeting_id, "Meeting")
            present = set(
                session.scalars(
                    select(Person.id).where(
                        Person.id.in_((*record.speaker_ids, record.moderator_id or 0))
                    )
                )
            )
            draft = replace(
                draft_of(record),
                moderator_id=record.moderator_id if record.moderator_id in present else None,
                speaker_ids=tuple(pid for pid in record.speaker_ids if pid in present),
            )
            # Back with its calendar identity; to a calendar that still holds its event it
            # changed only if one of its persons is gone.
            item = AgendaItem(
                id=record.id,
                meeting_id=meeting.id,
                uuid=record.uuid or new_identity(),
                sequence=record.sequence + (draft != draft_of(record)),
            )
            apply_agenda_draft(session, item, meeting, draft)
            session.add(item)
            session.flush()
            return agenda_item_record(item)

    def warnings_for(
        self, meeting_id: int, draft: AgendaItemDraft, item_id: int | None = None
    ) -> list[Clash]:
        """Clashes the draft would cause: a room or a speaker in two places at once.

        These are warnings, not errors: organizers sometimes mean it (a shared hall).
        """
        others = [i for i in self.list_items(meeting_id) if i.id != item_id]
        return clashes(draft, others)

    def all_warnings(self, meeting_id: int) -> dict[int, list[Clash]]:
        """Every item's clashes with the others, by item id (items without any left out)."""
        return warnings_among(self.list_items(meeting_id))


def _taking_place_on(day: dt.date | None) -> tuple[ColumnElement[bool], ...]:
    """The conditions of ``AgendaItemRecord.days`` holding ``day`` (none for no day): it
    starts before the next midnight and ends after this one (or starts at it)."""
    if day is None:
        return ()
    midnight = dt.datetime.combine(day, dt.time(0))
    return (
        AgendaItem.starts_at < midnight + dt.timedelta(days=1),
        or_(AgendaItem.ends_at > midnight, AgendaItem.starts_at >= midnight),
    )


def draft_of(record: AgendaItemRecord) -> AgendaItemDraft:
    return AgendaItemDraft(
        kind=record.kind,
        title=record.title,
        starts_at=record.starts_at,
        ends_at=record.ends_at,
        description=record.description,
        room=record.room,
        moderator_id=record.moderator_id,
        speaker_ids=record.speaker_ids,
    )


def _shown_in_calendars(item: AgendaItem) -> tuple[object, ...]:
    """What a calendar shows of the item, besides its speakers."""
    return (
        item.kind, item.title, item.description, item.starts_at, item.ends_at, item.room,
        item.moderator,
    )  # fmt: skip


def checked_agenda_values(
    meeting: Meeting, draft: AgendaItemDraft, of_meeting: Callable[[int], bool]
) -> dict[str, object]:
    """The item's own columns as stored (texts cleaned), or ValidationError naming every
    problem; ``of_meeting`` tells whether a person is of the meeting."""
    check = Checker()
    values: dict[str, object] = {
        "title": check.text("title", draft.title, required=True, long=True),
        "description": check.text("description", draft.description, long=True),
        "room": check.text("room", draft.room),
        "kind": check.enum("kind", draft.kind, AgendaKind),
        "starts_at": draft.starts_at,
        "ends_at": draft.ends_at,
    }
    check.check("ends_at", draft.starts_at <= draft.ends_at, "must not be before the start.")
    first_day, last_day = meeting.first_day, meeting.last_day
    for name in ("starts_at", "ends_at"):
        if not first_day <= getattr(draft, name).date() <= last_day:
            # Written only when needed: a meeting file's 10,000 items are checked here.
            check.fail(
                name,
                f"must fall within the meeting's days ({first_day:%d %b} to {last_day:%d %b %Y}).",
            )
    if draft.moderator_id:
        check.check(
            "moderator_id", of_meeting(draft.moderator_id), "must be a person of this meeting."
        )
    check.check(
        "speaker_ids",
        all(of_meeting(pid) for pid in draft.speaker_ids),
        "every speaker must be a person of this meeting.",
    )
    check.raise_if_any()
    return values


def apply_agenda_draft(
    session: Session, item: AgendaItem, meeting: Meeting, draft: AgendaItemDraft
) -> None:
    person_ids = set(draft.speaker_ids) | ({draft.moderator_id} if draft.moderator_id else set())
    persons = {
        p.id: p
        for p in session.scalars(
            select(Person)
            .join(Delegation)
            .where(Person.id.in_(person_ids), Delegation.meeting_id == meeting.id)
        )
    }
    values = checked_agenda_values(meeting, draft, persons.__contains__)
    stored = inspect(item).persistent
    speakers_before = [person_record(p).name for p in item.speakers] if stored else []
    speaker_ids = list(dict.fromkeys(draft.speaker_ids))
    speakers_after = [person_record(persons[pid]).name for pid in speaker_ids]
    speakers_changed = speakers_before != speakers_after
    shown_before = _shown_in_calendars(item) if stored else None
    for name, value in values.items():
        setattr(item, name, value)
    item.moderator = persons.get(draft.moderator_id) if draft.moderator_id else None
    if item not in session:
        session.add(item)
    if stored and (speakers_changed or _shown_in_calendars(item) != shown_before):
        item.sequence = item.sequence + 1
    if stored and speakers_changed:
        # The speakers are part of the item: a change of them alone is a new version too,
        # so that another organizer's form sees the conflict (the ORM takes a version set
        # by hand as the next one).
        item.version = item.version + 1
    session.flush()
    session.execute(delete(agenda_speaker).where(agenda_speaker.c.agenda_item_id == item.id))
    speaker_rows = [
        {"agenda_item_id": item.id, "person_id": person_id, "position": position}
        for position, person_id in enumerate(speaker_ids, start=1)
    ]
    if speaker_rows:
        session.execute(insert(agenda_speaker), speaker_rows)
    session.expire(item, ["speakers"])
    if speakers_changed:
        # The flush logs the item's columns; its speaker rows are logged here, by name.
        change_log.record_change(
            session,
            item,
            change_log.UPDATE if stored else change_log.INSERT,
            {"speakers": [", ".join(speakers_before) or None, ", ".join(speakers_after) or None]},
        )
